// Keeps annotation targets on their words: exact shifting through live edits, and re-anchoring after edits made elsewhere.
import type { Annotation, AnnotationTarget } from './types';
import { hasUserContent } from './userContent';

/** How many characters of context a TextQuoteSelector keeps on each side. */
export const CONTEXT_LENGTH = 32;

/** A replacement of text[start, end) by `text`, in offsets of the document as it was before this change. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

export function makeTarget(text: string, start: number, end: number): AnnotationTarget {
  // The context is cut on whole characters: half of an emoji is no text, and would reach the YAML as a lone surrogate.
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart++;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd--;
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, Math.max(end, suffixEnd)),
  };
}

/** Whether a cut before text[i] falls between the two halves of a character outside the Basic Multilingual Plane. */
function splitsSurrogatePair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const high = text.charCodeAt(i - 1);
  const low = text.charCodeAt(i);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/**
 * A new target for the same annotation: keeps the originally annotated words when `next` no longer holds them, and
 * forgets them once the words are back as they were.
 */
export function carryOriginal(next: AnnotationTarget, previous: AnnotationTarget): AnnotationTarget {
  const original = previous.original ?? previous.exact;
  if (next.exact === original) {
    if (next.original === undefined) return next;
    const { original: _dropped, ...rest } = next;
    return rest;
  }
  return next.original === original ? next : { ...next, original };
}

/** Whether the target's position still holds its exact words in `text`. */
export function isOnItsWords(target: AnnotationTarget, text: string): boolean {
  return target.start >= 0 && target.end <= text.length && target.end > target.start && text.slice(target.start, target.end) === target.exact;
}

/**
 * Applies editor changes, one after the other (VS Code reports a multi-cursor edit's changes so that sequential
 * application is correct). Each annotation either keeps its words (shifted), follows an edit made wholly inside its
 * words (status drifted, exact updated), or, when an edit removed or cut across its words, becomes orphaned with its
 * last target kept. Prefix and suffix are left as they were; refreshContext updates them against the new text.
 */
export function shiftAnnotations(annotations: readonly Annotation[], changes: readonly TextChange[]): Annotation[] {
  let result = annotations.slice();
  for (const change of changes) result = result.map((a) => shiftOne(a, change));
  return result;
}

function shiftOne(annotation: Annotation, change: TextChange): Annotation {
  const { start: a, end: b, text } = change;
  const delta = text.length - (b - a);
  const { start: s, end: e } = annotation.target;
  if (annotation.status === 'orphaned') {
    const start = shiftPoint(s, change);
    const end = Math.max(start, shiftPoint(e, change));
    return start === s && end === e ? annotation : { ...annotation, target: { ...annotation.target, start, end } };
  }
  // Insertions at either edge stay outside the annotation: typing next to a quote does not extend it.
  if (b <= s && !(a === b && a === e && s === e)) {
    return delta === 0 ? annotation : { ...annotation, target: { ...annotation.target, start: s + delta, end: e + delta } };
  }
  if (a >= e) return annotation;
  if (a <= s && b >= e) return orphan(annotation, shiftPoint(s, change), shiftPoint(e, change));
  if (a >= s && b <= e) {
    const exact = annotation.target.exact.slice(0, a - s) + text + annotation.target.exact.slice(b - s);
    if (exact.length === 0) return orphan(annotation, a, a);
    return { ...annotation, status: 'drifted', target: carryOriginal({ ...annotation.target, end: e + delta, exact }, annotation.target) };
  }
  return orphan(annotation, shiftPoint(s, change), Math.max(shiftPoint(s, change), shiftPoint(e, change)));
}

/** Where a position ends up after a change; positions inside the replaced range move to its start. */
function shiftPoint(p: number, change: TextChange): number {
  if (p <= change.start) return p;
  if (p >= change.end) return p + change.text.length - (change.end - change.start);
  return change.start;
}

function orphan(annotation: Annotation, start: number, end: number): Annotation {
  return { ...annotation, status: 'orphaned', target: { ...annotation.target, start, end } };
}

