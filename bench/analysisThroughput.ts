// Throughput of analyze() on one core, on the sample articles and (when present) the PolNeAR dev texts: the first
// pass in a fresh process (the JIT cold, as for the first articles a user opens) and the steady rate after it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/core';
import { readEvalTexts } from '../src/cli/evalData';
import type { BenchSection } from './bench';

/** CPU seconds of this process for the passes that warm the JIT up before the steady ones are timed. */
const WARM_UP_SECONDS = 3;
const STEADY_PASSES = 7;
/** Set in the child process that measures one set of texts. */
const ONE_SET = 'NEWSMARK_ANALYSIS_SET';

const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};

function sets(): [string, string[] | undefined][] {
  const seeds = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join('seeds', f), 'utf8'));
  return [['seeds', seeds], ['polnear-dev', readEvalTexts(undefined, 'polnear/dev.jsonl')]];
}

interface SetResult {
  docs: number;
  megabytes: number;
  /** MB per CPU second of the first pass, and its CPU milliseconds. */
  coldRate: number;
  coldMs: number;
  /** MB per CPU second: the median pass after the warm-up, and the slowest and fastest of those passes. */
  steadyRate: number;
  steadyMin: number;
  steadyMax: number;
}

/** One set in this (fresh) process: one pass cold, passes until the JIT is warm, then single passes timed. */
function measure(texts: string[]): SetResult {
  const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
  // CPU time of the process, not wall time: on a busy machine wall time also counts the other processes. (It does
  // count V8's compiler threads, which are this process's work.)
  const pass = (): number => {
    const start = process.cpuUsage();
    for (const t of texts) analyze(t);
    return cpuSeconds(start);
  };
  const cold = pass();
  const warmUp = process.cpuUsage();
  while (cpuSeconds(warmUp) < WARM_UP_SECONDS) pass();
  const rates = Array.from({ length: STEADY_PASSES }, () => megabytes / pass()).sort((a, b) => a - b);
  return {
    docs: texts.length,
    megabytes,
    coldRate: megabytes / cold,
    coldMs: cold * 1000,
    steadyRate: rates[Math.floor(rates.length / 2)],
    steadyMin: rates[0],
    steadyMax: rates[rates.length - 1],
  };
}

export const analysisThroughput: BenchSection = {
  name: 'analysis',
  run(print) {
    const one = process.env[ONE_SET];
    if (one) {
      const texts = sets().find(([name]) => name === one)?.[1];
      if (texts) print(`RESULT ${JSON.stringify(measure(texts))}`);
      return;
    }
    print(`analyze() on one core, each set in a fresh process: the first pass (JIT cold), then the median of ${STEADY_PASSES} passes after ${WARM_UP_SECONDS} CPU seconds of warm-up (MB of UTF-8 per CPU second).`);
    for (const [name, texts] of sets()) {
      if (!texts) {
        print(`${name}: eval data not found, skipped`);
        continue;
      }
      const child = spawnSync(process.execPath, [process.argv[1], 'analysis'], { env: { ...process.env, [ONE_SET]: name }, encoding: 'utf8' });
      const line = child.stdout.split('\n').find((l) => l.startsWith('RESULT '));
      if (!line) throw new Error(`the ${name} run failed: ${child.stderr}`);
      const r = JSON.parse(line.slice('RESULT '.length)) as SetResult;
      print(
        `${name}: ${r.docs} docs, ${r.megabytes.toFixed(2)} MB: steady ${r.steadyRate.toFixed(1)} MB/s (passes ${r.steadyMin.toFixed(1)}–${r.steadyMax.toFixed(1)}); ` +
          `first pass ${r.coldRate.toFixed(1)} MB/s (${r.coldMs.toFixed(0)} ms) (target >= 20 MB/s steady)`,
      );
    }
  },
};
