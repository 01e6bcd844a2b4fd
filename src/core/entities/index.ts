// Named entities: people, organisations and places with canonical names, in-document aliases and roles.
import type { ConfirmedEntity, Entity } from '../types';
import { assignCanonicalNames, buildEntities, pendingMentions } from './fold';
import { registryPhrases } from './gazetteer';
import { NameRecognizer } from './recognize';
import { findRoleMentions } from './roles';
import { tokenize } from './tokenizer';

export { entityId } from './fold';

export interface FindEntitiesOptions {
  registry?: readonly ConfirmedEntity[];
}

export function findEntities(text: string, options: FindEntitiesOptions = {}): Entity[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const tokens = tokenize(text);
    const { pieces } = new NameRecognizer(tokens, registryPhrases(options.registry)).run();
    const mentions = pendingMentions(text, tokens, pieces);
    assignCanonicalNames(mentions);
    const entities = buildEntities(mentions);
    findRoleMentions(text, tokens, pieces, entities);
    return entities;
  } catch {
    // Entities are an aid to reading: a failure here must never take the rest of the analysis down.
    return [];
  }
}
