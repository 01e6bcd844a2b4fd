// Entity ids shared by the documents of one story (a corpus), given once all of the story's documents are in.
import type { Analysis, EntityType, Span } from '../types';
import { EntityLinker, fullestFirst, type LinkableEntity } from './entityLinker';

/** What a document gets when its story settles. */
export interface StoryDocument {
  /** The id of each of the document's entities, by index. */
  ids: string[];
  /** Names the story's other articles recognise, found here where the document's own analysis has no name. */
  found: (Span & { type: EntityType; id: string })[];
}

interface QueuedDocument {
  text: string;
  entities: LinkableEntity[];
  /** Name and alias mentions: start, end, entity index. */
  names: { start: number; end: number; entity: number; text: string }[];
  done: (result: StoryDocument) => void;
}

/** A story name is used where it was recognised this many times in the story (once may be a slip). */
const MIN_NAME_USES = 2;
const MIN_NAME_LENGTH = 3;
const POSSESSIVE = /['’]s?$/u;

/**
 * Each story has its own linker (full names, surnames, acronyms, spelling variants). Documents are queued and
 * linked together when the story is settled: every entity of every queued document, fuller names first, so that a
 * lone "Nixon" or "Angels" in the first article finds the "Richard M. Nixon" or "Los Angeles Angels" of a later one,
 * and the ids do not depend on the order of the articles.
 *
 * A story's articles also tell each other what their names are: one that reads "Williams died on Thursday" (a lone
 * surname at the start of a sentence, which a recogniser rightly doubts on its own) is about the Williams the
 * other articles name. So the names the story recognises are looked for where an article has no name, and get the
 * ids of their entities. Only names, texts and spans are queued, never the analyses.
 */
export class StoryEntityIds {
  private readonly linkers = new Map<string, EntityLinker>();
  private readonly queued = new Map<string, QueuedDocument[]>();
  private next = 0;
  private readonly newId = (): string => `e${this.next++}`;

  /** Queues a document of `story`; `done` receives its entities' ids and the story names found in it when the story settles. */
  add(story: string, text: string, analysis: Pick<Analysis, 'entities'>, done: (result: StoryDocument) => void): void {
    const entities: LinkableEntity[] = analysis.entities.map((e) => ({
      name: e.name,
      type: e.type,
      aliases: [],
      forms: [...new Set(e.mentions.filter((m) => m.kind === 'name' || m.kind === 'alias').map((m) => m.text))],
    }));
    const names = analysis.entities.flatMap((e, entity) =>
      e.mentions.filter((m) => m.kind === 'name' || m.kind === 'alias').map((m) => ({ start: m.start, end: m.end, entity, text: m.text })),
    );
    let list = this.queued.get(story);
    if (!list) this.queued.set(story, (list = []));
    list.push({ text, entities, names, done });
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
      const names = storyNames(docs, ids);
      docs.forEach((d, i) => d.done({ ids: ids[i], found: findNames(d, names) }));
    }
  }
}

interface StoryName {
  text: string;
  id: string;
  type: EntityType;
}

/** The names recognised in the story, each with the entity it names most often; longest first. */
function storyNames(docs: readonly QueuedDocument[], ids: readonly string[][]): StoryName[] {
  const votes = new Map<string, Map<string, { n: number; type: EntityType }>>();
  docs.forEach((d, i) => {
    for (const m of d.names) {
      const text = m.text.replace(POSSESSIVE, '');
      if (text.length < MIN_NAME_LENGTH || !/^\p{Lu}/u.test(text)) continue;
      let byId = votes.get(text);
      if (!byId) votes.set(text, (byId = new Map()));
      const id = ids[i][m.entity];
      const v = byId.get(id);
      if (v) v.n++;
      else byId.set(id, { n: 1, type: d.entities[m.entity].type });
    }
  });
  const out: StoryName[] = [];
  for (const [text, byId] of votes) {
    let uses = 0;
    let best: [string, { n: number; type: EntityType }] | undefined;
    for (const entry of byId) {
      uses += entry[1].n;
      if (!best || entry[1].n > best[1].n) best = entry;
    }
    if (best && uses >= MIN_NAME_USES) out.push({ text, id: best[0], type: best[1].type });
  }
  return out.sort((a, b) => b.text.length - a.text.length);
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Whole-word occurrences of the story's names where the document has no name mention. */
function findNames(doc: QueuedDocument, names: readonly StoryName[]): StoryDocument['found'] {
  const taken: Span[] = doc.names.map((m) => ({ start: m.start, end: m.end }));
  const overlaps = (start: number, end: number): boolean => taken.some((s) => s.start < end && start < s.end);
  const found: StoryDocument['found'] = [];
  for (const name of names) {
    for (let at = doc.text.indexOf(name.text); at >= 0; at = doc.text.indexOf(name.text, at + 1)) {
      const end = at + name.text.length;
      if (isWordChar(doc.text[at - 1]) || isWordChar(doc.text[end]) || overlaps(at, end)) continue;
      found.push({ start: at, end, type: name.type, id: name.id });
      taken.push({ start: at, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
