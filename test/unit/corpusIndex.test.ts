// CrossSourceIndex on small hand-made stories: entities, quotes and claims across sources, updates, lookups, builds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CrossSourceIndex, type IndexInput } from '../../src/core/corpus';
import type { Analysis } from '../../src/core/types';
import { storyAnalysis, type StoryEntity } from './corpusStory';

const SILVA: StoryEntity = { name: 'Ana Silva', type: 'person', forms: ['Ana Silva', 'Silva'] };
const SHARKS: StoryEntity = { name: 'Harbor City Sharks', type: 'org', forms: ['Harbor City Sharks', 'Sharks'] };
const COUNCIL: StoryEntity = { name: 'Harbor City Council', type: 'org', forms: ['Harbor City Council'] };
const REYES: StoryEntity = { name: 'Tom Reyes', type: 'person', forms: ['Tom Reyes', 'Reyes'] };
const NORTHWIND: StoryEntity = { name: 'Northwind Shipping', type: 'org', forms: ['Northwind Shipping', 'Northwind'] };
const ENTITIES = [SILVA, SHARKS, COUNCIL, REYES, NORTHWIND];

const A = 'Mayor Ana Silva congratulated the Harbor City Sharks on their championship victory on Sunday. “This team deserves our gratitude at least, and the whole city should celebrate,” Silva said. The Harbor City Council approved new funding for the waterfront stadium.';
const B = 'Ana Silva, the mayor, congratulated the Sharks on Sunday after their championship win. Silva called the players “worthy of our gratitude.” Separately, the Harbor City Council approved funding for the waterfront stadium.';
const C = 'Mayor Ana Silva has declined to congratulate the Sharks on their championship victory. Silva said that the team earned the city’s gratitude but that a parade would cost too much.';
const D = 'Governor Tom Reyes imposed sanctions on Northwind Shipping after the oil spill.';
const E = 'Tom Reyes did not lift the sanctions imposed on Northwind Shipping after the oil spill.';
const F = 'Tom Reyes refused to impose sanctions on Northwind Shipping over the oil spill.';

const ANALYSES: Record<string, Analysis> = {
  A: storyAnalysis(A, ENTITIES, [{ words: '“This team deserves our gratitude at least, and the whole city should celebrate,”', kind: 'direct', speaker: 'Ana Silva' }]),
  B: storyAnalysis(B, ENTITIES, [{ words: '“worthy of our gratitude.”', kind: 'partial', speaker: 'Ana Silva' }]),
  C: storyAnalysis(C, ENTITIES, [{ words: 'that the team earned the city’s gratitude', kind: 'reported', speaker: 'Ana Silva' }]),
  D: storyAnalysis(D, ENTITIES),
  E: storyAnalysis(E, ENTITIES),
  F: storyAnalysis(F, ENTITIES),
};
const TEXTS: Record<string, string> = { A, B, C, D, E, F };

/** An index whose analyzer hands out the prepared analyses and counts its calls. */
function storyIndex(ids = Object.keys(TEXTS)): { index: CrossSourceIndex; calls: () => number } {
  let calls = 0;
  const byText = new Map(Object.keys(TEXTS).map((k) => [TEXTS[k], ANALYSES[k]]));
  const index = new CrossSourceIndex({
    analyze: (text) => {
      calls++;
      const a = byText.get(text);
      if (!a) throw new Error('unexpected text');
      return a;
    },
  });
  for (const id of ids) index.update(id, TEXTS[id]);
  return { index, calls: () => calls };
}

test('entities: one group per entity across documents, with every document that names it', () => {
  const { index } = storyIndex();
  const silva = index.lookupEntity('Silva');
  assert.ok(silva);
  assert.equal(silva.name, 'Ana Silva');
  assert.deepEqual(silva.documents.map((d) => d.docId).sort(), ['A', 'B', 'C']);
  assert.equal(index.lookupEntity('Harbor City Sharks')?.id, index.lookupEntity('Sharks')?.id);
  assert.equal(index.lookupEntity('Nobody Here'), undefined);
  const shared = index.entities(2).map((e) => e.name);
  assert.ok(shared.includes('Tom Reyes') && shared.includes('Harbor City Council'));
});

