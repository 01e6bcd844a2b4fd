// Delete Annotation asks before a person's work goes (their annotation, a note, a verdict, a comment, fields of their own),
// and not for plain automatic ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeTarget, type Annotation } from '../../src/core/sidecar';
import { deletionQuestion } from '../../src/extension/commands/deletionQuestion';

const TEXT = 'The council said the tram line will open in 2031, two years late.';
const target = makeTarget(TEXT, TEXT.indexOf('the tram'), TEXT.indexOf(', two'));

function annotation(extra: Partial<Annotation>): Annotation {
  // An id such as the analysis gives: a hand-made one would itself be a person's work.
  return { id: 'quote-0123456789', kind: 'quote', target, origin: 'auto', status: 'anchored', ...extra };
}

test('an automatic annotation nobody added to is deleted without a question', () => {
  assert.equal(deletionQuestion(annotation({ speaker: 'The council', cue: 'said' })), undefined);
});

test('a verdict, a note or evidence, even on an automatic annotation, is asked about, and named', () => {
  const verdict = deletionQuestion(annotation({ verdict: 'misleading' }));
  assert.match(verdict?.message ?? '', /verdict \(misleading\)/);
  const note = deletionQuestion(annotation({ note: 'The timetable says 2032.' }));
  assert.match(note?.message ?? '', /its note/);
  assert.match(note?.detail ?? '', /The timetable says 2032\./);
  assert.match(deletionQuestion(annotation({ evidence: ['https://example.org/timetable'] }))?.message ?? '', /evidence/);
  const all = deletionQuestion(annotation({ kind: 'claim', origin: 'manual', verdict: 'inaccurate', note: 'No.' }));
  assert.equal(all?.message, 'Delete this claim annotation with its verdict (inaccurate) and its note? It cannot be undone.');
  assert.match(all?.detail ?? '', /“the tram line will open in 2031”/);
});

test('a person’s own annotation is asked about even without a note or verdict', () => {
  assert.ok(deletionQuestion(annotation({ kind: 'claim', origin: 'manual' })));
});

test('a comment or fields newsmark does not know, written in the sidecar, are asked about, and named', () => {
  const commented = deletionQuestion(annotation({ commented: true }));
  assert.ok(commented, 'a commented automatic annotation is asked about');
  assert.match(commented.detail, /comment written on it in the sidecar goes too/);
  assert.doesNotMatch(commented.detail, /Fields newsmark does not know/);
  const extra = deletionQuestion(annotation({ extraFields: ['checkedBy', 'target.page'] }));
  assert.ok(extra, 'an automatic annotation with fields of its own is asked about');
  assert.match(extra.detail, /Fields newsmark does not know go too: checkedBy, target\.page\./);
  assert.doesNotMatch(extra.detail, /comment/);
  const both = deletionQuestion(annotation({ verdict: 'mixed', commented: true, extraFields: ['source'] }));
  assert.deepEqual(both?.detail.split('\n').slice(1), ['The comment written on it in the sidecar goes too.', 'Fields newsmark does not know go too: source.']);
  assert.doesNotMatch(deletionQuestion(annotation({ note: 'Checked.' }))?.detail ?? '', /comment|Fields/);
});
