// Finds the claim a hedge scopes over: the clause around a modal, or what follows a belief or speech predicate.
import type { Span } from '../types';
import type { ClaimScope } from './lexicon';

/** How far a claim reaches either side of its cue; a sentence longer than this is cut, which keeps the scan linear. */
const MAX_REACH = 600;

const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whether', 'because', 'although', 'though', 'while', 'whereas', 'but', 'since', 'unless', 'if']);
const REPORTING_VERBS = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'noted', 'argued', 'argue', 'argues', 'warned', 'claimed', 'claims', 'believe', 'believes', 'believed', 'think', 'thinks', 'expect', 'expects', 'suggests', 'suggest', 'suggested', 'insisted', 'stated', 'reported', 'wrote']);
/** Verbs whose listener comes before what is said ("told reporters the bill could pass"; "said her clinic …" has none). */
const TELLING_VERBS = new Set(['told', 'tells', 'tell', 'telling']);
/** Whom a reporting verb is told to ("told reporters the bill could pass"): not part of what was said. */
const LISTENERS = new Set(['reporters', 'journalists', 'lawmakers', 'investigators', 'supporters', 'colleagues', 'me', 'him', 'her', 'us', 'them', 'you']);
const CLAUSE_CLOSERS_AFTER_COMMA = new Set(['but', 'while', 'although', 'though', 'whereas', 'which', 'because', 'and', 'so', 'yet']);

/** What a character means to a clause scan; a table so the scan does one lookup per character. */
const enum Mark {
  Plain = 0,
  Stop,
  Newline,
  HardBreak,
  Space,
  Comma,
}
const MARKS = new Uint8Array(128);
for (const c of '.!?') MARKS[c.charCodeAt(0)] = Mark.Stop;
MARKS[10] = Mark.Newline;
// A quotation mark parts the quoted words from the reporter's: a claim stays on one side.
for (const c of ';:()"') MARKS[c.charCodeAt(0)] = Mark.HardBreak;
MARKS[32] = Mark.Space;
MARKS[44] = Mark.Comma;

function markOf(code: number): Mark {
  if (code < 128) return MARKS[code];
  return code === 0x2014 || code === 0x201c || code === 0x201d ? Mark.HardBreak : Mark.Plain;
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov', 'jr', 'sr', 'no', 'inc', 'corp', 'co', 'ltd', 'lt', 'col', 'sgt', 'capt', 'prof', 'vs', 'etc']);
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((w) => w.length));

/**
 * "3.5", "U.S. officials" and "Mr. Putin" do not end a sentence: the full stop must be followed by a space, a closing
 * quote or the end, and must not close an abbreviation.
 */
function endsSentence(text: string, i: number): boolean {
  if (i + 1 >= text.length) return true;
  const next = text.charCodeAt(i + 1);
  if (!(next === 32 || next === 10 || next === 13 || next === 9 || next === 0x201d || next === 0x22 || next === 0x2019)) return false;
  if (text[i] !== '.') return true;
  // The word before the full stop: an initialism ("U.S") or a title ("Mr").
  let s = i;
  let initialism = false;
  while (s > 0 && s > i - 6 && (isLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 46)) {
    if (text.charCodeAt(s - 1) === 46) initialism = true;
    s--;
  }
  // (Most words before a full stop are longer than any title: they are not read out.)
  if (initialism || (i - s <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(s, i).toLowerCase()))) {
    // Still a sentence end when a capitalised word follows a newline or the initialism ends a paragraph.
    let j = i + 1;
    while (j < text.length && text.charCodeAt(j) === 32) j++;
    return j >= text.length || text.charCodeAt(j) === 10;
  }
  return true;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** The clause words above by first letter, so most spaces are passed without reading a word. */
const CLAUSE_WORDS_BY_LETTER: string[][] = Array.from({ length: 128 }, () => []);
for (const w of new Set([...CLAUSE_OPENERS, ...CLAUSE_CLOSERS_AFTER_COMMA, ...REPORTING_VERBS])) CLAUSE_WORDS_BY_LETTER[w.charCodeAt(0)].push(w);

/**
 * The clause word (see the sets above) that starts at i, compared in place, or '' when none does: a word starts
 * there, its letters (at most twelve read) spell one of them in any case.
 */
function wordAt(text: string, i: number): string {
  if (i > 0 && isLetter(text.charCodeAt(i - 1))) return '';
  const first = text.charCodeAt(i) | 0x20;
  const candidates = first < 128 ? CLAUSE_WORDS_BY_LETTER[first] : undefined;
  if (!candidates || candidates.length === 0) return '';
  let e = i;
  while (e < text.length && e - i < 12 && isLetter(text.charCodeAt(e))) e++;
  for (const w of candidates) {
    if (w.length !== e - i) continue;
    let k = 1;
    while (k < w.length && (text.charCodeAt(i + k) | 0x20) === w.charCodeAt(k)) k++;
    if (k === w.length) return w;
  }
  return '';
}

