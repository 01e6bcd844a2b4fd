// The texts the cross-source index keeps: every part read back as the string had it, whatever characters it holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DocumentText } from '../../src/core/corpus/documentText';

/** Plain letters, Latin-1, curly quotes and dashes, CJK, a byte order mark, an emoji, broken surrogates. */
const PIECES = ['a', 'The mayor ', '.', '\n', 'é', 'ß', '“', '”', '’', '—', '…', '北京', '\uFEFF', '😀', '\uD83D', '\uDE00', ' '];

const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 700 }).map((parts) => parts.join(''));

test('document text: every slice and the whole text read back as the string gives them', () => {
  fc.assert(
    fc.property(texts, fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 20 }), (text, spans) => {
      const kept = DocumentText.of(text);
      assert.equal(kept.toString(), text);
      assert.equal(kept.length, text.length);
      for (const [a, b] of spans) {
        const start = a % (text.length + 1);
        const end = start + (b % (text.length + 1 - start));
        assert.equal(kept.slice(start, end), text.slice(start, end));
      }
    }),
    { numRuns: 400 },
  );
});

test('document text: long texts with curly quotes read back across block boundaries, a mark at the start kept', () => {
  const text = '\uFEFF' + Array.from({ length: 400 }, (_, i) => `“Line ${i}” — he said’s ${'é'.repeat(i % 7)}`).join('\n');
  const kept = DocumentText.of(text);
  for (let start = 0; start < text.length; start += 97) {
    for (const width of [0, 1, 255, 256, 257, 1000]) assert.equal(kept.slice(start, start + width), text.slice(start, start + width));
  }
  assert.equal(kept.toString(), text);
});

test('document text: offsets out of range are clamped the same way, whether the text is kept as a string or as bytes', () => {
  const clamped = (text: string, start: number, end: number): string => {
    const from = Math.max(0, Math.min(start, text.length));
    return text.slice(from, Math.max(from, Math.min(end, text.length)));
  };
  for (const text of ['plain words', '“curly” — wide', '😀 astral']) {
    const kept = DocumentText.of(text);
    for (const [start, end] of [[0, -1], [-3, 4], [2, 1], [5, 999], [-10, -2], [999, 1000]]) {
      assert.equal(kept.slice(start, end), clamped(text, start, end), `${text} [${start}, ${end})`);
    }
  }
});
