// Hedged claims: cues that present a claim as uncertain, believed, reported or thinly sourced.
import { HASH_FILTER_BITS, HASH_SEED, hashStep, hashWord, type Tokens } from '../quotes/tokens';
import type { Hedge, Quote, Span } from '../types';
import { ClaimFinder } from './claim';
import { CONTEXT_RULES, CueContext } from './context';
import { CUE_LEXICON, type CueEntry } from './lexicon';
import { isLowerAscii, isWordCode, isWordToken, TokenWindow } from './tokens';
import { voiceOf } from './voice';

interface Slot {
  words: ReadonlySet<string>;
  optional: boolean;
  /** Only grammatical words ("that", "is", "to"): they help to match but are not part of the cue's span. */
  grammatical: boolean;
}

/** Words that frame a cue without carrying it: "is thought to" is marked as "thought", "indicated that" as "indicated". */
const GRAMMATICAL = new Set(['that', 'to', 'whether', 'if', 'how', 'why', 'of', 'as', 'though', 'it', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'had', "'s", "'re", 'the', 'a', 'widely', 'generally', 'commonly', 'long', 'now', 'also', 'often']);

/** The kinds whose whole phrase is the cue: "sources say", "lack substantiation". */
const WHOLE_PHRASE_KINDS = new Set(['vague-attribution', 'unsubstantiated']);

interface CompiledCue {
  entry: CueEntry;
  slots: Slot[];
  anchor: number;
}

interface AnchorCues {
  cues: CompiledCue[];
  needBefore: ReadonlySet<string> | null;
  needAfter: ReadonlySet<string> | null;
}

interface CueIndex {
  /** Finds candidate anchor words; everything else is checked around each hit. */
  trigger: RegExp;
  byAnchor: Map<string, AnchorCues>;
  /**
   * The trigger tried at one position only, and a filter of the hashWord() values (low bits) of the tokens where it
   * may match there, for tokenize(): with the tokens it flags at hand, the trigger need not read the text from end
   * to end. Null when some anchor would make that reading differ from the trigger's own.
   */
  sticky: RegExp | null;
  prints: Int32Array;
}

const PRINT_BITS = HASH_FILTER_BITS;

