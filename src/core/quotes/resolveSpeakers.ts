// Links speaker phrases to the analysed entities: overlapping mentions, and pronouns to their nearest antecedent.
import type { Entity, EntityType, SpeakerRef, Span } from '../types';
import { agrees, nameGender, personGender, pronounGender, type Gender } from '../text/genders';
import type { QuotedRegion } from './quotationMarks';

interface SentenceSpeaker extends Span {
  /** Index of the person entity that speaks in the sentence, or -1. */
  entity: number;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'i', 'we', 'who']);
const ORGANISATION_PRONOUNS = new Set(['it', 'its']);
/** How far back (in mentions) a pronoun looks for its antecedent. */
const ANTECEDENT_WINDOW = 400;

/** Bits of MENTION_FLAGS. */
const PRONOUN = 1;
const PERSON = 2;
const ORGANISATION = 4;
/** The mention lies inside quotation marks: the speaker's words, not what a later pronoun points back to. */
const QUOTED = 8;

/**
 * Entity mentions in text order, for overlap and nearest-antecedent look-ups in logarithmic time. The mentions are
 * held in columns of small integers, so building them costs no object per mention (and no typed-array buffer,
 * which costs more than a short article's mentions).
 */
export class SpeakerResolver {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly entityOf: number[] = [];
  private readonly flags: number[] = [];
  private readonly count: number;
  /** Named speakers found by the attribution reader, in text order: the fallback antecedents. */
  private readonly namedSpeakers: { start: number; name: string; type: EntityType }[] = [];
  private readonly sentences: SentenceSpeaker[] = [];
  private readonly entityIndex = new Map<string, number>();
  /** Each entity's gender as the story tells it, worked out when a pronoun first asks. */
  private readonly genders: (Gender | undefined)[] = [];

  constructor(
    private readonly entities: readonly Entity[],
    regions: readonly QuotedRegion[],
  ) {
    const rawStart: number[] = [];
    const rawEnd: number[] = [];
    const rawEntity: number[] = [];
    const rawFlags: number[] = [];
    let n = 0;
    let sorted = true;
    // (Plain loops: a callback would keep the counters in a closure's context, slower to update.)
    for (let entity = 0; entity < entities.length; entity++) {
      const e = entities[entity];
      if (!this.entityIndex.has(e.id)) this.entityIndex.set(e.id, entity);
      const type = e.type === 'person' ? PERSON : e.type === 'org' ? ORGANISATION : 0;
      const mentions = e.mentions;
      for (let k = 0; k < mentions.length; k++) {
        const m = mentions[k];
        rawStart.push(m.start);
        rawEnd.push(m.end);
        rawEntity.push(entity);
        rawFlags.push(type | (m.kind === 'pronoun' ? PRONOUN : 0));
        if (n > 0 && (m.start < rawStart[n - 1] || (m.start === rawStart[n - 1] && m.end < rawEnd[n - 1]))) sorted = false;
        n++;
      }
    }
    const order = sorted ? inputOrder(n) : textOrder(rawStart, rawEnd);
    this.count = n;
    let r = 0;
    for (let k = 0; k < n; k++) {
      const i = order[k];
      const start = rawStart[i];
      this.starts.push(start);
      this.ends.push(rawEnd[i]);
      this.entityOf.push(rawEntity[i]);
      // Mentions and regions both run in text order: one pass marks the quoted ones.
      while (r < regions.length && regions[r].end <= start) r++;
      this.flags.push(rawFlags[i] | (r < regions.length && regions[r].start <= start ? QUOTED : 0));
    }
  }

