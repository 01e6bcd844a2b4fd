// `newsmark bench`: analysis throughput (MB/s, one core) on the sample articles and, when present, the PolNeAR dev texts.
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../core';
import { parseArgs, stringOption } from '../args';
import { CliError, type Command } from '../io';
import { projectRoot, readEvalTexts } from '../evalData';

export const benchCommand: Command = {
  name: 'bench',
  summary: 'measure analysis throughput (MB/s) on seeds/ and the PolNeAR dev texts',
  usage: 'newsmark bench [--seconds N] [--eval DIR]',
  async run(argv, io) {
    const args = parseArgs(argv, ['seconds', 'eval'], []);
    const seconds = Number(stringOption(args, 'seconds') ?? '2');
    if (!(seconds > 0)) throw new CliError('--seconds takes a positive number');
    const root = projectRoot();
    const seedsDir = path.join(root, 'seeds');
    const sets: { name: string; texts: string[] }[] = [];
    if (fs.existsSync(seedsDir)) {
      sets.push({ name: 'seeds', texts: fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(seedsDir, f), 'utf8')) });
    }
    const polnear = readEvalTexts(stringOption(args, 'eval'), 'polnear/dev.jsonl');
    if (polnear) sets.push({ name: 'polnear-dev', texts: polnear });
    if (!sets.length) throw new CliError(`no texts to measure: neither ${seedsDir} nor the eval data was found`);
    io.stdout.write('set           docs      MB   runs   MB/s\n');
    for (const set of sets) {
      const r = measureThroughput(set.texts, seconds);
      io.stdout.write(`${set.name.padEnd(12)} ${String(set.texts.length).padStart(5)} ${r.megabytes.toFixed(2).padStart(7)} ${String(r.runs).padStart(6)} ${r.mbPerSecond.toFixed(1).padStart(6)}\n`);
    }
    return 0;
  },
};

/** Analyses all texts repeatedly for about `seconds` and reports throughput in MB (UTF-8) per second. */
export function measureThroughput(texts: string[], seconds: number): { megabytes: number; runs: number; mbPerSecond: number } {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  for (const t of texts) analyze(t); // warm-up
  let runs = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  do {
    for (const t of texts) analyze(t);
    runs++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  } while (elapsed < seconds);
  const megabytes = bytes / 1e6;
  return { megabytes, runs, mbPerSecond: (megabytes * runs) / elapsed };
}
