// Throughput of hedge detection alone (findHedges on one core), to show its share of analyze()'s budget.
import fs from 'node:fs';
import path from 'node:path';
import { findHedges } from '../src/core/hedges';
import { readEvalTexts } from '../src/cli/evalData';
import type { BenchSection } from './bench';

function throughput(texts: string[], seconds: number): { mbPerSecond: number; mbPerCpuSecond: number; hedges: number } {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  let hedges = 0;
  for (const t of texts) hedges += findHedges(t, []).length; // warm-up, and the count
  let runs = 0;
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  let elapsed = 0;
  do {
    for (const t of texts) findHedges(t, []);
    runs++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  } while (elapsed < seconds);
  // CPU time too: on a busy machine wall time also counts the other processes.
  const cpu = process.cpuUsage(cpuStart);
  const megabytes = (bytes / 1e6) * runs;
  return { mbPerSecond: megabytes / elapsed, mbPerCpuSecond: megabytes / ((cpu.user + cpu.system) / 1e6), hedges };
}

export const hedgesThroughput: BenchSection = {
  name: 'hedges',
  run(print) {
    const seeds = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join('seeds', f), 'utf8'));
    const sets: [string, string[] | undefined][] = [['seeds', seeds], ['polnear-dev', readEvalTexts(undefined, 'polnear/dev.jsonl')]];
    for (const [name, texts] of sets) {
      if (!texts) {
        print(`${name}: eval data not found, skipped`);
        continue;
      }
      const r = throughput(texts, 2);
      print(`findHedges on ${name}: ${texts.length} docs, ${r.hedges} hedges, ${r.mbPerSecond.toFixed(1)} MB/s (${r.mbPerCpuSecond.toFixed(1)} MB per CPU second)`);
    }
  },
};
