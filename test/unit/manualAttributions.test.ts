// A person's attribution of a quote settles who speaks: a manual quote annotation with a speaker covering the quote's words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeTarget, type Annotation } from '../../src/core/sidecar';
import { attributedSpeaker } from '../../src/extension/manualAttributions';

const TEXT = 'The vote is on Thursday. “We are not giving up on the tunnel.” The mayor left early.';
const QUOTE = { start: TEXT.indexOf('“'), end: TEXT.indexOf('”') + 1 };

function quoteAnnotation(start: number, end: number, extra: Partial<Annotation> = {}): Annotation {
  return { id: `q-${start}-${end}`, kind: 'quote', target: makeTarget(TEXT, start, end), origin: 'manual', status: 'anchored', speaker: 'Rosa Lind', ...extra };
}

test('a manual quote with a speaker on the quote, or on its words without the quotation marks, attributes it', () => {
  assert.equal(attributedSpeaker(QUOTE, [quoteAnnotation(QUOTE.start, QUOTE.end)], TEXT), 'Rosa Lind');
  assert.equal(attributedSpeaker(QUOTE, [quoteAnnotation(QUOTE.start + 1, QUOTE.end - 2)], TEXT), 'Rosa Lind', 'the full stop and marks need not be selected');
});

test('an automatic one, an orphan, another kind, no speaker, or part of the words do not', () => {
  const none = (a: Annotation) => assert.equal(attributedSpeaker(QUOTE, [a], TEXT), undefined, JSON.stringify(a));
  none(quoteAnnotation(QUOTE.start, QUOTE.end, { origin: 'auto' }));
  none(quoteAnnotation(QUOTE.start, QUOTE.end, { status: 'orphaned' }));
  none(quoteAnnotation(QUOTE.start, QUOTE.end, { kind: 'claim' }));
  none(quoteAnnotation(QUOTE.start, QUOTE.end, { speaker: undefined }));
  none(quoteAnnotation(QUOTE.start, QUOTE.end, { speaker: '  ' }));
  none(quoteAnnotation(QUOTE.start, QUOTE.start + 12));
});

test('of several covering attributions the narrowest wins', () => {
  const wide = quoteAnnotation(0, TEXT.length, { speaker: 'Whole Paragraph' });
  const narrow = quoteAnnotation(QUOTE.start, QUOTE.end, { speaker: 'Rosa Lind' });
  assert.equal(attributedSpeaker(QUOTE, [wide, narrow], TEXT), 'Rosa Lind');
});
