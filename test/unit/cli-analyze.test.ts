// `newsmark analyze` through the built CLI on real files: the evaluation interface and its errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const cli = path.resolve('dist/cli.js');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-cli-'));
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });

test('writes one prediction per document, in input order, with the scorer fields', () => {
  const dir = tmp();
  const input = path.join(dir, 'in.jsonl');
  const docs = [
    { id: 'a', text: '“We will win,” said Jane Doe, the mayor.' },
    { id: 'b', corpus: 'story-1', text: '' },
    { id: 'c', corpus: 'story-1', text: 'Nothing quoted here.' },
  ];
  fs.writeFileSync(input, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const out = execFileSync(process.execPath, [cli, 'analyze', '--jsonl', input], { encoding: 'utf8' });
  const lines = out.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.id), ['a', 'b', 'c']);
  for (const l of lines) {
    assert.ok(Array.isArray(l.quotes) && Array.isArray(l.hedges) && Array.isArray(l.entities));
    for (const q of l.quotes) assert.ok(['direct', 'indirect', 'mixed'].includes(q.kind));
  }
  assert.deepEqual(lines[1], { id: 'b', quotes: [], hedges: [], entities: [] });
});

test('reads standard input with --jsonl -', () => {
  const r = run(['analyze', '--jsonl', '-'], JSON.stringify({ id: 7, text: 'x' }) + '\n');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).id, '7');
});

test('a bad JSON line fails with its line number and leaves no output file', () => {
  const dir = tmp();
  const input = path.join(dir, 'in.jsonl');
  const out = path.join(dir, 'out.jsonl');
  fs.writeFileSync(input, `${JSON.stringify({ id: '1', text: 'ok' })}\n\n{"id": "2", "text": \n`);
  const r = run(['analyze', '--jsonl', input, '--out', out]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /in\.jsonl:3: not valid JSON/);
  assert.equal(fs.existsSync(out), false);
  assert.deepEqual(fs.readdirSync(dir), ['in.jsonl'], 'no temporary file left behind');
});

test('a line without text is refused with its line number', () => {
  const r = run(['analyze', '--jsonl', '-'], '{"id":"1"}\n');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /-:1: expected \{"id"/);
});

test('--out replaces the target only when the run succeeds', () => {
  const dir = tmp();
  const input = path.join(dir, 'in.jsonl');
  const out = path.join(dir, 'out.jsonl');
  fs.writeFileSync(out, 'previous results\n');
  fs.writeFileSync(input, 'not json\n');
  assert.equal(run(['analyze', '--jsonl', input, '--out', out]).status, 2);
  assert.equal(fs.readFileSync(out, 'utf8'), 'previous results\n');
  fs.writeFileSync(input, JSON.stringify({ id: 'x', text: 'Hello.' }) + '\n');
  assert.equal(run(['analyze', '--jsonl', input, '--out', out]).status, 0);
  assert.equal(JSON.parse(fs.readFileSync(out, 'utf8')).id, 'x');
});

test('missing input, folders and unknown options are clear errors', () => {
  const missing = run(['analyze', '--jsonl', '/nonexistent/in.jsonl']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read \/nonexistent\/in\.jsonl: no such file/);
  assert.match(run(['analyze', '--jsonl', os.tmpdir()]).stderr, /is a folder/);
  assert.match(run(['analyze']).stderr, /--jsonl IN\.jsonl is required/);
  assert.match(run(['analyze', '--jsonl', '-', '--bogus']).stderr, /unknown option --bogus/);
  assert.equal(run(['frobnicate']).status, 2);
});

test('streams: a large input is processed without holding results', () => {
  const dir = tmp();
  const input = path.join(dir, 'in.jsonl');
  const n = 20_000;
  fs.writeFileSync(input, Array.from({ length: n }, (_, i) => JSON.stringify({ id: `d${i}`, text: `“Line ${i},” she said.` })).join('\n'));
  const out = path.join(dir, 'out.jsonl');
  const r = run(['analyze', '--jsonl', input, '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
  assert.equal(lines.length, n);
  assert.equal(JSON.parse(lines[n - 1]).id, `d${n - 1}`);
});

test('an --out that cannot be written is a clear error, with no stack trace', () => {
  const dir = tmp();
  const input = path.join(dir, 'in.jsonl');
  fs.writeFileSync(input, JSON.stringify({ id: 'a', text: 'x' }) + '\n');
  const missing = run(['analyze', '--jsonl', input, '--out', path.join(dir, 'no', 'such', 'out.jsonl')]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot write .*out\.jsonl: its folder does not exist/);
  const folder = run(['analyze', '--jsonl', input, '--out', dir]);
  assert.equal(folder.status, 2);
  assert.match(folder.stderr, /it is a folder/);
  assert.doesNotMatch(missing.stderr + folder.stderr, /\n\s+at /);
});

test('a line that is not UTF-8 is refused with its line number', () => {
  const dir = tmp();
  const input = path.join(dir, 'in.jsonl');
  const good = Buffer.from(JSON.stringify({ id: 'a', text: 'ok' }) + '\r\n');
  const bad = Buffer.concat([Buffer.from('{"id":"b","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
  fs.writeFileSync(input, Buffer.concat([good, bad]));
  const r = run(['analyze', '--jsonl', input]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /in\.jsonl:2: not valid UTF-8/);
});
