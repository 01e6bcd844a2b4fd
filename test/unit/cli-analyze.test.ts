// `newsmark analyze` through the built CLI on real files: the evaluation interface and its errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { analyzeStream, lastLinesOfStories } from '../../src/cli/commands/analyze';

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

const story = {
  a1: { id: 'a1', corpus: 's1', text: 'Marta Okonkwo, the harbour commissioner, said on Monday that the port would reopen. Okonkwo added that the ferries would run again by Friday, and Okonkwo thanked the crews.' },
  b1: { id: 'b1', corpus: 's2', text: 'Senator Paul Lindqvist voted against the budget on Tuesday. Lindqvist said the plan was too expensive.' },
  a2: { id: 'a2', corpus: 's1', text: 'Okonkwo declined to say when the cranes would be repaired. The port has been closed since the storm.' },
  b2: { id: 'b2', corpus: 's2', text: 'Lindqvist will meet Okonkwo next week, an aide said.' },
};
type Predicted = { id: string; entities: { start: number; end: number; id: string }[] };

function analyzeLines(docs: object[]): Predicted[] {
  const dir = tmp();
  const input = path.join(dir, 'in.jsonl');
  fs.writeFileSync(input, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const r = run(['analyze', '--jsonl', input]);
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim().split('\n').map((l) => JSON.parse(l));
}

/** Each document's entity spans with ids renamed in order of first use over the documents sorted by id. */
function entitiesById(predictions: Predicted[]): Record<string, string[]> {
  const names = new Map<string, string>();
  const out: Record<string, string[]> = {};
  for (const p of [...predictions].sort((a, b) => a.id.localeCompare(b.id))) {
    out[p.id] = p.entities.map((e) => {
      if (!names.has(e.id)) names.set(e.id, `entity${names.size}`);
      return `${e.start}-${e.end}:${names.get(e.id)}`;
    });
  }
  return out;
}

test('documents of one story get the same entity ids whatever the order of the lines; lines keep their order', () => {
  const together = analyzeLines([story.a1, story.a2, story.b1, story.b2]);
  const interleaved = analyzeLines([story.a1, story.b1, story.a2, story.b2]);
  assert.deepEqual(interleaved.map((p) => p.id), ['a1', 'b1', 'a2', 'b2']);
  assert.deepEqual(entitiesById(interleaved), entitiesById(together));
  // The lone "Okonkwo" opening a2 is the story's Okonkwo, found through the names a1 recognises.
  const a1 = interleaved.find((p) => p.id === 'a1')!;
  const a2 = interleaved.find((p) => p.id === 'a2')!;
  const okonkwo = a2.entities.find((e) => e.start === 0);
  assert.ok(okonkwo, JSON.stringify(a2));
  assert.equal(okonkwo.id, a1.entities[0].id);
  assert.notEqual(okonkwo.id, interleaved.find((p) => p.id === 'b1')!.entities[0].id);
});

test('standard input is read the same way as a file, stories interleaved or not', () => {
  const lines = [story.b1, story.a1, story.b2, story.a2].map((d) => JSON.stringify(d)).join('\n');
  const r = run(['analyze', '--jsonl', '-'], lines);
  assert.equal(r.status, 0, r.stderr);
  const fromStdin = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Predicted);
  assert.deepEqual(fromStdin.map((p) => p.id), ['b1', 'a1', 'b2', 'a2']);
  assert.deepEqual(entitiesById(fromStdin), entitiesById(analyzeLines([story.a1, story.a2, story.b1, story.b2])));
});

test('stories whose lines are together are written as each ends: no more than one story waits', async () => {
  const stories = 5;
  const perStory = 4;
  const docs = Array.from({ length: stories * perStory }, (_, i) => ({ id: `d${i}`, corpus: `story${Math.floor(i / perStory)}`, text: `Ines Varga${Math.floor(i / perStory)} spoke on day ${i}.` }));
  const text = docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
  const storyEnds = await lastLinesOfStories(Readable.from([Buffer.from(text)]), 'in');
  let linesRead = 0;
  async function* lineByLine(): AsyncGenerator<Buffer> {
    for (const line of text.split(/(?<=\n)/)) {
      linesRead++;
      yield Buffer.from(line);
    }
  }
  const writtenAt: [string, number][] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writtenAt.push([JSON.parse(chunk.toString()).id, linesRead]);
      done();
    },
  });
  const count = await analyzeStream(Readable.from(lineByLine(), { highWaterMark: 1 }), sink, 'in', storyEnds);
  assert.equal(count, docs.length);
  assert.deepEqual(writtenAt.map(([id]) => id), docs.map((d) => d.id));
  // Each document is out before the line after its story's last one is read.
  writtenAt.forEach(([id], i) => assert.ok(writtenAt[i][1] <= (Math.floor(i / perStory) + 1) * perStory + 1, `${id} written after line ${writtenAt[i][1]}`));
});

test('a document too long to analyse keeps its line, is named on stderr, and makes the exit code 1', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-analyze-long-'));
  const input = path.join(dir, 'in.jsonl');
  const long = 'The council said the bridge may open. '.repeat(230_000);
  fs.writeFileSync(input, [{ id: 'short', text: 'Mayor Lena Holt said "we will win."' }, { id: 'huge', text: long }, { id: 'after', text: 'Holt said so.' }].map((d) => JSON.stringify(d)).join('\n') + '\n');
  const out = path.join(dir, 'out.jsonl');
  const r = spawnSync(process.execPath, [cli, 'analyze', '--jsonl', input, '--out', out], { encoding: 'utf8' });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, new RegExp(`^newsmark analyze: ${input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: document 'huge' is too long to analyse \\(8,740,000 characters; the limit is 8,388,608\\); its line lists nothing found$`, 'm'));
  const lines = fs.readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; quotes: unknown[] });
  assert.deepEqual(lines.map((l) => l.id), ['short', 'huge', 'after']);
  assert.deepEqual(lines[1].quotes, []);
});