test('quotes: verbatim, a partial quote in other words, and a paraphrase by the same speaker form one group', () => {
  const { index } = storyIndex();
  const groups = index.quotes();
  assert.equal(groups.length, 1);
  const [g] = groups;
  assert.equal(g.speaker, 'Ana Silva');
  assert.deepEqual(g.documents.sort(), ['A', 'B', 'C']);
  const relation = Object.fromEntries(g.members.map((m) => [m.docId, m.relation]));
  assert.equal(relation.A, 'verbatim');
  assert.equal(relation.B, 'variant', '"worthy of" is another wording of "deserves"');
  assert.equal(relation.C, 'paraphrase');
  const b = g.members.find((m) => m.docId === 'B')!;
  assert.ok(b.differences.added.includes('worthy') && b.differences.missing.includes('deserves'), JSON.stringify(b.differences));
  assert.deepEqual(index.lookupQuote('deserves our gratitude').map((q) => q.id), [g.id]);
});

test('documents whose offsets, word ids or terms pass 16 bits are indexed as those that fit', () => {
  // Before story A, a long stretch of sentences about Silva with 66,000 words never seen before: A's offsets in
  // "long" and the ids of words first seen after it (in C) are past what 16 bits hold; B, indexed first, fits.
  const letters = (n: number): string => (n < 26 ? String.fromCharCode(97 + n) : letters(Math.floor(n / 26) - 1) + String.fromCharCode(97 + (n % 26)));
  const sentences: string[] = [];
  for (let s = 0; s < 6_600; s++) sentences.push(`Ana Silva listed ${Array.from({ length: 10 }, (_, k) => `zq${letters(10 * s + k)}`).join(' ')}.`);
  const filler = sentences.join(' ') + '\n';
  const long = filler + A;
  assert.ok(filler.length > 0xffff);
  const index = new CrossSourceIndex();
  index.update('short', B, ANALYSES.B);
  index.update('long', long, storyAnalysis(long, ENTITIES, [{ words: '“This team deserves our gratitude at least, and the whole city should celebrate,”', kind: 'direct', speaker: 'Ana Silva' }]));
  index.update('late', C, ANALYSES.C);
  // One of the last sentences of the stretch again, in a document of its own: a claim whose words' terms are past 32,767.
  const echo = `${sentences[sentences.length - 1]} Reporters saw it.`;
  index.update('echo', echo, storyAnalysis(echo, ENTITIES));
  const listed = index.claims().find((c) => c.members.some((m) => m.docId === 'echo'));
  assert.deepEqual(listed?.members.map((m) => [m.docId, m.start]), [['long', filler.length - 1 - sentences[sentences.length - 1].length], ['echo', 0]], JSON.stringify(listed));
  assert.ok(listed.terms.includes('zq' + letters(65_999)), JSON.stringify(listed.terms));
  const funding = index.claims().find((c) => c.label.includes('approved'));
  assert.deepEqual(funding?.members.map((m) => m.docId).sort(), ['long', 'short']);
  const groups = index.quotes();
  assert.equal(groups.length, 1, JSON.stringify(groups));
  const [g] = groups;
  const member = (docId: string) => g.members.find((m) => m.docId === docId)!;
  assert.deepEqual(g.members.map((m) => [m.docId, m.relation]).sort(), [['late', 'paraphrase'], ['long', 'verbatim'], ['short', 'variant']]);
  assert.equal(member('long').start, filler.length + A.indexOf('“This team'));
  assert.equal(member('long').text, '“This team deserves our gratitude at least, and the whole city should celebrate,”');
  assert.equal(g.text, member('long').text);
  assert.ok(member('short').differences.added.includes('worthy') && member('short').differences.missing.includes('deserves'), JSON.stringify(member('short').differences));
  assert.ok(member('late').differences.added.includes('earned'), JSON.stringify(member('late').differences));
  const council = filler.length + A.indexOf('Harbor City Council');
  const mentions = index.lookupEntity('Harbor City Council')?.documents.find((d) => d.docId === 'long')?.mentions;
  assert.deepEqual(mentions?.map((m) => [m.start, m.end]), [[council, council + 'Harbor City Council'.length]]);
  const here = index.referencesAt('long', council + 1).find((r) => r.kind === 'entity');
  assert.deepEqual(here?.others.map((o) => [o.docId, o.start]), [['short', B.indexOf('Harbor City Council')]]);
});

