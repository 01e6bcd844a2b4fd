// Named entities: people, organisations and places with canonical names, in-document aliases and roles.
import type { ConfirmedEntity, Entity } from '../types';
import { assignCanonicalNames, buildEntities, pendingMentions } from './fold';
import { gazetteer, registryPhrases, type PhraseEntry } from './gazetteer';
import { CONTEXT_WORDS, NameRecognizer } from './recognize';
import { findRoleMentions, ROLE_CONTEXT_WORDS } from './roles';
import { LowerWordBloom, tokenize, Tokens, WordFilter } from './tokenizer';

export { entityId } from './fold';

export interface FindEntitiesOptions {
  registry?: readonly ConfirmedEntity[];
}

export function findEntities(text: string, options: FindEntitiesOptions = {}): Entity[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const registry = registryPhrases(options.registry);
    const lowerWords = documentLowerWords;
    lowerWords.reset(text.length);
    const tokens = tokenize(text, wordsToKeep(registry), lowerWords, documentTokens);
    const { pieces } = new NameRecognizer(tokens, registry, lowerWords).run();
    const mentions = pendingMentions(text, tokens, pieces);
    assignCanonicalNames(mentions);
    const entities = buildEntities(mentions);
    findRoleMentions(text, tokens, pieces, mentions, entities);
    return entities;
  } catch {
    // Entities are an aid to reading: a failure here must never take the rest of the analysis down.
    return [];
  } finally {
    documentTokens.release();
  }
}

let builtinWords: WordFilter | null = null;

/** The columns every document's tokens are written to: no token outlives the call that made it. */
const documentTokens = new Tokens(1024);
const documentLowerWords = new LowerWordBloom(0);

/**
 * The lower-case words any rule looks at: context words, role words, and the lower-case words of lexicon and
 * registry phrases ("Valdai discussion club"). The tokenizer folds all other lower-case words into gaps.
 */
function wordsToKeep(registry: Map<string, PhraseEntry[]>): WordFilter {
  if (!builtinWords) {
    const filter = new WordFilter();
    const gaz = gazetteer();
    for (const w of [...CONTEXT_WORDS, ...ROLE_CONTEXT_WORDS, ...gaz.roleWords]) filter.add(w);
    for (const list of gaz.phrases.values()) for (const e of list) e.words.forEach((w, k) => !e.capitalised[k] && filter.add(w));
    for (const list of gaz.titles.values()) for (const words of list) for (const w of words) filter.add(w);
    builtinWords = filter;
  }
  if (registry.size === 0) return builtinWords;
  // The registry's few words are looked up first, then the built-in ones.
  const filter = new WordFilter(builtinWords, 1 << 8);
  for (const list of registry.values()) for (const e of list) for (const w of e.words) filter.add(w);
  return filter;
}