function compile(lexicon: readonly CueEntry[]): CueIndex {
  const byAnchor = new Map<string, AnchorCues>();
  for (const entry of lexicon) {
    const slots = entry.phrase.split(' ').map((s) => {
      const optional = s.endsWith('?');
      const words = new Set((optional ? s.slice(0, -1) : s).split('|'));
      return { words, optional, grammatical: !WHOLE_PHRASE_KINDS.has(entry.kind) && [...words].every((w) => GRAMMATICAL.has(w)) };
    });
    const anchor = entry.anchor ?? 0;
    for (const w of slots[anchor].words) {
      const group = byAnchor.get(w) ?? { cues: [], needBefore: null, needAfter: null };
      group.cues.push({ entry, slots, anchor });
      byAnchor.set(w, group);
    }
  }
  // Longest phrase first, so "it is widely believed" wins over "believed".
  for (const group of byAnchor.values()) group.cues.sort((a, b) => b.slots.length - a.slots.length);
  for (const group of byAnchor.values()) {
    group.needBefore = neighbours(group, -1);
    group.needAfter = neighbours(group, 1);
  }
  const alternatives = [...byAnchor.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const source = `\\b(?:${alternatives.join('|')})\\b`;
  const prints = new Int32Array(PRINT_BITS >>> 5);
  // An anchor's words: the runs of word characters (\w) in it ("couldn" and "t" of "couldn't").
  const runsOf = (w: string): string[] => w.split(/[^A-Za-z0-9_]+/);
  const firstRuns = new Set([...byAnchor.keys()].map((w) => runsOf(w)[0]));
  let safe = true;
  for (const w of byAnchor.keys()) {
    // The trigger matches at a token that is an anchor or the first word of one, or at a token whose letters a mark
    // joins ("couldn't" whole): those are the tokens tokenize() flags with `prints`.
    const runs = runsOf(w);
    if (!/^[a-z]/.test(w) || !/[a-z]$/.test(w)) safe = false;
    const h = hashWord(runs[0]) & (PRINT_BITS - 1);
    prints[h >>> 5] |= 1 << (h & 31);
    // A match of "couldn't" may end in a token of its own ("t" after a closing quotation mark), which the trigger
    // then reads no more: no anchor may start with a later word of another, or reading that token could find more.
    for (let k = 1; k < runs.length; k++) if (firstRuns.has(runs[k])) safe = false;
  }
  return { trigger: new RegExp(source, 'gi'), byAnchor, sticky: safe ? new RegExp(source, 'iy') : null, prints };
}

/**
 * The words one of which must stand next to the anchor for any of its cues to match, or null when some cue needs
 * none. Frequent anchors ("said" of "it is said") are then dismissed after reading a single neighbour.
 */
function neighbours(group: AnchorCues, side: -1 | 1): ReadonlySet<string> | null {
  const words = new Set<string>();
  for (const cue of group.cues) {
    let s = cue.anchor + side;
    for (; s >= 0 && s < cue.slots.length; s += side) {
      for (const w of cue.slots[s].words) words.add(w);
      if (!cue.slots[s].optional) break;
    }
    if (s < 0 || s >= cue.slots.length) return null;
  }
  return words;
}

let index: CueIndex | null = null;

/** Where a match reaches: all its words, and the words that make up the cue (`head`). */
interface Reach {
  outer: number;
  head: number;
}

/** Matches the slots after the anchor against the tokens there; false when they do not match. */
function matchForward(cue: CompiledCue, toks: TokenWindow, from: number, reach: Reach): boolean {
  let t = 0;
  reach.outer = reach.head = from;
  for (let s = cue.anchor + 1; s < cue.slots.length; s++) {
    const slot = cue.slots[s];
    const tok = toks.at(t);
    if (tok && isWordToken(tok) && slot.words.has(tok.norm)) {
      reach.outer = tok.end;
      if (!slot.grammatical) reach.head = tok.end;
      t++;
    } else if (!slot.optional) {
      return false;
    }
  }
  return true;
}

/** Matches the slots before the anchor against the tokens there, nearest first; false when they do not match. */
function matchBackward(cue: CompiledCue, toks: TokenWindow, from: number, reach: Reach): boolean {
  let t = 0;
  reach.outer = reach.head = from;
  for (let s = cue.anchor - 1; s >= 0; s--) {
    const slot = cue.slots[s];
    const tok = toks.at(t);
    if (tok && isWordToken(tok) && slot.words.has(tok.norm)) {
      reach.outer = tok.start;
      // Grammatical words are left out only at the edges: the span stays one stretch of text.
      if (!slot.grammatical) reach.head = tok.start;
      t++;
    } else if (!slot.optional) {
      return false;
    }
  }
  return true;
}

/** The cue as written, lower-cased, each run of white space made one space. */
function cueText(text: string, start: number, end: number): string {
  // Most cues are lower-case ASCII words parted by single spaces.
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128 || (c < 33 && (c !== 32 || (i + 1 < end && text.charCodeAt(i + 1) === 32)))) return text.slice(start, end).toLowerCase().replace(/\s+/g, ' ');
  }
  return text.slice(start, end);
}

/** Reads the cues at the trigger's matches, in text order. */
class CueReader {
  readonly hedges: Hedge[] = [];
  private readonly claims: ClaimFinder;
  private readonly forward: Reach = { outer: 0, head: 0 };
  private readonly backward: Reach = { outer: 0, head: 0 };
  private readonly after: TokenWindow;
  private readonly before: TokenWindow;
  private lastEnd = 0;

  constructor(
    private readonly text: string,
    private readonly index: CueIndex,
  ) {
    this.claims = new ClaimFinder(text);
    this.after = new TokenWindow(text, true);
    this.before = new TokenWindow(text, false);
  }

