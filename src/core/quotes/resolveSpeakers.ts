// Links speaker phrases to the analysed entities: overlapping mentions, and pronouns to their nearest antecedent.
import type { Entity, EntityType, SpeakerRef, Span } from '../types';

interface FlatMention extends Span {
  entity: number;
  pronoun: boolean;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'i', 'we']);
const ORGANISATION_PRONOUNS = new Set(['it', 'its']);

/** Entity mentions in text order, for overlap and nearest-antecedent look-ups in logarithmic time. */
export class SpeakerResolver {
  private readonly mentions: FlatMention[];
  /** Named speakers found by the attribution reader, in text order: the fallback antecedents. */
  private readonly namedSpeakers: { start: number; name: string; type: EntityType }[] = [];

  constructor(private readonly entities: readonly Entity[]) {
    const flat: FlatMention[] = [];
    entities.forEach((e, entity) => {
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

  private overlapping(span: Span, preferNamed: boolean): FlatMention | null {
    // Mentions are short, so the ones that overlap start within a few entries before span.end.
    let best: FlatMention | null = null;
    for (let i = this.lowerBound(span.end) - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m.end <= span.start) {
        if (span.start - m.start > 200) break;
        continue;
      }
      if (m.start >= span.end) continue;
      if (!best || (preferNamed && best.pronoun && !m.pronoun) || (m.pronoun === best.pronoun && m.end > best.end)) best = m;
    }
    return best;
  }

  /** The nearest earlier mention of an entity of the wanted type, or null. */
  private antecedent(before: number, type: EntityType): FlatMention | null {
    for (let i = this.lowerBound(before) - 1, seen = 0; i >= 0 && seen < 400; i--, seen++) {
      const m = this.mentions[i];
      if (m.pronoun || m.end > before) continue;
      if (this.entities[m.entity].type === type) return m;
    }
    return null;
  }

  noteNamedSpeaker(start: number, name: string, type: EntityType): void {
    this.namedSpeakers.push({ start, name, type });
  }

  /** Fills name, entityId and antecedent of a speaker whose mention span and kind are already known. */
  resolve(ref: SpeakerRef, text: string): SpeakerRef {
    const hit = this.overlapping(ref.mention, true);
    if (hit && !(ref.kind === 'pronoun' && !hit.pronoun && hit.end <= ref.mention.start)) {
      const e = this.entities[hit.entity];
      return { ...ref, name: e.name, entityId: e.id, anonymous: false };
    }
    if (ref.kind !== 'pronoun') return ref;
    const word = text.slice(ref.mention.start, ref.mention.end).toLowerCase();
    const type: EntityType | null = PERSON_PRONOUNS.has(word) ? 'person' : ORGANISATION_PRONOUNS.has(word) ? 'org' : null;
    if (!type) return ref;
    const m = this.antecedent(ref.mention.start, type);
    if (m) {
      const e = this.entities[m.entity];
      return { ...ref, name: e.name, entityId: e.id, antecedent: { start: m.start, end: m.end } };
    }
    for (let i = this.namedSpeakers.length - 1; i >= 0; i--) {
      const s = this.namedSpeakers[i];
      if (s.start < ref.mention.start && s.type === type) return { ...ref, name: s.name };
    }
    return ref;
  }
}
