// `newsmark annotate` and `check` on real temporary folders: hand-written words that occur more than once, and
// sidecars whose article is gone (renamed or deleted).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ambiguousAnnotations, makeTarget, type Annotation } from '../../src/core/sidecar';

const cli = path.resolve('dist/cli.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });

const STORY = ['At dawn the ferry left.', 'The ferry was late, the captain said.', 'By noon the ferry was back in Lindholm.'].join('\n') + '\n';

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-warnings-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

/** A sidecar as a person writes it by hand: just the annotations, each given by its words. */
function handWritten(entries: string[]): string {
  return ['version: 1', 'annotations:', ...entries].join('\n') + '\n';
}

test('hand-written words that occur several times are anchored to one, with a warning naming how many there are', () => {
  const dir = folder({
    'story.txt': STORY,
    'story.txt.annotations.yaml': handWritten([
      '  - id: which-ferry',
      '    kind: note',
      '    note: Which sailing?',
      '    target: { exact: "the ferry" }',
      '  - id: captain',
      '    kind: note',
      '    note: Name the captain.',
      '    target: { exact: "the captain" }',
      '  - id: chosen',
      '    kind: note',
      '    note: This one.',
      '    target: { exact: "the ferry", prefix: "By noon " }',
    ]),
  });
  const check = run(['check', 'story.txt'], dir);
  assert.equal(check.status, 0, check.stdout + check.stderr);
  assert.match(
    check.stdout,
    /^story\.txt\.annotations\.yaml:3:5: warning: annotation 'which-ferry' \(note\): "the ferry" occurs 2 times in the article; anchored to the one at line 1, column 9: to choose another, add a prefix or suffix \(the words just before or after it\) to its target$/m,
  );
  assert.doesNotMatch(check.stdout, /'captain'|'chosen'/, 'words found once, or placed by their prefix, are not ambiguous');

  const annotate = run(['annotate', 'story.txt'], dir);
  assert.equal(annotate.status, 0, annotate.stderr);
  assert.match(annotate.stderr, /newsmark annotate: warning: story\.txt\.annotations\.yaml: annotation 'which-ferry' \(note\): "the ferry" occurs 2 times in the article; anchored to the one at line 1, column 9/);
  assert.doesNotMatch(annotate.stderr, /'captain'|'chosen'/);
});

test('ambiguousAnnotations counts every occurrence of words given without a position or context', () => {
  const text = 'the rate, the rate, the rate rose';
  const given = (id: string, target: Partial<Annotation['target']>): Annotation => ({
    id,
    kind: 'note',
    origin: 'manual',
    status: 'anchored',
    target: { start: -1, end: -1, exact: 'the rate', prefix: '', suffix: '', ...target },
  });
  const placed: Annotation = { ...given('placed', {}), target: makeTarget(text, 10, 18) };
  const found = ambiguousAnnotations([given('bare', {}), given('suffixed', { suffix: ' rose' }), placed, given('once', { exact: 'rose' })], text);
  assert.deepEqual(found.map((f) => [f.annotation.id, f.occurrences]), [['bare', 3]]);
});

const REPORT = 'Councillor Mara Ostby said the library would reopen in April. “We found the money,” she said.\n';

/** A folder with report.txt annotated by newsmark, and a note of a person's added to its sidecar. */
function annotatedReport(): string {
  const dir = folder({ 'report.txt': REPORT });
  assert.equal(run(['annotate', 'report.txt'], dir).status, 0);
  const sidecarPath = path.join(dir, 'report.txt.annotations.yaml');
  fs.writeFileSync(sidecarPath, fs.readFileSync(sidecarPath, 'utf8').replace('\nannotations:\n', '\nannotations:\n  - id: desk\n    kind: note\n    note: Ask the library.\n    target: { exact: "reopen in April" }\n'));
  return dir;
}

test('check names a sidecar whose article was renamed or deleted once, instead of every annotation as orphaned', () => {
  const dir = annotatedReport();
  fs.renameSync(path.join(dir, 'report.txt'), path.join(dir, 'library.txt'));
  const r = run(['check', '.'], dir);
  assert.equal(r.status, 1, 'a person’s note is on no article');
  assert.match(r.stdout, /^report\.txt\.annotations\.yaml: error: its article report\.txt is missing \(renamed or deleted\?\): its \d+ annotation\(s\), 1 of them yours, belong to no article; if the article was renamed, rename this sidecar to its new name followed by \.annotations\.yaml, else delete it$/m);
  assert.doesNotMatch(r.stdout, /is orphaned/);
  assert.match(r.stderr, /1 without their article/);
  // Asked about the renamed article alone, check finds the sidecar it left behind.
  const renamed = run(['check', 'library.txt'], dir);
  assert.equal(renamed.status, 1, renamed.stdout);
  assert.match(renamed.stdout, /^report\.txt\.annotations\.yaml: error: its article report\.txt is missing \(renamed or deleted\?\)/m);

  // Without a person's work in it, the sidecar of a deleted article is only a warning.
  const plain = folder({ 'brief.txt': REPORT });
  run(['annotate', 'brief.txt'], plain);
  fs.rmSync(path.join(plain, 'brief.txt'));
  const stale = run(['check', '.'], plain);
  assert.equal(stale.status, 0, stale.stdout);
  assert.match(stale.stdout, /^brief\.txt\.annotations\.yaml: warning: its article brief\.txt is missing/m);
});

test('annotate after a rename says that the old sidecar is beside the article that just got a new one', () => {
  const dir = annotatedReport();
  fs.renameSync(path.join(dir, 'report.txt'), path.join(dir, 'library.txt'));
  for (const given of ['library.txt', '.']) {
    fs.rmSync(path.join(dir, 'library.txt.annotations.yaml'), { force: true });
    const r = run(['annotate', given], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /library\.txt .*created/);
    assert.match(
      r.stderr,
      /newsmark annotate: warning: report\.txt\.annotations\.yaml: its article report\.txt is missing \(renamed or deleted\?\); its annotations belong to no article; library\.txt got a new sidecar: if it is report\.txt renamed, rename report\.txt\.annotations\.yaml to its name followed by \.annotations\.yaml \(in place of the new one\) and run annotate again/,
      given,
    );
  }
  assert.ok(fs.readFileSync(path.join(dir, 'report.txt.annotations.yaml'), 'utf8').includes('Ask the library.'), 'the old sidecar is left as it was');
  // Once nothing was created beside it, the warning still names it.
  assert.match(run(['annotate', '.'], dir).stderr, /warning: report\.txt\.annotations\.yaml: its article report\.txt is missing \(renamed or deleted\?\); its annotations belong to no article; if the article was renamed, rename the sidecar with it, else delete it/);
});
