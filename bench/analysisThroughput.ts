// Throughput of analyze() on one core, on the sample articles and (when present) the PolNeAR dev texts.
import fs from 'node:fs';
import path from 'node:path';
import { measureThroughput } from '../src/cli/commands/bench';
import { readEvalTexts } from '../src/cli/evalData';
import type { BenchSection } from './bench';

export const analysisThroughput: BenchSection = {
  name: 'analysis',
  run(print) {
    const seeds = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join('seeds', f), 'utf8'));
    const sets: [string, string[] | undefined][] = [['seeds', seeds], ['polnear-dev', readEvalTexts(undefined, 'polnear/dev.jsonl')]];
    for (const [name, texts] of sets) {
      if (!texts) {
        print(`${name}: eval data not found, skipped`);
        continue;
      }
      const cpuStart = process.cpuUsage();
      const r = measureThroughput(texts, 2);
      // CPU time too (the warm-up pass included): on a busy machine wall time also counts the other processes.
      const cpu = process.cpuUsage(cpuStart);
      const perCpuSecond = (r.megabytes * (r.runs + 1)) / ((cpu.user + cpu.system) / 1e6);
      print(`${name}: ${texts.length} docs, ${r.megabytes.toFixed(2)} MB, ${r.mbPerSecond.toFixed(1)} MB/s (${perCpuSecond.toFixed(1)} MB per CPU second)`);
    }
  },
};
