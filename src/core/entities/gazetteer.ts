// Builds lookup tables from the lexicons once: phrase index for longest-match lookup, given names, titles.
import type { ConfirmedEntity, EntityType } from '../types';
import { COUNTRIES, PLACES, REGIONS_WITH_DEMONYMS_LIST } from './lexicon/places';

/** Entries of the country list that are regions or cities: sports clubs may carry their names. */
const REGIONS_WITH_DEMONYMS = new Set(REGIONS_WITH_DEMONYMS_LIST.split('|'));
import { FEMALE_NAMES, MALE_NAMES } from '../text/genders';
import { GIVEN_NAMES, KNOWN_PEOPLE, NOT_GIVEN_HERE } from './lexicon/people';
import { CRICKET_COUNTIES, KNOWN_ORGANISATIONS, ORGANISATION_HEADS_BEFORE_OF, ORGANISATION_SUFFIXES, PLACE_HEADS, SPORTS_TEAMS } from './lexicon/organisations';
import { COMMON_WORDS, LEADER_NOUNS, MISC_HEADS, MISC_WORDS, ROLE_NOUNS, TITLES } from './lexicon/words';
import { Shape, tokenize, type Tokens } from './tokenizer';

/** What a gazetteer phrase names. */
export type PhraseKind =
  | 'country'
  | 'place'
  | 'demonym'
  | 'person'
  | 'org'
  | 'team'
  | 'county'
  | 'registry';

export interface PhraseEntry {
  /** Lower-cased tokens of the phrase. */
  words: string[];
  /** Which tokens must be capitalised in running text (those written capitalised in the lexicon). */
  capitalised: boolean[];
  /** True when the lexicon writes the phrase in capitals ("US", "NATO"): in mixed-case text it must match exactly. */
  acronym: boolean;
  surface: string;
  canonical: string;
  type: EntityType | null;
  kind: PhraseKind;
}

export interface PersonFacts {
  country: string | null;
  offices: string[];
}

export interface Gazetteer {
  /** Phrases by their first lower-cased token, longest first. */
  phrases: Map<string, PhraseEntry[]>;
  givenNames: Set<string>;
  commonWords: Set<string>;
  /** Titles by first lower-cased token, each as lower-cased token lists, longest first. */
  titles: Map<string, string[][]>;
  roleNouns: Map<string, string[][]>;
  leaderNouns: Set<string>;
  /** Last words of role nouns ("spokesman", "minister"), and every word of them. */
  roleWordsEnding: Set<string>;
  roleWords: Set<string>;
  /** First words of phrases that may begin in lower case ("al Qaeda"). */
  lowerFirstWords: Set<string>;
  /** Role nouns as lower-case phrases ("foreign minister"). */
  rolePhrases: string[];
  orgSuffixes: Set<string>;
  orgHeadsBeforeOf: Set<string>;
  placeHeads: Set<string>;
  miscHeads: Set<string>;
  miscWords: Set<string>;
  /** First words of the multi-word entries of miscWords ("roman" of "Roman Catholic"). */
  miscFirstWords: Set<string>;
  /** Country (canonical) of each demonym canonical's place: "Russia" for Russia; used by roles. */
  people: Map<string, PersonFacts>;
  /** Surnames of well-known people that only one of them bears: "Peskov" -> "Dmitry Peskov". */
  surnames: Map<string, string>;
  /** Surnames of well-known people, clashes included: a lone "Clinton" is a person. */
  knownSurnames: Set<string>;
}

let built: Gazetteer | null = null;

function words(list: string): string[] {
  return list.split('|').filter((w) => w.length > 0);
}

/** A phrase waiting to be indexed: its surface is tokenised with all the others in one pass. */
interface PhraseRow {
  surface: string;
  canonical: string;
  type: EntityType | null;
  kind: PhraseKind;
}

/** A surface of ASCII letters and digits in words parted by single spaces: its tokens are its words. */
const PLAIN_SURFACE = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/**
 * Indexes phrases by their first token. Most surfaces are plain words, split without the tokenizer; the others
 * are tokenised as the lines of one text: one call instead of thousands on short strings, which would also train
 * the tokenizer's compiled code on text unlike any article.
 */
