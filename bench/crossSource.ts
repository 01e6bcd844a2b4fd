// Scale of the cross-source index: a generated workspace of 100, 1,000 and 10,000 articles (about 4 KB each).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyze } from '../src/core';
import type { Analysis } from '../src/core';
import { CrossSourceIndex } from '../src/core/corpus';
import { AnalysisPool, analysedInputs, defaultWorkerCount } from '../src/cli/analysisPool';
import { readEvalTexts } from '../src/cli/evalData';
import { seededRandom } from '../test/fixtures/seededRandom';
import type { BenchSection } from './bench';

const SIZES = (process.env.NEWSMARK_BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const ARTICLE_CHARS = 4_000;

/** The goals for the largest workspace (10,000 articles, about 40 MB). */
const TARGETS = { fullIndexSeconds: 5, peakRssMb: 400, lookupMs: 2, reindexMs: 20 };

/** Source articles: the PolNeAR texts when the evaluation data is there (read in place), else the seeds. */
function sourceArticles(): { name: string; texts: string[] } {
  const evalTexts = [...(readEvalTexts(undefined, 'polnear/train.jsonl') ?? []), ...(readEvalTexts(undefined, 'polnear/dev.jsonl') ?? [])];
  if (evalTexts.length) return { name: 'PolNeAR texts', texts: [...new Set(evalTexts)] };
  const seeds = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join('seeds', f), 'utf8'));
  return { name: 'seed articles', texts: seeds };
}

/**
 * Articles made from the sources' paragraphs: each starts from one source article and borrows paragraphs from
 * others, the way outlets rework one wire story.
 */
function* generateArticles(count: number, sources: string[]): Generator<string> {
  // Seeded, so every run indexes the same workspace.
  const next = seededRandom(7);
  const paragraphs = sources.map((t) => t.split(/\n+/).filter((p) => p.trim().length > 40));
  const usable = paragraphs.filter((p) => p.length);
  for (let i = 0; i < count; i++) {
    const base = usable[i % usable.length];
    const parts: string[] = [];
    let length = 0;
    let k = 0;
    while (length < ARTICLE_CHARS) {
      const from = next() < 0.7 ? base : usable[Math.floor(next() * usable.length)];
      const p = from[(k++ + Math.floor(next() * from.length)) % from.length];
      parts.push(p);
      length += p.length + 1;
    }
    yield parts.join('\n');
  }
}

/** The workspace's article files, in a folder of their own (a hundred articles per subfolder, as outlets file them). */
const articlePath = (folder: string, i: number): string => path.join(folder, `outlet${Math.floor(i / 100)}`, `article${i}.txt`);

/** Writes `count` generated articles into `folder`. */
function writeWorkspace(folder: string, count: number, sources: string[]): void {
  let i = 0;
  for (const text of generateArticles(count, sources)) {
    if (i % 100 === 0) fs.mkdirSync(path.dirname(articlePath(folder, i)));
    fs.writeFileSync(articlePath(folder, i++), text);
  }
}

const mb = (bytes: number): number => bytes / 1024 / 1024;
/** Set in the child process that measures one size: the number of articles, and the folder they are in. */
const ONE_SIZE = 'NEWSMARK_CROSS_SOURCE_SIZE';
const WORKSPACE = 'NEWSMARK_CROSS_SOURCE_WORKSPACE';
/** Set in the child that indexes the largest workspace with its analyses made on worker threads. */
const ON_WORKERS = 'NEWSMARK_CROSS_SOURCE_WORKERS';
/** Set by the caller: the worker counts to index the largest workspace with (default: as many as xref starts). */
const WORKER_COUNTS = 'NEWSMARK_BENCH_WORKERS';

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

interface SizeResult {
  size: number;
  megabytes: number;
  readMs: number;
  analyseMs: number;
  indexMs: number;
  /** RSS sampled every 100 articles while indexing; and the process's peak, lookups and claims() included. */
  indexingRss: number;
  peakRss: number;
  entityMean: number;
  entityP95: number;
  quoteMean: number;
  quoteP95: number;
  reindexMean: number;
  reindexP95: number;
  claimsMs: number;
  /** The listing of one article (its entities, quotes and claims shared with others: the Cross-source view's). */
  articleMean: number;
  articleP95: number;
  groups: string;
}

