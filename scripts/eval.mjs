#!/usr/bin/env node
// Scores newsmark on the shared evaluation data (read in place from ../shared/eval, never copied).
//   node scripts/eval.mjs [quotes|hedges|hedges-wiki|entities|xdoc|agreement ...] [--train] [--json]
// Needs a built CLI (npm run build). Prints one summary line per task; --json prints the scorer's full output.
// `agreement` scores one PolNeAR annotator against the other on the train articles that two annotators marked (dev
// has too few of them): how far people agree, which bounds what the quotes scores can mean.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const evalDir = process.env.NEWSMARK_EVAL ?? path.join(root, '..', 'shared', 'eval');
if (!fs.existsSync(evalDir)) {
  console.error(`no evaluation data at ${evalDir} (set NEWSMARK_EVAL)`);
  process.exit(2);
}
const argv = process.argv.slice(2);
const train = argv.includes('--train');
const json = argv.includes('--json');
const tasks = {
  quotes: ['quotes', train ? 'polnear/train.jsonl' : 'polnear/dev.jsonl'],
  hedges: ['hedges', 'szeged/factbank-dev.jsonl'],
  'hedges-wiki': ['hedges', 'szeged/wiki.jsonl'],
  entities: ['entities', 'conll2003/dev.jsonl'],
  xdoc: ['xdoc', 'ecbplus/topics-dev.jsonl'],
};
const chosen = argv.filter((a) => !a.startsWith('--'));
const run = chosen.length ? chosen : ['quotes', 'hedges', 'entities', 'xdoc', 'agreement'];
const score = path.join(evalDir, 'score.mjs');
const cli = path.join(root, 'dist', 'cli.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-eval-'));

const summarize = {
  quotes: (r) => `all F1@0.3 ${r.all['at0.3'].f1}  @0.5 ${r.all['at0.5'].f1}  @0.8 ${r.all['at0.8'].f1} | direct F1@0.5 ${r.direct['at0.5'].f1} (P ${r.direct['at0.5'].precision} R ${r.direct['at0.5'].recall}) | speaker acc ${r.speaker.accuracy} (n=${r.speaker.matched}) | pred ${r.all.predicted} gold ${r.all.gold}`,
  hedges: (r) => `cue F1 overlap ${r.cueOverlap.f1} (P ${r.cueOverlap.precision} R ${r.cueOverlap.recall}) exact ${r.cueExact.f1} | sentence F1 ${r.sentence.f1} | pred ${r.predicted} gold ${r.gold}`,
  entities: (r) => `F1 ${r.overall.f1} (P ${r.overall.precision} R ${r.overall.recall}) | person ${r.person.f1} org ${r.org.f1} place ${r.place.f1}`,
  xdoc: (r) => `pair F1 ${r.crossDocPairs.f1} (P ${r.crossDocPairs.precision} R ${r.crossDocPairs.recall}) | mentions found ${r.mentionsFound}/${r.goldMentions}`,
};

/**
 * The second annotator's attributions of each article two annotators marked, as predictions against the first's (the
 * scorer keeps the first annotation file of an article): content from its first span's start to its last span's end.
 */
function agreement() {
  const rel = 'polnear/train.jsonl';
  const rows = fs.readFileSync(path.join(evalDir, rel), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const byArticle = new Map();
  for (const r of rows) byArticle.set(r.article, [...(byArticle.get(r.article) ?? []), r]);
  const twice = [...byArticle.values()].filter((files) => files.length > 1);
  const gold = path.join(tmp, 'agreement.gold.jsonl');
  const pred = path.join(tmp, 'agreement.pred.jsonl');
  fs.writeFileSync(gold, twice.map((files) => JSON.stringify(files[0]) + '\n').join(''));
  const quoteOf = (a) => ({
    start: Math.min(...a.content.map((c) => c.start)),
    end: Math.max(...a.content.map((c) => c.end)),
    kind: 'indirect',
    speaker: a.source.length ? { start: a.source[0].start, end: a.source[0].end } : null,
  });
  fs.writeFileSync(pred, twice.map((files) => JSON.stringify({ id: files[0].article, quotes: files[1].attributions.filter((a) => a.content.length).map(quoteOf) }) + '\n').join(''));
  const out = path.join(tmp, 'agreement.score.json');
  const outFd = fs.openSync(out, 'w');
  execFileSync(process.execPath, [score, 'quotes', gold, pred, '--json'], { stdio: ['ignore', outFd, 'inherit'] });
  fs.closeSync(outFd);
  const r = JSON.parse(fs.readFileSync(out, 'utf8'));
  if (json) console.log(JSON.stringify({ task: 'agreement', split: rel, articles: twice.length, result: r }, null, 2));
  else console.log(`${'agreement'.padEnd(11)} ${rel.padEnd(28)} one annotator against the other, ${twice.length} articles: all F1@0.3 ${r.all['at0.3'].f1}  @0.5 ${r.all['at0.5'].f1}  @0.8 ${r.all['at0.8'].f1} | speaker acc ${r.speaker.accuracy}`);
}

for (const name of run) {
  if (name === 'agreement') {
    agreement();
    continue;
  }
  const spec = tasks[name];
  if (!spec) {
    console.error(`unknown task ${name}; one of ${[...Object.keys(tasks), 'agreement'].join(', ')}`);
    process.exit(2);
  }
  const [task, rel] = spec;
  const gold = path.join(evalDir, rel);
  const input = path.join(tmp, `${name}.in.jsonl`);
  const pred = path.join(tmp, `${name}.pred.jsonl`);
  // score.mjs exits right after writing; through a pipe its output would be cut short, so it writes to a file.
  const fd = fs.openSync(input, 'w');
  execFileSync(process.execPath, [score, 'texts', gold], { stdio: ['ignore', fd, 'inherit'] });
  fs.closeSync(fd);
  const t0 = process.hrtime.bigint();
  execFileSync(process.execPath, [cli, 'analyze', '--jsonl', input, '--out', pred], { stdio: ['ignore', 'inherit', 'pipe'] });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const out = path.join(tmp, `${name}.score.json`);
  const outFd = fs.openSync(out, 'w');
  execFileSync(process.execPath, [score, task, gold, pred, '--json'], { stdio: ['ignore', outFd, 'inherit'] });
  fs.closeSync(outFd);
  const result = JSON.parse(fs.readFileSync(out, 'utf8'));
  if (json) console.log(JSON.stringify({ task: name, split: rel, result }, null, 2));
  else console.log(`${name.padEnd(11)} ${rel.padEnd(28)} ${summarize[task](result)}  [${secs.toFixed(1)} s]`);
}
fs.rmSync(tmp, { recursive: true, force: true });