function addPhrases(index: Map<string, PhraseEntry[]>, rows: PhraseRow[]): void {
  const plain = rows.map((r) => PLAIN_SURFACE.test(r.surface));
  const tokens = tokenize(rows.filter((_, k) => !plain[k]).map((r) => r.surface.replace(/\n/g, ' ')).join('\n'));
  /** Entries by their words joined, to find a surface's variants. */
  const byWords = new Map<string, PhraseEntry>();
  let k = 0;
  let line = 0;
  for (let r = 0; r < rows.length; r++) {
    if (plain[r]) {
      addPhrase(index, byWords, plainEntry(rows[r]));
      continue;
    }
    const toks: number[] = [];
    for (; k < tokens.length && tokens.line[k] === line; k++) {
      if (tokens.shape(k) !== Shape.Other || tokens.possessive(k) || tokens.text(k) === '&' || tokens.text(k) === '-') toks.push(k);
    }
    line++;
    if (toks.length) addPhrase(index, byWords, tokenEntry(tokens, toks, rows[r]));
  }
}

/** The entry of a phrase made of the given tokens. */
function tokenEntry(tokens: Tokens, toks: number[], row: PhraseRow): PhraseEntry {
  const { surface, canonical, type, kind } = row;
  return {
    words: toks.map((t) => tokens.text(t).toLowerCase()),
    capitalised: toks.map((t) => tokens.shape(t) === Shape.Capitalised || tokens.shape(t) === Shape.Upper),
    acronym: toks.length === 1 && tokens.shape(toks[0]) === Shape.Upper,
    surface,
    canonical,
    type,
    kind,
  };
}

/** The entry of a plain surface, as tokenEntry() would make it from the surface's tokens. */
function plainEntry(row: PhraseRow): PhraseEntry {
  const { surface, canonical, type, kind } = row;
  const written = surface.split(' ');
  const capitalised = written.map(startsUpper);
  return {
    words: written.map((w) => w.toLowerCase()),
    capitalised,
    // Shape.Upper: a capital and no lower-case letter after it.
    acronym: written.length === 1 && capitalised[0] && !/[a-z]/.test(surface),
    surface,
    canonical,
    type,
    kind,
  };
}

/** Shape.Capitalised or Shape.Upper for a plain word: it starts with an ASCII capital. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Indexes a phrase entry under its first word. */
function addPhrase(index: Map<string, PhraseEntry[]>, byWords: Map<string, PhraseEntry>, entry: PhraseEntry): void {
  const key = entry.words[0];
  let list = index.get(key);
  if (!list) index.set(key, (list = []));
  // Sorted longest first once the index is complete (see gazetteer()); the registry index sorts as it goes.
  // The first entry for a surface wins, so the more specific lexicon (people, organisations) goes first.
  const joined = entry.words.join(' ');
  const same = byWords.get(joined);
  if (same) {
    // A variant written in lower case ("Valdai discussion club") lets those words match in lower case.
    same.capitalised = same.capitalised.map((c, k) => c && entry.capitalised[k]);
    return;
  }
  byWords.set(joined, entry);
  list.push(entry);
  if (entry.kind === 'registry') list.sort((a, b) => b.words.length - a.words.length);
}

function phraseLists(list: string): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const w of words(list)) {
    const toks = w.toLowerCase().split(/\s+/);
    let l = out.get(toks[0]);
    if (!l) out.set(toks[0], (l = []));
    l.push(toks);
    l.sort((a, b) => b.length - a.length);
  }
  return out;
}

