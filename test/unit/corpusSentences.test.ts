// Sentence spans for claim comparison: list markers, abbreviations and line breaks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityTerm, readDocSentences } from '../../src/core/corpus/claimGroups';
import { splitSentences } from '../../src/core/corpus/sentences';
import { Vocabulary } from '../../src/core/corpus/vocabulary';

const texts = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

test('a list item is a sentence without its marker', () => {
  const text = 'Key points:\n- Outlook: The council votes on Monday.\n• The mayor backs the plan.\n* Nobody objected.\n12. The bridge reopens.\n';
  assert.deepEqual(texts(text), ['Key points:', 'Outlook: The council votes on Monday.', 'The mayor backs the plan.', 'Nobody objected.', 'The bridge reopens.']);
});

test('a dash or number that opens no list item stays', () => {
  const text = '-5 degrees was the low.\n2024 was a hard year.\nThe vote was 7-2 - a surprise.';
  assert.deepEqual(texts(text), ['-5 degrees was the low.', '2024 was a hard year.', 'The vote was 7-2 - a surprise.']);
  // Only at a line's start: the marker after a full stop inside a line is the sentence's own.
  assert.deepEqual(texts('It rained. - Then it cleared.'), ['It rained.', '- Then it cleared.']);
});

test('abbreviations and initials do not end a sentence', () => {
  assert.deepEqual(texts('Gov. J. Ruiz spoke. Then Dr. Lee left.'), ['Gov. J. Ruiz spoke.', 'Then Dr. Lee left.']);
});

test('claim sentences: the terms of short and long sentences alike are sorted and distinct, entities with them', () => {
  const vocabulary = new Vocabulary();
  // A sentence of a few words, and one of a hundred distinct words or more (in another order than sorted).
  const long = Array.from({ length: 120 }, (_, i) => `word${(i * 37) % 120}x`).join(' ');
  const text = `Mayor Silva praised the harbour crews and the volunteers. Silva said ${long} again and ${long}.`;
  const sentences = splitSentences(text).flatMap((s) => [s.start, s.end]);
  const words = vocabulary.scan(text);
  const silva = [text.indexOf('Silva'), text.indexOf('Silva', text.indexOf('Silva') + 1)];
  const mentions = { count: 2, starts: Int32Array.from(silva), ends: Int32Array.from(silva, (s) => s + 5), entityNumbers: Int32Array.from([3, 3]) };
  const read = readDocSentences(Int32Array.from(sentences), words, mentions, new Int32Array(0), vocabulary);
  assert.equal(read.count, 2);
  for (let i = 0; i < read.count; i++) {
    const terms = Array.from(read.terms.subarray(read.termStarts[i], read.termStarts[i + 1]));
    assert.deepEqual(terms, [...new Set(terms)].sort((a, b) => a - b));
    assert.ok(terms.includes(entityTerm(3)));
  }
  assert.ok(read.termStarts[2] - read.termStarts[1] > 120, 'the long sentence has all its words');
});

test('the word table: a word has the same term and word id in every scan, as the table grows; "didn\'t" reads as "did" and "n\'t"', () => {
  const vocabulary = new Vocabulary();
  const words = (text: string) => {
    const w = vocabulary.scan(text);
    return Array.from({ length: w.count }, (_, i) => ({ word: text.slice(w.starts[i], w.ends[i]), term: w.terms[i], id: w.wordIds[i], roles: w.roles[i] }));
  };
  const first = words('Putin’s aide didn’t say. Putin\'s aide didn\'t say.');
  assert.deepEqual(first.map((w) => w.word), ['Putin’s', 'aide', 'did', 'n’t', 'say', 'Putin\'s', 'aide', 'did', 'n\'t', 'say']);
  // Curly and straight apostrophes, and the possessive, fold into one word.
  assert.equal(first[0].id, first[5].id);
  assert.equal(first[2].id, first[7].id);
  assert.equal(first[3].id, first[8].id);
  assert.notEqual(first[3].roles, 0, '"n\'t" is a negator');
  // Thousands of new words make the table grow several times; the words seen first keep their numbers.
  words(Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`).join(' '));
  const again = words('Putin’s aide didn’t say.');
  assert.deepEqual(again.map((w) => [w.term, w.id, w.roles]), first.slice(0, 5).map((w) => [w.term, w.id, w.roles]));
});
