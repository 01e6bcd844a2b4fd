// Links the entities of many documents into one registry, incrementally: full names, surnames, acronyms, variants.
import type { ConfirmedEntity, Entity, EntityType } from '../types';
import { acronymsOf, givenNamesOf, headOf, nameForm, placeBeforeComma, surnameOf, type NameForm } from './names';
import { COUNTRY_SUFFIXES, GENERIC_ORG_WORDS, TITLES } from './nameParts';
import { sameGivenName } from './nicknames';

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
  /** Document entities linked here as a person, an organisation, a place. */
  typeVotes: [number, number, number];
  /** Folded first names seen with each surname, to keep "Venus Williams" apart from "Serena Williams". */
  givenNames: Map<string, Map<string, number>> | null;
  /** The forms in use (by type and tokens), with how many document entities brought each: their keys are filed while used. */
  uses: Map<string, FormUse>;
}

/** A form in use in a cluster; `count` is above 0 while it is there (at 0 it leaves `uses`, for good). */
interface FormUse {
  form: LinkForm;
  count: number;
  givenFiled: boolean;
  cluster: Cluster;
}

const TYPES: readonly EntityType[] = ['person', 'org', 'place'];
const TYPE_INDEX: Record<EntityType, number> = { person: 0, org: 1, place: 2 };

export interface EntityLinkerOptions {
  registry?: readonly ConfirmedEntity[];
  /** Makes a new id; defaults to e0, e1, ... per linker. */
  newId?: () => string;
}

// How strongly a kind of key ties a form to a cluster; the best key wins.
const SCORE = { full: 4, acronym: 3, surname: 2.5, head: 1.5, given: 1 } as const;
type KeyKind = keyof typeof SCORE;
const MAX_GIVEN_NAME_BEARERS = 3;
/** The most a cluster adds to a key's score: being confirmed, and being seen often. */
const MAX_BONUS = 0.5 + 0.1;

/**
 * The clusters filed under one key ("F:vladimir putin", "S:putin"): one, several, or none. A form holds the slots of
 * its keys, so that linking reads them without looking each key up in a map of every key.
 */
interface KeySlot {
  filed: Cluster | Cluster[] | null;
}

/** A name form with its keys for one type, worked out once (names recur in every article of a story). */
interface LinkForm {
  form: NameForm;
  /** Type and folded tokens: one entry per distinct form in a cluster. */
  id: string;
  /** The slots of the keys it is filed under (distinct), and of those it looks clusters up by. */
  stored: readonly KeySlot[];
  lookup: readonly KeySlot[];
  lookupKinds: readonly KeyKind[];
  surname: string;
  given: readonly string[];
  /**
   * The use it was last counted under, so that the next document naming the same entity this way finds it without
   * looking in the cluster's map of uses (a form is almost always used by one cluster).
   */
  use: FormUse | null;
}

/**
 * Forms by type and writing, worked out once per linker, and the slots of their keys. Emptied when it grows past a
 * bound, so memory stays flat: then the slots with nothing filed go too (those filed are held by the clusters' forms).
 */
class LinkForms {
  /** By type (TYPE_INDEX): writing -> form. */
  private readonly byType: Map<string, LinkForm | null>[] = [new Map(), new Map(), new Map()];
  private readonly slots = new Map<string, KeySlot>();
  private count = 0;
  private readonly makeSlot = (key: string): KeySlot => {
    let slot = this.slots.get(key);
    if (!slot) this.slots.set(key, (slot = { filed: null }));
    return slot;
  };
  private readonly slotIfAny = (key: string): KeySlot => this.slots.get(key) ?? NOTHING_FILED;
  /** nameWeight by written form: a cluster's name is chosen again among all its forms whenever it gains or loses one. */
  private readonly weights = new Map<string, number>();

  get size(): number {
    return this.count;
  }

  get(written: string, type: EntityType): LinkForm | null {
    const byWriting = this.byType[TYPE_INDEX[type]];
    const known = byWriting.get(written);
    if (known !== undefined) return known;
    const form = nameForm(written, type);
    const made = form ? makeLinkForm(form, type, lookupKeys(form, type), this.makeSlot) : null;
    byWriting.set(written, made);
    this.count++;
    return made;
  }

