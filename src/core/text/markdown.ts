// Markdown read as the prose it renders: markup becomes spaces, so every offset of the prose is the article's own.
//
// "Mayor **Ana Silva** said …" is read as "Mayor   Ana Silva   said …"; a link keeps its words and loses its address;
// code, images, front matter, HTML tags and comments are blanked. Line breaks stay where they are. One pass, linear
// in the text: every search for a closing mark is bounded or moves forward only.

import type { TextFormat } from '../types';

/** The format a file name implies. */
export function formatOfPath(path: string): TextFormat {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return name.endsWith('.md') || name.endsWith('.markdown') || name.endsWith('.mdown') || name.endsWith('.mkd') ? 'markdown' : 'plain';
}

const SPACE = 32;
const NEWLINE = 10;
const RETURN = 13;
/** Longest inline construct searched for its end (a code span, an HTML tag, a link's address). */
const INLINE_REACH = 400;
/** Front matter longer than this many lines is not taken for front matter. */
const FRONT_MATTER_LINES = 200;

export function markdownProse(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  const blank = (from: number, to: number): void => {
    for (let i = from; i < to; i++) if (codes[i] !== NEWLINE && codes[i] !== RETURN) codes[i] = SPACE;
  };
  const lines = lineStarts(text);
  let first = 0;
  // YAML front matter: a first line of "---" and a closing "---" or "..." a little further on.
  if (lines.length > 1 && lineText(text, lines, 0) === '---') {
    for (let k = 1; k < Math.min(lines.length - 1, FRONT_MATTER_LINES); k++) {
      const line = lineText(text, lines, k);
      if (line === '---' || line === '...') {
        blank(0, lines[k + 1]);
        first = k + 1;
        break;
      }
    }
  }
  let fence: { mark: number; length: number } | undefined;
  // Where the HTML comment open at the end of the last line closes (its "-->"), found once; -1 when none is open.
  let commentClose = -1;
  for (let k = first; k < lines.length - 1; k++) {
    const start = lines[k];
    const end = lineEnd(text, start, lines[k + 1]);
    if (commentClose >= 0) {
      if (commentClose >= end) {
        blank(start, end);
        continue;
      }
      blank(start, commentClose + 3);
      commentClose = blankInline(text, codes, commentClose + 3, end, blank);
      continue;
    }
    const indent = leadingSpaces(text, start, end);
    const at = start + indent;
    if (fence) {
      if (indent < 4 && runLength(text, at, end, fence.mark) >= fence.length && onlySpaces(text, at + runLength(text, at, end, fence.mark), end)) fence = undefined;
      blank(start, end);
      continue;
    }
    const c = text.charCodeAt(at);
    if (indent < 4 && (c === 96 || c === 126) && runLength(text, at, end, c) >= 3) {
      fence = { mark: c, length: runLength(text, at, end, c) };
      blank(start, end);
      continue;
    }
    if (indent < 4 && (isRule(text, at, end) || isReferenceDefinition(text, at, end))) {
      blank(start, end);
      continue;
    }
    commentClose = blankInline(text, codes, blankLinePrefix(text, at, end, blank), end, blank);
  }
  return decodeCodes(codes);
}

/** Offsets where lines start, and the text's length last. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  if (starts[starts.length - 1] !== text.length || text.length === 0) starts.push(text.length);
  return starts;
}

function lineEnd(text: string, start: number, next: number): number {
  let end = next;
  if (end > start && text.charCodeAt(end - 1) === NEWLINE) end--;
  if (end > start && text.charCodeAt(end - 1) === RETURN) end--;
  return end;
}

function lineText(text: string, lines: number[], k: number): string {
  return text.slice(lines[k], lineEnd(text, lines[k], lines[k + 1])).trimEnd();
}

function leadingSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && text.charCodeAt(i) === SPACE) i++;
  return i - from;
}

function runLength(text: string, from: number, to: number, code: number): number {
  let i = from;
  while (i < to && text.charCodeAt(i) === code) i++;
  return i - from;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== SPACE && text.charCodeAt(i) !== 9) return false;
  return true;
}

/** A thematic break or a setext underline: one of - * _ = three times or more, spaces between allowed. */
function isRule(text: string, from: number, to: number): boolean {
  const mark = text.charCodeAt(from);
  if (mark !== 45 && mark !== 42 && mark !== 95 && mark !== 61) return false;
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === mark) count++;
    else if (c !== SPACE && c !== 9) return false;
  }
  return count >= 3 || (mark === 61 && count >= 1);
}