/**
 * Mean and 95th percentile of single timed calls (a call that meets a garbage collection is slow; the p95 shows it).
 * `prepare`, untimed, runs before each call.
 */
function timings(calls: (() => unknown)[], prepare?: (k: number) => void): { mean: number; p95: number } {
  const ms = calls
    .map((call, k) => {
      prepare?.(k);
      return time(call)[1];
    })
    .sort((a, b) => a - b);
  const mean = ms.length ? ms.reduce((a, b) => a + b, 0) / ms.length : 0;
  return { mean, p95: ms.length ? ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.95))] : 0 };
}

function runSize(size: number, folder: string): SizeResult {
  // One pass, as a workspace is indexed: each article file read, analysed, then given to the index with its analysis.
  // The three are timed apart; the text and its analysis are dropped once indexed (but for the ones changed below).
  const changed = Array.from({ length: 100 }, (_, i) => Math.floor((i * size) / 100));
  const toChange = new Map(changed.map((i) => [i, '']));
  let characters = 0;
  const index = new CrossSourceIndex({
    analyze: () => {
      throw new Error('the bench hands every analysis to the index');
    },
  });
  let readMs = 0;
  let analyseMs = 0;
  let indexMs = 0;
  let indexingRss = 0;
  for (let i = 0; i < size; i++) {
    const [t, r] = time(() => fs.readFileSync(articlePath(folder, i), 'utf8'));
    const [analysis, a] = time(() => analyze(t));
    const [, u] = time(() => index.update(`doc${i}`, t, analysis));
    readMs += r;
    analyseMs += a;
    indexMs += u;
    characters += t.length;
    if (toChange.has(i)) toChange.set(i, t);
    if (i % 100 === 99 || i === size - 1) indexingRss = Math.max(indexingRss, mb(process.memoryUsage().rss));
  }

  const entities = index.entities(2);
  const quotes = index.quotes(2);
  // Lookups of the most shared entities (by another written form when there is one) and quotes, one call at a time.
  const names = entities.slice(0, 50).map((e) => e.aliases[0] ?? e.name);
  const entity = timings(names.flatMap((n) => Array.from({ length: 20 }, () => () => index.lookupEntity(n)?.documents.length)));
  const quoteTexts = quotes.slice(0, 50).map((q) => q.text);
  const quote = timings(quoteTexts.flatMap((q) => Array.from({ length: 4 }, () => () => index.lookupQuote(q))));
  // A changed file: one article with a paragraph appended, re-indexed alone (its analysis made beforehand).
  const edited = changed.map((i) => toChange.get(i) + '\nThe mayor said on Monday that the report was “deeply flawed” and would be reviewed.');
  // Each analysed just before its timed update, as an editor would hand it over.
  let fresh: Analysis | undefined;
  const reindex = timings(
    changed.map((i, k) => () => index.update(`doc${i}`, edited[k], fresh)),
    (k) => (fresh = analyze(edited[k])),
  );
  const [claims, claimsMs] = time(() => index.claims(2));
  const listed = changed.map((i) => `doc${i}`);
  const article = timings(listed.map((docId) => () => [index.entities(2, docId), index.quotes(2, docId), index.claims(2, docId)]));
  // The process runs this one size: its peak resident memory is this index's, with the analyses in flight.
  const peakRss = mb(process.resourceUsage().maxRSS * 1024);
  return {
    size,
    megabytes: characters / 1024 / 1024,
    readMs,
    analyseMs,
    indexMs,
    indexingRss,
    peakRss,
    entityMean: entity.mean,
    entityP95: entity.p95,
    quoteMean: quote.mean,
    quoteP95: quote.p95,
    reindexMean: reindex.mean,
    reindexP95: reindex.p95,
    claimsMs,
    articleMean: article.mean,
    articleP95: article.p95,
    groups: `${entities.length}/${quotes.length}/${claims.length}`,
  };
}

interface WorkersResult {
  workers: number;
  wallMs: number;
  peakRss: number;
  groups: string;
}

/**
 * The whole workspace indexed as `newsmark xref` indexes it on several cores: the articles read ahead and analysed
 * on worker threads while the main thread indexes them in order. Wall time from the first read to the last update.
 */