/** Recomputes prefix and suffix of anchored and drifted targets from the current text (after live edits, before a save). */
export function refreshContext(annotations: readonly Annotation[], text: string): Annotation[] {
  return annotations.map((a) => {
    if (a.status === 'orphaned' || !isOnItsWords(a.target, text)) return a;
    const target = carryOriginal(makeTarget(text, a.target.start, a.target.end), a.target);
    return target.prefix === a.target.prefix && target.suffix === a.target.suffix ? a : { ...a, target };
  });
}

export interface ReanchorOptions {
  /** Length of the text the targets' positions refer to (the sidecar's document.length); scales the expected position. */
  previousLength?: number;
}

/**
 * Finds each annotation's words again in a text that changed elsewhere, as Hypothesis does: the old position, then the
 * exact quote (best context wins among repeats), then a fuzzy match bracketed by prefix and suffix or near the expected
 * place; otherwise the annotation is orphaned and keeps its last target. An annotation that holds a person's work is
 * placed only where at least half of its old surroundings are found around the words, so a verdict or a note is not
 * moved onto the same or similar words in another sentence. Nothing is ever dropped.
 */
export function reanchorAnnotations(annotations: readonly Annotation[], text: string, options: ReanchorOptions = {}): Annotation[] {
  const scale = options.previousLength && options.previousLength > 0 ? text.length / options.previousLength : 1;
  return annotations.map((a) => reanchorOne(a, text, scale));
}

export function reanchorOne(annotation: Annotation, text: string, scale = 1): Annotation {
  const target = annotation.target;
  if (!target.exact) return orphan(annotation, clamp(target.start, text), clamp(target.start, text));
  const expected = target.start >= 0 ? Math.round(target.start * scale) : -1;
  // What the analysis made it makes again on a refresh; a person's work is not moved on a guess.
  const placeable = (start: number, end: number) => !hasUserContent(annotation) || contextSimilarity(target, text, start, end) >= MIN_CONTEXT_SIMILARITY;
  const exact = findExact(target, text, expected);
  // Words as long as their prefix and suffix together, found once, say more of where they are than their context.
  const placesItself = exact !== undefined && exact.alone && target.exact.length >= SELF_PLACING_LENGTH;
  if (exact && (exact.confirmed || placesItself || placeable(exact.start, exact.end))) {
    // Only the whitespace between the words may differ (lines re-wrapped, CRLF or LF): still the same words.
    const status = annotation.status === 'drifted' ? 'drifted' : 'anchored';
    const next = carryOriginal(makeTarget(text, exact.start, exact.end), target);
    if (status === annotation.status && sameTarget(next, target)) return annotation;
    return { ...annotation, status, target: next };
  }
  // The same words elsewhere in other surroundings may be a copy: the annotated ones may be nearby, reworded.
  const fuzzy = findFuzzy(target, text, expected);
  if (fuzzy && placeable(fuzzy.start, fuzzy.end)) return { ...annotation, status: 'drifted', target: carryOriginal(makeTarget(text, fuzzy.start, fuzzy.end), target) };
  const start = clamp(target.start, text);
  return orphan(annotation, start, Math.max(start, clamp(target.end, text)));
}

/** The least share of an annotation's stored prefix and suffix that must be found around a new place for a person's annotation. */
const MIN_CONTEXT_SIMILARITY = 0.5;
/** Exact words at least this long that occur only once are placed without their context (a whole sentence or paragraph). */
const SELF_PLACING_LENGTH = 2 * CONTEXT_LENGTH;

/**
 * How much the text around text[start, end) is like the stored prefix and suffix, from 0 (nothing alike) to 1 (the
 * same): for each side, one minus its edit distance to the text next to the words, as a share of its length; the two
 * sides weighted by their lengths. The far end of each side is where it was cut, so the text there may run longer or
 * shorter at no cost: words inserted or removed next to the annotation count, words beyond the context do not. A target
 * with no stored context has nothing to disagree with.
 */