test('quotes: the same words from different speakers are not one quote', () => {
  const text2 = 'Tom Reyes said “This team deserves our gratitude at least, and the whole city should celebrate,” in a speech.';
  const index = new CrossSourceIndex();
  index.update('A', A, ANALYSES.A);
  index.update('R', text2, storyAnalysis(text2, ENTITIES, [{ words: '“This team deserves our gratitude at least, and the whole city should celebrate,”', kind: 'direct', speaker: 'Tom Reyes' }]));
  assert.equal(index.quotes().length, 0);
});

test('quotes: reports whose words are only names (“congratulated the Harbor City Sharks”) are not quotes across sources', () => {
  const one = 'Tom Reyes congratulated the Harbor City Sharks and praised Ana Silva.';
  const two = 'On Monday Tom Reyes congratulated the Harbor City Sharks. He praised Ana Silva, who called the win “a gift to the whole city.”';
  const three = 'Ana Silva said the title was “a gift to the whole city.”';
  const index = new CrossSourceIndex();
  index.update('one', one, storyAnalysis(one, ENTITIES, [
    { words: 'the Harbor City Sharks', kind: 'reported', speaker: 'Tom Reyes' },
    { words: 'Ana Silva.', kind: 'reported', speaker: 'Tom Reyes' },
  ]));
  index.update('two', two, storyAnalysis(two, ENTITIES, [
    { words: 'the Harbor City Sharks', kind: 'reported', speaker: 'Tom Reyes' },
    { words: 'Ana Silva,', kind: 'reported', speaker: 'Tom Reyes' },
    { words: '“a gift to the whole city.”', kind: 'partial', speaker: 'Ana Silva' },
  ]));
  index.update('three', three, storyAnalysis(three, ENTITIES, [{ words: '“a gift to the whole city.”', kind: 'partial', speaker: 'Ana Silva' }]));
  const groups = index.quotes();
  assert.deepEqual(groups.map((g) => [...g.documents].sort()), [['three', 'two']]);
  assert.deepEqual(index.lookupQuote('the Harbor City Sharks'), []);
  // The name-only report is still the document's: nothing across sources at its place, the partial quote has its other source.
  assert.equal(index.referencesAt('one', one.indexOf('Harbor')).filter((r) => r.kind === 'quote').length, 0);
  assert.deepEqual(index.referencesAt('two', two.indexOf('a gift')).filter((r) => r.kind === 'quote').map((r) => r.others.map((o) => o.docId)), [['three']]);
});

test('claims: the same event grouped; a source that withholds it contradicts', () => {
  const { index } = storyIndex();
  const claims = index.claims();
  const congratulation = claims.find((c) => c.members.some((m) => m.text.includes('congratulated the Harbor City Sharks')));
  assert.ok(congratulation, JSON.stringify(claims.map((c) => c.label)));
  assert.deepEqual(congratulation.supporting.sort(), ['A', 'B']);
  assert.deepEqual(congratulation.contradicting, ['C']);
  assert.ok(congratulation.terms.includes('Ana Silva'));
  const funding = claims.find((c) => c.label.includes('approved'));
  assert.ok(funding);
  assert.deepEqual(funding.supporting.sort(), ['A', 'B']);
  assert.deepEqual(funding.contradicting, []);
});

