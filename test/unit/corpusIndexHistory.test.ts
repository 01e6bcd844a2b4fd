// CrossSourceIndex after any sequence of updates and removals on a small story: the same groups as a new index of the final documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CrossSourceIndex } from '../../src/core/corpus';
import type { Analysis } from '../../src/core/types';
import { storyAnalysis, type StoryEntity, type StoryQuote } from './corpusStory';

const OKAFOR: StoryEntity = { name: 'Ruth Okafor', type: 'person', forms: ['Ruth Okafor', 'Okafor'] };
const LONE_OKAFOR: StoryEntity = { name: 'Okafor', type: 'person', forms: ['Okafor'] };
const GULL: StoryEntity = { name: 'Gull Island Ferries', type: 'org', forms: ['Gull Island Ferries', 'the ferry company'] };
const PORT: StoryEntity = { name: 'Port Authority', type: 'org', forms: ['Port Authority'] };
const BEKELE: StoryEntity = { name: 'Sami Bekele', type: 'person', forms: ['Sami Bekele', 'Bekele'] };
const ENTITIES = [OKAFOR, GULL, PORT, BEKELE];

/**
 * Articles on one story: the same events, quotes in fuller and shorter wordings and from two speakers, denials, a
 * lone surname. (Not here: a person of the same surname and another first name. An entity linked while a document
 * was indexed keeps its link when that document goes, so one linked apart from "Ruth Okafor" stays apart from a lone
 * "Okafor" after she is removed.)
 */
const ARTICLES: { text: string; entities?: StoryEntity[]; quotes?: StoryQuote[] }[] = [
  {
    text: 'Ruth Okafor, the harbour master, suspended Gull Island Ferries after the collision on Tuesday. “The crossing stays closed until every hull is inspected and the crews are retrained,” Okafor said.',
    quotes: [{ words: '“The crossing stays closed until every hull is inspected and the crews are retrained,”', kind: 'direct', speaker: 'Ruth Okafor' }],
  },
  {
    text: 'Harbour master Ruth Okafor suspended Gull Island Ferries following Tuesday’s collision. Okafor said “the crossing stays closed until every hull is inspected.”',
    quotes: [{ words: '“the crossing stays closed until every hull is inspected.”', kind: 'partial', speaker: 'Ruth Okafor' }],
  },
  {
    text: 'Ruth Okafor has not suspended Gull Island Ferries, despite the collision on Tuesday. Okafor said the crossing would stay closed until the hulls were inspected.',
    quotes: [{ words: 'the crossing would stay closed until the hulls were inspected', kind: 'reported', speaker: 'Ruth Okafor' }],
  },
  {
    text: 'The Port Authority fined Gull Island Ferries for the collision on Tuesday. Sami Bekele of the Port Authority said “the crossing stays closed” for now.',
    quotes: [{ words: '“the crossing stays closed”', kind: 'partial', speaker: 'Sami Bekele' }],
  },
  {
    text: 'The Port Authority has fined Gull Island Ferries after Tuesday’s collision, Sami Bekele confirmed. Bekele said the ferry company would appeal the fine.',
    quotes: [{ words: 'the ferry company would appeal the fine', kind: 'reported', speaker: 'Sami Bekele' }],
  },
  {
    text: 'Okafor suspended the ferry company after the collision on Tuesday, a spokesman said.',
    entities: [LONE_OKAFOR, GULL],
  },
  {
    text: 'Sami Bekele said “the crossing stays closed until every hull is inspected and the crews are retrained,” repeating the harbour master.',
    quotes: [{ words: '“the crossing stays closed until every hull is inspected and the crews are retrained,”', kind: 'direct', speaker: 'Sami Bekele' }],
  },
];
const ANALYSES: Analysis[] = ARTICLES.map((a) => storyAnalysis(a.text, a.entities ?? ENTITIES, a.quotes ?? []));

