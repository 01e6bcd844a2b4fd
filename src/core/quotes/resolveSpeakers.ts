// Links speaker phrases to the analysed entities: overlapping mentions, and pronouns to their nearest antecedent.
import type { Entity, EntityType, SpeakerRef, Span } from '../types';
import type { QuotedRegion } from './quotationMarks';

interface FlatMention extends Span {
  entity: number;
  pronoun: boolean;
}

interface SentenceSpeaker extends Span {
  /** Index of the person entity that speaks in the sentence, or -1. */
  entity: number;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'i', 'we']);
const ORGANISATION_PRONOUNS = new Set(['it', 'its']);
/** How far back (in mentions) a pronoun looks for its antecedent. */
const ANTECEDENT_WINDOW = 400;

/** Entity mentions in text order, for overlap and nearest-antecedent look-ups in logarithmic time. */
export class SpeakerResolver {
  private readonly mentions: FlatMention[];
  /** Named speakers found by the attribution reader, in text order: the fallback antecedents. */
  private readonly namedSpeakers: { start: number; name: string; type: EntityType }[] = [];
  private readonly sentences: SentenceSpeaker[] = [];
  private readonly entityIndex = new Map<string, number>();

  constructor(
    private readonly entities: readonly Entity[],
    private readonly regions: readonly QuotedRegion[],
  ) {
    const flat: FlatMention[] = [];
    entities.forEach((e, entity) => {
      if (!this.entityIndex.has(e.id)) this.entityIndex.set(e.id, entity);
      for (const m of e.mentions) flat.push({ start: m.start, end: m.end, entity, pronoun: m.kind === 'pronoun' });
    });
    flat.sort((a, b) => a.start - b.start || a.end - b.end);
    this.mentions = flat;
  }

  /** Index of the first mention that starts at or after `pos`. */
  private lowerBound(pos: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Words inside quotation marks are the speaker's, so their names are not what a later pronoun points back to. */
  private insideQuote(pos: number): boolean {
    let lo = 0;
    let hi = this.regions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.regions[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.regions.length && this.regions[lo].start <= pos;
  }

  private overlapping(span: Span, wantPerson: boolean): FlatMention | null {
    let best: FlatMention | null = null;
    const better = (m: FlatMention, b: FlatMention): boolean => {
      if (m.pronoun !== b.pronoun) return !m.pronoun;
      const mp = this.entities[m.entity].type === 'person';
      const bp = this.entities[b.entity].type === 'person';
      if (wantPerson && mp !== bp) return mp;
      return m.end - m.start > b.end - b.start;
    };
    for (let i = this.lowerBound(span.end) - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m.end <= span.start) {
        if (span.start - m.start > 200) break;
        continue;
      }
      if (m.start >= span.end) continue;
      if (!best || better(m, best)) best = m;
    }
    return best;
  }

  /** The nearest earlier mention of an entity of the wanted type outside quotation marks, or null. */
  private antecedent(before: number, type: EntityType): FlatMention | null {
    for (let i = this.lowerBound(before) - 1, seen = 0; i >= 0 && seen < ANTECEDENT_WINDOW; i--, seen++) {
      const m = this.mentions[i];
      if (m.pronoun || m.end > before) continue;
      if (this.entities[m.entity].type === type && !this.insideQuote(m.start)) return m;
    }
    return null;
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

  /** The first person mention of a sentence outside quotation marks: usually its subject. */
  private firstPersonIn(s: Span, before: number): FlatMention | null {
    for (let i = this.lowerBound(s.start); i < this.mentions.length && this.mentions[i].start < Math.min(s.end, before); i++) {
      const m = this.mentions[i];
      if (!m.pronoun && this.entities[m.entity].type === 'person' && !this.insideQuote(m.start)) return m;
    }
    return null;
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
    const hit = this.overlapping(nameSpan ?? ref.mention, ref.kind === 'name');
    if (hit && !(ref.kind === 'pronoun' && !hit.pronoun)) {
      const e = this.entities[hit.entity];
      return { ...ref, name: e.name, entityId: e.id, anonymous: false };
    }
    if (ref.kind !== 'pronoun') return ref;
    const word = text.slice(ref.mention.start, ref.mention.end).toLowerCase();
    const type: EntityType | null = PERSON_PRONOUNS.has(word) ? 'person' : ORGANISATION_PRONOUNS.has(word) ? 'org' : null;
    if (!type) return ref;
    const m = this.antecedent(ref.mention.start, type);
    if (m) {
      // "“…,” Putin admitted, mentioning Trump. He added …": the last sentence's speaker beats a later mention in it.
      let chosen = m;
      const sentence = type === 'person' ? this.sentenceAt(m.start) : null;
      if (sentence && sentence.entity >= 0) {
        const e = this.entities[sentence.entity];
        return { ...ref, name: e.name, entityId: e.id };
      }
      if (sentence) chosen = this.firstPersonIn(sentence, ref.mention.start) ?? m;
      const e = this.entities[chosen.entity];
      return { ...ref, name: e.name, entityId: e.id, antecedent: { start: chosen.start, end: chosen.end } };
    }
    for (let i = this.namedSpeakers.length - 1; i >= 0; i--) {
      const s = this.namedSpeakers[i];
      if (s.start < ref.mention.start && s.type === type) return { ...ref, name: s.name };
    }
    return ref;
  }
}
