// CrossSourceIndex under change: registry replaced, documents re-indexed and removed in any order, very large documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CrossSourceIndex } from '../../src/core/corpus';
import type { Analysis, Entity } from '../../src/core/types';
import { storyAnalysis, type StoryEntity } from './corpusStory';

test('a document with more than 2^20 mentions keeps every mention, in text order', () => {
  const pairs = (1 << 19) + 10;
  const text = 'Ana Bo '.repeat(pairs);
  const mentionsOf = (word: string, offset: number): Entity['mentions'] =>
    Array.from({ length: pairs }, (_, k) => ({ start: 7 * k + offset, end: 7 * k + offset + word.length, kind: 'name' as const, text: word }));
  const entities: Entity[] = [
    { id: 'ana', name: 'Ana', type: 'person', aliases: [], roles: [], mentions: mentionsOf('Ana', 0) },
    { id: 'bo', name: 'Bo', type: 'person', aliases: [], roles: [], mentions: mentionsOf('Bo', 4) },
  ];
  const analysis: Analysis = { textLength: text.length, quotes: [], scareQuotes: [], hedges: [], entities };
  const index = new CrossSourceIndex();
  index.update('long', text, analysis);
  const bo = index.lookupEntity('Bo');
  assert.ok(bo);
  assert.equal(bo.mentionCount, pairs);
  const spans = bo.documents[0].mentions;
  assert.equal(spans.length, pairs);
  spans.forEach((s, k) => {
    if (s.start !== 7 * k + 4) assert.fail(`mention ${k} of Bo at ${s.start}, expected ${7 * k + 4}`);
  });
  assert.equal(index.lookupEntity('Ana')?.mentionCount, pairs);
  const last = index.referencesAt('long', text.length - 2);
  assert.deepEqual(last.map((r) => [r.kind, r.label, r.span.start]), [['entity', 'Bo', text.length - 3]]);
});

const QUILL: StoryEntity = { name: 'Zora Quill', type: 'person', forms: ['Zora Quill', 'Quill'] };
const COUNCIL: StoryEntity = { name: 'Harbor City Council', type: 'org', forms: ['Harbor City Council'] };
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** A long article: one sentence per day and topic, each naming someone, and a quote. */
function longArticle(version: number): { text: string; analysis: Analysis } {
  const sentences = Array.from({ length: 80 }, (_, i) => `Zora Quill told the Harbor City Council on ${days[i % 7]} that the ${['stadium', 'harbour', 'ferry', 'library'][i % 4]} plan number ${i} needs funding.`);
  const text = `${sentences.join(' ')} “We will build it by spring ${version % 3},” Quill said. “Nothing is decided about the ferries yet,” a clerk said.`;
  const quotes = [
    { words: `“We will build it by spring ${version % 3},”`, kind: 'direct' as const, speaker: 'Zora Quill' },
    { words: '“Nothing is decided about the ferries yet,”', kind: 'direct' as const, speaker: null },
  ];
  return { text, analysis: storyAnalysis(text, [QUILL, COUNCIL], quotes) };
}
const SHORT = 'Zora Quill told the Harbor City Council on Monday that the stadium plan needs funding. “We will build it by spring 0,” Quill said.';

