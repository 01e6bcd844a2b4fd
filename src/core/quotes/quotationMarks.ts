// Finds quoted regions (opening mark to closing mark) in one linear pass over the text.

/** A quoted region: `start` is the opening mark, `end` is just after the closing mark. */
export interface QuotedRegion {
  start: number;
  end: number;
  /** No closing mark: the quote ends with its paragraph, and `end` is just after the paragraph's last character. */
  unclosed?: boolean;
}

const LEFT_DOUBLE = 0x201c; // “
const RIGHT_DOUBLE = 0x201d; // ”
const LOW_DOUBLE = 0x201e; // „
const LEFT_GUILLEMET = 0xab; // «
const RIGHT_GUILLEMET = 0xbb; // »
const STRAIGHT_DOUBLE = 0x22; // "
const LEFT_SINGLE = 0x2018; // ‘
const RIGHT_SINGLE = 0x2019; // ’ (also the typographic apostrophe)
const NEWLINE = 0x0a;
const APOSTROPHE = 0x27;
const EQUALS = 0x3d;

/** Single-quoted terms are short; a longer run is an apostrophe mix-up, not a quote. */
const MAX_SINGLE_QUOTE_LENGTH = 200;

function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return code >= 0xc0 && !(code >= 0x2000 && code <= 0x2bff) && !(code >= 0xd800 && code <= 0xdfff);
}

function isOpeningDouble(code: number): boolean {
  return code === LEFT_DOUBLE || code === LOW_DOUBLE || code === LEFT_GUILLEMET;
}

function isClosingDouble(code: number): boolean {
  return code === RIGHT_DOUBLE || code === RIGHT_GUILLEMET;
}

/** A mark right after a word or its punctuation and before a space or the end of the text stands where a closing mark goes. */
function closesLikeRightMark(text: string, i: number): boolean {
  if (i === 0) return false;
  const before = text.charCodeAt(i - 1);
  const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
  const wordOrStop = isWordChar(before) || before === 0x2c || before === 0x2e || before === 0x21 || before === 0x3f;
  return wordOrStop && (after === 0x20 || after === NEWLINE || after === 0x0d || after === 0x09);
}

/** Whether only blanks stand between the mark at `i` and the start of its paragraph. */
function opensParagraph(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === NEWLINE) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

function isDoubleMark(code: number): boolean {
  return isOpeningDouble(code) || isClosingDouble(code) || code === STRAIGHT_DOUBLE;
}

/**
 * The next character of a kind before the paragraph ends. It remembers the stretch it last read, so asked with
 * positions that do not go back it reads each character of the text about once, however many marks ask.
 */
class NextInParagraph {
  private from = 0;
  private stop = -1;
  private found = -1;

  constructor(
    private readonly text: string,
    private readonly wanted: (code: number) => boolean,
  ) {}

  /** Index of the first wanted character after `after` before the next line break, or -1. */
  after(after: number): number {
    const from = after + 1;
    if (from >= this.from && from <= this.stop) return this.found >= from ? this.found : -1;
    const text = this.text;
    let k = from;
    this.found = -1;
    for (; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === NEWLINE) break;
      if (this.wanted(c)) {
        this.found = k;
        break;
      }
    }
    this.from = from;
    this.stop = k;
    return this.found;
  }
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === NEWLINE || code === 0xa0;
}

/** Whether only blanks stand between the mark at `i` and the end of its paragraph. */
function endsParagraph(text: string, i: number): boolean {
  for (let k = i + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === NEWLINE) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/** A single mark after the words and their full stop or comma, before a space or the end of the paragraph: where a closing mark goes. */
function closesAfterStop(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
  return (before === 0x2e || before === 0x21 || before === 0x3f || before === 0x2c) && (after === 0x20 || after === NEWLINE || after === 0x0d || after === 0x09);
}

/**
 * Whether the curly quote that closes at `close` (-1: it does not) sits inside a straight quote: a straight mark after
 * it, before the paragraph ends, closes the quote around it (right after the words, not before a word as an opening
 * mark stands).
 */
function nestsInStraight(text: string, close: number): boolean {
  if (close < 0) return false;
  for (let k = close + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === NEWLINE || isOpeningDouble(c)) return false;
    if (c === STRAIGHT_DOUBLE) return k > 0 && text.charCodeAt(k - 1) !== 0x20 && !(k + 1 < text.length && isWordChar(text.charCodeAt(k + 1)));
  }
  return false;
}

