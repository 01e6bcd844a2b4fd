// Editor figures: analysis plus decoration ranges per article size, and what activation costs outside VS Code.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/core';
import type { ActivationTimes } from './activation';
import { analyseAndDecorate, decorationRanges, timeMs } from './editorWork';
import type { BenchSection } from './bench';


/** An article of about `bytes` made of the seed articles one after another (paragraph breaks between them). */
function articleOfSize(seeds: string[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const next = seeds[i % seeds.length];
    parts.push(next);
    size += Buffer.byteLength(next, 'utf8') + 1;
  }
  return parts.join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}


/** CPU milliseconds of the process while `run` runs: on a busy machine wall time also counts the other processes. */
function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  return cpuSince(start);
}


const ACTIVATION_RUNS = 7;
/** CPU milliseconds of warm-up for each article size before it is timed. */
const WARM_UP_MS = 1500;

function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export const editorBench: BenchSection = {
  name: 'editor',
  run(print) {
    const seeds = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join('seeds', f), 'utf8'));
    print('analysis + highlight spans + line/column positions of every range (median of runs, one core):');
    for (const [label, bytes, runs, budget] of [['50 KB', 50 * 1024, 41, 5], ['1 MB', 1024 * 1024, 9, 100]] as const) {
      const text = articleOfSize(seeds, bytes);
      // Warm-up until the JIT has settled (the first passes run unoptimised code; the cold cost is measured below, at
      // activation): what is timed is the work per document version while someone edits.
      let ranges = 0;
      const warmUp = process.cpuUsage();
      while (cpuSince(warmUp) < WARM_UP_MS) ranges = analyseAndDecorate(text);
      const times: number[] = [];
      const cpuTimes: number[] = [];
      for (let i = 0; i < runs; i++) {
        let wall = 0;
        cpuTimes.push(cpuMs(() => (wall = timeMs(() => (ranges = analyseAndDecorate(text))))));
        times.push(wall);
      }
      const ms = median(times);
      const analysisOnly: number[] = [];
      for (let i = 0; i < runs; i++) analysisOnly.push(timeMs(() => analyze(text)));
      const share = median(analysisOnly);
      const analysis = analyze(text);
      const editorOnly: number[] = [];
      for (let i = 0; i < runs; i++) editorOnly.push(timeMs(() => decorationRanges(text, analysis)));
      print(`  ${label.padEnd(6)} ${ms.toFixed(2).padStart(8)} ms  (CPU ${median(cpuTimes).toFixed(2)} ms; analyze() alone ${share.toFixed(2)} ms, spans + positions alone ${median(editorOnly).toFixed(2)} ms; ${ranges} ranges; target <= ${budget} ms${ms > budget ? ', OVER' : ''})`);
    }

    const bundle = path.resolve('dist/extension.js');
    if (!fs.existsSync(bundle)) {
      print('activation: dist/extension.js not built, skipped');
      return;
    }
    // A module loads once per process: each run is a fresh process, as each window's extension host is.
    const runs = Array.from({ length: ACTIVATION_RUNS }, () => {
      const out = execFileSync(process.execPath, ['--expose-gc', path.join(path.dirname(process.argv[1]), 'activation.js'), bundle], { encoding: 'utf8' });
      return JSON.parse(out.trim().split('\n').pop()!) as ActivationTimes;
    });
    const pick = (key: keyof ActivationTimes): number => median(runs.map((r) => r[key]));
    print(`activation, measured outside VS Code (the extension host’s own work is not included; median of ${ACTIVATION_RUNS} fresh processes):`);
    print(`  load and evaluate dist/extension.js        ${pick('loadMs').toFixed(2).padStart(7)} ms`);
    print(`  activate() with an inert vscode stand-in   ${pick('activateMs').toFixed(2).padStart(7)} ms  (${runs[0].disposables} disposables)`);
    print(`  activation: load + activate()              ${(pick('loadMs') + pick('activateMs')).toFixed(2).padStart(7)} ms  (target <= 50 ms)`);
    print(`  then the first article, cold: analysis + ranges ${pick('firstMs').toFixed(2).padStart(7)} ms (the lexicons' first use, the JIT not warm)`);
    const sizes = ['dist/extension.js', 'dist/web/extension.js'].map((f) => `${f} ${(fs.statSync(path.resolve(f)).size / 1024).toFixed(0)} KB`);
    print(`bundles as built (npm run bench builds them minified, as they ship): ${sizes.join(', ')} (goal <= 300 KB)`);
    print(`  of which the analysis alone: ${analysisEngineSize(path.dirname(process.argv[1]))}`);
  },
};

/**
 * The size of analyze() with its lexicons and gazetteers, minified (built beside the bench as analysis-engine.js),
 * and of its parts: the rest of the bundles is the editor, the sidecars (with `yaml`) and the cross-source index.
 */
function analysisEngineSize(dir: string): string {
  const bytes = fs.statSync(path.join(dir, 'analysis-engine.js')).size;
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'analysis-engine.meta.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> };
  const parts = new Map<string, number>();
  for (const output of Object.values(meta.outputs)) {
    for (const [file, input] of Object.entries(output.inputs)) {
      const part = /src\/core\/([^/]+)\//.exec(file)?.[1] ?? 'other';
      parts.set(part, (parts.get(part) ?? 0) + input.bytesInOutput);
    }
  }
  const listed = [...parts].filter(([, n]) => n >= 1024).sort((a, b) => b[1] - a[1]).map(([part, n]) => `${part} ${(n / 1024).toFixed(0)} KB`);
  return `${(bytes / 1024).toFixed(0)} KB (${listed.join(', ')}; lexicons and gazetteers included)`;
}