  nameWeight(form: string): number {
    let weight = this.weights.get(form);
    if (weight === undefined) this.weights.set(form, (weight = nameWeight(form)));
    return weight;
  }

  /** A form made for one lookup, not kept: its keys' slots are read, none is made. */
  passing(form: NameForm, type: EntityType, lookup: readonly (readonly [KeyKind, string])[]): LinkForm {
    return makeLinkForm(form, type, lookup, this.slotIfAny);
  }

  /**
   * Empties the forms past the bound. Only between two calls of the linker: a form made in one call may yet file
   * under a key whose slot is empty, so no slot may go while it lives.
   */
  bound(): void {
    if (this.count < LINK_FORM_LIMIT) return;
    for (const byWriting of this.byType) byWriting.clear();
    this.weights.clear();
    this.count = 0;
    for (const [key, slot] of this.slots) if (slot.filed === null) this.slots.delete(key);
  }
}
const LINK_FORM_LIMIT = 100_000;
/** The slot of a key no form has: nothing is filed there, and nothing is filed through it. */
const NOTHING_FILED: KeySlot = Object.freeze({ filed: null });

function makeLinkForm(form: NameForm, type: EntityType, lookup: readonly (readonly [KeyKind, string])[], slotOf: (key: string) => KeySlot): LinkForm {
  return {
    form,
    id: `${type}:${form.tokens.join(' ')}`,
    stored: [...new Set(storedKeys(form, type).map(([, key]) => key))].map(slotOf),
    lookup: lookup.map(([, key]) => slotOf(key)),
    lookupKinds: lookup.map(([kind]) => kind),
    surname: surnameOf(form),
    given: cutShort(form) ? [form.tokens[0]] : givenNamesOf(form),
    use: null,
  };
}

export class EntityLinker {
  private readonly clusters = new Map<string, Cluster>();
  private readonly newId: () => string;
  private readonly linkForms = new LinkForms();

  constructor(options: EntityLinkerOptions = {}) {
    let next = 0;
    this.newId = options.newId ?? (() => `e${next++}`);
    // Confirmed entries with one Wikidata id are one entity, whatever their names (two sidecars may differ).
    const byWikidata = new Map<string, Cluster>();
    for (const c of options.registry ?? []) {
      let cluster = c.wikidata ? byWikidata.get(c.wikidata) : undefined;
      if (!cluster) {
        cluster = this.create(c.type);
        cluster.confirmed = true;
        cluster.name = c.name;
        cluster.wikidata = c.wikidata;
        if (c.wikidata) byWikidata.set(c.wikidata, cluster);
      }
      // Every confirmed alias is a name form, even one written in lower case ("the Russian leader").
      this.add(cluster, { name: c.name, type: c.type, aliases: c.aliases, forms: c.aliases }, 1);
    }
  }

  get size(): number {
    return this.clusters.size;
  }

  /** How many written names this linker has worked out the keys of (kept for reuse, up to a bound). */
  get knownForms(): number {
    return this.linkForms.size;
  }

  get(id: string): LinkedEntity | undefined {
    return this.clusters.get(id);
  }

  all(): IterableIterator<LinkedEntity> {
    return this.clusters.values();
  }

  /** Links a document's entity to the registry (creating a new entry when none fits) and returns its id. */
  link(entity: LinkableEntity): string {
    this.linkForms.bound();
    const forms = formsOf(this.linkForms, entity);
    // A person known here by a full name is looked up by it: its lone surname or first name could match a
    // stranger ("Putin" as the first word of a headline taken for a name).
    const fullOnly = entity.type === 'person' && forms.some(ofTwoWordsOrMore);
    const cluster = this.best(forms, entity.type, fullOnly) ?? this.create(entity.type);
    this.add(cluster, entity, 1, forms);
    return cluster.id;
  }

  /** Links all entities of one document; fuller names first, so "Ellen DeGeneres" anchors a lone "DeGeneres". */
  linkAll(entities: readonly LinkableEntity[]): string[] {
    const ids: string[] = new Array(entities.length);
    for (const i of fullestFirst(entities)) ids[i] = this.link(entities[i]);
    return ids;
  }

