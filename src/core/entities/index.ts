// Named entities: people, organisations and places with canonical names and in-document aliases.
import type { ConfirmedEntity, Entity } from '../types';

export interface FindEntitiesOptions {
  registry?: readonly ConfirmedEntity[];
}

export function findEntities(_text: string, _options: FindEntitiesOptions = {}): Entity[] {
  return [];
}
