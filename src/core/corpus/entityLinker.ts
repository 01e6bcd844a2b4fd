// Links the entities of many documents into one registry, incrementally: full names, surnames, acronyms, variants.
import type { ConfirmedEntity, Entity, EntityType } from '../types';
import { acronymsOf, givenNamesOf, headOf, nameForm, splitPlace, surnameOf, type NameForm } from './names';
import { GENERIC_ORG_WORDS, TITLES } from './nameParts';

/** One entity across documents. */
export interface LinkedEntity {
  id: string;
  /** The fullest name seen (or the confirmed one). */
  name: string;
  type: EntityType;
  /** Every written form seen, with how many document entities used it. */
  forms: Map<string, number>;
  /** How many document entities were linked here (each document entity counts once). */
  weight: number;
  confirmed: boolean;
  wikidata?: string;
}

/**
 * What the linker needs of a document's entity: the Entity of an Analysis fits. `forms`, when given, are the
 * distinct written names of its name and alias mentions (what linking reads of `mentions`).
 */
export type LinkableEntity = Pick<Entity, 'name' | 'type' | 'aliases'> & { mentions?: readonly { kind: string; text: string }[]; forms?: readonly string[] };

interface Cluster extends LinkedEntity {
  typeVotes: Map<EntityType, number>;
  /** Folded first names seen with each surname, to keep "Venus Williams" apart from "Serena Williams". */
  givenNames: Map<string, Set<string>>;
  keys: Map<string, number>;
}

export interface EntityLinkerOptions {
  registry?: readonly ConfirmedEntity[];
  /** Makes a new id; defaults to e0, e1, ... per linker. */
  newId?: () => string;
}

// How strongly a kind of key ties a form to a cluster; the best key wins.
const SCORE = { full: 4, acronym: 3, surname: 2.5, head: 1.5, given: 1 } as const;
type KeyKind = keyof typeof SCORE;
const MAX_GIVEN_NAME_BEARERS = 3;

export class EntityLinker {
  private readonly clusters = new Map<string, Cluster>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly newId: () => string;

  constructor(options: EntityLinkerOptions = {}) {
    let next = 0;
    this.newId = options.newId ?? (() => `e${next++}`);
    for (const c of options.registry ?? []) {
      const cluster = this.create(c.type);
      cluster.confirmed = true;
      cluster.name = c.name;
      cluster.wikidata = c.wikidata;
      // Every confirmed alias is a name form, even one written in lower case ("the Russian leader").
      this.add(cluster, { name: c.name, type: c.type, aliases: c.aliases, mentions: c.aliases.map((text) => ({ kind: 'alias', text })) }, 1);
    }
  }

  get size(): number {
    return this.clusters.size;
  }

  get(id: string): LinkedEntity | undefined {
    return this.clusters.get(id);
  }

  all(): IterableIterator<LinkedEntity> {
    return this.clusters.values();
  }

  /** Links a document's entity to the registry (creating a new entry when none fits) and returns its id. */
  link(entity: LinkableEntity): string {
    const forms = formsOf(entity);
    // A person known here by a full name is looked up by it: its lone surname or first name could match a
    // stranger ("Putin" as the first word of a headline taken for a name).
    const full = entity.type === 'person' ? forms.filter((f) => f.tokens.length > 1) : [];
    const cluster = this.best(full.length ? full : forms, entity.type) ?? this.create(entity.type);
    this.add(cluster, entity, 1, forms);
    return cluster.id;
  }

  /** Links all entities of one document; fuller names first, so "Ellen DeGeneres" anchors a lone "DeGeneres". */
  linkAll(entities: readonly LinkableEntity[]): string[] {
    const order = entities.map((_, i) => i).sort((a, b) => tokenCount(entities[b].name) - tokenCount(entities[a].name));
    const ids: string[] = new Array(entities.length);
    for (const i of order) ids[i] = this.link(entities[i]);
    return ids;
  }

  /** Takes back what `link` added for this entity (when its document changes or goes away). */
  unlink(id: string, entity: LinkableEntity): void {
    const cluster = this.clusters.get(id);
    if (!cluster) return;
    this.add(cluster, entity, -1);
    if (cluster.weight <= 0 && !cluster.confirmed) {
      for (const key of cluster.keys.keys()) this.byKey.get(key)?.delete(id);
      this.clusters.delete(id);
    }
  }

  /** The entity a written name refers to, without changing the registry. */
  find(written: string, type?: EntityType): LinkedEntity | undefined {
    const forms = [type ?? 'person', 'org', 'place']
      .map((t) => nameForm(written, t as EntityType))
      .filter((f): f is NameForm => f !== null);
    return this.best(forms, type ?? null) ?? undefined;
  }

