// Throughput of reading Markdown as prose (markdownProse, one core): what a Markdown article costs on top of analyze().
import fs from 'node:fs';
import path from 'node:path';
import { markdownProse } from '../src/core';
import type { BenchSection } from './bench';

/** The seed articles written up as Markdown drafts: headings, names in bold, links, a quote block, code. */
function markdownDrafts(): string[] {
  return fs
    .readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => fs.readFileSync(path.join('seeds', f), 'utf8'))
    .map((text) =>
      text
        .split('\n')
        .map((line, k) => (k === 0 ? `# ${line}` : k % 3 === 0 ? `> ${line.replace(/\b(Putin|Trump)\b/g, '**$1**')} [source](https://example.org/${k})` : line.replace(/\b(Kremlin)\b/g, '*$1*')))
        .join('\n') + '\n\n```\nnot prose\n```\n',
    );
}

export const markdownBench: BenchSection = {
  name: 'markdown',
  run(print) {
    const drafts = markdownDrafts();
    const bytes = drafts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
    for (const t of drafts) markdownProse(t); // warm-up
    let runs = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0;
    do {
      for (const t of drafts) markdownProse(t);
      runs++;
      elapsed = Number(process.hrtime.bigint() - start) / 1e9;
    } while (elapsed < 2);
    print(`markdownProse on the seeds as Markdown drafts: ${drafts.length} docs, ${((bytes / 1e6) * runs / elapsed).toFixed(0)} MB/s`);
  },
};
