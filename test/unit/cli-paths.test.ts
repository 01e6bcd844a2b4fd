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
