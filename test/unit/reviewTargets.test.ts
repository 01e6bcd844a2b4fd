// Set Verdict… / Add Note… / Set Speaker…: which annotation they change, by the selected words and the annotation's kind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeTarget, type Annotation } from '../../src/core/sidecar';
import { annotationToReview, sameWordsAnnotation } from '../../src/extension/commands/reviewTargets';

const TEXT = 'The port minister, Ida Sorensen, said cargo volumes rose by 6 percent last year, a figure unions dispute.';

function at(words: string): { start: number; end: number } {
  const start = TEXT.indexOf(words);
  assert.ok(start >= 0, words);
  return { start, end: start + words.length };
}

function annotation(id: string, kind: Annotation['kind'], words: string, origin: Annotation['origin'] = 'auto', extra: Partial<Annotation> = {}): Annotation {
  const { start, end } = at(words);
  return { id, kind, target: makeTarget(TEXT, start, end), origin, status: 'anchored', ...extra };
}

const QUOTE_WORDS = 'cargo volumes rose by 6 percent last year';
const automatic = [
  annotation('entity-1', 'entity', 'Ida Sorensen'),
  annotation('speaker-1', 'speaker', 'The port minister, Ida Sorensen'),
  annotation('quote-1', 'quote', QUOTE_WORDS, 'auto', { speaker: 'Ida Sorensen' }),
];

test('a selection inside an automatic quote is no reason to put the verdict on the whole quote', () => {
  assert.equal(annotationToReview(automatic, at('cargo volumes rose by 6 percent'), 'verdict'), undefined);
  assert.equal(annotationToReview(automatic, at('cargo volumes rose by 6 percent'), 'note'), undefined);
});

test('a selection spanning a speaker’s name and the quote does not land on the name', () => {
  const span = at('The port minister, Ida Sorensen, said cargo volumes rose by 6 percent');
  for (const purpose of ['verdict', 'note', 'speaker'] as const) assert.equal(annotationToReview(automatic, span, purpose), undefined, purpose);
});

test('exactly an automatic name’s words take neither a verdict nor a note; a speaker’s words take a speaker', () => {
  assert.equal(annotationToReview(automatic, at('Ida Sorensen'), 'verdict'), undefined);
  assert.equal(annotationToReview(automatic, at('Ida Sorensen'), 'note'), undefined);
  assert.equal(annotationToReview(automatic, at('The port minister, Ida Sorensen'), 'verdict'), undefined);
  assert.equal(annotationToReview(automatic, at('The port minister, Ida Sorensen'), 'speaker')?.id, 'speaker-1');
  assert.equal(annotationToReview(automatic, at('Ida Sorensen'), 'speaker'), undefined, 'an entity is not a speaker annotation');
});

test('exactly a quote’s words: the verdict, the note and the speaker go on that quote', () => {
  for (const purpose of ['verdict', 'note', 'speaker'] as const) assert.equal(annotationToReview(automatic, at(QUOTE_WORDS), purpose)?.id, 'quote-1', purpose);
});

test('a person’s own annotation on exactly the words comes first; a plain note of theirs takes a verdict, an orphan nothing', () => {
  const claim = annotation('m-claim', 'claim', QUOTE_WORDS, 'manual');
  assert.equal(annotationToReview([...automatic, claim], at(QUOTE_WORDS), 'verdict')?.id, 'm-claim');
  const note = annotation('m-note', 'note', 'a figure unions dispute', 'manual', { note: 'which unions?' });
  assert.equal(annotationToReview([...automatic, note], at('a figure unions dispute'), 'verdict')?.id, 'm-note');
  assert.equal(annotationToReview([...automatic, note], at('a figure unions dispute'), 'note')?.id, 'm-note');
  const orphan = { ...annotation('m-lost', 'claim', QUOTE_WORDS, 'manual'), status: 'orphaned' as const };
  assert.equal(annotationToReview([orphan], at(QUOTE_WORDS), 'verdict'), undefined);
  const speakerOfMine = annotation('m-speaker', 'speaker', 'Ida Sorensen', 'manual');
  assert.equal(annotationToReview([speakerOfMine], at('Ida Sorensen'), 'note')?.id, 'm-speaker', 'a note may go on any annotation the person made');
  assert.equal(annotationToReview([speakerOfMine], at('Ida Sorensen'), 'verdict'), undefined, 'but a verdict rates a claim, not a name');
});

test('with only a cursor, the narrowest fitting annotation under it; automatic names never take a verdict', () => {
  const inName = at('Sorensen').start;
  assert.equal(annotationToReview(automatic, { start: inName, end: inName }, 'verdict'), undefined);
  assert.equal(annotationToReview(automatic, { start: inName, end: inName }, 'speaker')?.id, 'speaker-1');
  const inQuote = at('rose').start;
  const claim = annotation('m-claim', 'claim', 'rose by 6 percent', 'manual');
  assert.equal(annotationToReview([...automatic, claim], { start: inQuote, end: inQuote }, 'verdict')?.id, 'm-claim');
  assert.equal(annotationToReview(automatic, { start: inQuote, end: inQuote }, 'verdict')?.id, 'quote-1');
});

test('an annotation of the same kind on the same words is found again, the person’s own first', () => {
  const mine = annotation('m-quote', 'quote', QUOTE_WORDS, 'manual', { speaker: 'Someone Else' });
  assert.equal(sameWordsAnnotation([...automatic, mine], at(QUOTE_WORDS), 'quote')?.id, 'm-quote');
  assert.equal(sameWordsAnnotation(automatic, at(QUOTE_WORDS), 'quote')?.id, 'quote-1');
  assert.equal(sameWordsAnnotation(automatic, at(QUOTE_WORDS), 'claim'), undefined);
  assert.equal(sameWordsAnnotation(automatic, at('cargo volumes rose'), 'quote'), undefined);
});