/** Where the clause holding position `from` starts, looking back no further than `floor`. */
function clauseStart(text: string, from: number, floor: number): number {
  for (let i = from - 1; i >= floor; i--) {
    const mark = markOf(text.charCodeAt(i));
    if (mark === Mark.Plain || mark === Mark.Comma) continue;
    if (mark === Mark.Space) {
      if (i + 1 >= from) continue;
      const w = wordAt(text, i + 1);
      if (!w) continue;
      if (CLAUSE_OPENERS.has(w)) return i + 1;
      // "Analysts said the bank may ...": the claim is what was said, not the saying, nor whom it was told.
      if (REPORTING_VERBS.has(w) && i + 1 + w.length < from) return TELLING_VERBS.has(w) ? afterListener(text, i + 1 + w.length, from) : i + 1 + w.length;
      continue;
    }
    if (mark !== Mark.Stop || endsSentence(text, i)) return i + 1;
  }
  return floor;
}

/** After a reporting verb ending at `at`, where the words told begin: past a listener ("reporters", "him"), if one follows. */
function afterListener(text: string, at: number, limit: number): number {
  let s = at;
  while (s < limit && text.charCodeAt(s) === 32) s++;
  let e = s;
  while (e < limit && isLetter(text.charCodeAt(e))) e++;
  return e > s && e < limit && text.charCodeAt(e) === 32 && LISTENERS.has(text.slice(s, e).toLowerCase()) ? e : at;
}

/**
 * A run of characters that cannot end a clause (no mark but a space or a plain one), at most as long as a claim can
 * reach, so the scan stays bounded.
 */
const NO_CLAUSE_END = new RegExp(`[^.!?\\n;:()",\u2014\u201c\u201d]{0,${2 * MAX_REACH}}`, 'y');

/** Where the clause holding position `from` ends, looking ahead no further than `ceiling`. */
function clauseEnd(text: string, from: number, ceiling: number): number {
  for (let i = from; i < ceiling; i++) {
    // Jump over the words and spaces in one go (the regular expression engine reads them faster than a loop).
    NO_CLAUSE_END.lastIndex = i;
    NO_CLAUSE_END.test(text);
    i = NO_CLAUSE_END.lastIndex;
    if (i >= ceiling) break;
    const mark = markOf(text.charCodeAt(i));
    if (mark === Mark.Plain || mark === Mark.Space) continue;
    if (mark === Mark.Newline || mark === Mark.HardBreak) return i;
    if (mark === Mark.Stop) {
      if (endsSentence(text, i)) return i + 1;
      continue;
    }
    let j = i + 1;
    while (j < ceiling && text.charCodeAt(j) === 32) j++;
    if (CLAUSE_CLOSERS_AFTER_COMMA.has(wordAt(text, j))) return i;
  }
  return ceiling;
}

const TRIMMED = new Set([' ', '\t', '\n', '\r', '\u00a0', ',', '"', '“', '”', '‘', '’', "'"]);

function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && TRIMMED.has(text[s])) s++;
  while (e > s && TRIMMED.has(text[e - 1])) e--;
  return { start: s, end: e };
}

/**
 * Finds claims for cues taken in text order. It remembers the last clause bounds it found, so many cues in one clause
 * (or a text of nothing but cue words) do not rescan the same stretch: the work stays linear in the text.
 */
export class ClaimFinder {
  private endFrom = -1;
  private endAt = -1;
  private endFound = false;
  private startFrom = -1;
  private startAt = -1;

  constructor(private readonly text: string) {}

  find(cue: Span, scope: ClaimScope): Span {
    const text = this.text;
    const floor = Math.max(0, cue.start - MAX_REACH);
    const ceiling = Math.min(text.length, cue.end + MAX_REACH);
    const infinitive = endsWithTo(text, cue.end);
    if (scope === 'complement' && !infinitive && !NOT_A_COMPLEMENT.has(nextWord(text, cue.end, ceiling))) {
      let from = cue.end;
      const after = wordAt(text, skipSpaces(text, from, ceiling));
      if (after === 'that') from = skipSpaces(text, from, ceiling) + 4;
      const claim = trimmed(text, from, this.clauseEnd(from, ceiling));
      if (claim.end - claim.start > 1) return claim;
      // "Putin may visit, sources say.": the claim came first, before the comma that sets off who says it.
      const start = this.clauseStart(cue.start, floor);
      let end = cue.start;
      // (Only a comma right before the source, a few words back: "In Ohio, turnout will be higher than many expect".)
      for (let i = cue.start - 1; i > start && cue.start - i <= MAX_SOURCE_BEFORE_CUE; i--) {
        if (text.charCodeAt(i) === 44) {
          end = i;
          break;
        }
      }
      const before = trimmed(text, start, end);
      if (before.end > before.start) return before;
    }
    if (scope === 'source') {
      const claim = this.sourcedClaim(cue, floor, ceiling);
      if (claim) return claim;
    }
    const clause = withoutAttribution(text, trimmed(text, this.clauseStart(cue.start, floor), this.clauseEnd(cue.end, ceiling)), cue.end);
    if (clause.start <= cue.start && clause.end >= cue.end) return clause;
    return { start: cue.start, end: cue.end };
  }