export function contextSimilarity(target: AnnotationTarget, text: string, start: number, end: number): number {
  // Whitespace as written is not compared: lines re-wrapped, doubled spaces or CRLF line ends are the same surroundings.
  const prefix = normalizeSpaces(target.prefix);
  const suffix = normalizeSpaces(target.suffix);
  const weight = prefix.length + suffix.length;
  if (weight === 0) return 1;
  const prefixErrors = distanceToAStart(reversed(prefix), reversed(normalizedBefore(text, start, 2 * prefix.length)));
  const suffixErrors = distanceToAStart(suffix, normalizedAfter(text, end, 2 * suffix.length));
  return 1 - (prefixErrors + suffixErrors) / weight;
}

/**
 * Whitespace as a reader sees it: CRLF and CR line ends as LF, spaces and tabs next to a line break gone, any other
 * run of them as one space. A re-wrapped line (a space become a line break) still counts as one changed character.
 */
function normalizeSpaces(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/[^\S\n]*(\n+)[^\S\n]*|[^\S\n]+/g, (_run, breaks: string | undefined) => breaks ?? ' ');
}

/** The last n characters of the normalized text before `at` (fewer at the start of the text). */
function normalizedBefore(text: string, at: number, n: number): string {
  if (n === 0) return '';
  for (let size = 2 * n; ; size *= 2) {
    const from = Math.max(0, at - size);
    const window = normalizeSpaces(text.slice(from, at));
    if (window.length >= n || from === 0) return window.slice(-n);
  }
}

/** The first n characters of the normalized text from `at` on (fewer at the end of the text). */
function normalizedAfter(text: string, at: number, n: number): string {
  if (n === 0) return '';
  for (let size = 2 * n; ; size *= 2) {
    const to = Math.min(text.length, at + size);
    const window = normalizeSpaces(text.slice(at, to));
    if (window.length >= n || to === text.length) return window.slice(0, n);
  }
}

/** The edit distance from `pattern` to the closest start of `text` (text[0, j) for any j): at most pattern.length. */
function distanceToAStart(pattern: string, text: string): number {
  const m = text.length;
  let row = new Int32Array(m + 1);
  let next = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) row[j] = j;
  for (let i = 1; i <= pattern.length; i++) {
    const c = pattern.charCodeAt(i - 1);
    next[0] = i;
    for (let j = 1; j <= m; j++) next[j] = Math.min(row[j - 1] + (c === text.charCodeAt(j - 1) ? 0 : 1), row[j] + 1, next[j - 1] + 1);
    [row, next] = [next, row];
  }
  let best = pattern.length;
  for (let j = 0; j <= m; j++) if (row[j] < best) best = row[j];
  return best;
}