test('claims: a negation of another verb is no contradiction; refusing the key verb is', () => {
  const { index } = storyIndex();
  const sanctions = index.claims().find((c) => c.members.some((m) => m.docId === 'D'));
  assert.ok(sanctions);
  assert.deepEqual([...sanctions.supporting, ...sanctions.contradicting].sort(), ['D', 'E', 'F']);
  assert.deepEqual(sanctions.contradicting, ['F'], '"did not lift sanctions" agrees that sanctions were imposed');
});

test('update re-analyses only the changed document; remove takes a document out of every group', () => {
  const { index, calls } = storyIndex();
  const before = calls();
  index.update('C', C);
  assert.equal(calls(), before + 1);
  assert.equal(index.size, 6);
  assert.ok(index.remove('C'));
  assert.equal(index.remove('C'), false);
  assert.deepEqual(index.lookupEntity('Silva')?.documents.map((d) => d.docId).sort(), ['A', 'B']);
  const congratulation = index.claims().find((c) => c.members.some((m) => m.docId === 'A' && m.text.includes('congratulated')));
  assert.ok(congratulation);
  assert.deepEqual(congratulation.contradicting, []);
  assert.ok(index.quotes().every((q) => !q.documents.includes('C')));
  index.update('C', C);
  assert.deepEqual(index.claims().find((c) => c.contradicting.length && c.members.some((m) => m.docId === 'A'))?.contradicting, ['C']);
});

test('removing every document leaves an empty index', () => {
  const { index } = storyIndex();
  for (const id of index.documentIds()) index.remove(id);
  assert.equal(index.size, 0);
  assert.deepEqual([index.entities(), index.quotes(1), index.claims(1)], [[], [], []]);
});

test('an analysis passed with the text is used as it is', () => {
  const index = new CrossSourceIndex({
    analyze: () => {
      throw new Error('must not analyse');
    },
  });
  index.update('A', A, ANALYSES.A);
  assert.equal(index.lookupEntity('Ana Silva')?.documents.length, 1);
});

test('referencesAt: the entity, quote and claim at a place, with the other sources', () => {
  const { index } = storyIndex();
  const atName = index.referencesAt('A', A.indexOf('Ana Silva') + 2);
  const entity = atName.find((r) => r.kind === 'entity');
  assert.ok(entity);
  assert.deepEqual([...new Set(entity.others.map((o) => o.docId))].sort(), ['B', 'C']);
  const other = entity.others.find((o) => o.docId === 'B')!;
  assert.equal(B.slice(other.start, other.end), 'Ana Silva');
  const claim = atName.find((r) => r.kind === 'claim');
  assert.ok(claim);
  assert.equal(claim.others.find((o) => o.docId === 'C')?.polarity, 'negative');

  const atQuote = index.referencesAt('B', B.indexOf('worthy') + 1).find((r) => r.kind === 'quote');
  assert.ok(atQuote);
  assert.deepEqual(atQuote.others.map((o) => o.docId).sort(), ['A', 'C']);
  assert.deepEqual(index.referencesAt('missing', 0), []);
});

test('build reports progress and stops when cancelled', async () => {
  const inputs: IndexInput[] = Object.keys(TEXTS).map((id) => ({ id, text: TEXTS[id], analysis: ANALYSES[id] }));
  const seen: number[] = [];
  const full = new CrossSourceIndex();
  const done = await full.build(inputs, { onProgress: (p) => seen.push(p.done), yieldEveryMs: 0 });
  assert.deepEqual(done, { indexed: 6, failed: 0, cancelled: false });
  assert.deepEqual(seen, [0, 1, 2, 3, 4, 5, 6]);

  const controller = new AbortController();
  const part = new CrossSourceIndex();
  const result = await part.build(inputs, { signal: controller.signal, onProgress: (p) => p.done === 2 && controller.abort() });
  assert.deepEqual(result, { indexed: 2, failed: 0, cancelled: true });
  assert.equal(part.size, 2);

  let asked = 0;
  const byCallback = await new CrossSourceIndex().build(inputs, { shouldCancel: () => ++asked > 3 });
  assert.equal(byCallback.indexed, 3);
  assert.ok(byCallback.cancelled);
});

