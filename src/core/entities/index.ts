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
    const { registry, keep } = registryIndex(options.registry);
    const lowerWords = documentLowerWords;
    lowerWords.reset(text.length);
    const tokens = tokenize(text, keep, lowerWords, documentTokens);
    const { pieces } = new NameRecognizer(tokens, registry, lowerWords).run();
    const mentions = pendingMentions(text, tokens, pieces);
    assignCanonicalNames(mentions, text);
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

/** A registry's phrases, and the lower-case words the tokenizer keeps for them and for the rules. */
interface RegistryIndex {
  registry: Map<string, PhraseEntry[]>;
  keep: WordFilter;
}

/**
 * The last registry's index, with what it was made of: a workspace is read document by document with the same
 * registry, and indexing its names (tokenising every alias) can cost more than reading a short article.
 */
let lastRegistry: { fields: unknown[]; index: RegistryIndex } | null = null;

function registryIndex(entities: readonly ConfirmedEntity[] | undefined): RegistryIndex {
  const fields = registryFields(entities);
  if (lastRegistry && sameFields(lastRegistry.fields, fields)) return lastRegistry.index;
  const registry = registryPhrases(entities);
  const index = { registry, keep: wordsToKeep(registry) };
  lastRegistry = { fields, index };
  return index;
}

/** Marks that open an entity's fields, or stand for a missing one: no registry holds them, so fields never run together. */
const ENTRY = {};
const NO_ENTRY = {};

/**
 * Everything registryPhrases() reads of a registry, in order: the same fields make the same index, whether the
 * registry is the same array or another one with the same names (and an array changed in place is read anew).
 */
function registryFields(entities: readonly ConfirmedEntity[] | undefined): unknown[] {
  const fields: unknown[] = [];
  if (!entities?.length) return fields;
  for (const e of entities) {
    if (!e) {
      fields.push(NO_ENTRY);
      continue;
    }
    const aliases: unknown = e.aliases;
    fields.push(ENTRY, e.name, e.type, Array.isArray(aliases) ? aliases.length : -1);
    if (Array.isArray(aliases)) for (const a of aliases) fields.push(a);
  }
  return fields;
}

function sameFields(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

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