function reversed(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

function clamp(p: number, text: string): number {
  return Math.max(0, Math.min(p, text.length));
}

function sameTarget(x: AnnotationTarget, y: AnnotationTarget): boolean {
  return x.start === y.start && x.end === y.end && x.exact === y.exact && x.prefix === y.prefix && x.suffix === y.suffix && x.original === y.original;
}

/** At most this many occurrences of a quote are weighed; beyond that the words are too common to place by context. */
const MAX_CANDIDATES = 2000;

/**
 * The occurrence of target.exact whose surroundings best match prefix and suffix (with whether it is the only one in
 * the text, and whether all of its stored context is found around it); undefined when absent. Whitespace is not the
 * words: any run of it (spaces, tabs, line breaks of either kind) in the words or their context matches any other run.
 */
function findExact(target: AnnotationTarget, text: string, expected: number): { start: number; end: number; alone: boolean; confirmed: boolean } | undefined {
  const { exact } = target;
  // Same words, same context, same place: the common case after edits elsewhere in the article.
  const end = target.start + exact.length;
  if (
    target.start >= 0 &&
    text.startsWith(exact, target.start) &&
    contextScore(target, text, target.start, end) === maxContextScore(target) &&
    keepsWordBoundaries(target, text, target.start, end)
  ) {
    return { start: target.start, end, alone: false, confirmed: true };
  }
  // The words as they are first (a fast search); with other whitespace only when that finds no place whose context
  // is all there.
  let found = bestOccurrence(target, text, expected, false);
  if (!(found && found.score === maxContextScore(target)) && /\s/.test(exact)) found = bestOccurrence(target, text, expected, true);
  if (!found) return undefined;
  // A few common words ("said the") found with none of their surroundings are as likely someone else's words:
  // better an orphan the user re-anchors than an annotation silently moved onto another sentence.
  if (exact.length < SHORT_QUOTE && found.score < Math.min(MIN_SHORT_CONTEXT, maxContextScore(target))) return undefined;
  return { start: found.start, end: found.end, alone: found.count === 1, confirmed: found.score === maxContextScore(target) };
}

/**
 * Among the occurrences of the words (as written, or with any whitespace between them) that keep the words' edges,
 * the one whose context agrees most (the nearest among equals), and how many there were.
 */
function bestOccurrence(target: AnnotationTarget, text: string, expected: number, anyWhitespace: boolean): { start: number; end: number; score: number; count: number } | undefined {
  let best = -1;
  let bestEnd = -1;
  let bestScore = -1;
  let bestDistance = Infinity;
  let count = 0;
  let seen = 0;
  const consider = (start: number, end: number): boolean => {
    if (seen++ >= MAX_CANDIDATES) return false;
    // "the plan" inside "the planet" is not the annotated words.
    if (!keepsWordBoundaries(target, text, start, end)) return true;
    count++;
    const score = contextScore(target, text, start, end);
    const distance = expected >= 0 ? Math.abs(start - expected) : 0;
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = start;
      bestEnd = end;
      bestScore = score;
      bestDistance = distance;
    }
    return true;
  };
  const { exact } = target;
  if (anyWhitespace) {
    for (const at of occurrences(exact, text)) if (!consider(at.start, at.end)) break;
  } else {
    for (let at = text.indexOf(exact); at >= 0 && consider(at, at + exact.length); at = text.indexOf(exact, at + 1));
  }
  return best < 0 ? undefined : { start: best, end: bestEnd, score: bestScore, count };
}

/**
 * Where `exact` (words with whitespace between them) occurs in `text`, word for word, any run of whitespace in it
 * standing for any other run (a run at either end of the words takes the whole run of the text there). Looked for
 * from the occurrences of its longest stretch without whitespace: a plain search rules most places out.
 */
function* occurrences(exact: string, text: string): Generator<{ start: number; end: number }> {
  const pieces = exact.split(/\s+/);
  let key = 0;
  for (let k = 1; k < pieces.length; k++) if (pieces[k].length > pieces[key].length) key = k;
  const probe = pieces[key];
  // Words of whitespace alone: nothing to look for.
  if (!probe) return;
  for (let at = text.indexOf(probe); at >= 0; at = text.indexOf(probe, at + 1)) {
    let start = at;
    for (let k = key - 1; k >= 0 && start >= 0; k--) {
      if (!isSpace(text, start - 1)) start = -1;
      else {
        while (start > 0 && isSpace(text, start - 1)) start--;
        const piece = pieces[k];
        if (piece) start = start >= piece.length && text.startsWith(piece, start - piece.length) ? start - piece.length : -1;
      }
    }
    if (start < 0) continue;
    let end = at + probe.length;
    for (let k = key + 1; k < pieces.length && end >= 0; k++) {
      if (!isSpace(text, end)) end = -1;
      else {
        while (end < text.length && isSpace(text, end)) end++;
        const piece = pieces[k];
        if (piece) end = text.startsWith(piece, end) ? end + piece.length : -1;
      }
    }
    if (end >= 0) yield { start, end };
  }
}

/** Quotes shorter than this need some matching context to be re-anchored by their words alone. */
const SHORT_QUOTE = 24;
const MIN_SHORT_CONTEXT = 8;

function maxContextScore(target: AnnotationTarget): number {
  return target.prefix.length + target.suffix.length;
}

/**
 * How many characters of the stored prefix (read backwards) and suffix agree with the text around [start, end); a run
 * of whitespace agrees with any run of it.
 */
