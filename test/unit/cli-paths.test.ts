// How the command line names its inputs and outputs: a file named twice is one file, links, and outputs that would
// replace an input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const cli = path.resolve('dist/cli.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });

const STORY = 'Harbour master Ines Varga said the ferry carried 12,000 passengers in March, a record for the port.\n';
const SIDECAR = ['version: 1', 'annotations:', '  - id: ferry', '    kind: claim', '    verdict: mostly-accurate', '    target: { exact: "the ferry carried 12,000 passengers in March" }', ''].join('\n');

/** A folder `t` (in a fresh temporary folder, returned) with an article and its sidecar holding a verdict. */
function desk(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-paths-')));
  fs.mkdirSync(path.join(dir, 't'));
  fs.writeFileSync(path.join(dir, 't', 'a.txt'), STORY);
  fs.writeFileSync(path.join(dir, 't', 'a.txt.annotations.yaml'), SIDECAR);
  return dir;
}

test('a file named twice, relative and absolute or through a linked folder, is read once', () => {
  const dir = desk();
  fs.symlinkSync(path.join(dir, 't'), path.join(dir, 'linked'));
  const twice = ['t', path.join(dir, 't'), 'linked', path.join('t', 'a.txt'), path.join(dir, 't', 'a.txt.annotations.yaml')];

  const reviews = run(['export', '--format', 'claimreview', ...twice], dir);
  assert.equal(reviews.status, 0, reviews.stderr);
  assert.equal((JSON.parse(reviews.stdout) as unknown[]).length, 1);

  const check = run(['check', ...twice], dir);
  assert.equal(check.status, 0, check.stdout);
  assert.match(check.stderr, /^newsmark check: 1 sidecar\(s\) checked/);

  fs.writeFileSync(path.join(dir, 't', 'b.txt'), STORY.replace('Harbour master', 'Port official'));
  const once = run(['xref', 't', '--json'], dir);
  const again = run(['xref', 't', path.join(dir, 't'), 'linked', '--json'], dir);
  assert.equal(again.status, 0, again.stderr);
  assert.deepEqual(JSON.parse(again.stdout), JSON.parse(once.stdout));
});

test('an article or sidecar that is a link to nothing is named as unreadable, not left out in silence', () => {
  const dir = desk();
  fs.symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 't', 'dangling.txt'));
  const xref = run(['xref', 't'], dir);
  assert.equal(xref.status, 1);
  assert.match(xref.stderr, /newsmark xref: skipped t\/dangling\.txt: cannot read: a link to a file that does not exist/);

  fs.unlinkSync(path.join(dir, 't', 'dangling.txt'));
  fs.symlinkSync(path.join(dir, 'gone.yaml'), path.join(dir, 't', 'b.txt.annotations.yaml'));
  fs.writeFileSync(path.join(dir, 't', 'b.txt'), STORY);
  const check = run(['check', 't'], dir);
  assert.equal(check.status, 1);
  assert.match(check.stdout, /^t\/b\.txt\.annotations\.yaml: error: cannot read the sidecar: a link to a file that does not exist$/m);
  assert.match(check.stderr, /2 sidecar\(s\) checked: 1 invalid/);
  const exp = run(['export', '--format', 'w3c', 't'], dir);
  assert.equal(exp.status, 1);
  assert.match(exp.stderr, /t\/b\.txt\.annotations\.yaml: cannot read the sidecar: a link to a file that does not exist/);
  assert.equal(exp.stdout, '');
});

/** Every file and link under `dir` with what it holds (its bytes, or where it leads), to show that nothing changed. */
function snapshot(dir: string): Map<string, string> {
  const entries = (fs.readdirSync(dir, { recursive: true }) as string[]).map(String).sort();
  const held = new Map<string, string>();
  for (const f of entries) {
    const full = path.join(dir, f);
    const stat = fs.lstatSync(full);
    if (stat.isSymbolicLink()) held.set(f, `-> ${fs.readlinkSync(full)}`);
    else if (stat.isFile()) held.set(f, fs.readFileSync(full, 'utf8'));
  }
  return held;
}

