// Sentence spans for claim comparison: a simple, linear splitter that knows common abbreviations.
import type { Span } from '../types';

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'vs', 'no', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'calif', 'u.s', 'u.n', 'u.k', 'e.g', 'i.e', 'a.m', 'p.m', 'd.c']);

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\u00a0';
const CLOSERS = '"”’\')]';

/** Sentences of a text as spans (line breaks always end a sentence); leading and trailing spaces excluded. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      push(i + 1);
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < text.length && CLOSERS.includes(text[j])) j++;
    if (j < text.length && !isSpace(text[j]) && text[j] !== '\n') continue;
    if (c === '.') {
      // The word before the full stop: an abbreviation or an initial does not end the sentence.
      let w = i;
      while (w > start && /[\p{L}.]/u.test(text[w - 1])) w--;
      const word = text.slice(w, i).toLowerCase();
      if (word.length === 1 || ABBREVIATIONS.has(word)) continue;
    }
    push(j);
  }
  push(text.length);
  return out;
}