  /** Takes back what `link` added for this entity (when its document changes or goes away). */
  unlink(id: string, entity: LinkableEntity): void {
    const cluster = this.clusters.get(id);
    if (!cluster) return;
    this.linkForms.bound();
    this.add(cluster, entity, -1);
    if (cluster.weight <= 0 && !cluster.confirmed) {
      for (const { form } of cluster.uses.values()) for (const slot of form.stored) this.unfile(slot, cluster);
      this.clusters.delete(id);
    }
  }

  /** The entity a written name refers to, without changing the registry. */
  find(written: string, type?: EntityType): LinkedEntity | undefined {
    this.linkForms.bound();
    const forms: LinkForm[] = [];
    for (const t of [type ?? 'person', 'org', 'place'] as EntityType[]) {
      const form = nameForm(written, t);
      // Without a type, every kind of key is tried.
      if (form) forms.push(type ? (this.linkForms.get(written, t) as LinkForm) : this.linkForms.passing(form, t, lookupKeys(form, null)));
    }
    return this.best(forms, type ?? null) ?? undefined;
  }

  private create(type: EntityType): Cluster {
    const cluster: Cluster = { id: this.newId(), name: '', type, forms: new Map(), weight: 0, confirmed: false, typeVotes: [0, 0, 0], givenNames: null, uses: new Map() };
    this.clusters.set(cluster.id, cluster);
    return cluster;
  }

  /** The best cluster for the forms; with `fullOnly`, for those of two words or more (the others are passed over). */
  private best(forms: readonly LinkForm[], type: EntityType | null, fullOnly = false): Cluster | null {
    let best: Cluster | null = null;
    let bestScore = 0;
    for (const keys of forms) {
      const form = keys.form;
      if (fullOnly && form.tokens.length <= 1) continue;
      for (let k = 0; k < keys.lookup.length; k++) {
        const kind = keys.lookupKinds[k];
        // A weaker kind of key cannot win over a match already found, whatever its bonuses.
        if (SCORE[kind] + MAX_BONUS <= bestScore) continue;
        const filed = keys.lookup[k].filed;
        if (!filed) continue;
        const many = Array.isArray(filed);
        // A first name many people share says nothing about which of them is meant.
        if (kind === 'given' && many && filed.length > MAX_GIVEN_NAME_BEARERS) continue;
        for (let i = 0, n = many ? filed.length : 1; i < n; i++) {
          const c = many ? filed[i] : filed;
          // Confirmed names win ties; then the entity seen most, so a lone surname goes to the main bearer.
          const score = SCORE[kind] + (c.confirmed ? 0.5 : 0) + Math.min(c.weight, 1000) / 10000;
          if (score <= bestScore || !compatible(c, form, keys, kind, type)) continue;
          bestScore = score;
          best = c;
        }
      }
    }
    return best;
  }

  private add(cluster: Cluster, entity: LinkableEntity, sign: 1 | -1, forms = formsOf(this.linkForms, entity)): void {
    cluster.weight += sign;
    cluster.typeVotes[TYPE_INDEX[entity.type]] += sign;
    let formsChanged = false;
    for (const lf of forms) {
      const form = lf.form;
      const count = bump(cluster.forms, form.display, sign);
      if (count === sign || count <= 0) formsChanged = true;
      // A form's keys are filed when the cluster first uses it and taken back when the last use goes.
      // The use counted last is the cluster's for this form while it is that cluster's and still counted.
      let use: FormUse | null | undefined = lf.use;
      if (!use || use.cluster !== cluster || use.count <= 0) {
        use = cluster.uses.get(lf.id);
        if (!use) {
          if (sign < 0) continue;
          cluster.uses.set(lf.id, (use = { form: lf, count: 0, givenFiled: false, cluster }));
        }
        lf.use = use;
      }
      use.count += sign;
      if (sign > 0 && use.count === 1) {
        for (const slot of lf.stored) this.file(slot, cluster);
        if (entity.type === 'person' && form.tokens.length >= 2 && !cutShort(form)) {
          use.givenFiled = true;
          cluster.givenNames ??= new Map();
          let given = cluster.givenNames.get(lf.surname);
          if (!given) cluster.givenNames.set(lf.surname, (given = new Map()));
          for (const g of lf.given) bump(given, g, 1);
        }
      } else if (use.count <= 0) {
        cluster.uses.delete(lf.id);
        // First names go with the last form that brought them, so a person removed no longer keeps others apart.
        const given = use.givenFiled ? cluster.givenNames?.get(lf.surname) : undefined;
        if (given) {
          for (const g of lf.given) bump(given, g, -1);
          if (!given.size) cluster.givenNames!.delete(lf.surname);
        }
        // Keys another form in use also files stay.
        for (const slot of lf.stored) if (![...cluster.uses.values()].some((u) => u.form.stored.includes(slot))) this.unfile(slot, cluster);
      }
    }
    if (!cluster.confirmed) {
      const votes = cluster.typeVotes;
      // The first type with the most votes.
      let top = 0;
      for (let k = 1; k < votes.length; k++) if (votes[k] > votes[top]) top = k;
      if (votes[top] > 0) cluster.type = TYPES[top];
      // Only a new or vanished form can change the fullest name.
      if (formsChanged) cluster.name = fullestForm(cluster.forms, this.linkForms) ?? cluster.name;
    }
  }