/**
 * Whether the curly quote opened inside another one and closing at `close` (-1: it does not) nests in it: the
 * paragraph's next double mark after it closes too (a right mark, or a straight one right after the words).
 */
function nestsInCurly(text: string, close: number, anyDouble: NextInParagraph): boolean {
  if (close < 0) return false;
  const k = anyDouble.after(close);
  if (k < 0) return false;
  const c = text.charCodeAt(k);
  if (isClosingDouble(c)) return true;
  return c === STRAIGHT_DOUBLE && text.charCodeAt(k - 1) !== 0x20 && !(k + 1 < text.length && isWordChar(text.charCodeAt(k + 1)));
}

/** A right mark after a cue's comma or colon and before a space (He says,” there are …) stands where an opening mark goes. */
function opensAfterCue(text: string, i: number): boolean {
  if (i === 0 || i + 1 >= text.length) return false;
  const before = text.charCodeAt(i - 1);
  return (before === 0x2c || before === 0x3a) && text.charCodeAt(i + 1) === 0x20;
}

/** Whether the paragraph's next double mark after the one at `i` is a right mark. */
function closedNext(text: string, i: number, anyDouble: NextInParagraph): boolean {
  const k = anyDouble.after(i);
  return k >= 0 && isClosingDouble(text.charCodeAt(k));
}

/** Index of the first non-blank character after a line break at `from`, or -1 at the end of the text. */
function nextLineStart(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== NEWLINE && c !== 0x0d && c !== 0x20 && c !== 0x09) return i;
    i++;
  }
  return -1;
}

/**
 * Double quotes (curly, straight, low-9, guillemets, mixed) pair up within a paragraph. A quote that runs over
 * several paragraphs repeats its opening mark at each new paragraph and closes only at the end; an opening
 * mark left unclosed at a paragraph end that is not continued that way is dropped. Single quotes count only
 * outside double quotes, as curly pairs (‘…’), because a straight or right single quote is usually an apostrophe.
 */