function contextScore(target: AnnotationTarget, text: string, start: number, end: number): number {
  const { prefix, suffix } = target;
  let i = prefix.length - 1;
  for (let j = start - 1; i >= 0 && j >= 0; ) {
    const c = prefix.charCodeAt(i);
    if (c === text.charCodeAt(j) && ((c > 0x20 && c < 0x80) || !isSpaceCode(c))) {
      i--;
      j--;
    } else if (isSpaceCode(c) && isSpace(text, j)) {
      while (i >= 0 && isSpace(prefix, i)) i--;
      while (j >= 0 && isSpace(text, j)) j--;
    } else break;
  }
  let k = 0;
  for (let j = end; k < suffix.length && j < text.length; ) {
    const c = suffix.charCodeAt(k);
    if (c === text.charCodeAt(j) && ((c > 0x20 && c < 0x80) || !isSpaceCode(c))) {
      k++;
      j++;
    } else if (isSpaceCode(c) && isSpace(text, j)) {
      while (k < suffix.length && isSpace(suffix, k)) k++;
      while (j < text.length && isSpace(text, j)) j++;
    } else break;
  }
  return prefix.length - 1 - i + k;
}

/** Fuzzy matches may differ from the stored words by at most this share of their length. */
const MAX_FUZZY_ERROR = 0.25;
/** Quotes longer than this are not fuzzy-matched (the edit-distance table would grow too large). */
const MAX_FUZZY_LENGTH = 2000;
/** Context probes shorter than this find too many places to mean anything. */
const MIN_PROBE = 12;

/**
 * Fuzzy placement: first between an occurrence of the prefix and a following occurrence of the suffix (the words
 * between them were reworded), then by approximate search for the words near the expected place.
 */
function findFuzzy(target: AnnotationTarget, text: string, expected: number): { start: number; end: number } | undefined {
  const { exact } = target;
  if (exact.length > MAX_FUZZY_LENGTH) return undefined;
  const maxErrors = Math.floor(exact.length * MAX_FUZZY_ERROR);
  const bracketed = findBetweenContext(target, text, maxErrors, expected);
  if (bracketed) return bracketed;
  if (exact.length < SHORT_QUOTE || expected < 0) return undefined;
  const windowStart = Math.max(0, expected - 2 * exact.length - 200);
  const windowEnd = Math.min(text.length, expected + 3 * exact.length + 200);
  const match = approximateSearch(exact, text, windowStart, windowEnd, maxErrors);
  return match && snapToWords(target, text, match, maxErrors);
}

/**
 * Approximate search may start or end a match inside a word ("e spokesman" for "Kremlin spokesman" after
 * "Kremlin office spokesman", "the council" in "the councillors"). Among the nearby places that cut no word the
 * annotated words did not cut, take the closest match, preferring whole words and then the longer span; none such
 * within the errors allowed: no match.
 */
function snapToWords(target: AnnotationTarget, text: string, match: { start: number; end: number }, maxErrors: number): { start: number; end: number } | undefined {
  const { exact } = target;
  const before = wordStartAtOrBefore(text, match.start);
  const starts = new Set([match.start, before, wordStartAtOrBefore(text, Math.max(0, before - 1)), wordStartAfter(text, match.start)]);
  const ends = new Set([match.end, wordEndAtOrAfter(text, match.end), wordEndBefore(text, match.end)]);
  // Approximate search takes the shortest span among equally good ones: with a word put inside the annotated words,
  // their first words ("“we will surely win …" for "“we will win …") cost as much as they bring. So every start of a
  // word or of a token ("“we") that as many characters before could hold is tried too, and likewise for the end.
  for (let p = Math.max(0, match.start - maxErrors - 1); p < match.start; p++) if (startsToken(text, p)) starts.add(p);
  for (let p = match.end + 1; p <= Math.min(text.length, match.end + maxErrors + 1); p++) if (endsToken(text, p)) ends.add(p);
  // Whole words are worth a couple of character errors: a reader marks words, not fragments.
  const score = (errors: number, whole: boolean) => errors - (whole ? WHOLE_WORD_BONUS : 0);
  let best: { start: number; end: number; score: number } | undefined;
  for (const start of starts) {
    for (const end of ends) {
      if (end <= start || !keepsWordBoundaries(target, text, start, end)) continue;
      const errors = boundedEditDistance(exact, text.slice(start, end), maxErrors);
      if (errors > maxErrors) continue;
      const s = score(errors, isWordStart(text, start) && isWordEnd(text, end));
      if (!best || s < best.score || (s === best.score && end - start > best.end - best.start)) best = { start, end, score: s };
    }
  }
  return best && { start: best.start, end: best.end };
}