  private create(type: EntityType): Cluster {
    const cluster: Cluster = { id: this.newId(), name: '', type, forms: new Map(), weight: 0, confirmed: false, typeVotes: new Map(), givenNames: new Map(), keys: new Map() };
    this.clusters.set(cluster.id, cluster);
    return cluster;
  }

  private best(forms: readonly NameForm[], type: EntityType | null): Cluster | null {
    let best: Cluster | null = null;
    let bestScore = 0;
    for (const form of forms) {
      for (const [kind, key] of lookupKeys(form, type)) {
        const ids = this.byKey.get(key);
        // A first name many people share says nothing about which of them is meant.
        if (!ids || (kind === 'given' && ids.size > MAX_GIVEN_NAME_BEARERS)) continue;
        for (const id of ids) {
          const c = this.clusters.get(id)!;
          if (!compatible(c, form, kind, type)) continue;
          // Confirmed names win ties; then the entity seen most, so a lone surname goes to the main bearer.
          const score = SCORE[kind] + (c.confirmed ? 0.5 : 0) + Math.min(c.weight, 1000) / 10000;
          if (score > bestScore) {
            bestScore = score;
            best = c;
          }
        }
      }
    }
    return best;
  }

  private add(cluster: Cluster, entity: LinkableEntity, sign: 1 | -1, forms = formsOf(entity)): void {
    cluster.weight += sign;
    cluster.typeVotes.set(entity.type, (cluster.typeVotes.get(entity.type) ?? 0) + sign);
    let formsChanged = false;
    for (const form of forms) {
      const count = bump(cluster.forms, form.display, sign);
      if (count === sign || count <= 0) formsChanged = true;
      for (const [, key] of storedKeys(form, entity.type)) {
        const n = bump(cluster.keys, key, sign);
        if (n > 0) {
          let ids = this.byKey.get(key);
          if (!ids) this.byKey.set(key, (ids = new Set()));
          ids.add(cluster.id);
        } else {
          this.byKey.get(key)?.delete(cluster.id);
        }
      }
      if (entity.type === 'person' && form.tokens.length >= 2 && sign > 0) {
        const surname = surnameOf(form);
        let given = cluster.givenNames.get(surname);
        if (!given) cluster.givenNames.set(surname, (given = new Set()));
        for (const g of givenNamesOf(form)) given.add(g);
      }
    }
    if (!cluster.confirmed) {
      cluster.type = topKey(cluster.typeVotes) ?? cluster.type;
      // Only a new or vanished form can change the fullest name.
      if (formsChanged) cluster.name = fullestForm(cluster.forms) ?? cluster.name;
    }
  }
}

function tokenCount(s: string): number {
  return s.split(/\s+/).length;
}

function bump<K>(map: Map<K, number>, key: K, by: number): number {
  const n = (map.get(key) ?? 0) + by;
  if (n > 0) map.set(key, n);
  else map.delete(key);
  return n;
}

function topKey<K>(votes: Map<K, number>): K | undefined {
  let best: K | undefined;
  let n = 0;
  for (const [k, v] of votes) if (v > n) [best, n] = [k, v];
  return best;
}

/** The longest name form, ties to the most used: the canonical name of a cluster. */
function fullestForm(forms: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  for (const [form, n] of forms) {
    const upperWords = form.split(' ').filter((w) => /^\p{Lu}/u.test(w) && !TITLES.has(w.toLowerCase())).length;
    const caseBonus = form === form.toUpperCase() && form.length > 5 ? -5 : 0;
    const score = upperWords * 100 + n + caseBonus;
    if (score > bestScore) [best, bestScore] = [form, score];
  }
  return best;
}

/** The written forms of an entity that name it: its name and its name/alias mentions (not roles or pronouns). */
function formsOf(entity: LinkableEntity): NameForm[] {
  const written = new Set<string>([entity.name]);
  if (entity.forms) {
    for (const f of entity.forms) written.add(f);
  } else if (entity.mentions) {
    for (const m of entity.mentions) if (m.kind === 'name' || m.kind === 'alias') written.add(m.text);
  } else {
    for (const a of entity.aliases) if (/^\p{Lu}/u.test(a)) written.add(a);
  }
  const out: NameForm[] = [];
  const seen = new Set<string>();
  for (const w of written) {
    for (const part of entity.type === 'place' ? splitPlace(w) : [w]) {
      const form = nameForm(part, entity.type);
      if (!form) continue;
      const key = form.tokens.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(form);
    }
  }
  return out;
}