  /** The trigger matched `matched` at `wordStart`. */
  consider(matched: string, wordStart: number): void {
    const { text, after, before, forward, backward } = this;
    const wordEnd = wordStart + matched.length;
    // \b knows only ASCII letters: "émay" or "may’s" are not the word "may".
    if ((wordStart > 0 && isWordCode(text, wordStart - 1)) || (wordEnd < text.length && isWordCode(text, wordEnd))) return;
    if (wordStart < this.lastEnd) return;
    const word = isLowerAscii(matched) ? matched : matched.toLowerCase();
    const group = this.index.byAnchor.get(word);
    if (!group) return;
    after.moveTo(wordEnd);
    if (group.needAfter && !group.needAfter.has(after.at(0)?.norm ?? '')) return;
    before.moveTo(wordStart);
    if (group.needBefore && !group.needBefore.has(before.at(0)?.norm ?? '')) return;
    for (const cue of group.cues) {
      if (!matchForward(cue, after, wordEnd, forward)) continue;
      if (!matchBackward(cue, before, wordStart, backward)) continue;
      const start = backward.outer;
      const end = forward.outer;
      if (start < this.lastEnd) continue;
      const rule = cue.entry.rule;
      // The cue is often the anchor alone: its context is then the tokens read already.
      const context = rule && new CueContext(text, start, end, word, wordStart, start === wordStart ? before : undefined, end === wordEnd ? after : undefined);
      if (context && !CONTEXT_RULES[rule](context)) continue;
      const span = { start, end };
      const hedge: Hedge = {
        start: backward.head,
        end: forward.head,
        kind: cue.entry.kind,
        cue: cueText(text, backward.head, forward.head),
        voice: 'reporter',
        claim: this.claims.find(span, cue.entry.scope ?? 'clause'),
      };
      if (cue.entry.unattributed) hedge.unattributed = true;
      this.hedges.push(hedge);
      this.lastEnd = end;
      break;
    }
  }
}

/** An ASCII letter, digit or underscore: what \b of a regular expression counts as part of a word. */
function isRegexWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Whether the run of word characters (\w) at `p` is the first word of some anchor, by its hashWord() in `prints`:
 * the trigger matches nowhere else.
 */
function runMayMatch(text: string, p: number, prints: Int32Array): boolean {
  let h = HASH_SEED;
  for (; p < text.length && isRegexWordCode(text.charCodeAt(p)); p++) h = hashStep(h, text.charCodeAt(p));
  h &= PRINT_BITS - 1;
  return (prints[h >>> 5] & (1 << (h & 31))) !== 0;
}

/** The filter of word hashes for tokenize() that flags the tokens findHedges() reads (see CueIndex.prints). */
export function cueWordFilter(): Int32Array | undefined {
  index ??= compile(CUE_LEXICON);
  return index.sticky ? index.prints : undefined;
}

/**
 * `words`: the text's tokens as the quote finder read them (the same text), flagged by cueWordFilter(), if at hand:
 * the trigger is then tried only at the tokens where it can match, which finds what reading the whole text finds.
 */
export function findHedges(text: string, quotes: readonly Quote[], words?: Tokens): Hedge[] {
  if (!text) return [];
  index ??= compile(CUE_LEXICON);
  const { trigger, sticky, prints } = index;
  const reader = new CueReader(text, index);
  if (words && sticky && words.flaggedBy === prints && words.text === text) {
    // Where the last match ended: the trigger goes on from there.
    let resume = 0;
    const { flagged, start, end } = words;
    for (let f = 0; f < flagged.length; f++) {
      const k = flagged[f];
      if (end[k] <= resume) continue;
      for (let p = Math.max(start[k], resume); p < end[k]; p++) {
        if (!isRegexWordCode(text.charCodeAt(p)) || (p > 0 && isRegexWordCode(text.charCodeAt(p - 1))) || !runMayMatch(text, p, prints)) continue;
        sticky.lastIndex = p;
        const m = sticky.exec(text);
        if (m === null) continue;
        reader.consider(m[0], p);
        resume = p + m[0].length;
        p = resume - 1;
      }
    }
  } else {
    trigger.lastIndex = 0;
    for (let m = trigger.exec(text); m !== null; m = trigger.exec(text)) reader.consider(m[0], m.index);
  }
  const hedges = reader.hedges;
  const voice = voiceOf(quotes);
  // The look-up reads spans of one shape: hedges take two (with "unattributed" or without), and one more after
  // "quoteIndex" is set, and optimised code that met one shape would give up on the next.
  const span: Span = { start: 0, end: 0 };
  for (const h of hedges) {
    span.start = h.start;
    span.end = h.end;
    const q = voice(span);
    // "The ferry is expected to resume service": a hedge that is the report's own cue is the reporter's.
    const cue = q === null ? null : quotes[q].cue;
    if (q !== null && !(cue && cue.start < h.end && h.start < cue.end)) {
      h.voice = 'speaker';
      h.quoteIndex = q;
    }
  }
  return hedges;
}
