// Hand-made analyses for cross-source tests: entities and quotes placed by the words they cover, no analyzer involved.
import type { Analysis, Entity, EntityType, Quote, QuoteKind } from '../../src/core/types';

export interface StoryEntity {
  name: string;
  type: EntityType;
  /** Written forms to find in the text (each occurrence becomes a name mention). */
  forms: string[];
}

export interface StoryQuote {
  /** The quoted words, found in the text. */
  words: string;
  kind: QuoteKind;
  /** Name of a StoryEntity, or null. */
  speaker: string | null;
}

export function storyAnalysis(text: string, entities: StoryEntity[], quotes: StoryQuote[] = [], hedgeCues: string[] = []): Analysis {
  const ents: Entity[] = entities.map((e) => {
    const mentions = [];
    for (const form of e.forms) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        if (/[\p{L}]/u.test(text[at + form.length] ?? '') || /[\p{L}]/u.test(text[at - 1] ?? '')) continue;
        mentions.push({ start: at, end: at + form.length, kind: 'name' as const, text: form });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { id: e.name.toLowerCase().replace(/\s+/g, '-'), name: e.name, type: e.type, aliases: e.forms.filter((f) => f !== e.name), roles: [], mentions };
  });
  const qs: Quote[] = quotes.map((q) => {
    const start = text.indexOf(q.words);
    if (start < 0) throw new Error(`quote not in text: ${q.words}`);
    const end = start + q.words.length;
    const speaker = q.speaker ? ents.find((e) => e.name === q.speaker)! : null;
    return {
      start,
      end,
      kind: q.kind,
      parts: [{ start, end }],
      cue: null,
      cueLemma: null,
      speaker: speaker ? { mention: speaker.mentions[0], kind: 'name', name: speaker.name, entityId: speaker.id, anonymous: false } : null,
    };
  });
  const hedges = hedgeCues.map((cue) => {
    const start = text.indexOf(cue);
    if (start < 0) throw new Error(`hedge not in text: ${cue}`);
    return { start, end: start + cue.length, kind: 'epistemic' as const, cue, voice: 'reporter' as const, claim: { start, end: start + cue.length } };
  });
  return { textLength: text.length, quotes: qs, scareQuotes: [], hedges, entities: ents };
}
