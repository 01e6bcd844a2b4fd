// Attribution engine on bad and extreme input: it never throws and every span it returns lies inside the text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findQuotes } from '../../src/core/quotes';
import type { Entity, Span } from '../../src/core/types';

function assertInside(text: string, span: Span | null | undefined, what: string): void {
  if (!span) return;
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what}: ${span.start}-${span.end} outside 0-${text.length}`);
}

/** Runs the finder and checks every span of the result; returns the result for further checks. */
function checked(text: string, entities: readonly Entity[] = []): ReturnType<typeof findQuotes> {
  const result = findQuotes(text, entities);
  for (const q of result.quotes) {
    assertInside(text, q, 'quote');
    for (const p of q.parts) assertInside(text, p, 'part');
    assertInside(text, q.cue, 'cue');
    assertInside(text, q.speaker?.mention, 'speaker');
    assertInside(text, q.speaker?.antecedent, 'antecedent');
  }
  for (const s of result.scareQuotes) assertInside(text, s, 'scare quote');
  return result;
}

const PIECES = [
  '“', '”', '"', '‘', '’', "'", "''", '«', '»', '„', ' ', ' ', ' ', '\n', '\r\n', '\n\n', ',', '.', ':', ';', '—', '?', '!',
  'he', 'said', 'says', 'told', 'according to', 'Putin', 'Mr.', 'the', 'official', 'sources', 'that', 'added', 'saying', 'Kremlin spokesman',
  'Dmitry Peskov', 'a person familiar with the matter', 'We', 'will', 'win', 'עברית', 'العربية', '\u200f', '\u202e', '😀', '👩‍👩‍👧', '\ud83d', 'é',
];

describe('quotes on bad input', () => {
  it('never throws and keeps spans inside the text (random text)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }), (pieces) => {
        checked(pieces.join(''));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary strings, with entities whose mentions are anywhere', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.nat(300), fc.nat(20), (text, at, len) => {
        const start = Math.min(at, text.length);
        const end = Math.min(text.length, start + len);
        const entity: Entity = { id: 'x', name: 'X', type: 'person', aliases: [], roles: [], mentions: [{ start, end, kind: 'pronoun', text: text.slice(start, end) }] };
        checked(text, [entity]);
      }),
      { numRuns: 300 },
    );
  });

  it('handles empty and blank text', () => {
    assert.deepEqual(checked(''), { quotes: [], scareQuotes: [] });
    assert.deepEqual(checked(' \n\r\n\t '), { quotes: [], scareQuotes: [] });
  });

  it('reads CRLF line ends like LF', () => {
    const lf = '“We are ready,” Smith said.\nShe added that the plan was done.';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = checked(lf).quotes;
    const b = checked(crlf).quotes;
    assert.equal(a.length, b.length);
    assert.deepEqual(b.map((q) => crlf.slice(q.start, q.end)), a.map((q) => lf.slice(q.start, q.end)));
  });

  it('handles unbalanced, nested and mixed quotation marks', () => {
    for (const text of ['“Open but never closed, he said.', 'Closed” without opening, she said.', '“Mixed marks," he said.', '"Straight “curly” inside," he said.', '“Nested ‘single’ marks,” she said.', '“““', '”””', '"""""', "''''''"]) {
      checked(text);
    }
    const mixed = '“Mixed marks," he said.';
    assert.equal(checked(mixed).quotes[0]?.kind, 'direct');
  });

  it('handles right-to-left text and emoji', () => {
    const text = '“שלום עולם 😀,” the minister said. ‏العربية “نص” 👩‍👩‍👧 said he.';
    const { quotes } = checked(text);
    assert.ok(quotes.some((q) => q.kind === 'direct' && text.slice(q.start, q.end).includes('שלום')));
  });

  it('reads an emoji between a speaker and the verb as a space: the speaker is the name, never the emoji', () => {
    for (const emoji of ['⚖️', '😀', '👩‍⚖️', '🇺🇸']) {
      const text = `The judge ${emoji} said "we will win," on Monday.`;
      const [quote] = checked(text).quotes;
      assert.ok(quote?.speaker, emoji);
      assert.equal(text.slice(quote.speaker.mention.start, quote.speaker.mention.end), 'The judge', emoji);
    }
  });

  it('keeps a name whole when text decoded twice left Latin-1 symbols inside it', () => {
    const text = '"Europe must be able to defend itself," French President FranÃÂ§ois Hollande said Friday as he entered the talks.';
    const [quote] = checked(text).quotes;
    assert.ok(quote?.speaker);
    assert.equal(text.slice(quote.speaker.mention.start, quote.speaker.mention.end), 'French President FranÃÂ§ois Hollande');
    assert.equal(text.slice(quote.start, quote.end), '"Europe must be able to defend itself,"');
    // (With the C1 control that the second byte of "ç" becomes, too.)
    const c1 = '"Europe must be able to defend itself," French President FranÃ\u0083Â§ois Hollande said Friday.';
    const [c1Quote] = checked(c1).quotes;
    assert.ok(c1Quote?.speaker);
    assert.equal(c1.slice(c1Quote.speaker.mention.start, c1Quote.speaker.mention.end), 'French President FranÃ\u0083Â§ois Hollande');
    // Guillemets stay quotation marks, even against a letter.
    const guillemets = 'Ruiz said«we will win the vote» on Monday.';
    const [said] = checked(guillemets).quotes;
    assert.ok(said?.parts.length);
    assert.equal(guillemets.slice(said.parts[0].start, said.parts[0].end), '«we will win the vote»');
  });

  it('reads a 5 MB single line', () => {
    const sentence = '“We will win,” she said. ';
    const count = Math.ceil((5 * 1024 * 1024) / sentence.length);
    const text = sentence.repeat(count);
    const { quotes } = checked(text);
    assert.equal(quotes.length, count);
    assert.ok(quotes.every((q) => q.kind === 'direct' && q.speaker?.kind === 'pronoun'));
  });

  it('reads 1 MB with an opening mark that never closes', () => {
    const text = `He said “${'and then more words '.repeat(Math.ceil((1024 * 1024) / 19))}`;
    const { quotes, scareQuotes } = checked(text);
    assert.equal(scareQuotes.length, 0);
    assert.ok(quotes.every((q) => q.kind !== 'direct'));
  });

  it('reads 100k tiny quotes', () => {
    const text = 'The “x” '.repeat(100_000);
    const { quotes, scareQuotes } = checked(text);
    assert.equal(scareQuotes.length, 100_000);
    assert.equal(quotes.length, 0);
  });

  it('reads a 3 MB line of markup with a million attribute values: none is a quote', () => {
    const text = '<a href="/x">y</a> '.repeat(160_000) + 'x="'.repeat(1_000_000 / 3);
    const { quotes, scareQuotes } = checked(text);
    assert.equal(quotes.length, 0);
    assert.equal(scareQuotes.length, 0);
  });
});