async function runOnWorkers(size: number, folder: string, workers: number): Promise<WorkersResult> {
  const pool = new AnalysisPool(workers, path.resolve('dist/analysis-worker.js'));
  const index = new CrossSourceIndex();
  const sources = Array.from({ length: size }, (_, i) => ({ id: `doc${i}`, read: async () => fs.readFileSync(articlePath(folder, i), 'utf8') }));
  const t0 = performance.now();
  try {
    const result = await index.build(analysedInputs(sources, pool, (id) => index.analysisOptionsFor(id)), { yieldEveryMs: 0 });
    if (result.indexed !== size) throw new Error(`indexed ${result.indexed} of ${size} articles`);
  } finally {
    await pool.close();
  }
  const wallMs = performance.now() - t0;
  const groups = `${index.entities(2).length}/${index.quotes(2).length}/${index.claims(2).length}`;
  return { workers, wallMs, peakRss: mb(process.resourceUsage().maxRSS * 1024), groups };
}

const fullMs = (r: SizeResult): number => r.readMs + r.analyseMs + r.indexMs;
/** The one-thread run counts claims after its edits: entity and quote groups (counted before them) must agree. */
const sameGroups = (a: string, b: string): boolean => a.split('/').slice(0, 2).join('/') === b.split('/').slice(0, 2).join('/');

const row = (cells: (string | number)[], widths: number[]): string => cells.map((c, i) => String(c).padEnd(widths[i])).join(' ');

export const crossSourceBench: BenchSection = {
  name: 'crossSource',
  async run(print) {
    const one = process.env[ONE_SIZE];
    const given = process.env[WORKSPACE];
    if (one && given) {
      // The child: one size, its result as a line for the parent.
      const workers = Number(process.env[ON_WORKERS] ?? 0);
      print(`RESULT ${JSON.stringify(workers > 0 ? await runOnWorkers(Number(one), given, workers) : runSize(Number(one), given))}`);
      return;
    }
    const { name, texts: sources } = sourceArticles();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-bench-'));
    const removeWorkspace = (): void => fs.rmSync(folder, { recursive: true, force: true });
    // Ctrl-C or a kill would end the process before any `finally`: the workspace goes first, then the signal's own end.
    const onSignal = (signal: NodeJS.Signals): void => {
      running?.kill(signal);
      removeWorkspace();
      process.kill(process.pid, signal);
    };
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const s of signals) process.once(s, onSignal);
    try {
      writeWorkspace(folder, SIZES[SIZES.length - 1], sources);
      await runSizes(print, folder, `${sources.length} ${name}`);
    } finally {
      for (const s of signals) process.off(s, onSignal);
      removeWorkspace();
    }
  },
};

/** The child measuring one size, while it runs. */
let running: ChildProcess | undefined;

/** Runs one size in a fresh process, without blocking: a signal must reach the parent while the child works. */
function runChild<R = SizeResult>(size: number, folder: string, workers = 0): Promise<R> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [process.argv[1], 'crossSource'], { env: { ...process.env, [ONE_SIZE]: String(size), [WORKSPACE]: folder, [ON_WORKERS]: String(workers) } });
    running = child;
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      running = undefined;
      const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
      if (!line) reject(new Error(`the ${size}-article run failed (${signal ?? `exit code ${code}`}): ${stderr}`));
      else resolve(JSON.parse(line.slice('RESULT '.length)) as R);
    });
  });
}

