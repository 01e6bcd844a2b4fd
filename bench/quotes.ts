// Throughput of quote finding against compromise's .quotations() over the same texts, and the ratio between them.
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/core';
import { findEntities } from '../src/core/entities';
import { findQuotes } from '../src/core/quotes';
import { readEvalTexts } from '../src/cli/evalData';
import type { BenchSection } from './bench';

/**
 * Runs `work` over all texts repeatedly for about `seconds` of this process's CPU time and returns UTF-8
 * megabytes (1e6 bytes) per CPU second: on a busy machine, wall time would measure the other processes too.
 */
function mbPerSecond(texts: string[], seconds: number, work: (text: string) => unknown): number {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  for (const t of texts) work(t); // warm-up
  let runs = 0;
  const start = process.cpuUsage();
  const cpuSeconds = (): number => {
    const u = process.cpuUsage(start);
    return (u.user + u.system) / 1e6;
  };
  let elapsed = 0;
  do {
    for (const t of texts) work(t);
    runs++;
    elapsed = cpuSeconds();
  } while (elapsed < seconds);
  return (bytes / 1e6) * (runs / elapsed);
}

export const quotesBench: BenchSection = {
  name: 'quotes',
  async run(print) {
    // Loaded here, not with the bench: the other sections (the cross-source one measures memory) run without it.
    const { default: nlp } = await import('compromise');
    const seeds = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join('seeds', f), 'utf8'));
    const sets: [string, string[] | undefined][] = [['seeds', seeds], ['polnear-dev', readEvalTexts(undefined, 'polnear/dev.jsonl')]];
    for (const [name, texts] of sets) {
      if (!texts) {
        print(`${name}: eval data not found, skipped`);
        continue;
      }
      // Entities are found once up front: this measures the attribution engine itself.
      const entities = new Map(texts.map((t) => [t, findEntities(t)]));
      const quotes = texts.reduce((n, t) => n + findQuotes(t, entities.get(t) ?? []).quotes.length, 0);
      const ours = mbPerSecond(texts, 2, (t) => findQuotes(t, entities.get(t) ?? []));
      const withEntities = mbPerSecond(texts, 2, (t) => analyze(t, { hedges: false }));
      const theirQuotes = texts.reduce((n, t) => n + nlp(t).quotations().length, 0);
      const theirs = mbPerSecond(texts, 2, (t) => nlp(t).quotations().out('array'));
      print(`${name}: ${texts.length} docs (MB per CPU second, one core)`);
      print(`  findQuotes            ${ours.toFixed(1).padStart(8)} MB/s  (${quotes} quotes)`);
      print(`  analyze, no hedges    ${withEntities.toFixed(1).padStart(8)} MB/s  (entities + quotes)`);
      print(`  compromise quotations ${theirs.toFixed(2).padStart(8)} MB/s  (${theirQuotes} quotations)`);
      print(`  ratio findQuotes / compromise: ${(ours / theirs).toFixed(0)}x; analyze without hedges / compromise: ${(withEntities / theirs).toFixed(0)}x`);
    }
  },
};