  private file(slot: KeySlot, cluster: Cluster): void {
    const filed = slot.filed;
    if (!filed) slot.filed = cluster;
    else if (Array.isArray(filed)) {
      if (!filed.includes(cluster)) filed.push(cluster);
    } else if (filed !== cluster) slot.filed = [filed, cluster];
  }

  private unfile(slot: KeySlot, cluster: Cluster): void {
    const filed = slot.filed;
    if (filed === cluster) slot.filed = null;
    else if (Array.isArray(filed)) {
      const at = filed.indexOf(cluster);
      if (at >= 0) filed.splice(at, 1);
      if (filed.length === 1) slot.filed = filed[0];
    }
  }
}

/** Entity indices, fuller names (more words) first; ties keep their order. */
export function fullestFirst(entities: readonly Pick<LinkableEntity, 'name'>[]): number[] {
  const words = entities.map((e) => tokenCount(e.name));
  return entities.map((_, i) => i).sort((a, b) => words[b] - words[a]);
}

/** Words of a name that say who it is: initials ("M.") and generational suffixes do not count. */
function tokenCount(s: string): number {
  let n = 0;
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && s.charCodeAt(i) !== 0x20) continue;
    const end = i > start && s.charCodeAt(i - 1) === 0x2e ? i - 1 : i;
    if (end - start > 1 && (end - start > 3 || !GENERATION_WORDS.has(s.slice(start, end)))) n++;
    start = i + 1;
  }
  return n;
}

const GENERATION_WORDS: ReadonlySet<string> = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);

function bump<K>(map: Map<K, number>, key: K, by: number): number {
  const n = (map.get(key) ?? 0) + by;
  if (n > 0) map.set(key, n);
  else map.delete(key);
  return n;
}

/** The longest name form, ties to the most used: the canonical name of a cluster. */
function fullestForm(forms: Map<string, number>, weights: LinkForms): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  for (const [form, n] of forms) {
    const score = weights.nameWeight(form) + n;
    if (score > bestScore) [best, bestScore] = [form, score];
  }
  return best;
}

/** What a written form weighs as a cluster's name, before its count of uses: its capitalised words (an all-capitals headline form less). */
function nameWeight(form: string): number {
  const upperWords = form.split(' ').filter((w) => /^\p{Lu}/u.test(w) && !TITLES.has(w.toLowerCase())).length;
  const caseBonus = form === form.toUpperCase() && form.length > 5 ? -5 : 0;
  return upperWords * 100 + caseBonus;
}

/** The written forms of an entity that name it: its name and its name/alias mentions (not roles or pronouns). */
function formsOf(linkForms: LinkForms, entity: LinkableEntity): LinkForm[] {
  const out: LinkForm[] = [];
  if (entity.forms) {
    // Read as they are given: every document entity of every article comes this way.
    addWritten(out, linkForms, entity.name, entity.type);
    for (const w of entity.forms) addWritten(out, linkForms, w, entity.type);
    return out;
  }
  const names = new Set<string>([entity.name]);
  if (entity.mentions) {
    for (const m of entity.mentions) if (m.kind === 'name' || m.kind === 'alias') names.add(m.text);
  } else {
    for (const a of entity.aliases) if (/^\p{Lu}/u.test(a)) names.add(a);
  }
  for (const w of names) addWritten(out, linkForms, w, entity.type);
  return out;
}

