// The tokenizer's word ids: lexicon words are found by hash whatever their case, titles keep their dot.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LEXICON, WordSet } from '../../src/core/quotes/lexicon';
import { scanQuotationMarks } from '../../src/core/quotes/quotationMarks';
import { tokenize, tokenText, TokenKind, WordTable } from '../../src/core/quotes/tokens';

describe('word table', () => {
  it('gives each word one id, folds ASCII capitals and the typographic apostrophe', () => {
    const table = new WordTable(['said', "don't", 'said']);
    assert.equal(table.words.length, 3);
    assert.equal(table.idOf('SAID'), table.idOf('said'));
    assert.equal(table.idOf('don’t'), table.idOf("don't"));
    assert.notEqual(table.idOf('said'), 0);
    assert.equal(table.idOf('sad'), 0);
    assert.equal(table.idOf('saids'), 0);
  });

  it('keeps every id after growing', () => {
    const words = Array.from({ length: 5000 }, (_, k) => `w${k.toString(36)}x`);
    const table = new WordTable();
    const ids = words.map((w) => table.add(w));
    words.forEach((w, k) => assert.equal(table.idOf(w), ids[k]));
  });
});

describe('token word ids', () => {
  const ids = (text: string): Map<string, number> => {
    const tokens = tokenize(text, scanQuotationMarks(text), LEXICON);
    const out = new Map<string, number>();
    for (let i = 0; i < tokens.count; i++) if (tokens.kind[i] === TokenKind.Word) out.set(tokenText(tokens, i), tokens.word[i]);
    return out;
  };

  it('marks lexicon words in any case and leaves other words at 0', () => {
    const set = new WordSet(['announced', 'sen.']);
    const found = ids('Sen. Ada Quill ANNOUNCED it; Quill announced again.');
    assert.equal(found.get('ANNOUNCED'), LEXICON.idOf('announced'));
    assert.equal(found.get('announced'), LEXICON.idOf('announced'));
    assert.equal(found.get('Sen.'), LEXICON.idOf('sen.'));
    assert.equal(found.get('Quill'), 0);
    assert.ok(set.has('sen.'));
  });
});

describe('quotation marks', () => {
  const quoted = (text: string): string[] => scanQuotationMarks(text).map((r) => text.slice(r.start, r.end));

  it('reads a left mark after the words and before a space as a mistyped closing mark', () => {
    assert.deepEqual(quoted('“The town is broke,“ said Tom Baker. “Not yet,” she said.'), ['“The town is broke,“', '“Not yet,”']);
  });

  it('still opens at a left mark before a word', () => {
    assert.deepEqual(quoted('He wrote “a long note“ and “a short one.”'), ['“a long note“', '“a short one.”']);
    assert.deepEqual(quoted('“One “two” three'), ['“two”']);
  });
});

describe('a right mark that opens a paragraph', () => {
  it('opens the quote even before a space and an ellipsis', () => {
    const text = 'He spoke for an hour.\n\n” … what I learned is that they want water,” he said.';
    assert.deepEqual(scanQuotationMarks(text).map((r) => text.slice(r.start, r.end)), ['” … what I learned is that they want water,”']);
  });
});

describe('straight marks inside a curly quote', () => {
  const quoted = (text: string): string[] => scanQuotationMarks(text).map((r) => text.slice(r.start, r.end));

  it('nest as a pair when the curly quote closes later in the paragraph', () => {
    assert.deepEqual(quoted('“They call them "lone wolves" and move on,” Ruiz said.'), ['“They call them "lone wolves" and move on,”']);
  });

  it('close the curly quote when one follows the words', () => {
    assert.deepEqual(quoted('“We won," she said. “We will win again.”'), ['“We won,"', '“We will win again.”']);
  });
});

describe('curly marks inside a straight quote', () => {
  const quoted = (text: string): string[] => scanQuotationMarks(text).map((r) => text.slice(r.start, r.end));

  it('nest when the straight quote closes later in the paragraph', () => {
    assert.deepEqual(quoted('"He asked me: “Is the pier safe?” Then he left," Lee said.'), ['"He asked me: “Is the pier safe?” Then he left,"']);
  });

  it('stand alone when no straight mark closes after them', () => {
    assert.deepEqual(quoted('He said "no. “We won,” she said.'), ['“We won,”']);
    // (A later straight mark that opens a quote of its own closes nothing.)
    assert.ok(quoted('Lee called it "a disaster. Ruiz replied: “We will rebuild,” and Tran said "maybe."').includes('“We will rebuild,”'));
  });
});

describe('markup in the text', () => {
  it('reads no quote in an attribute value', () => {
    const text = '<tweet pic="" author="JoLee">Praying for all.</tweet> “We will rebuild,” Lee said.';
    assert.deepEqual(scanQuotationMarks(text).map((r) => text.slice(r.start, r.end)), ['“We will rebuild,”']);
  });
});