test('export --out that is one of the files it reads is refused before anything is written, whatever the path that names it', () => {
  const dir = desk();
  fs.writeFileSync(path.join(dir, 't', 'plain.txt'), STORY);
  fs.symlinkSync(path.join(dir, 't'), path.join(dir, 'linked'));
  fs.symlinkSync(path.join(dir, 't', 'a.txt'), path.join(dir, 'to-article'));
  const before = snapshot(dir);
  const targets = [
    [path.join('t', 'a.txt'), /it is the article t\/a\.txt, which the export reads/],
    [path.join('t', 'a.txt.annotations.yaml'), /it is the sidecar t\/a\.txt\.annotations\.yaml, which the export reads/],
    [path.join(dir, 't', 'a.txt'), /it is the article t\/a\.txt/],
    [path.join('linked', 'a.txt.annotations.yaml'), /it is the sidecar t\/a\.txt\.annotations\.yaml/],
    ['to-article', /it is the article t\/a\.txt/],
    // Not exported (it has no sidecar), but an article in the folder all the same.
    [path.join('t', 'plain.txt'), /it is the article t\/plain\.txt/],
  ] as const;
  for (const [out, message] of targets) {
    for (const format of ['w3c', 'claimreview']) {
      const r = run(['export', '--format', format, 't', '--out', out], dir);
      assert.equal(r.status, 2, `${out}: ${r.stderr}`);
      assert.match(r.stderr, new RegExp(`^newsmark export: cannot write ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
      assert.match(r.stderr, message);
      assert.match(r.stderr, /\(name another file\)\n$/);
    }
  }
  // The article of a sidecar named, and the sidecar of an article named, are read too.
  assert.equal(run(['export', '--format', 'w3c', path.join('t', 'a.txt.annotations.yaml'), '--out', path.join('t', 'a.txt')], dir).status, 2);
  assert.equal(run(['export', '--format', 'w3c', path.join('t', 'a.txt'), '--out', path.join('t', 'a.txt.annotations.yaml')], dir).status, 2);
  assert.deepEqual(snapshot(dir), before);

  // A file beside them that is neither is written as before.
  const ok = run(['export', '--format', 'w3c', 't', '--out', path.join('t', 'export.jsonld')], dir);
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal((JSON.parse(fs.readFileSync(path.join(dir, 't', 'export.jsonld'), 'utf8')) as { type: string }).type, 'AnnotationCollection');
});

test('analyze --out that is its input is refused before anything is written', () => {
  const dir = desk();
  const input = path.join(dir, 'in.jsonl');
  fs.writeFileSync(input, JSON.stringify({ id: 'a', text: STORY }) + '\n');
  fs.symlinkSync(input, path.join(dir, 'in-link.jsonl'));
  for (const out of ['in.jsonl', `.${path.sep}in.jsonl`, input, 'in-link.jsonl']) {
    const r = run(['analyze', '--jsonl', 'in.jsonl', '--out', out], dir);
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stderr, `newsmark analyze: cannot write ${out}: it is the input in.jsonl (name another file)\n`);
    assert.equal(fs.readFileSync(input, 'utf8'), JSON.stringify({ id: 'a', text: STORY }) + '\n');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['in-link.jsonl', 'in.jsonl', 't']);
  }
});

test('--out - is standard output for export and analyze, as without --out; ./- is a file named -', () => {
  const dir = desk();
  fs.writeFileSync(path.join(dir, 'in.jsonl'), JSON.stringify({ id: 'a', text: STORY }) + '\n');
  const exported = run(['export', '--format', 'w3c', 't', '--out', '-', '--base-url', 'https://example.org/'], dir);
  assert.equal(exported.status, 0, exported.stderr);
  assert.equal(exported.stdout, run(['export', '--format', 'w3c', 't', '--base-url', 'https://example.org/'], dir).stdout);
  assert.equal(exported.stderr, '');
  const analysed = run(['analyze', '--jsonl', 'in.jsonl', '--out', '-'], dir);
  assert.equal(analysed.status, 0, analysed.stderr);
  assert.equal(analysed.stdout, run(['analyze', '--jsonl', 'in.jsonl'], dir).stdout);
  assert.equal(analysed.stderr, '');
  assert.ok(!fs.existsSync(path.join(dir, '-')));
  assert.equal(run(['analyze', '--jsonl', 'in.jsonl', '--out', `.${path.sep}-`], dir).status, 0);
  assert.equal(fs.readFileSync(path.join(dir, '-'), 'utf8'), analysed.stdout);
});
