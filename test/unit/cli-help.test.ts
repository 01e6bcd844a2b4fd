// `newsmark help`, `newsmark help <command>` and `newsmark <command> --help` through the built CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

const cli = path.resolve('dist/cli.js');
const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: os.tmpdir(), encoding: 'utf8' });
const COMMANDS = ['analyze', 'annotate', 'check', 'export', 'bench', 'xref'];

test("'newsmark help <command>' prints that command's usage, as '<command> --help' does", () => {
  for (const name of COMMANDS) {
    const own = run([name, '--help']);
    assert.equal(own.status, 0);
    assert.match(own.stdout, new RegExp(`^usage: newsmark ${name} `));
    for (const asked of [['help', name], ['--help', name], ['-h', name]]) {
      const r = run(asked);
      assert.equal(r.status, 0, asked.join(' '));
      assert.equal(r.stdout, own.stdout, asked.join(' '));
      assert.equal(r.stderr, '');
    }
  }
});

test("'newsmark help' lists the commands and says how to get one's options; an unknown command is named", () => {
  const r = run(['help']);
  assert.equal(r.status, 0);
  for (const name of COMMANDS) assert.match(r.stdout, new RegExp(`^  ${name} +\\S`, 'm'));
  assert.match(r.stdout, /'newsmark help <command>'/);
  const unknown = run(['help', 'anotate']);
  assert.equal(unknown.status, 2);
  assert.equal(unknown.stdout, '');
  assert.match(unknown.stderr, /^newsmark: unknown command 'anotate'\n/);
  assert.match(unknown.stderr, /usage: newsmark <command> \[options\]/);
});