/** Adds the forms of one writing (a place's also without what follows a comma), each form once. */
function addWritten(out: LinkForm[], linkForms: LinkForms, written: string, type: EntityType): void {
  addForm(out, linkForms.get(written, type));
  if (type !== 'place') return;
  const shorter = placeBeforeComma(written);
  if (shorter !== null) addForm(out, linkForms.get(shorter, type));
}

const ofTwoWordsOrMore = (f: LinkForm): boolean => f.form.tokens.length > 1;

/** Writings that make the same form count once. */
function addForm(out: LinkForm[], lf: LinkForm | null): void {
  if (!lf) return;
  for (let i = 0; i < out.length; i++) if (out[i].id === lf.id) return;
  out.push(lf);
}

/** "Regina M" (a name cut at a middle initial): its last word is no surname. */
function cutShort(form: NameForm): boolean {
  return form.tokens.length >= 2 && form.tokens[form.tokens.length - 1].length === 1;
}

/**
 * Shorter names a person form also answers to: "Gary Ross Still" (a headline word run into the name) is also
 * "Gary Ross", "Sanjay Gupta Surgeon General" also "Sanjay Gupta", "Moviemaker Gary Ross" also "Gary Ross".
 * Never a part that starts or ends with an initial.
 */
function partNames(form: NameForm): string[] {
  const t = form.tokens;
  const out: string[] = [];
  for (let n = t.length - 1; n >= 2; n--) if (t[n - 1].length > 1) out.push(t.slice(0, n).join(' '));
  if (t.length >= 3 && t[t.length - 2].length > 1) out.push(t.slice(-2).join(' '));
  return out;
}

/** The first word of an organisation name written as an acronym ("EYP Mission Critical Facilities", "ABC News"). */
function leadingAcronym(form: NameForm): string | null {
  return form.tokens.length > 1 && /^\p{Lu}{2,5}$/u.test(form.display.split(' ')[0]) ? form.tokens[0] : null;
}

/** The last word of a short name written as an acronym after ordinary words ("Specialist EYP"); not in an all-capitals headline. */
function trailingAcronym(form: NameForm): string | null {
  const words = form.display.split(' ');
  if (words.length < 2 || words.length > 3 || form.display === form.display.toUpperCase()) return null;
  return /^\p{Lu}{2,5}$/u.test(words[words.length - 1]) ? form.tokens[form.tokens.length - 1] : null;
}

/** Leading parts of three words or more of an organisation name ("EYP Mission Critical" of "EYP Mission Critical Facilities"). */
function leadingParts(form: NameForm): string[] {
  const out: string[] = [];
  for (let n = form.tokens.length - 1; n >= 3; n--) out.push(form.tokens.slice(0, n).join(' '));
  return out;
}

/**
 * An organisation or place name without a last word that only says what kind of body or where it is: "Staunton
 * Police Department" is also "Staunton Police", "T-Mobile USA" also "T-Mobile".
 */
function withoutGenericTail(form: NameForm): string | null {
  const n = form.tokens.length;
  if (n < 2) return null;
  const last = form.tokens[n - 1];
  if (COUNTRY_SUFFIXES.has(last) || (n >= 3 && GENERIC_ORG_WORDS.has(last))) return form.tokens.slice(0, -1).join(' ');
  return null;
}