/**
 * An archive of unrelated sentences indexed first. Claims are compared with rarity weights taken from the whole
 * index, which drift a little as documents come and go (a group that a sentence only just made or missed may
 * differ); among many sentences one document more or less barely moves them, so the groups' structure is compared.
 */
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vi', 'zo'];
const word = (n: number): string => SYLLABLES[n % 8] + SYLLABLES[Math.floor(n / 8) % 8] + SYLLABLES[Math.floor(n / 64) % 8];
const ARCHIVE_TEXT = Array.from({ length: 1500 }, (_, i) => `Vera Lind saw the ${word(i)} and ${word(i + 101)} by the ${word(i + 257)} fields.`).join(' ');
const ARCHIVE = storyAnalysis(ARCHIVE_TEXT, [{ name: 'Vera Lind', type: 'person', forms: ['Vera Lind'] }]);

/** What the index shows of entities and quotes, without ids (two indexes give different ones). */
function shown(index: CrossSourceIndex): unknown {
  const entities = index
    .entities()
    .map((e) => `${e.name} (${e.type}): ${e.documents.map((d) => `${d.docId}@${d.mentions.map((m) => m.start).join(',')}`).sort().join(' ')}`)
    .sort();
  const quotes = index
    .quotes(1)
    .map((q) => `${q.speaker} "${q.text}": ${q.members.map((m) => `${m.docId}@${m.start}:${m.relation}`).sort().join(' ')}`)
    .sort();
  return { entities, quotes };
}

/** Claim groups as member lists (document and start of each sentence), with the documents that contradict. */
const claimsShown = (index: CrossSourceIndex): string[] =>
  index
    .claims(1)
    .map((c) => `${c.members.map((m) => `${m.docId}@${m.start}:${m.polarity}`).sort().join(' ')} | against ${[...c.contradicting].sort().join(',')}`)
    .sort();

type Step = { doc: number; article: number | null };
const step = fc.record({ doc: fc.integer({ min: 0, max: 5 }), article: fc.option(fc.integer({ min: 0, max: ARTICLES.length - 1 }), { freq: 4 }) });

test('on a story of a few distinct quotes, any sequence of updates and removals leaves the entities and quotes of a new index of the final documents; claim groups are whole', () => {
  fc.assert(
    fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps: Step[]) => {
      const index = new CrossSourceIndex();
      index.update('archive', ARCHIVE_TEXT, ARCHIVE);
      for (const { doc, article } of steps) {
        if (article === null) index.remove(`d${doc}`);
        else index.update(`d${doc}`, ARTICLES[article].text, ANALYSES[article]);
      }
      const fresh = new CrossSourceIndex();
      fresh.update('archive', ARCHIVE_TEXT, ARCHIVE);
      const final = new Map<string, number>([['archive', -1]]);
      for (const { doc, article } of steps) {
        final.delete(`d${doc}`);
        if (article !== null) final.set(`d${doc}`, article);
      }
      for (const [id, article] of final) if (article >= 0) fresh.update(id, ARTICLES[article].text, ANALYSES[article]);
      assert.deepEqual(index.documentIds(), [...final.keys()]);
      assert.deepEqual(shown(index), shown(fresh));
      // Claim groups are compared as sentences are placed: each with the most similar earlier one, by rarity weights
      // and listings of the moment; those of a new index can differ where a match was near the threshold. What holds
      // whatever the history: groups of two sentences or more from two documents or more, all of them indexed now.
      for (const c of index.claims(1)) {
        assert.ok(c.members.length >= 2 && new Set(c.members.map((m) => m.docId)).size >= 2, claimsShown(index).join('\n'));
        for (const m of c.members) {
          const article = final.get(m.docId);
          assert.ok(article !== undefined, `${m.docId} is not indexed`);
          const text = article < 0 ? ARCHIVE_TEXT : ARTICLES[article].text;
          assert.ok(text.slice(m.start).startsWith(m.text.replace(/…$/, '')), `${m.docId}@${m.start}: ${m.text}`);
        }
      }
    }),
    { numRuns: Number(process.env.NEWSMARK_PROPERTY_RUNS ?? 300) },
  );
});
