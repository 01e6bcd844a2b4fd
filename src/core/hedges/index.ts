// Hedged claims: cues that present a claim as uncertain, believed, reported or thinly sourced.
import type { Hedge, Quote } from '../types';
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
}

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
  return { trigger: new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi'), byAnchor };
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

export function findHedges(text: string, quotes: readonly Quote[]): Hedge[] {
  if (!text) return [];
  index ??= compile(CUE_LEXICON);
  const { trigger, byAnchor } = index;
  const hedges: Hedge[] = [];
  const claims = new ClaimFinder(text);
  const forward: Reach = { outer: 0, head: 0 };
  const backward: Reach = { outer: 0, head: 0 };
  const after = new TokenWindow(text, true);
  const before = new TokenWindow(text, false);
  let lastEnd = 0;
  trigger.lastIndex = 0;
  for (let m = trigger.exec(text); m !== null; m = trigger.exec(text)) {
    const wordStart = m.index;
    const wordEnd = wordStart + m[0].length;
    // \b knows only ASCII letters: "émay" or "may’s" are not the word "may".
    if ((wordStart > 0 && isWordCode(text, wordStart - 1)) || (wordEnd < text.length && isWordCode(text, wordEnd))) continue;
    if (wordStart < lastEnd) continue;
    const word = isLowerAscii(m[0]) ? m[0] : m[0].toLowerCase();
    const group = byAnchor.get(word);
    if (!group) continue;
    after.moveTo(wordEnd);
    if (group.needAfter && !group.needAfter.has(after.at(0)?.norm ?? '')) continue;
    before.moveTo(wordStart);
    if (group.needBefore && !group.needBefore.has(before.at(0)?.norm ?? '')) continue;
    for (const cue of group.cues) {
      if (!matchForward(cue, after, wordEnd, forward)) continue;
      if (!matchBackward(cue, before, wordStart, backward)) continue;
      const start = backward.outer;
      const end = forward.outer;
      if (start < lastEnd) continue;
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
        claim: claims.find(span, cue.entry.scope ?? 'clause'),
      };
      if (cue.entry.unattributed) hedge.unattributed = true;
      hedges.push(hedge);
      lastEnd = end;
      break;
    }
  }
  const voice = voiceOf(quotes);
  for (const h of hedges) {
    const q = voice(h);
    // "The ferry is expected to resume service": a hedge that is the report's own cue is the reporter's.
    const cue = q === null ? null : quotes[q].cue;
    if (q !== null && !(cue && cue.start < h.end && h.start < cue.end)) {
      h.voice = 'speaker';
      h.quoteIndex = q;
    }
  }
  return hedges;
}
