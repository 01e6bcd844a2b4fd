// Editor figures: analysis plus decoration ranges per article size, and what activation costs outside VS Code.
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { analyze, type Analysis } from '../src/core';
import { highlightSpans, HIGHLIGHT_KINDS } from '../src/extension/highlights/highlightKinds';
import { LineIndex } from '../src/extension/lineIndex';
import type { BenchSection } from './bench';

/** What the extension does per document version before setDecorations: analyse, pick spans, map them to positions. */
function analyseAndDecorate(text: string): number {
  return decorationRanges(text, analyze(text));
}

/** The editor's own share: spans per kind and their line/column positions, from a finished analysis. */
function decorationRanges(text: string, analysis: Analysis): number {
  const spans = highlightSpans(analysis);
  const lines = LineIndex.of(text);
  let ranges = 0;
  for (const kind of HIGHLIGHT_KINDS) {
    for (const span of spans[kind]) {
      lines.position(span.start);
      lines.position(span.end);
      ranges++;
    }
  }
  return ranges;
}

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

function timeMs(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** CPU milliseconds of the process while `run` runs: on a busy machine wall time also counts the other processes. */
function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * A stand-in for the `vscode` module: every property is a callable object and every call returns one, so activate()
 * runs its whole composition (settings, listeners, views, commands) with no work done by VS Code itself.
 * `names` covers every property name the bundle reads, a superset of the module's exports (esbuild copies them off the module).
 */
function inertVscode(names: string[]): unknown {
  const handler: ProxyHandler<() => void> = {
    get: (_target, key) => (key === Symbol.toPrimitive ? () => '' : key === 'then' || key === '__esModule' ? undefined : inert),
    apply: () => inert,
    construct: () => inert,
    set: () => true,
  };
  const inert: object = new Proxy(function () {}, handler);
  const exported = Object.fromEntries(names.map((n) => [n, inert]));
  return exported;
}

export const editorBench: BenchSection = {
  name: 'editor',
  run(print) {
    const seeds = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join('seeds', f), 'utf8'));
    print('analysis + highlight spans + line/column positions of every range (median of runs, one core):');
    for (const [label, bytes, runs, budget] of [['50 KB', 50 * 1024, 41, 5], ['1 MB', 1024 * 1024, 9, 100]] as const) {
      const text = articleOfSize(seeds, bytes);
      let ranges = analyseAndDecorate(text); // warm-up
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
    const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
    const originalLoad = loader._load;
    const names = [...new Set([...fs.readFileSync(bundle, 'utf8').matchAll(/\.([A-Za-z_]\w*)/g)].map((m) => m[1]))];
    const stub = inertVscode(names);
    loader._load = (request, parent, isMain) => (request === 'vscode' ? stub : originalLoad(request, parent, isMain));
    try {
      let extension: { activate(context: unknown): unknown } | undefined;
      const loadMs = timeMs(() => {
        extension = Module.createRequire(__filename)(bundle) as { activate(context: unknown): unknown };
      });
      const context = { subscriptions: [] as unknown[] };
      const activateMs = timeMs(() => extension?.activate(context));
      const firstMs = timeMs(() => analyseAndDecorate(seeds[seeds.length - 1]));
      print('activation, measured outside VS Code (the extension host’s own work is not included):');
      print(`  load and evaluate dist/extension.js        ${loadMs.toFixed(2).padStart(7)} ms`);
      print(`  activate() with an inert vscode stand-in   ${activateMs.toFixed(2).padStart(7)} ms  (${context.subscriptions.length} disposables)`);
      print(`  first article: analysis + ranges           ${firstMs.toFixed(2).padStart(7)} ms`);
      print(`  total                                      ${(loadMs + activateMs + firstMs).toFixed(2).padStart(7)} ms  (target <= 50 ms)`);
      const sizes = ['dist/extension.js', 'dist/web/extension.js'].map((f) => `${f} ${(fs.statSync(path.resolve(f)).size / 1024).toFixed(0)} KB`);
      print(`bundles as built (npm run bench builds them minified, as they ship): ${sizes.join(', ')} (goal <= 300 KB)`);
    } finally {
      loader._load = originalLoad;
    }
  },
};
