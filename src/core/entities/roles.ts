// Roles: the titles and descriptions found around a person's name ("Kremlin spokesman Dmitry Peskov",
// "Dmitry Peskov, Putin’s spokesman,"), and role mentions that stand for a known person
// ("the Russian leader" -> Vladimir Putin, "the president-elect" -> Donald Trump, "Putin’s spokesman" -> Dmitry Peskov).
import type { Entity } from '../types';
import { int32Column, uint8Column } from './columns';
import { lastIndexBefore, normaliseSpace, type PendingMention } from './fold';
import { gazetteer, type Gazetteer } from './gazetteer';
import { factsOf, type NamePiece } from './recognize';
import { Shape, type Tokens } from './tokenizer';
import { WordFlag } from './wordFacts';

/** Words that may stand between "the" and a role noun ("the former Russian president"). */
export const ROLE_MODIFIERS = new Set(['former', 'new', 'incoming', 'outgoing', 'current', 'top', 'chief', 'deputy', 'senior', 'acting', 'interim', 'then', 'late', 'longtime', 'veteran', 'first', 'sitting', 'embattled']);
/** Lower-case words role mentions are made of, besides the role nouns. */
export const ROLE_CONTEXT_WORDS: readonly string[] = [...ROLE_MODIFIERS, 'the', 'a', 'an', 'of'];
const OFFICES_OF_LEADERS = new Set(['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'leader', 'emir', 'sultan', 'monarch', 'head of state', 'dictator']);
const APPOSITIVE_LIMIT = 9;

/** Role phrases by their first word, each with its words ("foreign minister" under "foreign"). */
let rolePhraseIndex: Map<string, { words: string[]; phrase: string }[]> | null = null;

/** The role phrases a role is made of, as whole words ("Russian Foreign Minister" -> "foreign minister", "minister"), in lexicon order. */
function officesNamedIn(role: string): string[] {
  if (!rolePhraseIndex) {
    rolePhraseIndex = new Map();
    for (const phrase of gazetteer().rolePhrases) {
      const words = phrase.split(' ');
      const list = rolePhraseIndex.get(words[0]);
      if (list) list.push({ words, phrase });
      else rolePhraseIndex.set(words[0], [{ words, phrase }]);
    }
  }
  // Words are the role's runs of letters and hyphens, as a phrase is matched between spaces of the cleaned role.
  const words = role.toLowerCase().split(/[^\p{L}-]+/u).filter((w) => w.length > 0);
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (const { words: phrase, phrase: name } of rolePhraseIndex.get(words[i]) ?? []) {
      if (i + phrase.length > words.length) continue;
      let k = 1;
      while (k < phrase.length && words[i + k] === phrase[k]) k++;
      if (k === phrase.length) found.add(name);
    }
  }
  return found.size > 1 ? gazetteer().rolePhrases.filter((p) => found.has(p)) : [...found];
}

interface PersonProfile {
  entity: Entity;
  offices: Set<string>;
  countries: Set<string>;
  /** Start offsets of the person's name mentions. */
  starts: number[];
}

export function findRoleMentions(text: string, tokens: Tokens, pieces: NamePiece[], mentions: PendingMention[], entities: Entity[]): void {
  new RoleFinder(text, tokens, pieces, mentions, entities).run();
}

/** The role finders' columns, one document's at a time. */
const mentionAtColumn = int32Column();
const endingAtColumn = int32Column();
const coveredColumn = uint8Column();

/** The key of the holders of any leader's office among the offices' mention lists. */
const LEADER_OFFICES_KEY = '\u0000leaders';

class RoleFinder {
  private readonly gaz: Gazetteer = gazetteer();
  /** The mention (index into `mentions`) whose name piece starts at each token, or -1. */
  private readonly mentionAt: Int32Array;
  /** Tokens already read as part of a role mention (made on the first one: most texts have none). */
  private covered: Uint8Array | null = null;
  private people: PersonProfile[] | null = null;
  /** People by office they hold in this document ("president" -> Vladimir Putin, Donald Trump). */
  private readonly byOffice = new Map<string, PersonProfile[]>();
  /** Per office, made when first asked: its holders' mention starts, ascending, and whose each is (see nearestHolder). */
  private readonly holderMentions = new Map<string, { starts: number[]; holders: PersonProfile[] }>();
  /** The holders of any leader's office, once (see nearestHolder). */
  private leaders: PersonProfile[] | undefined;
  /** Each person's roles as a set, for telling a new one without reading the list (see addRole). */
  private readonly roleSets = new Map<Entity, Set<string>>();
  private readonly touched = new Set<Entity>();
  private readonly aliasSets = new Map<Entity, Set<string>>();
  /** First token of the piece that ends just before each token index (made when first asked). */
  private endingAt: Int32Array | null = null;

  constructor(
    private readonly text: string,
    private readonly tokens: Tokens,
    private readonly pieces: NamePiece[],
    private readonly mentions: PendingMention[],
    private readonly entities: Entity[],
  ) {
    this.mentionAt = mentionAtColumn.take(tokens.length + 1, -1);
    // An indexed loop: a long text runs it once, before it is optimised, and for-of would allocate as it goes.
    for (let k = 0; k < mentions.length; k++) if (mentions[k].entity) this.mentionAt[mentions[k].piece.first] = k;
  }

  /** The mention whose name starts at token i, if it went into an entity. */
  private at(i: number): PendingMention | null {
    const k = this.mentionAt[i];
    return k >= 0 ? this.mentions[k] : null;
  }

  private pieceEndingAt(i: number): number {
    if (!this.endingAt) {
      const { pieces } = this;
      this.endingAt = endingAtColumn.take(this.tokens.length + 1, -1);
      for (let k = 0; k < pieces.length; k++) this.endingAt[pieces[k].last] = pieces[k].first;
    }
    return this.endingAt[i];
  }

  run(): void {
    // Roles written next to a name come first: they tell who holds which office in this document. (Mentions come in
    // the order of their first tokens; a token's is the last of them that starts there.)
    const { mentions } = this;
    for (let q = 0; q < mentions.length; q++) {
      const located = mentions[q];
      const entity = located.entity;
      if (!entity) continue;
      const { piece } = located;
      const first = piece.first;
      if (this.mentionAt[first] !== q) continue;
      if (entity.type !== 'person' || piece.kind !== 'name') continue;
      this.roleBefore(first, entity);
      this.appositiveAfter(piece.last, entity);
    }
    const { tokens } = this;
    for (let i = 0; i < tokens.length; i++) {
      // Role mentions open with "the" or a possessive name: look no further at other tokens (nor at the word of one
      // that is not three characters long).
      if (this.mentionAt[i] < 0 && (tokens.end[i] - tokens.start[i] !== 3 || tokens.lower(i) !== 'the')) continue;
      if (this.covered?.[i]) continue;
      const found = this.roleMentionAt(i);
      if (found) i = found - 1;
    }
    for (const e of this.touched) e.mentions.sort((a, b) => a.start - b.start);
  }

  private lower(i: number): string {
    return this.tokens.lower(i);
  }

  private has(i: number, flag: WordFlag): boolean {
    return (factsOf(this.tokens, i).flags & flag) !== 0;
  }

  /** Length of a role noun starting at i ("spokesman", "foreign minister", "president-elect"), or 0. */
  private roleNounAt(i: number): number {
    if (i >= this.tokens.length) return 0;
    const list = factsOf(this.tokens, i).roleNouns;
    if (!list) return 0;
    outer: for (const words of list) {
      if (i + words.length > this.tokens.length) continue;
      for (let k = 1; k < words.length; k++) if (this.lower(i + k) !== words[k]) continue outer;
      return words.length;
    }
    return 0;
  }

  private addRole(entity: Entity, role: string): void {
    if (!role) return;
    let known = this.roleSets.get(entity);
    if (!known) this.roleSets.set(entity, (known = new Set(entity.roles)));
    if (known.has(role)) return;
    known.add(role);
    entity.roles.push(role);
  }

  private addRoleMention(entity: Entity, first: number, last: number): void {
    const start = this.tokens.start[first];
    const end = this.tokens.end[last - 1];
    const surface = normaliseSpace(this.text.slice(start, end));
    entity.mentions.push({ start, end, kind: 'role', text: surface });
    this.touched.add(entity);
    let aliases = this.aliasSets.get(entity);
    if (!aliases) this.aliasSets.set(entity, (aliases = new Set(entity.aliases)));
    if (!aliases.has(surface)) {
      aliases.add(surface);
      entity.aliases.push(surface);
    }
    (this.covered ??= coveredColumn.take(this.tokens.length, 0)).fill(1, first, last);
  }

  /** "Kremlin spokesman Dmitry Peskov": lower-case role words and their modifier just before the name. */
  private roleBefore(first: number, entity: Entity): void {
    const { tokens } = this;
    const line = tokens.line[first];
    if (first === 0 || tokens.shape(first - 1) !== Shape.Lower || !this.has(first - 1, WordFlag.RoleWordEnding)) return;
    let k = first - 1;
    while (k - 1 >= 0 && first - k < 4 && tokens.line[k - 1] === line && tokens.shape(k - 1) === Shape.Lower && this.has(k - 1, WordFlag.RoleWord | WordFlag.RoleModifier)) k--;
    // One modifier before the role words: an organisation, a place, a demonym, or a possessive name.
    let start = k;
    const before = this.pieceEndingAt(start - 1 >= 0 && tokens.possessive(start - 1) ? start - 1 : start);
    if (before >= 0 && tokens.line[before] === line) start = before;
    this.addRole(entity, normaliseSpace(this.text.slice(tokens.start[start], tokens.end[first - 1])));
  }

  /** "Dmitry Peskov, Putin’s spokesman," and "Valentina Matviyenko, the Speaker of Russia’s Federation Council,". */
  private appositiveAfter(last: number, entity: Entity): void {
    const { tokens } = this;
    if (last >= tokens.length || tokens.text(last) !== ',') return;
    const line = tokens.line[last];
    let k = last + 1;
    const start = k;
    let noun = false;
    while (k < tokens.length && k - start < APPOSITIVE_LIMIT && tokens.line[k] === line) {
      const t = tokens.text(k);
      if (t === ',' || t === '.' || t === ';' || t === '(' || t === ')' || t === '—' || t === '–' || t === ':') break;
      if (tokens.shape(k) === Shape.Lower && !noun && !this.has(k, WordFlag.RoleWord | WordFlag.RoleModifier) && !['the', 'a', 'an', 'of'].includes(this.lower(k))) return;
      const n = this.roleNounAt(k);
      if (n) {
        noun = true;
        k += n;
        continue;
      }
      k++;
    }
    if (!noun || k === start) return;
    const end = k < tokens.length && [',', '.', ';', ')', '—', '–'].includes(tokens.text(k)) ? k : -1;
    if (end < 0) return;
    let from = start;
    if (['the', 'a', 'an'].includes(this.lower(from))) from++;
    this.addRole(entity, normaliseSpace(this.text.slice(tokens.start[from], tokens.end[end - 1])));
    this.addRoleMention(entity, start, end);
  }

  /** Offices and countries each person holds in this document, from the lexicon and the roles seen. */
  private profiles(): PersonProfile[] {
    const out: PersonProfile[] = [];
    for (const e of this.entities) {
      if (e.type !== 'person') continue;
      const facts = this.gaz.people.get(e.name);
      const offices = new Set<string>(facts?.offices ?? []);
      const countries = new Set<string>(facts?.country ? [facts.country] : []);
      for (const role of e.roles) {
        for (const phrase of officesNamedIn(role)) offices.add(phrase);
        for (const word of role.split(/[\s’']+/)) {
          const entries = this.gaz.phrases.get(word.toLowerCase());
          const place = entries?.find((p) => p.words.length === 1 && (p.kind === 'demonym' || p.kind === 'country'));
          if (place) countries.add(place.canonical);
        }
      }
      const profile = { entity: e, offices, countries, starts: e.mentions.filter((m) => m.kind !== 'role').map((m) => m.start) };
      out.push(profile);
      for (const o of offices) {
        const list = this.byOffice.get(o);
        if (list) list.push(profile);
        else this.byOffice.set(o, [profile]);
      }
    }
    return out;
  }

  /** A role mention starting at token i; returns the token after it, or 0. */
  private roleMentionAt(i: number): number {
    const { tokens } = this;
    const text = tokens.text(i);
    if (tokens.lower(i) !== 'the' && this.mentionAt[i] < 0) return 0;
    let k = i;
    let owner: Entity | null = null;
    let country: string | null = null;
    const located = this.at(i);
    if (located && located.entity && located.piece.last < tokens.length && tokens.possessive(located.piece.last)) {
      // "Putin’s spokesman"
      owner = located.entity;
      k = located.piece.last + 1;
    } else if (text === 'the' || (text === 'The' && tokens.sentenceStart(i))) {
      k = i + 1;
    } else return 0;
    while (k < tokens.length && this.has(k, WordFlag.RoleModifier)) k++;
    if (!owner) {
      const mod = this.at(k);
      if (mod && mod.entity && mod.entity.type === 'place') {
        country = mod.entity.name;
        k = mod.piece.last;
      }
      while (k < tokens.length && this.has(k, WordFlag.RoleModifier)) k++;
    }
    const n = this.roleNounAt(k);
    if (!n || tokens.shape(k) !== Shape.Lower) return 0;
    const end = k + n;
    // "the Russian President Vladimir Putin": a title before a name, not a mention on its own.
    if (end < tokens.length) {
      const shape = tokens.shape(end);
      if ((shape === Shape.Capitalised || shape === Shape.Upper) && tokens.line[end] === tokens.line[i]) return 0;
      if (tokens.text(end) === 'of') return 0;
    }
    // "Japarov’s spokesman, Askat Alagozov, said": the name set off after the role is the one it describes.
    const named = end + 1 < tokens.length && tokens.text(end) === ',' && tokens.line[end + 1] === tokens.line[i] ? this.at(end + 1) : null;
    if (named?.entity?.type === 'person' && named.piece.kind === 'name') {
      const from = text === 'the' || text === 'The' ? i + 1 : i;
      this.addRole(named.entity, normaliseSpace(this.text.slice(tokens.start[from], tokens.end[end - 1])));
      this.addRoleMention(named.entity, i, end);
      return end;
    }
    let noun = tokens.text(k).toLowerCase();
    for (let w = k + 1; w < end; w++) noun += ' ' + tokens.text(w).toLowerCase();
    // Profiles are made on the first role mention: most texts have none.
    this.people ??= this.profiles();
    const person = this.resolve(noun, owner, country, tokens.start[i]);
    if (!person) return 0;
    this.addRoleMention(person, i, end);
    return end;
  }

  /**
   * Of the holders of an office that `fits` accepts, the one mentioned last before `at`, else the one first mentioned
   * after it, else the first listed with no mention of their own. Each office keeps its holders' mentions in text
   * order, so that the nearest is found by a binary search and a walk away from `at` that stops at the first that
   * fits, rather than by looking through every holder for every role mention (thousands of spokesmen).
   */
  private nearestHolder(noun: string, at: number, fits: (p: PersonProfile) => boolean, anyLeader = false): PersonProfile | null {
    // "the president", "the Russian leader": any leader's office may be meant.
    const leader = anyLeader && this.gaz.leaderNouns.has(noun);
    const key = leader ? LEADER_OFFICES_KEY : noun;
    const listed = leader ? (this.leaders ??= [...new Set([...OFFICES_OF_LEADERS].flatMap((o) => this.byOffice.get(o) ?? []))]) : (this.byOffice.get(noun) ?? []);
    if (!listed.length) return null;
    let found = this.holderMentions.get(key);
    if (!found) {
      const all = listed.flatMap((p) => p.starts.map((start) => ({ start, p })));
      all.sort((a, b) => a.start - b.start);
      found = { starts: all.map((e) => e.start), holders: all.map((e) => e.p) };
      this.holderMentions.set(key, found);
    }
    const { starts, holders } = found;
    const before = lastIndexBefore(starts, at);
    // (A place in the text is one entity's mention: no two holders share a start.)
    for (let k = before; k >= 0; k--) if (fits(holders[k])) return holders[k];
    for (let k = before + 1; k < holders.length; k++) if (fits(holders[k])) return holders[k];
    return listed.find((p) => p.starts.length === 0 && fits(p)) ?? null;
  }

  private resolve(noun: string, owner: Entity | null, country: string | null, at: number): Entity | null {
    // "Putin’s spokesman": a holder whose roles name the owner; failing one, any other holder with a role.
    if (owner) {
      const ownerWords = [owner.name, ...owner.aliases].map((a) => a.toLowerCase());
      const named = (p: PersonProfile): boolean => p.entity !== owner && p.entity.roles.some((r) => ownerWords.some((w) => r.toLowerCase().includes(w)));
      return (this.nearestHolder(noun, at, named) ?? this.nearestHolder(noun, at, (p) => p.entity !== owner && p.entity.roles.length > 0))?.entity ?? null;
    }
    // "the Russian spokesman": a holder from that country; "the spokesman": any holder of the office.
    // ("the president" with no owner: the holder of any leader's office.)
    return this.nearestHolder(noun, at, (p) => !country || p.countries.has(country), true)?.entity ?? null;
  }
}