async function runSizes(print: (line: string) => void, folder: string, sourcesName: string): Promise<void> {
  print(`workspace generated from ${sourcesName} into files: up to ${SIZES[SIZES.length - 1]} articles of about ${ARTICLE_CHARS / 1000} KB; one thread, each size in a fresh process`);
  print('read = the article files read from disk; analyse = analyze() of every article; index = CrossSourceIndex.update() with that analysis (the index\'s own work); full = all three.');
  print('RSS = resident memory of the process for that size (the index, the text and analysis in flight; each article is read, analysed, indexed and dropped, as in the editor or the CLI): while indexing (sampled every 100 articles) / its peak, lookups and claims() included.');
  print('Lookups and re-index: mean (95th percentile) of single calls; re-index = update() of one changed article, its analysis made beforehand.');
  print('claims() = every claim group of the workspace; one article = its entities, quotes and claims shared with other articles (what the Cross-source view lists), mean (95th percentile).');
  print('Small sizes include the JIT warming up in their fresh process; the per-article cost is best read at the larger sizes.');
  const widths = [9, 6, 7, 10, 8, 7, 10, 10, 18, 18, 18, 11, 18, 20];
  print(row(['articles', 'MB', 'read s', 'analyse s', 'index s', 'full s', 'index µs/a', 'RSS MB', 'entity lookup ms', 'quote lookup ms', 're-index ms', 'claims() ms', 'one article ms', 'entities/quotes/claims (2+ sources)'], widths));
  const results: SizeResult[] = [];
  for (const size of SIZES) {
    const r = await runChild(size, folder);
    results.push(r);
    print(
      row(
        [
          r.size,
          r.megabytes.toFixed(1),
          (r.readMs / 1000).toFixed(2),
          (r.analyseMs / 1000).toFixed(2),
          (r.indexMs / 1000).toFixed(2),
          (fullMs(r) / 1000).toFixed(2),
          ((1000 * r.indexMs) / r.size).toFixed(0),
          `${r.indexingRss.toFixed(0)} / ${r.peakRss.toFixed(0)}`,
          `${r.entityMean.toFixed(3)} (${r.entityP95.toFixed(3)})`,
          `${r.quoteMean.toFixed(3)} (${r.quoteP95.toFixed(3)})`,
          `${r.reindexMean.toFixed(1)} (${r.reindexP95.toFixed(1)})`,
          r.claimsMs.toFixed(0),
          `${r.articleMean.toFixed(2)} (${r.articleP95.toFixed(2)})`,
          r.groups,
        ],
        widths,
      ),
    );
  }
  // How cost grows: index time per article and memory, from each size to the next.
  for (let i = 1; i < results.length; i++) {
    const [a, b] = [results[i - 1], results[i]];
    print(`growth ${a.size} -> ${b.size} articles (x${(b.size / a.size).toFixed(0)}): index time x${(b.indexMs / a.indexMs).toFixed(1)}, per article x${(b.indexMs / b.size / (a.indexMs / a.size)).toFixed(2)}; claims() x${(b.claimsMs / Math.max(a.claimsMs, 0.1)).toFixed(1)}`);
  }
  const last = results[results.length - 1];
  // The same workspace on several cores, as `newsmark xref` indexes it (at least one worker, for the figure); with
  // NEWSMARK_BENCH_WORKERS=1,2 once for each count given.
  const counts = process.env[WORKER_COUNTS]?.split(',').map(Number) ?? [Math.max(1, defaultWorkerCount())];
  for (const workers of counts) {
    const parallel = await runChild<WorkersResult>(last.size, folder, workers);
    print(
      `${last.size} articles with analyses on ${workers} worker thread(s) (${os.availableParallelism()} cores), read ahead and indexed in order on the main thread: full ${(parallel.wallMs / 1000).toFixed(2)} s wall (one thread: ${(fullMs(last) / 1000).toFixed(2)} s), peak RSS ${parallel.peakRss.toFixed(0)} MB, entities/quotes/claims ${parallel.groups}${sameGroups(parallel.groups, last.groups) ? ' (entities and quotes as on one thread, before its edits)' : ` (DIFFERENT from one thread: ${last.groups})`}`,
    );
  }
  if (last.size >= 10_000) {
    const check = (label: string, value: number, target: number, unit: string): void =>
      print(`  ${value <= target ? 'met    ' : 'NOT met'}  ${label}: ${value.toFixed(unit === 'MB' ? 0 : 2)} ${unit} (target <= ${target} ${unit})`);
    print(`targets at ${last.size} articles:`);
    check('full index (read + analyse + index), one thread', fullMs(last) / 1000, TARGETS.fullIndexSeconds, 's');
    check('RSS while indexing', last.indexingRss, TARGETS.peakRssMb, 'MB');
    check('peak RSS of the process (lookups and claims() included)', last.peakRss, TARGETS.peakRssMb, 'MB');
    check('entity lookup, 95th percentile of single calls', last.entityP95, TARGETS.lookupMs, 'ms');
    check('quote lookup, 95th percentile of single calls', last.quoteP95, TARGETS.lookupMs, 'ms');
    check('re-index after one file changes, 95th percentile', last.reindexP95, TARGETS.reindexMs, 'ms');
  }
}
