// The CLI's argument parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs, stringOption } from '../../src/cli/args';
import { CliError } from '../../src/cli/io';

test('options with values, flags and positionals', () => {
  const p = parseArgs(['a', '--out', 'x.jsonl', '--json', '--format=w3c', 'b', '--', '--c'], ['out', 'format'], ['json']);
  assert.deepEqual(p.positional, ['a', 'b', '--c']);
  assert.equal(stringOption(p, 'out'), 'x.jsonl');
  assert.equal(stringOption(p, 'format'), 'w3c');
  assert.equal(p.options.get('json'), true);
});

test('a missing value and an unknown option are errors', () => {
  assert.throws(() => parseArgs(['--out'], ['out'], []), CliError);
  assert.throws(() => parseArgs(['--out='], ['out'], []), /needs a value/);
  assert.throws(() => parseArgs(['--nope'], [], []), /unknown option --nope/);
  assert.throws(() => parseArgs(['--json=1'], [], ['json']), /unknown option/);
});