/** Keys a form is filed under. */
function storedKeys(form: NameForm, type: EntityType): [KeyKind, string][] {
  const full = form.tokens.join(' ');
  const keys: [KeyKind, string][] = [['full', `F:${full}`]];
  if (form.acronymLike) keys.push(['acronym', `A:${full}`]);
  if (acronymCapable(form, type)) for (const a of acronymsOf(form)) keys.push(['acronym', `A:${a}`]);
  if (type === 'person') {
    keys.push(['surname', `S:${surnameOf(form)}`]);
    if (form.tokens.length >= 2) keys.push(['given', `G:${form.tokens[0]}`]);
    // "Gary Ross Still" (a headline word run into the name) is also filed as "Gary Ross".
    if (form.tokens.length >= 3) keys.push(['full', `F:${form.tokens.slice(0, -1).join(' ')}`]);
    // "Hewlett-Packard" taken for a person is still found by a lone "Hewlett".
    const head = form.tokens.length === 1 && form.initials.length > 1 ? headOf(form) : null;
    if (head) keys.push(['head', `H:${head}`]);
  } else {
    const head = headOf(form);
    if (head) keys.push(['head', `H:${head}`]);
    // "Red Sox" is also "the Sox": a distinctive last word names the organisation too.
    const last = form.tokens[form.tokens.length - 1];
    if (type === 'org' && form.tokens.length > 1 && last.length >= 3 && !GENERIC_ORG_WORDS.has(last)) keys.push(['head', `H:${last}`]);
    // A lone capitalised word typed as an organisation is often a person's surname ("Gupta", "Williams").
    if (type === 'org' && form.tokens.length === 1) keys.push(['surname', `S:${full}`]);
  }
  return keys;
}

/** Keys under which a form may find an existing cluster. */
function lookupKeys(form: NameForm, type: EntityType | null): [KeyKind, string][] {
  const full = form.tokens.join(' ');
  const keys: [KeyKind, string][] = [['full', `F:${full}`]];
  if (form.acronymLike) keys.push(['acronym', `A:${full}`]);
  if (type === null || acronymCapable(form, type)) for (const a of acronymsOf(form)) keys.push(['acronym', `A:${a}`]);
  if (type === 'person' || type === null || (type === 'org' && form.tokens.length === 1)) {
    if (form.tokens.length === 1) {
      keys.push(['surname', `S:${full}`]);
      keys.push(['given', `G:${full}`]);
    } else {
      keys.push(['surname', `S:${surnameOf(form)}`]);
      // A headline word run into a name ("Gary Ross Still"): the name without its last word.
      if (form.tokens.length >= 3) keys.push(['full', `F:${form.tokens.slice(0, -1).join(' ')}`]);
    }
  }
  if (type !== 'person') {
    const head = headOf(form);
    if (head && form.tokens.length === 1) keys.push(['head', `H:${head}`]);
  }
  // "HP Snaps", "HP Monday": a known acronym followed by other words is that organisation.
  if (form.tokens.length > 1 && /^\p{Lu}{2,5}$/u.test(form.display.split(' ')[0])) keys.push(['head', `A:${form.tokens[0]}`]);
  return keys;
}

/** People's names make acronyms only when hyphenated into one word ("Hewlett-Packard" taken for a person). */
function acronymCapable(form: NameForm, type: EntityType): boolean {
  return type !== 'person' || (form.tokens.length === 1 && form.initials.length > 1);
}

function compatible(c: Cluster, form: NameForm, kind: KeyKind, type: EntityType | null): boolean {
  // A full-name or acronym match survives a recogniser's type slip; so does a surname between person and
  // organisation (a lone surname is often typed as an organisation); weaker keys need the same kind of thing.
  const sameType = type === null || c.type === type || (c.typeVotes.get(type) ?? 0) > 0;
  const personOrOrg = (t: EntityType | null) => t === 'person' || t === 'org';
  if (!sameType && kind !== 'full' && kind !== 'acronym' && !(kind === 'surname' && personOrOrg(type) && personOrOrg(c.type))) return false;
  if (kind === 'surname' && form.tokens.length >= 2) {
    // Same surname, different first names: two people ("Venus Williams", "Serena Williams").
    const given = c.givenNames.get(surnameOf(form));
    const mine = givenNamesOf(form);
    if (given && given.size && mine.length && !mine.some((g) => [...given].some((k) => k.startsWith(g) || g.startsWith(k)))) return false;
  }
  if (kind === 'given') {
    // A lone first name only links to a person known by a full name.
    return form.tokens.length === 1 && c.type === 'person';
  }
  return true;
}