/**
 * Whether text[start, end) cuts through no word at either edge where the annotated words did not: words annotated
 * from a word's first letter to its last are found again only as whole words; words marked inside a word (as their
 * stored context shows) may be found inside one again. Without context on a side (a hand-written annotation that
 * gives only its words) nothing is known of that edge, and nothing is required of it; the start of the text is an edge.
 */
function keepsWordBoundaries(target: AnnotationTarget, text: string, start: number, end: number): boolean {
  const { prefix, exact, suffix } = target;
  const startedOnEdge = (prefix.length > 0 || target.start === 0) && !(isWordChar(prefix, prefix.length - 1) && isWordChar(exact, 0));
  const endedOnEdge = suffix.length > 0 && !(isWordChar(exact, exact.length - 1) && isWordChar(suffix, 0));
  return (!startedOnEdge || !cutsWord(text, start)) && (!endedOnEdge || !cutsWord(text, end));
}

/** Whether a cut before text[i] falls inside a word. */
function cutsWord(text: string, i: number): boolean {
  return isWordChar(text, i - 1) && isWordChar(text, i);
}

/** Letters (with their combining marks), digits and apostrophes, in any script. */
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}\u2019]$/u;

function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x27;
  // Either half of a surrogate pair is part of the character the pair makes.
  const at = c >= 0xdc00 && c <= 0xdfff && i > 0 ? i - 1 : i;
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(at) ?? c));
}

function isSpace(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isSpaceCode(text.charCodeAt(i));
}

/** Whitespace as a regular expression's \s has it: spaces, tabs, line breaks, no-break and other Unicode spaces. */
function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A clean start: the first letter of a word, or punctuation such as an opening quotation mark; not mid-word, not a space. */
function isWordStart(text: string, i: number): boolean {
  if (i >= text.length || isSpace(text, i)) return false;
  return !isWordChar(text, i) || !isWordChar(text, i - 1);
}

function isWordEnd(text: string, i: number): boolean {
  if (i <= 0 || isSpace(text, i - 1)) return false;
  return !isWordChar(text, i - 1) || !isWordChar(text, i);
}

const WHOLE_WORD_BONUS = 2;

/** Whether text[i] starts a word or a run of marks and letters after a space ("“we", "(the"). */
function startsToken(text: string, i: number): boolean {
  return isWordStart(text, i) && (isWordChar(text, i) || i === 0 || isSpace(text, i - 1));
}

/** Whether a cut before text[i] ends a word or a run of letters and marks before a space ("year”", "Monday."). */
function endsToken(text: string, i: number): boolean {
  return isWordEnd(text, i) && (isWordChar(text, i - 1) || i === text.length || isSpace(text, i));
}

/** Word boundaries are searched at most this far from a fuzzy match's edges. */
const SNAP_DISTANCE = 24;

function wordStartAtOrBefore(text: string, i: number): number {
  for (let p = i, n = 0; p >= 0 && n < SNAP_DISTANCE; p--, n++) if (isWordStart(text, p) && isWordChar(text, p)) return p;
  return i;
}

function wordStartAfter(text: string, i: number): number {
  for (let p = i + 1, n = 0; p < text.length && n < SNAP_DISTANCE; p++, n++) if (isWordStart(text, p) && isWordChar(text, p)) return p;
  return i;
}

function wordEndAtOrAfter(text: string, i: number): number {
  for (let p = i, n = 0; p <= text.length && n < SNAP_DISTANCE; p++, n++) if (isWordEnd(text, p) && isWordChar(text, p - 1)) return p;
  return i;
}

function wordEndBefore(text: string, i: number): number {
  for (let p = i - 1, n = 0; p > 0 && n < SNAP_DISTANCE; p--, n++) if (isWordEnd(text, p) && isWordChar(text, p - 1)) return p;
  return i;
}

