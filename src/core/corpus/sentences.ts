// Sentence spans for claim comparison: a simple, linear splitter that knows common abbreviations.
import type { Span } from '../types';

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'gen', 'lt', 'col', 'sgt', 'capt', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'vs', 'no', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'calif', 'u.s', 'u.n', 'u.k', 'e.g', 'i.e', 'a.m', 'p.m', 'd.c']);

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0;
/** What `\s` matches in a JavaScript regular expression. */
const isWhite = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/** " ” ’ ' ) ] after a full stop still end the sentence. */
const isCloser = (c: number): boolean => c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x27 || c === 0x29 || c === 0x5d;

/** Letters (Unicode) and full stops, per UTF-16 unit: 0 unknown, 1 yes, 2 no. */
const LETTER_OR_DOT = new Uint8Array(65536);
function isLetterOrDot(c: number): boolean {
  let known = LETTER_OR_DOT[c];
  if (known === 0) LETTER_OR_DOT[c] = known = /[\p{L}.]/u.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Where a list item's words start, when `s` (a line's first character) opens one; else `s`. */
export function afterListMarker(text: string, s: number, end: number): number {
  let m = s;
  const c = text.charCodeAt(m);
  if (c === 0x2d || c === 0x2a || c === 0x2022) m++;
  else {
    while (m < end && m - s < 3 && isDigit(text.charCodeAt(m))) m++;
    if (m === s || (text.charCodeAt(m) !== 0x2e && text.charCodeAt(m) !== 0x29)) return s;
    m++;
  }
  if (m >= end || !isSpace(text.charCodeAt(m))) return s;
  while (m < end && isSpace(text.charCodeAt(m))) m++;
  return m < end ? m : s;
}

/** Sentences of a text as spans (line breaks always end a sentence); leading and trailing spaces, and a list item's marker, excluded. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isWhite(text.charCodeAt(s))) s++;
    // A list item's marker ("- ", "• ", "3. ") is no part of what it says.
    if (start === 0 || text.charCodeAt(start - 1) === 0x0a) s = afterListMarker(text, s, e);
    while (e > s && isWhite(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  const length = text.length;
  // Only line breaks and . ! ? can end a sentence: the search jumps from one to the next (indexOf runs in native
  // code, much faster than a loop over every character).
  let newline = text.indexOf('\n');
  let stop = text.indexOf('.');
  let bang = text.indexOf('!');
  let question = text.indexOf('?');
  for (;;) {
    let i = length;
    if (newline >= 0 && newline < i) i = newline;
    if (stop >= 0 && stop < i) i = stop;
    if (bang >= 0 && bang < i) i = bang;
    if (question >= 0 && question < i) i = question;
    if (i === length) break;
    const c = text.charCodeAt(i);
    if (i === newline) newline = text.indexOf('\n', i + 1);
    else if (i === stop) stop = text.indexOf('.', i + 1);
    else if (i === bang) bang = text.indexOf('!', i + 1);
    else question = text.indexOf('?', i + 1);
    if (c === 0x0a) {
      push(i + 1);
      continue;
    }
    let j = i + 1;
    while (j < length && isCloser(text.charCodeAt(j))) j++;
    if (j < length && !isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 0x0a) continue;
    if (c === 0x2e) {
      // The word before the full stop: an abbreviation or an initial does not end the sentence.
      let w = i;
      while (w > start && isLetterOrDot(text.charCodeAt(w - 1))) w--;
      if (i - w === 1 || (i - w <= 5 && ABBREVIATIONS.has(text.slice(w, i).toLowerCase()))) continue;
      // "12. The bridge reopens.": a list item's number at the line's start.
      if (start === 0 || text.charCodeAt(start - 1) === 0x0a) {
        let d = start;
        while (d < i && isSpace(text.charCodeAt(d))) d++;
        let n = d;
        while (n < i && isDigit(text.charCodeAt(n))) n++;
        if (n === i && i > d && i - d <= 3) continue;
      }
    }
    push(j);
  }
  push(length);
  return out;
}
