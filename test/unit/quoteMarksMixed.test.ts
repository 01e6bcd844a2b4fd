// Quotation marks as journalists type them: mixed curly, straight and single marks, and marks in the wrong place.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findQuotes } from '../../src/core/quotes';
import { scanQuotationMarks } from '../../src/core/quotes/quotationMarks';

const quoted = (text: string): string[] => scanQuotationMarks(text).map((r) => text.slice(r.start, r.end));

describe('mixed quotation marks', () => {
  it('closes a double quote at a right single mark after a stop when nothing else closes it', () => {
    const text = 'Lee tweeted: “Let’s go. We can win.’ Lee was at the hall for the vote. She starred in “Trainwreck.”';
    assert.deepEqual(quoted(text), ['“Let’s go. We can win.’', '“Trainwreck.”']);
  });

  it('closes there at the end of the paragraph and of the text too', () => {
    assert.deepEqual(quoted('Lee tweeted: “Let’s go. We can win.’ Lee was at the hall.\n\nThe vote came later.'), ['“Let’s go. We can win.’']);
    assert.deepEqual(quoted('Lee tweeted: “Let’s go. We can win.’ Lee was at the hall.'), ['“Let’s go. We can win.’']);
  });

  it('opens a straight quote after such a single mark', () => {
    const text = 'Lee tweeted: “Let’s go.’ Then Ruiz said "we will win," and left.';
    assert.deepEqual(quoted(text), ['“Let’s go.’', '"we will win,"']);
  });

  it('keeps a nested single quote and apostrophes inside the double quote', () => {
    assert.deepEqual(quoted('“He told me, ‘Go home.’ Then he left,” Lee said.'), ['“He told me, ‘Go home.’ Then he left,”']);
    assert.deepEqual(quoted('“He told me, \'Go home.\' Then he left,” Lee said.'), ['“He told me, \'Go home.\' Then he left,”']);
    assert.deepEqual(quoted('“The Joneses’ dogs bark. They’re loud,” Lee said.'), ['“The Joneses’ dogs bark. They’re loud,”']);
  });

  it('reads a left mark that ends the paragraph as the closing mark', () => {
    const text = '“They can see it,” he said. “They see that. “\n\nThe crowd cheered.';
    assert.deepEqual(quoted(text), ['“They can see it,”', '“They see that. “']);
  });

  it('nests a curly pair typed inside a curly quote that closes later in the paragraph', () => {
    const text = '“People wearing “Settle For Hillary” shirts at her event. Ouch,” Lee wrote.';
    assert.deepEqual(quoted(text), [text.slice(0, text.indexOf(' Lee'))]);
    const straight = '“When “your team” needs to be held to account, you must act." Lee said so.';
    assert.deepEqual(quoted(straight), ['“When “your team” needs to be held to account, you must act."']);
  });

  it('lets the nearest opening mark win when the inner pair is all the paragraph closes', () => {
    assert.deepEqual(quoted('“One thing, and “two” three.'), ['“two”']);
    assert.deepEqual(quoted('“One thing, and “two,” he said. “Three.”'), ['“two,”', '“Three.”']);
  });

  it('reads a right mark after a cue and its comma as an opening mark the paragraph closes', () => {
    const text = 'He says,” there are a lot of people who never get listened to.”';
    assert.deepEqual(quoted(text), ['” there are a lot of people who never get listened to.”']);
    // With an opening mark next, it is the close of a quote whose opening went missing.
    assert.deepEqual(quoted('He won, he says,” and then “we left.”'), ['“we left.”']);
  });

  it('attributes the quote that a mistyped single mark closes', () => {
    const text = 'Schumer tweeted: “Let’s go. We can stop gun violence.’ Schumer was in the East Room. She became a voice for gun control after the shooting at a screening of her film, “Trainwreck.”';
    const { quotes } = findQuotes(text, []);
    const direct = quotes.find((q) => q.kind === 'direct' && text.slice(q.start, q.end).startsWith('“Let’s go.'));
    assert.ok(direct, JSON.stringify(quotes));
    assert.ok(direct.end <= text.indexOf('Schumer was'), 'the quote ends at the single mark');
  });
});

describe('a quote its paragraph leaves open', () => {
  it('ends with the paragraph when it ends a sentence and the next paragraph does not go on with it', () => {
    const text = 'He wore a cap with the slogan — “Make America Great Again.\n\nThe crowd cheered.';
    const regions = scanQuotationMarks(text);
    assert.deepEqual(regions.map((r) => [text.slice(r.start, r.end), r.unclosed]), [['“Make America Great Again.', true]]);
    const said = '“We will rebuild the town.” Mayor Ruiz said. “Realistically, this is our chance to do it right.';
    const { quotes } = findQuotes(said, []);
    const last = quotes.find((q) => q.kind === 'direct' && q.start === said.lastIndexOf('“'));
    assert.ok(last && last.end === said.length && last.speaker?.name === 'Ruiz', JSON.stringify(quotes));
  });

  it('is dropped when it ran over paragraphs, or stops mid-sentence, or opens inside a word', () => {
    assert.deepEqual(quoted('"REYES: The roads are closed.\n\n"HOST: Thank you.'), []);
    assert.deepEqual(quoted('He is 6’2" tall and “still growing\n\nNext.'), []);
    assert.deepEqual(quoted('The 12"screen is big.\n\nNext.'), []);
  });
});

describe('quotation mark pairing stays linear', () => {
  // Each mark used to scan to the end of its paragraph for a closing mark that is not there.
  for (const [name, unit] of [
    ['straight marks in an open curly quote', '“a "b '],
    ['curly marks in an open straight quote', '"a “b '],
    ['opening marks after a single close', '“a.’ “b '],
  ]) {
    it(name, () => {
      const text = unit.repeat(100_000);
      const t0 = Date.now();
      const regions = scanQuotationMarks(text);
      assert.ok(Date.now() - t0 < 3000, `${Date.now() - t0} ms`);
      for (const r of regions) assert.ok(r.start >= 0 && r.start < r.end && r.end <= text.length);
    });
  }
});

describe('quotation marks on random mixed text', () => {
  const PIECES = ['“', '”', '"', '‘', '’', "'", "''", '«', '»', '„', ' ', ' ', '\n', '\n\n', ',', '.', ':', '?', 'he', 'said', 'says,', 'We', 'win.', 'Let’s', 'go.’', 'a “b” c', '“', ' “'];
  it('keeps regions ordered, apart and inside the text, opening and closing on marks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), (pieces) => {
        const text = pieces.join('');
        const regions = scanQuotationMarks(text);
        let last = 0;
        for (const r of regions) {
          assert.ok(r.start >= last && r.start < r.end && r.end <= text.length, JSON.stringify({ text, r }));
          assert.match(text[r.start], /["'“”„«»‘’]/);
          if (r.unclosed) assert.ok(!text.slice(r.start, r.end).includes('\n') && (r.end === text.length || /\s/.test(text[r.end])), JSON.stringify({ text, r }));
          else assert.match(text[r.end - 1], /["'“”„«»‘’]/);
          last = r.end;
        }
        findQuotes(text, []);
      }),
      { numRuns: 500 },
    );
  });
});