  /** Index of the first mention that starts at or after `pos`. */
  private lowerBound(pos: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The mention (by index) that overlaps `span` best: a name over a pronoun, a person when wanted, the longest. */
  private overlapping(span: Span, wantPerson: boolean): number {
    let best = -1;
    for (let i = this.lowerBound(span.end) - 1; i >= 0; i--) {
      const end = this.ends[i];
      if (end <= span.start) {
        if (span.start - this.starts[i] > 200) break;
        continue;
      }
      if (this.starts[i] >= span.end) continue;
      if (best < 0 || this.better(i, best, wantPerson)) best = i;
    }
    return best;
  }

  /** A person's name that ends the phrase after a comma, as an appositive ("a spokesman for X, Tom Reyes"); or -1. */
  private appositivePerson(span: Span, text: string): number {
    let end = span.end;
    while (end > span.start && (text.charCodeAt(end - 1) === 0x2c || text.charCodeAt(end - 1) === 0x20)) end--;
    for (let i = this.lowerBound(end) - 1; i >= 0 && this.starts[i] > span.start; i--) {
      if (this.ends[i] !== end) continue;
      if ((this.flags[i] & (PRONOUN | QUOTED | PERSON)) !== PERSON) return -1;
      let k = this.starts[i];
      while (k > span.start && text.charCodeAt(k - 1) === 0x20) k--;
      return k > span.start && text.charCodeAt(k - 1) === 0x2c ? i : -1;
    }
    return -1;
  }

  private better(m: number, b: number, wantPerson: boolean): boolean {
    const mp = this.flags[m] & PRONOUN;
    const bp = this.flags[b] & PRONOUN;
    if (mp !== bp) return mp === 0;
    const mPerson = this.flags[m] & PERSON;
    const bPerson = this.flags[b] & PERSON;
    if (wantPerson && mPerson !== bPerson) return mPerson !== 0;
    return this.ends[m] - this.starts[m] > this.ends[b] - this.starts[b];
  }

  private genderOf(entity: number, text: string): Gender {
    let g = this.genders[entity];
    if (g === undefined) g = this.genders[entity] = this.entities[entity].type === 'person' ? personGender(this.entities[entity], text) : null;
    return g;
  }

  /**
   * The nearest earlier mention (by index) of an entity of the wanted type outside quotation marks, of a person the
   * pronoun's gender may stand for ("she" is not "John Walsh"), or -1.
   */
  private antecedent(before: number, typeFlag: number, wanted: Gender, text: string): number {
    for (let i = this.lowerBound(before) - 1, seen = 0; i >= 0 && seen < ANTECEDENT_WINDOW; i--, seen++) {
      const f = this.flags[i];
      if ((f & (PRONOUN | QUOTED)) !== 0 || (f & typeFlag) === 0 || this.ends[i] > before) continue;
      if (wanted && !agrees(wanted, this.genderOf(this.entityOf[i], text))) continue;
      return i;
    }
    return -1;
  }

  /** The sentence (noted so far) that holds `pos`, or null. */
  private sentenceAt(pos: number): SentenceSpeaker | null {
    let lo = 0;
    let hi = this.sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sentences[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    const s = this.sentences[lo];
    return s && s.start <= pos ? s : null;
  }

  /** The first person mention (by index) of a sentence outside quotation marks, usually its subject, of the pronoun's gender; or -1. */
  private firstPersonIn(s: Span, before: number, wanted: Gender, text: string): number {
    const limit = Math.min(s.end, before);
    for (let i = this.lowerBound(s.start); i < this.count && this.starts[i] < limit; i++) {
      if ((this.flags[i] & (PRONOUN | QUOTED | PERSON)) === PERSON && agrees(wanted, this.genderOf(this.entityOf[i], text))) return i;
    }
    return -1;
  }

  noteNamedSpeaker(start: number, name: string, type: EntityType): void {
    this.namedSpeakers.push({ start, name, type });
  }

  /** Records who speaks in a sentence once it has been read, for pronouns in the sentences after it. */
  noteSentence(span: Span, speakers: readonly SpeakerRef[]): void {
    let entity = -1;
    for (const ref of speakers) {
      if (!ref.entityId) continue;
      const i = this.entityIndex.get(ref.entityId) ?? -1;
      if (i >= 0 && this.entities[i].type === 'person') {
        entity = i;
        break;
      }
    }
    this.sentences.push({ start: span.start, end: span.end, entity });
  }

  /** Fills name, entityId and antecedent of a speaker whose mention span and kind are already known. */
  resolve(ref: SpeakerRef, text: string, nameSpan?: Span): SpeakerRef {
    // "A spokeswoman for the council, Maria Lopez, said": the person named after the comma is the one who speaks.
    const named = ref.kind === 'pronoun' ? -1 : this.appositivePerson(ref.mention, text);
    if (named >= 0) {
      const e = this.entities[this.entityOf[named]];
      return withName({ ...ref, kind: 'name' }, e.name, e.id, false);
    }
    const hit = this.overlapping(nameSpan ?? ref.mention, ref.kind === 'name');
    // "Ruiz and Lee said": two people named together are neither one of them.
    const span = nameSpan ?? ref.mention;
    if (hit >= 0 && ref.kind === 'name' && (this.starts[hit] > span.start || this.ends[hit] < span.end) && text.slice(span.start, span.end).includes(' and ')) return ref;
    if (hit >= 0 && !(ref.kind === 'pronoun' && (this.flags[hit] & PRONOUN) === 0)) {
      const e = this.entities[this.entityOf[hit]];
      // "an American official", "a senator from Texas": a place in a role's words is where its holder is from.
      if (e.type === 'place' && (ref.kind === 'role' || ref.kind === 'anonymous')) return ref;
      // "supporters of Sanders", "people close to Tom Reyes": a vague source is not the person it is tied to.
      if (e.type === 'person' && ref.kind === 'anonymous') return ref;
      const named = withName(ref, e.name, e.id, false);
      // "said Rep. G.K. Butterfield": a phrase cut at an initial's full stop goes on to the end of the name.
      // ("J.R. Smith said": and one that starts after them, back to its start.)
      if (this.ends[hit] > ref.mention.end && text.charCodeAt(ref.mention.end) === 0x2e && this.starts[hit] >= ref.mention.start) named.mention = { start: ref.mention.start, end: this.ends[hit] };
      else if (this.starts[hit] < ref.mention.start && this.ends[hit] >= ref.mention.end && text.slice(this.starts[hit], ref.mention.start).includes('.')) named.mention = { start: this.starts[hit], end: ref.mention.end };
      return named;
    }
    if (ref.kind !== 'pronoun') return ref;
    const word = text.slice(ref.mention.start, ref.mention.end).toLowerCase();
    const type: EntityType | null = PERSON_PRONOUNS.has(word) ? 'person' : ORGANISATION_PRONOUNS.has(word) ? 'org' : null;
    if (!type) return ref;
    const wanted = type === 'person' ? pronounGender(word) : null;
    const m = this.antecedent(ref.mention.start, type === 'person' ? PERSON : ORGANISATION, wanted, text);
    if (m >= 0) {
      // "“…,” Putin admitted, mentioning Trump. He added …": the last sentence's speaker beats a later mention in it.
      let chosen = m;
      const sentence = type === 'person' ? this.sentenceAt(this.starts[m]) : null;
      if (sentence && sentence.entity >= 0 && agrees(wanted, this.genderOf(sentence.entity, text))) {
        const e = this.entities[sentence.entity];
        return withName(ref, e.name, e.id, ref.anonymous);
      }
      if (sentence) {
        const first = this.firstPersonIn(sentence, ref.mention.start, wanted, text);
        if (first >= 0) chosen = first;
      }
      const e = this.entities[this.entityOf[chosen]];
      const resolved = withName(ref, e.name, e.id, ref.anonymous);
      resolved.antecedent = { start: this.starts[chosen], end: this.ends[chosen] };
      return resolved;
    }
    for (let i = this.namedSpeakers.length - 1; i >= 0; i--) {
      const s = this.namedSpeakers[i];
      if (s.start < ref.mention.start && s.type === type && agrees(wanted, nameGender(s.name))) return withName(ref, s.name, ref.entityId, ref.anonymous);
    }
    return ref;
  }
}

function inputOrder(n: number): number[] {
  const order: number[] = [];
  for (let i = 0; i < n; i++) order.push(i);
  return order;
}

/** Most mentions textOrder sorts by insertion. */
const INSERTION_SORT_MAX = 48;

/** Shared room for the sort keys of textOrder, grown as needed. */
let sortKeys = new Float64Array(256);

/**
 * The indices of the mentions sorted by start, then end, then input order. Each is packed into one number exactly
 * (while the three fit in 53 bits), so the native numeric sort orders them without calling a comparator per pair.
 */
function textOrder(starts: readonly number[], ends: readonly number[]): number[] {
  const n = starts.length;
  let span = 1;
  let negative = false;
  for (let i = 0; i < n; i++) {
    if (ends[i] >= span) span = ends[i] + 1;
    if (starts[i] < 0 || ends[i] < 0) negative = true;
  }
  if (negative || (span * span + 1) * n > Number.MAX_SAFE_INTEGER) {
    return inputOrder(n).sort((x, y) => starts[x] - starts[y] || ends[x] - ends[y] || x - y);
  }
  if (sortKeys.length < n) sortKeys = new Float64Array(n * 2);
  const keys = sortKeys.subarray(0, n);
  for (let i = 0; i < n; i++) keys[i] = (starts[i] * span + ends[i]) * n + i;
  if (n > INSERTION_SORT_MAX) keys.sort();
  else {
    // (The native sort's call costs more than sorting an article's few dozen mentions in place.)
    for (let i = 1; i < n; i++) {
      const key = keys[i];
      let j = i - 1;
      while (j >= 0 && keys[j] > key) {
        keys[j + 1] = keys[j];
        j--;
      }
      keys[j + 1] = key;
    }
  }
  const order: number[] = [];
  for (let k = 0; k < n; k++) {
    // (The quotient is off by one at most where the division rounds; the remainder shows it.)
    const key = keys[k];
    let i = key - Math.floor(key / n) * n;
    if (i < 0) i += n;
    else if (i >= n) i -= n;
    order.push(i);
  }
  return order;
}

/** A copy of `ref` with the given name and entity. */
function withName(ref: SpeakerRef, name: string | null, entityId: string | null, anonymous: boolean): SpeakerRef {
  const out: SpeakerRef = { mention: ref.mention, kind: ref.kind, name, entityId, anonymous };
  if (ref.role !== undefined) out.role = ref.role;
  if (ref.antecedent !== undefined) out.antecedent = ref.antecedent;
  return out;
}
