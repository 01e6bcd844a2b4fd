// Throughput of entity recognition alone (findEntities on one core), to show its share of analyze()'s budget.
import fs from 'node:fs';
import path from 'node:path';
import { findEntities } from '../src/core/entities';
import { readEvalTexts } from '../src/cli/evalData';
import type { ConfirmedEntity } from '../src/core/types';
import type { BenchSection } from './bench';

/**
 * A story registry of invented confirmed names, as a workspace with a sidecar passes to every document it reads: the
 * registry's index is made once, not for each document.
 */
function inventedRegistry(): ConfirmedEntity[] {
  const given = ['Ada', 'Tomas', 'Lena', 'Oskar', 'Mira', 'Jonas', 'Petra', 'Ivo', 'Noor', 'Selma'];
  const family = ['Lindqvist', 'Harrowgate', 'Vellacott', 'Brenmoor', 'Quillane', 'Osterhaut', 'Fenwick-Dale', 'Marrowby', 'Strathcoe', 'Dunmere'];
  return given.flatMap((g) => family.map((f) => ({ name: `${g} ${f}`, type: 'person' as const, aliases: [f, `${g[0]}. ${f}`] })));
}

function throughput(texts: string[], seconds: number, registry?: ConfirmedEntity[]): { mbPerSecond: number; mbPerCpuSecond: number; entities: number } {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  const options = registry ? { registry } : {};
  let entities = 0;
  for (const t of texts) entities += findEntities(t, options).length; // warm-up, and the count
  let runs = 0;
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  let elapsed = 0;
  do {
    for (const t of texts) findEntities(t, options);
    runs++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  } while (elapsed < seconds);
  // CPU time too: on a busy machine wall time also counts the other processes.
  const cpu = process.cpuUsage(cpuStart);
  const megabytes = (bytes / 1e6) * runs;
  return { mbPerSecond: megabytes / elapsed, mbPerCpuSecond: megabytes / ((cpu.user + cpu.system) / 1e6), entities };
}

export const entitiesThroughput: BenchSection = {
  name: 'entities',
  run(print) {
    const seeds = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join('seeds', f), 'utf8'));
    const sets: [string, string[] | undefined][] = [
      ['seeds', seeds],
      ['polnear-dev', readEvalTexts(undefined, 'polnear/dev.jsonl')],
      ['conll-dev', readEvalTexts(undefined, 'conll2003/dev.jsonl')],
    ];
    for (const [name, texts] of sets) {
      if (!texts) {
        print(`${name}: eval data not found, skipped`);
        continue;
      }
      const r = throughput(texts, 2);
      print(`findEntities on ${name}: ${texts.length} docs, ${r.entities} entities, ${r.mbPerSecond.toFixed(1)} MB/s (${r.mbPerCpuSecond.toFixed(1)} MB per CPU second)`);
    }
    const polnear = sets[1][1];
    if (polnear) {
      const registry = inventedRegistry();
      const r = throughput(polnear, 2, registry);
      print(`findEntities on polnear-dev with a registry of ${registry.length} names: ${r.entities} entities, ${r.mbPerSecond.toFixed(1)} MB/s (${r.mbPerCpuSecond.toFixed(1)} MB per CPU second)`);
    }
  },
};
