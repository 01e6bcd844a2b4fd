// `newsmark xref` through the built CLI: groups over the seed articles, JSON output, and clear errors for bad paths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const cli = path.resolve('dist/cli.js');
const run = (args: string[]) => spawnSync(process.execPath, [cli, 'xref', ...args], { encoding: 'utf8' });

test('xref --json lists the seeds’ shared entities, quotes and claims, with 003 contradicting the congratulation', () => {
  const r = run(['seeds', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as {
    documents: string[];
    entities: { name: string; documents: { docId: string }[] }[];
    quotes: { members: { docId: string; text: string }[] }[];
    claims: { members: { text: string }[]; supporting: string[]; contradicting: string[] }[];
  };
  assert.equal(out.documents.length, 5);
  assert.ok(out.entities.some((e) => e.name === 'Vladimir Putin' && e.documents.length === 5));
  assert.ok(out.quotes.length > 0);
  const congratulation = out.claims.find((c) => c.contradicting.some((d) => d.includes('003_')) && c.members.some((m) => /congratulat/i.test(m.text)));
  assert.ok(congratulation, 'a congratulation claim contradicted by 003');
  assert.ok(congratulation.supporting.length >= 4);
});

test('xref prints readable sections', () => {
  const r = run(['seeds']);
  assert.equal(r.status, 0, r.stderr);
  for (const heading of ['Entities (', 'Quotes across sources (', 'Claims across sources (']) assert.ok(r.stdout.includes(heading), heading);
  assert.match(r.stdout, /contradicted by: seeds[\\/]003_/);
});

test('xref fails clearly for a missing path, a non-article file, and a folder without articles', () => {
  const missing = run(['no/such/folder']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read no\/such\/folder: no such file or folder/);
  const notArticle = run(['package.json']);
  assert.equal(notArticle.status, 2);
  assert.match(notArticle.stderr, /not an article file/);
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-xref-'));
  const none = run([empty]);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /no articles/);
  assert.equal(run(['seeds', '--min-sources', 'zero']).status, 2);
});