test('re-indexing one long document a thousand times keeps ids, slots and per-sentence arrays the size of what is indexed', () => {
  const index = new CrossSourceIndex();
  const short = storyAnalysis(SHORT, [QUILL, COUNCIL], [{ words: '“We will build it by spring 0,”', kind: 'direct', speaker: 'Zora Quill' }]);
  index.update('short', SHORT, short);
  let last = longArticle(0);
  for (let version = 0; version < 1000; version++) {
    last = longArticle(version);
    index.update('long', last.text, last.analysis);
  }
  const size = index.capacity();
  assert.equal(size.documents, 2);
  assert.ok(size.sentences >= 80, JSON.stringify(size));
  // 80,000 sentence ids and 1,000 slots were given out in all; removed documents' ones are taken back.
  assert.ok(size.sentenceIds <= 4096 + 2 * size.sentences, JSON.stringify(size));
  assert.ok(size.sentenceArrays <= 8192, JSON.stringify(size));
  assert.ok(size.documentSlots <= 257, JSON.stringify(size));
  assert.ok(size.quoteSerials <= 3, JSON.stringify(size));
  assert.ok(size.entityNumbers <= 4, JSON.stringify(size));
  assert.ok(size.termPool <= 1 << 17, JSON.stringify(size));
  // Some 10 MB of texts and numbers were read in all; the room of those removed is taken back past 4 MB.
  assert.ok(size.documentBytes <= (1 << 22) + (1 << 16), JSON.stringify(size));

  const fresh = new CrossSourceIndex();
  fresh.update('short', SHORT, short);
  fresh.update('long', last.text, last.analysis);
  const summary = (ix: CrossSourceIndex) => ({
    entities: ix.entities().map((e) => [e.name, e.mentionCount, e.documents.map((d) => d.docId)]),
    quotes: ix.quotes(1).map((q) => [q.text, q.members.map((m) => `${m.docId}:${m.start}:${m.relation}`)]),
    claims: ix.claims().map((c) => [c.label, c.members.map((m) => `${m.docId}:${m.start}`)]),
    references: ix.referencesAt('short', 3).map((r) => [r.kind, r.label, r.others.length]),
  });
  assert.deepEqual(summary(index), summary(fresh));
  assert.ok(summary(fresh).claims.length > 0 && summary(fresh).quotes.length > 0);
});

test('an entity only one document names gives its number back when the document changes, and claims find the new one', () => {
  const text = (n: number) => `Captain Ivo Brandt${n} told the Harbor City Council that the ferry plan needs funding this week.`;
  const brandt = (n: number): StoryEntity => ({ name: `Ivo Brandt${n}`, type: 'person', forms: [`Ivo Brandt${n}`] });
  const other = 'Ivo Brandt7 told the Harbor City Council that the ferry plan needs funding, he said this week.';
  const background = ['The Harbor City Council met on Monday about the library roof and its leaks.', 'Members of the Harbor City Council argued about parking fees downtown for hours.', 'The Harbor City Council will vote on new bus routes and school crossings next month.'];
  const build = (ix: CrossSourceIndex) => {
    background.forEach((t, i) => ix.update(`background${i}`, t, storyAnalysis(t, [COUNCIL])));
  };
  const index = new CrossSourceIndex();
  build(index);
  for (let n = 0; n < 300; n++) index.update('changing', text(n), storyAnalysis(text(n), [brandt(n), COUNCIL]));
  assert.ok(index.capacity().entityNumbers <= 3, JSON.stringify(index.capacity()));
  index.update('changing', text(7), storyAnalysis(text(7), [brandt(7), COUNCIL]));
  index.update('other', other, storyAnalysis(other, [brandt(7), COUNCIL]));
  const fresh = new CrossSourceIndex();
  build(fresh);
  fresh.update('changing', text(7), storyAnalysis(text(7), [brandt(7), COUNCIL]));
  fresh.update('other', other, storyAnalysis(other, [brandt(7), COUNCIL]));
  const claims = (ix: CrossSourceIndex) => ix.claims().map((c) => [c.terms, c.members.map((m) => m.docId)]);
  assert.deepEqual(claims(index), claims(fresh));
  assert.ok(fresh.claims().some((c) => c.terms.includes('Ivo Brandt7')), JSON.stringify(claims(fresh)));
});

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vi', 'zo'];
const word = (n: number): string => SYLLABLES[n % 8] + SYLLABLES[Math.floor(n / 8) % 8] + SYLLABLES[Math.floor(n / 64) % 8];
/** Unrelated sentences, so that the story's words are rare. */
const FILLER = Array.from({ length: 200 }, (_, i) => `Vera Lind saw the ${word(i)} and ${word(i + 101)} by the ${word(i + 257)} fields.`).join(' ');
const FERRY_ENTITIES: StoryEntity[] = [
  { name: 'Ruth Okafor', type: 'person', forms: ['Ruth Okafor'] },
  { name: 'Gull Island Ferries', type: 'org', forms: ['Gull Island Ferries'] },
  { name: 'Port Authority', type: 'org', forms: ['Port Authority'] },
];
function ferryIndex(texts: Record<string, string>): CrossSourceIndex {
  const index = new CrossSourceIndex();
  index.update('filler', FILLER, storyAnalysis(FILLER, [{ name: 'Vera Lind', type: 'person', forms: ['Vera Lind'] }]));
  for (const [id, text] of Object.entries(texts)) index.update(id, text, storyAnalysis(text, FERRY_ENTITIES));
  return index;
}
const claimMembers = (index: CrossSourceIndex): string[][] => index.claims(1).map((c) => c.members.map((m) => m.docId).sort());