  /**
   * "People familiar with the talks said the deal may close": what the source says after it speaks; "The deal may close,
   * according to people familiar with the talks": the clause it is cited for. What it is familiar with is no claim.
   */
  private sourcedClaim(cue: Span, floor: number, ceiling: number): Span | null {
    const text = this.text;
    const end = Math.min(ceiling, cue.end + MAX_ATTRIBUTION);
    for (let i = cue.end; i < end; i++) {
      const mark = markOf(text.charCodeAt(i));
      if (mark === Mark.Stop || mark === Mark.Newline || mark === Mark.HardBreak || mark === Mark.Comma) break;
      if (mark !== Mark.Space) continue;
      const w = wordAt(text, i + 1);
      if (!SPEECH_OF_SOURCES.has(w)) continue;
      const from = TELLING_VERBS.has(w) ? afterListener(text, i + 1 + w.length, ceiling) : i + 1 + w.length;
      const claim = trimmed(text, from, this.clauseEnd(from, ceiling));
      return claim.end - claim.start > 1 ? claim : null;
    }
    const cited = ACCORDING_TO.exec(text.slice(Math.max(floor, cue.start - 40), cue.start));
    if (!cited) return null;
    const before = trimmed(text, this.clauseStart(cue.start - cited[0].length, floor), cue.start - cited[0].length);
    return before.end - before.start > 1 ? before : null;
  }

  private clauseEnd(from: number, ceiling: number): number {
    let at: number;
    if (from >= this.endFrom && from < this.endAt) {
      // Nothing between the last scan's start and where it stopped ends a clause: go on from there if need be.
      if (this.endFound) return this.endAt;
      at = this.endAt >= ceiling ? ceiling : clauseEnd(this.text, this.endAt, ceiling);
    } else {
      at = clauseEnd(this.text, from, ceiling);
    }
    this.endFrom = from;
    this.endAt = at;
    this.endFound = at < ceiling;
    return at;
  }

  private clauseStart(from: number, floor: number): number {
    let at: number;
    if (this.startFrom >= 0 && from >= this.startFrom) {
      // Only the stretch after the last scan's start is new (plus one word, whose test depends on where the cue is).
      const lookedTo = Math.max(floor, this.startFrom - 16);
      at = clauseStart(this.text, from, lookedTo);
      if (at <= lookedTo) at = Math.max(this.startAt, floor);
    } else {
      at = clauseStart(this.text, from, floor);
    }
    this.startFrom = from;
    this.startAt = at;
    return at;
  }
}

/** How far before a cue after its claim the comma that sets off its source may be (", a study suggests"). */
const MAX_SOURCE_BEFORE_CUE = 30;
/** How long a trailing attribution (", Mr. Smith said.") may be. */
const MAX_ATTRIBUTION = 60;
/** The verbs a vague source speaks with ("people close to him said …"). */
const SPEECH_OF_SOURCES = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'noted', 'warned', 'claimed', 'claims', 'insisted', 'stated', 'reported', 'wrote', 'argued', 'argue', 'argues', 'believe', 'believes', 'believed', 'think', 'thinks', 'expect', 'expects']);
/** ", according to" (and a quantifier: "according to some people close to") just before a vague source. */
const ACCORDING_TO = /,?\s*according to(?:\s+(?:some|several|many|two|three|a|the))?\s*$/i;

/** "The bank may cut rates, analysts said.": the claim ends before the attribution that follows it. */
function withoutAttribution(text: string, claim: Span, notBefore: number): Span {
  let comma = claim.end - 1;
  const floor = Math.max(notBefore, claim.start, claim.end - MAX_ATTRIBUTION);
  while (comma >= floor && text.charCodeAt(comma) !== 44) comma--;
  if (comma < floor) return claim;
  const tail = text.slice(comma + 1, claim.end).toLowerCase().match(/[a-z]+/g);
  if (!tail || tail.length > 8) return claim;
  if (!REPORTING_VERBS.has(tail[tail.length - 1]) && !REPORTING_VERBS.has(tail[0])) return claim;
  return trimmed(text, claim.start, comma);
}

/** A cue followed by these words ("expected to rise", "estimated at 600,000") hedges its own clause, subject included. */
const NOT_A_COMPLEMENT = new Set(['to', 'at', 'as', 'of', 'in', 'on', 'for', 'by', 'with', 'about', 'from', 'into', 'like']);

function nextWord(text: string, from: number, ceiling: number): string {
  const s = skipSpaces(text, from, ceiling);
  let e = s;
  while (e < ceiling && e - s < 8 && isLetter(text.charCodeAt(e))) e++;
  return text.slice(s, e).toLowerCase();
}

/** The cue ends in " to" ("expected to"), in any case. */
function endsWithTo(text: string, end: number): boolean {
  return end >= 3 && text.charCodeAt(end - 3) === 32 && (text.charCodeAt(end - 2) | 0x20) === 116 && (text.charCodeAt(end - 1) | 0x20) === 111;
}

function skipSpaces(text: string, i: number, ceiling: number): number {
  while (i < ceiling && text.charCodeAt(i) === 32) i++;
  return i;
}