test('build skips a document that cannot be read when told to, and fails otherwise', async () => {
  const inputs: IndexInput[] = [
    { id: 'A', text: A, analysis: ANALYSES.A },
    {
      id: 'broken',
      text: () => {
        throw new Error('not UTF-8');
      },
    },
  ];
  const errors: string[] = [];
  const result = await new CrossSourceIndex().build(inputs, { onError: (id, err) => errors.push(`${id}: ${(err as Error).message}`) });
  assert.deepEqual(result, { indexed: 1, failed: 1, cancelled: false });
  assert.deepEqual(errors, ['broken: not UTF-8']);
  await assert.rejects(new CrossSourceIndex().build(inputs), /not UTF-8/);
});

test('many re-indexings of the same documents leave the same groups as a fresh index', () => {
  const summary = (index: CrossSourceIndex) => ({
    claims: index
      .claims()
      .map((c) => `${c.members.map((m) => `${m.docId}:${m.start}:${m.polarity}`).sort().join(',')}|${[...c.contradicting].sort()}`)
      .sort(),
    quotes: index
      .quotes()
      .map((q) => q.members.map((m) => `${m.docId}:${m.relation}`).sort().join(','))
      .sort(),
    silva: index.lookupEntity('Silva')?.documents.map((d) => `${d.docId}:${d.mentions.length}`).sort(),
  });
  const fresh = new CrossSourceIndex();
  for (const id of Object.keys(TEXTS)) fresh.update(id, TEXTS[id], ANALYSES[id]);
  const edited = new CrossSourceIndex();
  // Enough rounds for the index to drop the terms of replaced documents more than once.
  for (let round = 0; round < 1500; round++) for (const id of Object.keys(TEXTS)) edited.update(id, TEXTS[id], ANALYSES[id]);
  assert.deepEqual(summary(edited), summary(fresh));
  assert.ok(summary(fresh).claims.length >= 2);
});

test('quotes: the same speaker’s short quote with a spelling slip is a variant; another short quote of theirs is not', () => {
  const p = 'Tom Reyes said “Radovska holds” on Monday.';
  const q = 'Tom Reyes said “Radowska holds” at the rally.';
  const r = 'Tom Reyes said “the budget comes first” at the rally.';
  const index = new CrossSourceIndex();
  index.update('P', p, storyAnalysis(p, ENTITIES, [{ words: '“Radovska holds”', kind: 'direct', speaker: 'Tom Reyes' }]));
  index.update('Q', q, storyAnalysis(q, ENTITIES, [{ words: '“Radowska holds”', kind: 'direct', speaker: 'Tom Reyes' }]));
  index.update('R', r, storyAnalysis(r, ENTITIES, [{ words: '“the budget comes first”', kind: 'direct', speaker: 'Tom Reyes' }]));
  const groups = index.quotes();
  assert.equal(groups.length, 1, JSON.stringify(groups.map((g) => g.members.map((m) => m.text))));
  assert.deepEqual(groups[0].documents.sort(), ['P', 'Q']);
  assert.equal(groups[0].members.find((m) => m.docId === 'Q')?.relation, 'variant');
});

test('setRegistry: confirmed names take over the linked entities, documents re-analysed, documents and mentions kept', () => {
  const { index, calls } = storyIndex();
  const before = calls();
  const mentions = index.lookupEntity('Silva')!.mentionCount;
  index.setRegistry([{ name: 'Ana María Silva', type: 'person', aliases: ['Silva', 'Ana Silva'] }]);
  assert.equal(calls(), before + 6, 'each document is analysed again, with the new registry');
  const silva = index.lookupEntity('Silva');
  assert.ok(silva);
  assert.equal(silva.name, 'Ana María Silva');
  assert.equal(silva.confirmed, true);
  assert.deepEqual(silva.documents.map((d) => d.docId).sort(), ['A', 'B', 'C']);
  assert.equal(silva.mentionCount, mentions);
  assert.equal(index.lookupEntity('Tom Reyes')?.documents.length, 3);
});