test('claims: sentences whose match is removed are placed again, as in a new index without it', () => {
  const suspended = 'Ruth Okafor suspended Gull Island Ferries after the collision near the northern pier on Tuesday.';
  const bridge = 'Ruth Okafor suspended Gull Island Ferries after the collision near the northern pier, citing worn hulls and tired crews.';
  const blamed = 'The Port Authority said worn hulls and tired crews at Gull Island Ferries caused it.';
  const bridged = ferryIndex({ a: suspended, b: bridge, c: blamed });
  assert.deepEqual(claimMembers(bridged), [['a', 'b', 'c']]);
  bridged.remove('b');
  assert.deepEqual(claimMembers(bridged), claimMembers(ferryIndex({ a: suspended, c: blamed })));
  assert.deepEqual(claimMembers(bridged), [], 'the two that only the removed one joined are apart again');

  // Copies of one sentence all matched the first; without it, the others are still one claim.
  const copies = ferryIndex({ a: suspended, b: suspended, c: suspended });
  copies.remove('a');
  assert.deepEqual(claimMembers(copies), [['b', 'c']]);
  assert.deepEqual(claimMembers(copies), claimMembers(ferryIndex({ b: suspended, c: suspended })));
});

test('quotes: members follow a new leader or leave for a group of their own', () => {
  const speaker: StoryEntity = { name: 'Ruth Okafor', type: 'person', forms: ['Ruth Okafor'] };
  const short = 'Ruth Okafor said “the crossing stays closed” on Tuesday.';
  const full = 'Ruth Okafor said “the crossing stays closed until every hull is inspected and the crews are retrained” on Tuesday.';
  const index = new CrossSourceIndex();
  const quote = (text: string, words: string) => storyAnalysis(text, [speaker], [{ words, kind: 'direct', speaker: 'Ruth Okafor' }]);
  index.update('full', full, quote(full, '“the crossing stays closed until every hull is inspected and the crews are retrained”'));
  index.update('short', short, quote(short, '“the crossing stays closed”'));
  const relations = () => index.quotes(1).map((q) => q.members.map((m) => `${m.docId}:${m.relation}`).sort());
  assert.deepEqual(relations(), [['full:verbatim', 'short:partial']]);
  index.remove('full');
  assert.deepEqual(relations(), [['short:verbatim']], 'the quote left leads, in its own words');

  const later = 'Ruth Okafor said “every hull is inspected and the crews are retrained” first.';
  index.update('full', full, quote(full, '“the crossing stays closed until every hull is inspected and the crews are retrained”'));
  index.update('later', later, quote(later, '“every hull is inspected and the crews are retrained”'));
  assert.deepEqual(relations(), [['full:verbatim', 'later:partial', 'short:partial']]);
  index.remove('full');
  // The longer of the two leads; the other shares none of its words and goes on alone, as in a new index.
  assert.deepEqual(relations().sort(), [['later:verbatim'], ['short:verbatim']]);
});
