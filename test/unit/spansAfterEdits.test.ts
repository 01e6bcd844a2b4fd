// Quick fixes offered while the analysis waits for the typing to stop: the words found before the edits, where they are now.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spanAfterEdits } from '../../src/extension/spansAfterEdits';

const TEXT = '“We will fight on,” she said.';
const QUOTE = { start: 0, end: TEXT.indexOf(',') + 2 };

function apply(text: string, edits: { start: number; end: number; text: string }[]): string {
  return edits.reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
}

test('edits before the words move them; edits after them leave them; the words are the same after', () => {
  const edits = [
    { start: 0, end: 0, text: 'Updated. ' },
    { start: 9 + QUOTE.end + 1, end: 9 + QUOTE.end + 4, text: 'the union leader' },
    { start: 0, end: 8, text: 'New' },
  ];
  const after = spanAfterEdits(QUOTE, edits);
  assert.ok(after);
  assert.equal(apply(TEXT, edits).slice(after.start, after.end), TEXT.slice(QUOTE.start, QUOTE.end));
});

test('text typed right before or right after the words stays outside them', () => {
  assert.deepEqual(spanAfterEdits(QUOTE, [{ start: QUOTE.start, end: QUOTE.start, text: 'So: ' }]), { start: QUOTE.start + 4, end: QUOTE.end + 4 });
  assert.deepEqual(spanAfterEdits(QUOTE, [{ start: QUOTE.end, end: QUOTE.end, text: ' then' }]), QUOTE);
  // A deletion that ends where the words begin.
  const later = { start: 10, end: 20 };
  assert.deepEqual(spanAfterEdits(later, [{ start: 4, end: 10, text: '' }]), { start: 4, end: 14 });
});

test('an edit of the words, or across an edge of them, leaves no span: a fix would edit other words', () => {
  assert.equal(spanAfterEdits(QUOTE, [{ start: 5, end: 5, text: 'not ' }]), undefined, 'typed into them');
  assert.equal(spanAfterEdits(QUOTE, [{ start: 3, end: 8, text: '' }]), undefined, 'some deleted');
  assert.equal(spanAfterEdits(QUOTE, [{ start: QUOTE.end - 2, end: QUOTE.end + 3, text: '.”' }]), undefined, 'across the end');
  assert.equal(spanAfterEdits({ start: 10, end: 20 }, [{ start: 8, end: 12, text: 'xx' }]), undefined, 'across the start');
  // Touched by a later edit, after earlier ones moved them.
  assert.equal(spanAfterEdits({ start: 10, end: 20 }, [{ start: 0, end: 0, text: 'abc' }, { start: 15, end: 15, text: '!' }]), undefined);
});

test('no edits: the span as it was', () => {
  assert.deepEqual(spanAfterEdits(QUOTE, []), QUOTE);
});
