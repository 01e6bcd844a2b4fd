// The tokenizer's word filter and word tables: words found by a range of a text, whatever their number, length or script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, WordFilter } from '../../src/core/entities/tokenizer';

/** Words enough to make a filter's chains and characters grow several times, some long, some not in ASCII. */
const WORDS = Array.from({ length: 300 }, (_, k) => (k % 3 === 0 ? `word${k}` : k % 3 === 1 ? `škoda’s-${k}` : `${'long'.repeat(k % 40)}x${k}`));

test('a word filter finds each of its words in a text, as the same word each time, and no other word', () => {
  const filter = new WordFilter();
  for (const w of WORDS) filter.add(w);
  const text = ` ${WORDS.join(' ')} `;
  const held = new Set(WORDS);
  let at = 1;
  for (const w of WORDS) {
    const found = filter.wordAt(text, at, at + w.length);
    assert.ok(found, w);
    assert.equal(found.text, w);
    assert.equal(filter.wordAt(text, at, at + w.length), found);
    // A word's start or a word run on is not it (unless the filter holds that too).
    const shorter = text.slice(at, at + w.length - 1);
    assert.equal(filter.wordAt(text, at, at + w.length - 1)?.text ?? null, held.has(shorter) ? shorter : null, w);
    assert.equal(filter.wordAt(text, at, at + w.length + 1), null, w);
    at += w.length + 1;
  }
  assert.equal(filter.wordAt('never held', 0, 5), null);
});

test('a word filter over a base finds its own words and the base’s', () => {
  const base = new WordFilter();
  base.add('said');
  base.add('the');
  const filter = new WordFilter(base, 1 << 8);
  filter.add('quillmouth');
  filter.add('the');
  const text = 'the quillmouth council said';
  assert.equal(filter.wordAt(text, 0, 3)?.text, 'the');
  assert.equal(filter.wordAt(text, 4, 14)?.text, 'quillmouth');
  assert.equal(filter.wordAt(text, 23, 27), base.wordAt(text, 23, 27));
  assert.equal(filter.wordAt(text, 15, 22), null);
  assert.equal(base.wordAt(text, 4, 14), null);
});

test('every token’s word is its text, after more distinct words than the shared table holds', () => {
  // Capitalised words go through the table of words shared by documents, which starts afresh when full.
  const names = Array.from({ length: 20000 }, (_, k) => `Name${k.toString(36)}`);
  const text = `${names.join(' ')}\n${names.slice(0, 500).join(' ')} Žižek Škoda’s Łódź`;
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) assert.equal(tokens.text(i), text.slice(tokens.start[i], tokens.end[i]), `token ${i}`);
  assert.equal(tokens.length, 20000 + 500 + 4);
});