/** Keys a form is filed under. */
function storedKeys(form: NameForm, type: EntityType): [KeyKind, string][] {
  const full = form.tokens.join(' ');
  const keys: [KeyKind, string][] = [['full', `F:${full}`]];
  if (form.acronymLike) keys.push(['acronym', `A:${full}`]);
  if (acronymCapable(form, type)) for (const a of acronymsOf(form)) keys.push(['acronym', `A:${a}`]);
  if (type === 'person') {
    if (form.tokens.length >= 2) keys.push(['given', `G:${form.tokens[0]}`]);
    if (cutShort(form)) return keys;
    keys.push(['surname', `S:${surnameOf(form)}`]);
    for (const name of partNames(form)) keys.push(['full', `F:${name}`]);
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
    // A lone word, so that a fuller name seen later finds it by its distinctive word ("Angels", then "Los Angeles Angels").
    if (form.tokens.length === 1) keys.push(['head', `L:${full}`]);
    const shorter = withoutGenericTail(form);
    if (shorter) keys.push(['full', `F:${shorter}`]);
    if (type === 'org') {
      const acronym = leadingAcronym(form);
      if (acronym) keys.push(['head', `A:${acronym}`]);
      // A shorter name that leads this one finds it, and this one finds a longer name it leads.
      for (const part of leadingParts(form)) keys.push(['head', `P:${part}`]);
      if (form.tokens.length >= 3) keys.push(['head', `Q:${full}`]);
    }
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
    } else if (cutShort(form)) {
      keys.push(['given', `G:${form.tokens[0]}`]);
    } else {
      keys.push(['surname', `S:${surnameOf(form)}`]);
      for (const name of partNames(form)) keys.push(['full', `F:${name}`]);
    }
  }
  if (type !== 'person') {
    const head = headOf(form);
    if (head && form.tokens.length === 1) keys.push(['head', `H:${head}`]);
    if (form.tokens.length > 1) {
      // The reverse of a lone word finding a fuller name: the fuller name finds the lone word seen earlier.
      if (head) keys.push(['head', `L:${head}`]);
      const last = form.tokens[form.tokens.length - 1];
      if (type !== 'place' && last.length >= 3 && !GENERIC_ORG_WORDS.has(last)) keys.push(['head', `L:${last}`]);
    }
    const shorter = withoutGenericTail(form);
    if (shorter) keys.push(['full', `F:${shorter}`], ['head', `L:${shorter}`]);
    if (type !== 'place' && form.tokens.length >= 3) {
      keys.push(['head', `P:${full}`]);
      for (const part of leadingParts(form)) keys.push(['head', `Q:${part}`]);
    }
  }
  // "HP Snaps", "HP Monday": a known acronym followed by other words is that organisation; so is a word or two
  // before one ("Specialist EYP").
  const leading = leadingAcronym(form);
  if (leading) keys.push(['head', `A:${leading}`]);
  // The recogniser took the acronym for a person's surname: an acronym key crosses types.
  const trailing = leading ? null : trailingAcronym(form);
  if (trailing) keys.push(['acronym', `A:${trailing}`]);
  return keys;
}

/**
 * People's names make acronyms when hyphenated into one word ("Hewlett-Packard" taken for a person) or of three
 * words or more ("Research In Motion" taken for a person; "John Fitzgerald Kennedy", JFK).
 */
function acronymCapable(form: NameForm, type: EntityType): boolean {
  return type !== 'person' || (form.tokens.length === 1 && form.initials.length > 1) || form.tokens.length >= 3;
}

function compatible(c: Cluster, form: NameForm, keys: LinkForm, kind: KeyKind, type: EntityType | null): boolean {
  // A full-name or acronym match survives a recogniser's type slip; so does a surname between person and
  // organisation (a lone surname is often typed as an organisation); weaker keys need the same kind of thing.
  const sameType = type === null || c.type === type || c.typeVotes[TYPE_INDEX[type]] > 0;
  const personOrOrg = (t: EntityType | null) => t === 'person' || t === 'org';
  // A lone first name typed as an organisation ("Katie") is looked up as one too.
  const personalKey = kind === 'surname' || kind === 'given';
  if (!sameType && kind !== 'full' && kind !== 'acronym' && !(personalKey && personOrOrg(type) && personOrOrg(c.type))) return false;
  if (kind === 'surname' && form.tokens.length >= 2) {
    // Same surname, different first names: two people ("Venus Williams", "Serena Williams").
    const given = c.givenNames?.get(keys.surname);
    const mine = keys.given;
    if (given && given.size && mine.length && !mine.some((g) => [...given.keys()].some((k) => sameGivenName(g, k)))) return false;
  }
  if (kind === 'given') {
    // A lone first name (or one cut at an initial, "Regina M") only links to a person known by a full name.
    return (form.tokens.length === 1 || cutShort(form)) && c.type === 'person';
  }
  return true;
}