/** What an index shows, with entity ids replaced by the names they stand for (two indexes give different ids). */
function shown(index: CrossSourceIndex): unknown {
  const name = (id: string | null) => (id === null ? null : (index.entity(id)?.name ?? `unknown ${id}`));
  const entities = index.entities().map((e) => ({ name: e.name, confirmed: e.confirmed, aliases: [...e.aliases].sort(), documents: e.documents.map((d) => [d.docId, d.mentions.map((m) => m.start)]) }));
  const quotes = index.quotes(1).map((q) => ({ speaker: q.speaker, speakerEntity: name(q.speakerEntityId), text: q.text, members: q.members.map((m) => [m.docId, m.start, m.speaker, m.relation]) }));
  const claims = index.claims().map((c) => ({ label: c.label, terms: c.terms, entities: c.entityIds.map(name), members: c.members.map((m) => [m.docId, m.start, m.polarity]), contradicting: c.contradicting }));
  const references = Object.keys(TEXTS).map((id) =>
    Array.from({ length: TEXTS[id].length }, (_, at) => index.referencesAt(id, at).map((r) => [r.kind, r.kind === 'entity' ? name(r.groupId) : r.label, r.span.start, r.others.map((o) => `${o.docId}:${o.start}`)])),
  );
  return { entities, quotes, claims, references };
}

test('setRegistry: speakers, claim entities, groups and references agree with a new index built with that registry, under new ids', () => {
  const registry = [
    { name: 'Northwind Shipping Ltd', type: 'org' as const, aliases: ['Northwind'] },
    { name: 'Harbour Council', type: 'org' as const, aliases: ['Harbor City Council'] },
    { name: 'Ana María Silva', type: 'person' as const, aliases: ['Silva', 'Ana Silva'] },
  ];
  const { index } = storyIndex();
  const idsBefore = new Set([...index.entities().map((e) => e.id), ...index.quotes(1).map((q) => q.id), ...index.claims(1).map((c) => c.id)]);
  index.setRegistry(registry);
  const fresh = new CrossSourceIndex({ registry, analyze: (text) => ANALYSES[Object.keys(TEXTS).find((k) => TEXTS[k] === text)!] });
  for (const id of Object.keys(TEXTS)) fresh.update(id, TEXTS[id]);
  assert.deepEqual(shown(index), shown(fresh));

  const [quote] = index.quotes();
  assert.equal(quote.speaker, 'Ana María Silva');
  assert.ok(quote.members.every((m) => m.speaker === 'Ana Silva'));
  const sanctions = index.claims().find((c) => c.members.some((m) => m.docId === 'D'));
  assert.ok(sanctions?.entityIds.some((id) => index.entity(id)?.name === 'Northwind Shipping Ltd'), JSON.stringify(sanctions?.terms));
  assert.ok(sanctions?.terms.includes('Northwind Shipping Ltd'));
  const idsAfter = [...index.entities().map((e) => e.id), ...index.quotes(1).map((q) => q.id), ...index.claims(1).map((c) => c.id)];
  assert.deepEqual(idsAfter.filter((id) => idsBefore.has(id)), [], 'no id is given twice');
});

test('claims: a heading shared by two articles is no claim', () => {
  const heading = 'Sharks Win Harbor City Championship';
  const one = `${heading}\n${A}`;
  const two = `${heading}\n${B}`;
  const index = new CrossSourceIndex({ analyze: () => storyAnalysis('', ENTITIES, []) });
  index.update('one', one, storyAnalysis(one, ENTITIES, []));
  index.update('two', two, storyAnalysis(two, ENTITIES, []));
  const claims = index.claims();
  assert.ok(claims.length > 0);
  assert.ok(!claims.some((c) => c.members.some((m) => m.text === heading)), JSON.stringify(claims.map((c) => c.label)));
  // The same words ending as a sentence are a claim.
  const said = index.claims().some((c) => c.members.some((m) => m.text.includes('congratulated')));
  assert.ok(said);
});
