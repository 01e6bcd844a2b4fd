// Entity ids shared by the documents of one story (a corpus), given once all of the story's documents are in.
import type { Analysis } from '../types';
import { EntityLinker, fullestFirst, type LinkableEntity } from './entityLinker';

interface QueuedDocument {
  entities: LinkableEntity[];
  done: (ids: string[]) => void;
}

/**
 * Each story has its own linker (full names, surnames, acronyms, spelling variants). Documents are queued and
 * linked together when the story is settled: every entity of every queued document, fuller names first, so that a
 * lone "Nixon" or "Angels" in the first article finds the "Richard M. Nixon" or "Los Angeles Angels" of a later one,
 * and the ids do not depend on the order of the articles. Only the entities' names are queued, never the analyses.
 */
export class StoryEntityIds {
  private readonly linkers = new Map<string, EntityLinker>();
  private readonly queued = new Map<string, QueuedDocument[]>();
  private next = 0;
  private readonly newId = (): string => `e${this.next++}`;

  /** Queues a document of `story`; `done` receives the id of each of its entities (by index) when the story settles. */
  add(story: string, analysis: Pick<Analysis, 'entities'>, done: (ids: string[]) => void): void {
    const entities: LinkableEntity[] = analysis.entities.map((e) => ({
      name: e.name,
      type: e.type,
      aliases: [],
      forms: [...new Set(e.mentions.filter((m) => m.kind === 'name' || m.kind === 'alias').map((m) => m.text))],
    }));
    let list = this.queued.get(story);
    if (!list) this.queued.set(story, (list = []));
    list.push({ entities, done });
  }

  /** Stories with documents waiting. */
  get pending(): number {
    return this.queued.size;
  }

  /** Links the queued documents of every story (or of one) and hands out their ids. */
  settle(story?: string): void {
    for (const name of story === undefined ? [...this.queued.keys()] : [story]) {
      const docs = this.queued.get(name);
      if (!docs) continue;
      this.queued.delete(name);
      let linker = this.linkers.get(name);
      if (!linker) this.linkers.set(name, (linker = new EntityLinker({ newId: this.newId })));
      const all = docs.flatMap((d, doc) => d.entities.map((entity, index) => ({ entity, doc, index, name: entity.name })));
      const ids = docs.map((d) => new Array<string>(d.entities.length));
      for (const k of fullestFirst(all)) ids[all[k].doc][all[k].index] = linker.link(all[k].entity);
      docs.forEach((d, i) => d.done(ids[i]));
    }
  }
}
