// What the index reads of an analysis, made apart (as on a worker thread): the index built from it is the one built from the analyses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core';
import type { Analysis } from '../../src/core/types';
import { CrossSourceIndex, prepareDocument } from '../../src/core/corpus';
import { PREPARED_QUOTE_SPEAKER } from '../../src/core/corpus/preparedDocument';

const SEEDS = path.resolve('seeds');
const seeds = fs
  .readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f, text: fs.readFileSync(path.join(SEEDS, f), 'utf8') }));

const listing = (index: CrossSourceIndex): string => JSON.stringify({ entities: index.entities(1), quotes: index.quotes(1), claims: index.claims(2) });

test('the seeds indexed from prepared documents sent between threads list what they list indexed from their analyses', () => {
  const fromAnalyses = new CrossSourceIndex();
  const fromPrepared = new CrossSourceIndex({
    analyze: () => {
      throw new Error('a prepared document of the same text is not analysed again');
    },
  });
  for (const { id, text } of seeds) {
    const analysis = analyze(text, fromAnalyses.analysisOptionsFor(id));
    fromAnalyses.update(id, text, analysis);
    // As a worker posts it: a structured clone.
    fromPrepared.update(id, text, structuredClone(prepareDocument(text, analysis)));
  }
  assert.ok(fromAnalyses.claims(2).length > 0 && fromAnalyses.quotes(2).length > 0, 'the seeds share claims and quotes');
  assert.equal(listing(fromPrepared), listing(fromAnalyses));
  const [first] = seeds;
  for (let offset = 0; offset < first.text.length; offset += 97) {
    assert.deepEqual(fromPrepared.referencesAt(first.id, offset), fromAnalyses.referencesAt(first.id, offset), `references at ${offset}`);
  }
});

test('a prepared document of another text is not used: the text is analysed', () => {
  let analysed = 0;
  const index = new CrossSourceIndex({
    analyze: (text, options) => {
      analysed++;
      return analyze(text, options);
    },
  });
  const text = 'Mayor Dana Whitlock said the bridge would reopen in May.';
  const prepared = prepareDocument(text, analyze(text));
  index.update('a.txt', text, prepared);
  assert.equal(analysed, 0);
  index.update('a.txt', `${text} She thanked the crews.`, prepared);
  assert.equal(analysed, 1);
});

test('a prepared document: mentions sorted by start without demonyms, a heading is no sentence, a speaker by entity index', () => {
  const text = 'Harbour Plans For The Coming Year\nThe Dutch engineer Anna Berg said “the tide gates will hold”. Berg met Tom Ruiz.';
  const at = (s: string, from = 0): number => text.indexOf(s, from);
  const mention = (s: string, kind: 'name' | 'alias' | 'demonym', from = 0) => ({ start: at(s, from), end: at(s, from) + s.length, kind, text: s });
  const analysis: Analysis = {
    textLength: text.length,
    scareQuotes: [],
    hedges: [],
    entities: [
      { id: 'tom-ruiz', name: 'Tom Ruiz', type: 'person', aliases: [], roles: [], mentions: [mention('Tom Ruiz', 'name')] },
      { id: 'anna-berg', name: 'Anna Berg', type: 'person', aliases: ['Berg'], roles: [], mentions: [mention('Anna Berg', 'name'), mention('Berg', 'alias', at('Berg met'))] },
      { id: 'netherlands', name: 'Netherlands', type: 'place', aliases: [], roles: [], mentions: [mention('Dutch', 'demonym')] },
    ],
    quotes: [
      {
        start: at('the tide'),
        end: at('hold') + 4,
        kind: 'direct',
        parts: [{ start: at('the tide'), end: at('hold') + 4 }],
        cue: { start: at('said'), end: at('said') + 4 },
        cueLemma: 'say',
        speaker: { mention: { start: at('Anna Berg'), end: at('Anna Berg') + 9 }, kind: 'name', name: 'Anna Berg', entityId: 'anna-berg', anonymous: false },
      },
    ],
  };
  const prepared = prepareDocument(text, analysis);
  const mentions = Array.from(prepared.mentions);
  assert.deepEqual(mentions, [at('Anna Berg'), at('Anna Berg') + 9, 1, 0, at('Berg met'), at('Berg met') + 4, 1, 1, at('Tom Ruiz'), at('Tom Ruiz') + 8, 0, 0]);
  assert.deepEqual(prepared.names, ['Tom Ruiz', 'Anna Berg', 'Berg', 'Netherlands']);
  assert.deepEqual(Array.from(prepared.nameStarts), [0, 1, 3, 4]);
  const sentences = Array.from(prepared.sentences);
  assert.ok(!sentences.includes(0), 'the heading line is left out');
  assert.equal(sentences[0], at('The Dutch'));
  // The quote's speaker is entity 1 (Anna Berg), kept as 1 + its index.
  assert.equal(prepared.quotes[PREPARED_QUOTE_SPEAKER], 2);
  assert.deepEqual(prepared.speakerNames, ['Anna Berg']);
});

test('a prepared document of many entities: each quote’s speaker is found by entity index, as in a document of a few', () => {
  // Entities named one after another, more than are looked for one by one; each quote spoken by one of them.
  for (const count of [3, 100]) {
    const names = Array.from({ length: count }, (_, i) => `Person${i} Surname${i}`);
    const text = names.map((n) => `${n} said “we will finish the bridge”.`).join(' ');
    const starts = names.map((n) => text.indexOf(n));
    const analysis: Analysis = {
      textLength: text.length,
      scareQuotes: [],
      hedges: [],
      entities: names.map((name, i) => ({ id: `id-${i}`, name, type: 'person', aliases: [], roles: [], mentions: [{ start: starts[i], end: starts[i] + name.length, kind: 'name', text: name }] })),
      quotes: names.map((name, i) => {
        const start = text.indexOf('we will', starts[i]);
        return { start, end: start + 25, kind: 'direct', parts: [{ start, end: start + 25 }], cue: { start: starts[i] + name.length + 1, end: starts[i] + name.length + 5 }, cueLemma: 'say', speaker: { mention: { start: starts[i], end: starts[i] + name.length }, kind: 'name', name, entityId: `id-${(i * 7) % count}`, anonymous: false } };
      }),
    };
    const prepared = prepareDocument(text, analysis);
    for (let q = 0; q < count; q++) assert.equal(prepared.quotes[prepared.quoteAt[q] + PREPARED_QUOTE_SPEAKER], 1 + ((q * 7) % count), `quote ${q} of ${count}`);
  }
});