function findBetweenContext(target: AnnotationTarget, text: string, maxErrors: number, expected: number): { start: number; end: number } | undefined {
  const prefixProbe = target.prefix.slice(-CONTEXT_LENGTH);
  const suffixProbe = target.suffix.slice(0, CONTEXT_LENGTH);
  if (prefixProbe.length < MIN_PROBE || suffixProbe.length < MIN_PROBE) return undefined;
  const maxSpan = target.exact.length + maxErrors;
  let best: { start: number; end: number; errors: number; distance: number } | undefined;
  let count = 0;
  for (let p = text.indexOf(prefixProbe); p >= 0 && count < MAX_CANDIDATES; p = text.indexOf(prefixProbe, p + 1), count++) {
    const start = p + prefixProbe.length;
    const q = text.indexOf(suffixProbe, start);
    if (q < 0 || q - start > maxSpan || q - start < target.exact.length - maxErrors || q === start) continue;
    if (!keepsWordBoundaries(target, text, start, q)) continue;
    const errors = boundedEditDistance(target.exact, text.slice(start, q), maxErrors);
    if (errors > maxErrors) continue;
    const distance = expected >= 0 ? Math.abs(start - expected) : 0;
    if (!best || errors < best.errors || (errors === best.errors && distance < best.distance)) best = { start, end: q, errors, distance };
  }
  return best && { start: best.start, end: best.end };
}

/** Levenshtein distance, or maxErrors + 1 as soon as it must exceed maxErrors (banded, O(n * band)). */
export function boundedEditDistance(a: string, b: string, maxErrors: number): number {
  if (Math.abs(a.length - b.length) > maxErrors) return maxErrors + 1;
  const n = a.length;
  const m = b.length;
  const INF = maxErrors + 1;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j <= maxErrors ? j : INF;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - maxErrors);
    const hi = Math.min(m, i + maxErrors);
    cur.fill(INF);
    cur[0] = i <= maxErrors ? i : INF;
    let rowMin = cur[0];
    for (let j = lo; j <= hi; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j - 1] + cost, prev[j] + 1, cur[j - 1] + 1, INF);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin >= INF) return INF;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[m], INF);
}

/**
 * Sellers' approximate search: the substring of text[from, to) closest to `pattern` in edit distance, if within
 * maxErrors. The end comes from a forward pass, the start from the same pass over the reversed strings.
 */
function approximateSearch(pattern: string, text: string, from: number, to: number, maxErrors: number): { start: number; end: number } | undefined {
  const forward = bestEnd(pattern, text, from, to, false);
  if (!forward || forward.errors > maxErrors) return undefined;
  const backward = bestEnd(pattern, text, Math.max(from, forward.at - pattern.length - maxErrors), forward.at, true);
  if (!backward || backward.errors > maxErrors) return undefined;
  return { start: backward.at, end: forward.at };
}

/** Forward: best end offset of a match in text[from, to). Reversed: best start offset, scanning from `to` backwards. */
function bestEnd(pattern: string, text: string, from: number, to: number, reversed: boolean): { at: number; errors: number } | undefined {
  const m = pattern.length;
  const col = new Array<number>(m + 1);
  for (let i = 0; i <= m; i++) col[i] = i;
  let best: { at: number; errors: number } | undefined;
  const steps = to - from;
  for (let k = 0; k < steps; k++) {
    const ch = reversed ? text.charCodeAt(to - 1 - k) : text.charCodeAt(from + k);
    let diagonal = col[0];
    col[0] = 0;
    for (let i = 1; i <= m; i++) {
      const pc = reversed ? pattern.charCodeAt(m - i) : pattern.charCodeAt(i - 1);
      const above = col[i];
      col[i] = Math.min(diagonal + (pc === ch ? 0 : 1), above + 1, col[i - 1] + 1);
      diagonal = above;
    }
    if (!best || col[m] < best.errors) best = { at: reversed ? to - 1 - k : from + k + 1, errors: col[m] };
  }
  return best;
}
