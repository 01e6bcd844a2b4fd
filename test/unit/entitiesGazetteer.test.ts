// Phrase entries of plain surfaces (split into their words) are those the tokenizer gives for the same words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { registryPhrases, type PhraseEntry } from '../../src/core/entities/gazetteer';
import type { ConfirmedEntity } from '../../src/core/types';

/** The entry made of `surface`, read from a registry of that one name. */
function entryOf(surface: string): PhraseEntry {
  const registry: ConfirmedEntity[] = [{ name: surface, type: 'org', aliases: [] }];
  const entries = [...registryPhrases(registry).values()].flat();
  assert.equal(entries.length, 1, surface);
  return entries[0];
}

test('a plain surface gets the words, capitals and acronym flag the tokenizer gives the same words', () => {
  // Each plain surface beside a variant the tokenizer reads (a double space, a line break): same words, same shapes.
  const pairs = [
    ['Harbour Trust', 'Harbour  Trust'],
    ['NATO', 'NATO\n'],
    ['G7', ' G7'],
    ['A', 'A '],
    ['iPhone Maker', 'iPhone\tMaker'],
    ['2016 Summit Group', '2016  Summit Group'],
    ['Bank of Quillmouth', 'Bank of\nQuillmouth'],
    ['McArdle BROTHERS x9', 'McArdle  BROTHERS x9'],
  ];
  for (const [plain, tokenised] of pairs) {
    const a = entryOf(plain);
    const b = entryOf(tokenised);
    assert.equal(a.surface, plain);
    assert.deepEqual({ words: a.words, capitalised: a.capitalised, acronym: a.acronym }, { words: b.words, capitalised: b.capitalised, acronym: b.acronym }, plain);
  }
  assert.deepEqual(entryOf('iPhone Maker').capitalised, [false, true]);
  assert.equal(entryOf('NATO').acronym, true);
  assert.equal(entryOf('Harbour Trust').acronym, false);
});