export function scanQuotationMarks(text: string): QuotedRegion[] {
  const regions: QuotedRegion[] = [];
  let open = -1;
  let singleOpen = -1;
  let straightOpen = -1;
  // Where the next closing curly mark of the paragraph is (-1: none), found once for all the marks before it.
  let closingAhead = -1;
  // Where the next line break is (2^32 - 1: none), found once for all the markup attributes before it.
  let nextLineBreak = -1;
  let nestedStraight = false;
  // The closing mark of a curly quote nested in a straight one.
  let nestedClose = -1;
  // “Let’s go.’ A single mark after a stop in a double quote that the paragraph leaves open is where it closes,
  // unless a single quote opened inside it (‘…’). Either counts only when past the opening mark.
  let singleClose = -1;
  let innerSingle = -1;
  const closing = new NextInParagraph(text, isClosingDouble);
  const anyDouble = new NextInParagraph(text, isDoubleMark);
  const n = text.length;
  // “Make America Great Again. : a quote that opens before a word and whose paragraph ends a sentence without
  // closing it (nor does the next paragraph go on with it) ends with the paragraph. One that went on over several
  // paragraphs and never closed is dropped.
  const closeAtParagraphEnd = (at: number): void => {
    let e = at;
    while (e > open + 1 && isBlank(text.charCodeAt(e - 1))) e--;
    const last = text.charCodeAt(e - 1);
    const width = text.charCodeAt(open) === APOSTROPHE ? 2 : 1;
    const before = open > 0 ? text.charCodeAt(open - 1) : 0x20;
    const first = open + width < n ? text.charCodeAt(open + width) : 0x20;
    if ((last === 0x2e || last === 0x21 || last === 0x3f || last === 0x2026) && !isWordChar(before) && isWordChar(first) && e > open + width + 1 && text.lastIndexOf('\n', e - 1) < open) {
      regions.push({ start: open, end: e, unclosed: true });
    }
    open = -1;
  };
  const closeAtSingle = (): void => {
    if (open >= 0 && singleClose > open) {
      regions.push({ start: open, end: singleClose + 1 });
      open = -1;
    }
  };
  // Only these characters matter; the regular expression skips the rest natively.
  const marks = /["\n'\u00ab\u00bb\u2018\u2019\u201c\u201d\u201e]/g;
  for (let m = marks.exec(text); m !== null; m = marks.exec(text)) {
    let i = m.index;
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      singleOpen = -1;
      straightOpen = -1;
      nestedStraight = false;
      closeAtSingle();
      if (open >= 0) {
        const next = nextLineStart(text, i);
        const nc = next < 0 ? -1 : text.charCodeAt(next);
        if (next >= 0 && (isOpeningDouble(nc) || nc === STRAIGHT_DOUBLE || (nc === APOSTROPHE && text.charCodeAt(next + 1) === APOSTROPHE))) {
          // The paragraph continues the quote: its opening mark is part of the region, not a new one.
          i = next;
        } else if (next >= 0 && nc >= 0x61 && nc <= 0x7a && text.lastIndexOf('\n', next) === i) {
          // A line wrapped in mid-sentence (one line break, then lower case): the quote goes on.
          i = next - 1;
        } else {
          closeAtParagraphEnd(i);
        }
      }
      marks.lastIndex = i + 1;
      continue;
    }
    if (isOpeningDouble(c) && open >= 0 && singleClose < open && (closesLikeRightMark(text, i) || endsParagraph(text, i))) {
      // “… for her here,“ said Clyburn: a left mark after the words, before a space, is a closing mark mistyped;
      // so is one that ends the paragraph (“They see that. “).
      regions.push({ start: open, end: i + 1 });
      open = -1;
    } else if (isOpeningDouble(c) && open >= 0 && text.charCodeAt(open) === STRAIGHT_DOUBLE && nestsInStraight(text, (nestedClose = closing.after(i)))) {
      // "… read you the question: “As you know, …?” Forty-three, yes." : a curly pair inside a straight quote
      // that closes later in the paragraph nests in it.
      marks.lastIndex = nestedClose + 1;
      continue;
    } else if (isOpeningDouble(c) && open >= 0 && isOpeningDouble(text.charCodeAt(open)) && singleClose < open && nestsInCurly(text, (nestedClose = closing.after(i)), anyDouble)) {
      // “… the dictatorship “has to do with Israel” makes clear …”: a curly pair typed inside a curly quote that
      // closes later in the paragraph nests in it.
      marks.lastIndex = nestedClose + 1;
      continue;
    } else if (isOpeningDouble(c)) {
      closeAtSingle();
      open = i; // an earlier unclosed mark is a typo; the nearest opening mark wins
      nestedStraight = false;
      singleOpen = -1;
      straightOpen = -1;
    } else if (isClosingDouble(c)) {
      if (open >= 0) {
        regions.push({ start: open, end: i + 1 });
        open = -1;
      } else if (((i === 0 || !isWordChar(text.charCodeAt(i - 1))) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) || opensParagraph(text, i) || (opensAfterCue(text, i) && closedNext(text, i, anyDouble))) {
        // ”Quote…” with a right mark at both ends: a right mark before a word, or one that opens a paragraph
        // (”… what I learned …”), or one after a cue's comma (He says,” there are …”) that the paragraph's next
        // mark closes, with none open, opens.
        open = i;
        singleOpen = -1;
      }
    } else if (c === STRAIGHT_DOUBLE && open < 0 && i > 0 && text.charCodeAt(i - 1) === EQUALS) {
      // <tweet author="…">: an attribute value of markup in the text, no quote.
      // (The next line break is looked up once for all the attributes before it: one line of markup with thousands.)
      const end = text.indexOf('"', i + 1);
      if (nextLineBreak <= i) nextLineBreak = text.indexOf('\n', i + 1) >>> 0;
      if (end > 0 && end < nextLineBreak) i = end;
    } else if (c === STRAIGHT_DOUBLE || (c === APOSTROPHE && i + 1 < n && text.charCodeAt(i + 1) === APOSTROPHE)) {
      // Two apostrophes stand for a double quote in some wire and archive texts.
      let width = c === APOSTROPHE ? 2 : 1;
      // ''… 'Hey, he is one of us,''': the first of three apostrophes closes the inner single quote.
      if (c === APOSTROPHE && open >= 0 && i + 2 < n && text.charCodeAt(i + 2) === APOSTROPHE) width = 3;
      // “Let’s go.’ Schumer said "…": a straight mark before a word after a single mark that closes the open quote opens.
      if (open >= 0 && singleClose > open && c === STRAIGHT_DOUBLE && !isWordChar(text.charCodeAt(i - 1)) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) closeAtSingle();
      if (open >= 0 && c === STRAIGHT_DOUBLE && isOpeningDouble(text.charCodeAt(open))) {
        // “… the "lone wolves" line …”: a straight pair inside a curly quote that closes later in the paragraph nests;
        // a straight mark after the words ("“We won," she said") closes the curly one.
        closingAhead = closing.after(i);
        const opensNested = !nestedStraight && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x28) && i + 1 < n && isWordChar(text.charCodeAt(i + 1));
        if (closingAhead > i && (opensNested || nestedStraight)) {
          nestedStraight = !nestedStraight;
          marks.lastIndex = i + 1;
          continue;
        }
      }
      if (open >= 0) {
        regions.push({ start: open, end: i + width });
        open = -1;
      } else {
        open = i;
        singleOpen = -1;
      }
      i += width - 1;
    } else if (open >= 0) {
      // Single marks inside a double quote: a nested ‘…’ or '…', or a mistyped closing mark after a stop.
      const before = text.charCodeAt(i - 1);
      const after = i + 1 < n ? text.charCodeAt(i + 1) : 0x20;
      if (c === LEFT_SINGLE || (c === APOSTROPHE && !isWordChar(before) && isWordChar(after))) innerSingle = i;
      else if (closesAfterStop(text, i)) {
        if (innerSingle > open) innerSingle = -1;
        else singleClose = i;
      }
    } else {
      if (c === APOSTROPHE) {
        // Headlines quote with straight single marks ("Obama: The Trends Are 'Terrifying.'"): a mark before a word
        // opens, one after a word (or its full stop) before a space closes. An apostrophe inside a word does neither.
        const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
        const after = i + 1 < n ? text.charCodeAt(i + 1) : 0x20;
        if (straightOpen < 0) {
          if (!isWordChar(before) && isWordChar(after) && !(after >= 0x30 && after <= 0x39)) straightOpen = i;
        } else if (!isWordChar(after) && (isWordChar(before) || before === 0x2e || before === 0x21 || before === 0x3f || before === 0x2c)) {
          if (i - straightOpen <= MAX_SINGLE_QUOTE_LENGTH && i > straightOpen + 2) regions.push({ start: straightOpen, end: i + 1 });
          straightOpen = -1;
        }
      } else if (c === LEFT_SINGLE) {
        const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
        if (!isWordChar(before)) singleOpen = i;
      } else if (c === RIGHT_SINGLE && singleOpen >= 0) {
        const after = i + 1 < n ? text.charCodeAt(i + 1) : 0x20;
        if (!isWordChar(after)) {
          if (i - singleOpen <= MAX_SINGLE_QUOTE_LENGTH && i > singleOpen + 1) regions.push({ start: singleOpen, end: i + 1 });
          singleOpen = -1;
        }
      }
    }
    marks.lastIndex = i + 1;
  }
  closeAtSingle();
  if (open >= 0) closeAtParagraphEnd(n);
  return regions;
}