/** "[label]: address" on a line of its own. */
function isReferenceDefinition(text: string, from: number, to: number): boolean {
  if (text.charCodeAt(from) !== 91) return false;
  const close = indexWithin(text, ']:', from + 1, Math.min(to, from + INLINE_REACH));
  return close > from + 1 && !text.slice(from + 1, close).includes('[');
}

/** Where `needle` starts in text[from, to), or -1; unlike indexOf, never reads past `to`. */
function indexWithin(text: string, needle: string, from: number, to: number): number {
  if (from >= to) return -1;
  const at = text.slice(from, to).indexOf(needle);
  return at < 0 ? -1 : from + at;
}

/** Blanks a line's block markers (quote marks, a heading's hashes); returns where its text starts (after a list bullet). */
function blankLinePrefix(text: string, from: number, to: number, blank: (a: number, b: number) => void): number {
  let i = from;
  for (;;) {
    while (i < to && text.charCodeAt(i) === SPACE) i++;
    if (i < to && text.charCodeAt(i) === 62) {
      blank(i, i + 1);
      i++;
      continue;
    }
    break;
  }
  const hashes = runLength(text, i, to, 35);
  if (hashes >= 1 && hashes <= 6 && (i + hashes === to || text.charCodeAt(i + hashes) === SPACE)) {
    blank(i, i + hashes);
    // A closing run of hashes: "## Title ##".
    let end = to;
    while (end > i + hashes && text.charCodeAt(end - 1) === SPACE) end--;
    let close = end;
    while (close > i + hashes && text.charCodeAt(close - 1) === 35) close--;
    if (close < end && close > i + hashes && text.charCodeAt(close - 1) === SPACE) blank(close, end);
    return i + hashes;
  }
  // A list item's bullet or number stays, as plain text writes it: it tells a list's "Detour: via Pine Avenue" from a
  // transcript's "RUIZ: We will rebuild.", and a list item from a sentence.
  const c = text.charCodeAt(i);
  if ((c === 45 || c === 42 || c === 43) && text.charCodeAt(i + 1) === SPACE && i + 1 < to) return i + 1;
  let digits = 0;
  while (digits < 9 && i + digits < to && isDigit(text.charCodeAt(i + digits))) digits++;
  const after = text.charCodeAt(i + digits);
  if (digits && (after === 46 || after === 41) && text.charCodeAt(i + digits + 1) === SPACE) return i + digits + 1;
  // A table row: its pipes; the row under the header (|---|:--:|) entirely.
  if (c === 124) {
    let delimiterRow = true;
    for (let k = i; k < to; k++) {
      const d = text.charCodeAt(k);
      if (d === 124) blank(k, k + 1);
      else if (d !== 45 && d !== 58 && d !== SPACE && d !== 9) delimiterRow = false;
    }
    if (delimiterRow) blank(i, to);
    return i + 1;
  }
  return i;
}

/**
 * Blanks the inline markup of text[from, to): emphasis marks, code spans, links' brackets and addresses, images,
 * HTML tags and comments, backslashes of escapes. When an HTML comment opens and does not close on the line, returns
 * where its "-->" is (the text's length if nowhere); else -1.
 */
