// Sentence spans for claim comparison: list markers, abbreviations and line breaks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/core/corpus/sentences';

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
