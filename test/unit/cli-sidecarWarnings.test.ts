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
