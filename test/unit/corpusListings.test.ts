// The cross-source listings of one document: exactly the groups of the whole listing that have the document in them, in the same order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CrossSourceIndex } from '../../src/core/corpus';

const SEEDS = path.resolve('seeds');
const SEED_TEXTS = fs
  .readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => [f.slice(0, 3), fs.readFileSync(path.join(SEEDS, f), 'utf8')] as const);

/** Articles of a second story, made up, sharing names and a claim with the seeds' none. */
const HARBOUR = [
  'Harbour master Ruth Okafor suspended Gull Island Ferries on Tuesday. “The crossing stays closed until every hull is inspected,” Okafor said.',
  'Ruth Okafor suspended Gull Island Ferries after the collision on Tuesday. Okafor said “the crossing stays closed until every hull is inspected.”',
  'Ruth Okafor has not suspended Gull Island Ferries, despite the collision on Tuesday, her office said.',
];

/** JSON of the groups, for comparing listings made by different calls. */
const json = (groups: unknown[]): unknown => JSON.parse(JSON.stringify(groups));

function assertListingsOfEachDocument(index: CrossSourceIndex): void {
  for (const minDocuments of [1, 2]) {
    const entities = index.entities(minDocuments);
    const quotes = index.quotes(minDocuments);
    const claims = index.claims(minDocuments);
    for (const docId of index.documentIds()) {
      assert.deepEqual(
        json(index.entities(minDocuments, docId)),
        json(entities.filter((g) => g.documents.some((d) => d.docId === docId))),
        `entities of ${docId}, in ${minDocuments}+ documents`,
      );
      assert.deepEqual(json(index.quotes(minDocuments, docId)), json(quotes.filter((g) => g.documents.includes(docId))), `quotes of ${docId}`);
      assert.deepEqual(json(index.claims(minDocuments, docId)), json(claims.filter((g) => g.members.some((m) => m.docId === docId))), `claims of ${docId}`);
    }
  }
}

test('the seeds: each article lists the entities, quotes and claims of the whole listing it is in, in their order', () => {
  const index = new CrossSourceIndex();
  for (const [id, text] of SEED_TEXTS) index.update(id, text);
  assert.ok(index.claims(2, '003').some((g) => g.contradicting.includes('003')), '003 denies a claim of the others');
  assert.ok(index.quotes(2, '001').length > 0 && index.entities(2, '001').length > 0);
  assertListingsOfEachDocument(index);
});

test('two stories in one workspace, after changes and a removal: still each article’s share of the whole listing', () => {
  const index = new CrossSourceIndex();
  for (const [id, text] of SEED_TEXTS) index.update(id, text);
  HARBOUR.forEach((text, i) => index.update(`harbour-${i}`, text));
  index.update('002', SEED_TEXTS[1][1] + '\n\nRuth Okafor said the crossing stays closed.');
  index.remove('004');
  assert.ok(index.claims(2, 'harbour-2').length > 0, 'the harbour denial is grouped with its claim');
  assert.ok(!index.claims(2, 'harbour-0').some((g) => g.members.some((m) => m.docId === '001')), 'the stories stay apart');
  assertListingsOfEachDocument(index);
});

test('a document not in the index lists nothing', () => {
  const index = new CrossSourceIndex();
  for (const [id, text] of SEED_TEXTS) index.update(id, text);
  assert.deepEqual(index.entities(1, 'nowhere'), []);
  assert.deepEqual(index.quotes(1, 'nowhere'), []);
  assert.deepEqual(index.claims(1, 'nowhere'), []);
});
