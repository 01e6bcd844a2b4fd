// Scale of the cross-source index: a generated workspace of 100, 1,000 and 10,000 articles (about 4 KB each).
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/core';
import { CrossSourceIndex } from '../src/core/corpus';
import { readEvalTexts } from '../src/cli/evalData';
import type { BenchSection } from './bench';

const SIZES = (process.env.NEWSMARK_BENCH_SIZES ?? "100,1000,10000").split(",").map(Number);
const ARTICLE_CHARS = 4_000;

/** A small deterministic random source, so every run indexes the same workspace. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Source articles: the PolNeAR texts when the evaluation data is there (read in place), else the seeds. */
function sourceArticles(): { name: string; texts: string[] } {
  const evalTexts = [...(readEvalTexts(undefined, 'polnear/train.jsonl') ?? []), ...(readEvalTexts(undefined, 'polnear/dev.jsonl') ?? [])];
  if (evalTexts.length) return { name: 'PolNeAR texts', texts: [...new Set(evalTexts)] };
  const seeds = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join('seeds', f), 'utf8'));
  return { name: 'seed articles', texts: seeds };
}

/**
 * Articles made from the sources' paragraphs: each starts from one source article and borrows paragraphs from
 * others, the way outlets rework one wire story. Kept in memory only.
 */
function generateWorkspace(count: number, sources: string[]): string[] {
  const next = random(7);
  const paragraphs = sources.map((t) => t.split(/\n+/).filter((p) => p.trim().length > 40));
  const usable = paragraphs.filter((p) => p.length);
  const out: string[] = [];
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
    out.push(parts.join('\n'));
  }
  return out;
}

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

export const crossSourceBench: BenchSection = {
  name: 'crossSource',
  run(print) {
    const { name, texts: sources } = sourceArticles();
    const all = generateWorkspace(SIZES[SIZES.length - 1], sources);
    const totalMb = all.reduce((n, t) => n + t.length, 0) / 1024 / 1024;
    print(`workspace generated from ${sources.length} ${name}: ${all.length} articles, ${totalMb.toFixed(1)} MB`);
    print('articles  MB     analyse s  index s  (index - analyse)  MB/s   RSS MB  entity lookup ms  quote lookup ms  re-index ms (index only)  claims() ms  groups (entities/quotes/claims in 2+)');
    for (const size of SIZES) {
      const texts = all.slice(0, size);
      const megabytes = texts.reduce((n, t) => n + t.length, 0) / 1024 / 1024;
      // Analysis alone, then the whole index (analysis included), so the index's own share shows.
      const [, analyseMs] = time(() => texts.forEach((t) => analyze(t)));
      const index = new CrossSourceIndex({ analyze: (text) => analyze(text) });
      let peakRss = process.memoryUsage().rss;
      const [, indexMs] = time(() => {
        texts.forEach((t, i) => {
          index.update(`doc${i}`, t);
          if (i % 250 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
        });
      });
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      const linkMs = indexMs - analyseMs;

      const entities = index.entities(2);
      const quotes = index.quotes(2);
      const names = entities.slice(0, 50).map((e) => e.aliases[0] ?? e.name);
      const [, entityMs] = time(() => {
        for (let r = 0; r < 20; r++) for (const n of names) index.lookupEntity(n);
      });
      const quoteTexts = quotes.slice(0, 50).map((q) => q.text);
      const [, quoteMs] = time(() => {
        for (let r = 0; r < 4; r++) for (const q of quoteTexts) index.lookupQuote(q);
      });
      // A changed file: one article with a paragraph appended, re-indexed alone; its analysis timed apart.
      const changed = Array.from({ length: 20 }, (_, i) => Math.floor((i * size) / 20));
      const edited = changed.map((i) => texts[i] + '\nThe mayor said on Monday that the report was “deeply flawed” and would be reviewed.');
      const [fresh, reanalyseMs] = time(() => edited.map((t) => analyze(t)));
      const [, reindexMs] = time(() => changed.forEach((i, k) => index.update(`doc${i}`, edited[k], fresh[k])));
      const [claims, claimsMs] = time(() => index.claims(2));
      print(
        [
          String(size).padEnd(9),
          megabytes.toFixed(1).padEnd(6),
          (analyseMs / 1000).toFixed(2).padEnd(10),
          (indexMs / 1000).toFixed(2).padEnd(8),
          ((linkMs / 1000).toFixed(2) + '').padEnd(15),
          (megabytes / (indexMs / 1000)).toFixed(1).padEnd(6),
          mb(peakRss).padEnd(7),
          (names.length ? entityMs / (20 * names.length) : 0).toFixed(3).padEnd(17),
          (quoteTexts.length ? quoteMs / (4 * quoteTexts.length) : 0).toFixed(3).padEnd(16),
          `${((reanalyseMs + reindexMs) / changed.length).toFixed(1)} (${(reindexMs / changed.length).toFixed(1)})`.padEnd(12),
          claimsMs.toFixed(0).padEnd(12),
          `${entities.length}/${quotes.length}/${claims.length}`,
        ].join(' '),
      );
    }
    print(`peak RSS of the whole run: ${mb(process.resourceUsage().maxRSS * 1024)} MB`);
  },
};
