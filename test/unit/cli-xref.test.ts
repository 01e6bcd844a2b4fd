// `newsmark xref` through the built CLI on real temporary folders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MIN_ARTICLES_FOR_WORKERS } from '../../src/cli/analysisPool';

const cli = path.resolve('dist/cli.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const FIRST = 'HARBOURTON — Mayor Lena Holt said on Monday that the ferry would run again in June.\n\n“We owe the island a boat,” Holt said.';
const SECOND = 'The ferry to the island will sail again in June, Mayor Lena Holt told reporters.\n\n“We owe the island a boat,” she said.';

function folder(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-xref-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

test('xref reports the articles it read and exits 1 when some could not be read, as annotate does', () => {
  const dir = folder({ 'a.txt': FIRST, 'b.txt': SECOND, 'c.txt': Buffer.from([0x41, 0x00, 0x42]) });
  const text = run(['xref', '.'], dir);
  assert.equal(text.status, 1, text.stderr);
  assert.match(text.stdout, /^2 article\(s\)/);
  assert.match(text.stderr, /skipped c\.txt: binary file/);
  const json = run(['xref', '.', '--json'], dir);
  assert.equal(json.status, 1, json.stderr);
  assert.deepEqual(JSON.parse(json.stdout).documents, ['a.txt', 'b.txt'], 'stdout holds the JSON alone');

  const readable = run(['xref', 'a.txt', 'b.txt'], dir);
  assert.equal(readable.status, 0, readable.stderr);
  assert.equal(readable.stderr, '');
});

test('xref names an article too long to analyse, whose words it cannot list, and exits 1', () => {
  const dir = folder({ 'a.txt': FIRST, 'b.txt': SECOND, 'long.txt': 'Jane Smith said “x”. '.repeat(420_000) });
  const r = run(['xref', '.'], dir);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /^newsmark xref: long\.txt: too long to analyse \(8,820,000 characters; the limit is 8,388,608\); nothing in it is listed$/m);
  assert.match(r.stdout, /^3 article\(s\)/);
});

test('xref says when a sidecar cannot be read, so its confirmed names are not used', () => {
  const dir = folder({ 'a.txt': FIRST, 'b.txt': SECOND, 'b.txt.annotations.yaml': 'version: 1\nentities:\n  - {name: Lena Holt, type: persn}\n' });
  const r = run(['xref', '.'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /b\.txt\.annotations\.yaml: its confirmed names are not used: entities\[0\]\.type: must be one of person, org, place/);
  assert.match(r.stdout, /^2 article\(s\)/);
});

test('control characters from articles and file names reach the terminal as escapes, never as themselves', () => {
  const colour = 'The ferry is \u001b[31mback\u001b[0m in June, Holt said.\r';
  const dir = folder({ 'a.txt': FIRST + '\n\n“' + colour + '”', 'b.txt': SECOND + '\n\n“' + colour + '”', 'c\u0007.txt': 'x\u0000' });
  const r = run(['xref', '.'], dir);
  // eslint-disable-next-line no-control-regex
  assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(r.stdout + r.stderr), JSON.stringify(r.stdout + r.stderr));
  assert.match(r.stdout, /\\x1b\[31mback\\x1b\[0m/);
  assert.match(r.stderr, /skipped c\\x07\.txt/);
  // --json is for programs: JSON escapes them itself.
  const json = run(['xref', '.', '--json'], dir);
  assert.ok(JSON.stringify(JSON.parse(json.stdout)).includes('\\u001b[31mback'));
});

test('xref on worker threads lists exactly what it lists on one thread', () => {
  // Enough articles for the workers to start: the seeds, filed again under other names.
  const seeds = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort();
  const files: Record<string, string> = {};
  for (let copy = 0; copy * seeds.length < MIN_ARTICLES_FOR_WORKERS; copy++) for (const f of seeds) files[`c${copy}-${f}`] = fs.readFileSync(path.join('seeds', f), 'utf8') + (copy ? `\n\nUpdated ${copy} times.` : '');
  files['broken.txt'] = '\u0000\u0001binary';
  const dir = folder(files);
  const one = run(['xref', '.', '--json', '--jobs', '1'], dir);
  const three = run(['xref', '.', '--json', '--jobs', '3'], dir);
  assert.equal(one.status, 1, one.stderr);
  assert.equal(three.status, 1, three.stderr);
  assert.match(three.stderr, /skipped broken\.txt/);
  assert.equal(JSON.parse(three.stdout).documents.length, Object.keys(files).length - 1);
  assert.equal(three.stdout, one.stdout);
  assert.match(run(['xref', '.', '--jobs', '0'], dir).stderr, /--jobs needs a whole number of at least 1/);
});