function blankInline(text: string, codes: Uint16Array, from: number, to: number, blank: (a: number, b: number) => void): number {
  // Where the next "]" is, found once and reused while the scan has not passed it (no search goes over the line twice).
  let nextClose = -1;
  let i = from;
  while (i < to) {
    const c = codes[i];
    if (c === 92 && i + 1 < to && isAsciiPunctuation(text.charCodeAt(i + 1))) {
      blank(i, i + 1);
      i += 2;
      continue;
    }
    if (c === 96) {
      const open = runLength(text, i, to, 96);
      const close = closingBackticks(text, i + open, Math.min(to, i + open + INLINE_REACH), open);
      if (close >= 0) {
        blank(i, close + open);
        i = close + open;
      } else i += open;
      continue;
    }
    if (c === 60) {
      if (text.startsWith('<!--', i)) {
        // Searched once: a comment that runs over many lines is not looked for again on each of them.
        const found = text.indexOf('-->', i + 4);
        const close = found < 0 ? text.length : found;
        if (close >= to) {
          blank(i, to);
          return close;
        }
        blank(i, close + 3);
        i = close + 3;
        continue;
      }
      const close = tagEnd(text, i, Math.min(to, i + INLINE_REACH));
      if (close >= 0) {
        blank(i, close + 1);
        i = close + 1;
        continue;
      }
      i++;
      continue;
    }
    if (c === 91 || (c === 33 && text.charCodeAt(i + 1) === 91)) {
      const open = c === 91 ? i : i + 1;
      if (nextClose <= open) {
        nextClose = indexWithin(text, ']', open + 1, to);
        if (nextClose < 0) nextClose = to;
      }
      const link = nextClose < to ? linkTail(text, nextClose, to) : -1;
      if (link >= 0) {
        // An image is not the article's prose; a link keeps its words.
        if (c === 33) blank(i, link);
        else {
          blank(open, open + 1);
          blank(nextClose, link);
        }
        i = c === 33 ? link : open + 1;
        continue;
      }
      i = open + 1;
      continue;
    }
    if (c === 42 || c === 95 || c === 126) {
      const run = runLength(text, i, to, c);
      if (isEmphasisRun(text, i, i + run, c)) blank(i, i + run);
      i += run;
      continue;
    }
    i++;
  }
  return -1;
}

/** Where a run of exactly `length` backticks starts in text[from, to), or -1. */
function closingBackticks(text: string, from: number, to: number, length: number): number {
  let i = from;
  while (i < to) {
    if (text.charCodeAt(i) !== 96) {
      i++;
      continue;
    }
    const run = runLength(text, i, to, 96);
    if (run === length) return i;
    i += run;
  }
  return -1;
}

/** The ">" of an HTML tag or autolink opening at `from` ("<em>", "</a>", "<https://…>"), or -1. */
function tagEnd(text: string, from: number, to: number): number {
  const next = text.charCodeAt(from + 1);
  if (!(isLetter(next) || (next === 47 && isLetter(text.charCodeAt(from + 2))))) return -1;
  for (let i = from + 1; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 62) return i;
    if (c === 60 || c === NEWLINE) return -1;
  }
  return -1;
}

/** After a "]": the end of "(address)" or "[label]" that makes the brackets a link, or -1. */
function linkTail(text: string, close: number, to: number): number {
  const next = text.charCodeAt(close + 1);
  if (next !== 40 && next !== 91) return -1;
  const end = indexWithin(text, next === 40 ? ')' : ']', close + 2, Math.min(to, close + INLINE_REACH));
  if (end < 0) return -1;
  // An address has no spaces, but for a title in quotes after it.
  if (next === 40) {
    const inside = text.slice(close + 2, end).trim();
    if (/\s/.test(inside) && !/^\S+\s+(["'(]).*\1?$/.test(inside)) return -1;
  }
  return end + 1;
}

/** A run of * _ ~ that opens or closes emphasis: next to a word on one side; an underscore not inside a word. */
function isEmphasisRun(text: string, from: number, to: number, mark: number): boolean {
  const before = from > 0 ? text.charCodeAt(from - 1) : SPACE;
  const after = to < text.length ? text.charCodeAt(to) : SPACE;
  const spaceBefore = isSpace(before);
  const spaceAfter = isSpace(after);
  if (spaceBefore && spaceAfter) return false;
  if (mark === 126 && to - from < 2) return false;
  if (mark === 95 && isWordCode(before) && isWordCode(after)) return false;
  return true;
}

function isSpace(c: number): boolean {
  return c === SPACE || c === 9 || c === NEWLINE || c === RETURN || c === 0xa0 || Number.isNaN(c);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isWordCode(c: number): boolean {
  return isLetter(c) || isDigit(c) || c > 127;
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

/** The UTF-16 units as a string (a lone surrogate becomes U+FFFD, one unit for one: offsets stay). */
function decodeCodes(codes: Uint16Array): string {
  return UTF16.decode(codes);
}

const UTF16 = new TextDecoder('utf-16le');