export function gazetteer(): Gazetteer {
  if (built) return built;
  const phrases = new Map<string, PhraseEntry[]>();
  const rows: PhraseRow[] = [];
  const phrase = (surface: string, canonical: string, type: EntityType | null, kind: PhraseKind) => rows.push({ surface, canonical, type, kind });
  const people = new Map<string, PersonFacts>();
  for (const row of words(KNOWN_PEOPLE)) {
    const [name, country, offices, aliases] = row.split(';');
    people.set(name, { country: country || null, offices: offices ? offices.split(',') : [] });
    phrase(name, name, 'person', 'person');
    for (const a of aliases ? aliases.split(',') : []) phrase(a, name, 'person', 'person');
  }
  for (const row of words(KNOWN_ORGANISATIONS)) {
    const [name, aliases] = row.split(';');
    phrase(name, name, 'org', 'org');
    for (const a of aliases ? aliases.split(',') : []) phrase(a, name, 'org', 'org');
  }
  for (const row of words(COUNTRIES)) {
    const [name, aliases, demonyms] = row.split(';');
    const kind = REGIONS_WITH_DEMONYMS.has(name) ? 'place' : 'country';
    phrase(name, name, 'place', kind);
    for (const a of aliases ? aliases.split(',') : []) phrase(a, name, 'place', kind);
    for (const d of demonyms ? demonyms.split(',') : []) phrase(d, name, 'place', 'demonym');
  }
  for (const row of words(PLACES)) {
    const [name, ...aliases] = row.split('=');
    phrase(name, name, 'place', 'place');
    for (const a of aliases) phrase(a, name, 'place', 'place');
  }
  for (const c of words(CRICKET_COUNTIES)) phrase(c, c, 'place', 'county');
  for (const t of words(SPORTS_TEAMS)) phrase(t, t, 'org', 'team');
  addPhrases(phrases, rows);
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  const roleNouns = phraseLists(ROLE_NOUNS);
  const rolePhrases = words(ROLE_NOUNS).map((w) => w.toLowerCase());
  built = {
    phrases,
    roleWordsEnding: new Set(rolePhrases.map((r) => r.slice(r.lastIndexOf(' ') + 1))),
    roleWords: new Set(rolePhrases.flatMap((r) => r.split(' '))),
    rolePhrases,
    lowerFirstWords: new Set([...phrases.values()].flat().filter((e) => !e.capitalised[0]).map((e) => e.words[0])),
    givenNames: new Set([...words(GIVEN_NAMES), ...[...FEMALE_NAMES, ...MALE_NAMES].filter((w) => !NOT_GIVEN_HERE.has(w))].map((w) => w.toLowerCase())),
    commonWords: new Set(words(COMMON_WORDS)),
    titles: phraseLists(TITLES),
    roleNouns,
    leaderNouns: new Set(words(LEADER_NOUNS)),
    orgSuffixes: new Set(words(ORGANISATION_SUFFIXES).map((w) => w.toLowerCase())),
    orgHeadsBeforeOf: new Set(words(ORGANISATION_HEADS_BEFORE_OF).map((w) => w.toLowerCase())),
    placeHeads: new Set(words(PLACE_HEADS).map((w) => w.toLowerCase())),
    miscHeads: new Set(words(MISC_HEADS).map((w) => w.toLowerCase())),
    miscWords: new Set(words(MISC_WORDS).map((w) => w.toLowerCase())),
    miscFirstWords: new Set(words(MISC_WORDS).filter((w) => w.includes(' ')).map((w) => w.toLowerCase().split(' ')[0])),
    people,
    surnames: uniqueSurnames([...people.keys()]),
    knownSurnames: new Set([...people.keys()].filter((n) => n.includes(' ')).map((n) => n.slice(n.lastIndexOf(' ') + 1).toLowerCase())),
  };
  return built;
}

function uniqueSurnames(names: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const clash = new Set<string>();
  for (const name of names) {
    const parts = name.split(' ');
    if (parts.length < 2) continue;
    const surname = parts[parts.length - 1].toLowerCase();
    if (out.has(surname)) clash.add(surname);
    out.set(surname, name);
  }
  for (const s of clash) out.delete(s);
  return out;
}

/** A phrase index over the user's confirmed names and aliases, consulted before the built-in gazetteer. */
export function registryPhrases(registry: readonly ConfirmedEntity[] | undefined): Map<string, PhraseEntry[]> {
  const index = new Map<string, PhraseEntry[]>();
  if (!registry?.length) return index;
  const rows: PhraseRow[] = [];
  for (const e of registry) {
    if (!e || typeof e.name !== 'string' || !e.name.trim()) continue;
    rows.push({ surface: e.name, canonical: e.name, type: e.type, kind: 'registry' });
    for (const a of Array.isArray(e.aliases) ? e.aliases : []) if (typeof a === 'string' && a.trim()) rows.push({ surface: a, canonical: e.name, type: e.type, kind: 'registry' });
  }
  addPhrases(index, rows);
  return index;
}
