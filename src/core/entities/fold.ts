// Folds the names found in one document into entities: one canonical name each, with the other forms
// as aliases ("Putin" and "President Putin" under "Vladimir Putin", "NATO" under "North Atlantic Treaty Organization").
import { courtesyTitleBefore, nameGender, pronounGender, roleGender, type Gender } from '../text/genders';
import type { Entity, EntityMention, EntityMentionKind, EntityType } from '../types';
import { gazetteer } from './gazetteer';
import { Shape, type Tokens } from './tokenizer';
import { LEGAL_FORMS, type NamePiece } from './recognize';

/** A mention on its way into an entity. */
export interface PendingMention {
  start: number;
  end: number;
  type: EntityType;
  kind: EntityMentionKind;
  /** Lower-cased words of the name, titles and possessive left out. */
  words: string[];
  /** The words joined by spaces: mentions of one type with equal keys name the same thing. */
  key: string;
  /** The name as written, whitespace normalised. */
  surface: string;
  /** Canonical name known from the lexicon or the registry. */
  canonical: string | null;
  fromCapsLine: boolean;
  possessive: boolean;
  role: string | null;
  /** The name piece the mention comes from. */
  piece: NamePiece;
  /** The entity the mention went into, once built. */
  entity: Entity | null;
}

export function entityId(type: EntityType, name: string): string {
  return idOf(type, name, name.toLowerCase());
}

/** entityId() of a name whose lower-case form is at hand. */
function idOf(type: EntityType, name: string, lower: string): string {
  const ascii = asciiSlug(name, lower);
  if (ascii !== null) return `${type}:${ascii || 'unnamed'}`;
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${type}:${slug || 'unnamed'}`;
}

const ASCII_NAME = /^[A-Za-z0-9 .'’-]*$/;

/**
 * The slug of a name written in plain ASCII letters, digits, spaces and . ' ’ - (lower case, other runs as one
 * hyphen, none at the ends); null for any other name.
 */
function asciiSlug(name: string, lower: string): string | null {
  // Most names are words parted by single spaces or hyphens ("Donald Trump", "Jean-Claude Juncker").
  const plain = plainNameSpaces(name);
  if (plain >= 0) return plain > 0 ? lower.replaceAll(' ', '-') : lower;
  if (!ASCII_NAME.test(name)) return null;
  let out = '';
  let pendingHyphen = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (letter || (c >= 65 && c <= 90)) {
      if (pendingHyphen && out) out += '-';
      pendingHyphen = false;
      out += letter ? name[i] : String.fromCharCode(c + 32);
    } else pendingHyphen = true;
  }
  return out;
}

/**
 * How many spaces part the words of a plain name: ASCII letters and digits parted by single spaces or hyphens, none
 * at either end; -1 for any other name. (A loop: a regular expression costs more than the name is long.)
 */
function plainNameSpaces(name: string): number {
  let spaces = 0;
  let afterWord = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) afterWord = true;
    else if ((c === 32 || c === 45) && afterWord) {
      afterWord = false;
      if (c === 32) spaces++;
    } else return -1;
  }
  return afterWord ? spaces : -1;
}

/** True when upper-casing leaves the text as it is ("NATO", "U.S.", "2-1"). */
function isAllCaps(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) return s === s.toUpperCase();
  }
  return true;
}

export function pendingMentions(text: string, tokens: Tokens, pieces: NamePiece[]): PendingMention[] {
  const out: PendingMention[] = [];
  for (let q = 0; q < pieces.length; q++) {
    const p = pieces[q];
    if (p.type === null || p.type === 'misc') continue;
    const start = tokens.start[p.first];
    const end = tokens.end[p.last - 1];
    const words: string[] = [];
    let joined = '';
    let capitalised = false;
    const nickname = p.nickname;
    for (let k = p.first; k < p.last; k++) {
      if (nickname && k >= nickname.first && k < nickname.last) continue;
      const shape = tokens.shape(k);
      if (shape === Shape.Capitalised) capitalised = true;
      if (shape !== Shape.Other || tokens.text(k) === '&') {
        const lower = tokens.lower(k);
        const w = lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
        joined = words.length ? joined + ' ' + w : w;
        words.push(w);
      }
    }
    out.push({
      start,
      end,
      type: p.type,
      kind: p.kind === 'demonym' ? 'demonym' : 'name',
      words,
      key: joined,
      // A one-token name is its token's word, a string shared by the document's other mentions of it.
      surface: p.last - p.first === 1 ? tokens.text(p.first) : nickname ? withoutNickname(text, tokens, start, end, nickname) : normaliseSpace(text.slice(start, end)),
      canonical: p.canonical,
      fromCapsLine: !!p.fromCapsLine || !capitalised,
      possessive: p.last < tokens.length && tokens.possessive(p.last),
      role: p.role ? normaliseSpace(text.slice(tokens.start[p.role.first], tokens.end[p.role.last - 1])) : null,
      piece: p,
      entity: null,
    });
  }
  return out;
}

/** A name as written with its nickname in quotes left out (`Vincent "The Chin" Gigante` -> "Vincent Gigante"). */
function withoutNickname(text: string, tokens: Tokens, start: number, end: number, nickname: { first: number; last: number }): string {
  return normaliseSpace(`${text.slice(start, tokens.start[nickname.first]).trimEnd()} ${text.slice(tokens.end[nickname.last - 1], end).trimStart()}`);
}

/** Runs of white space as one space ("Vladimir\nPutin" -> "Vladimir Putin"). */
export function normaliseSpace(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13 || (c === 32 && s.charCodeAt(i + 1) === 32) || c === 0xa0) return s.replace(/\s+/g, ' ');
  }
  return s;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** Words an acronym leaves out ("Bank of England" -> "BE"). */
const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', 'de', '&', 'on']);

function initials(words: string[]): string {
  let out = '';
  for (const w of words) if (!INITIALS_SKIP.has(w)) out += w[0];
  return out;
}

/**
 * Gives every mention its canonical name: the lexicon's, else the fullest form of the name in the document
 * (a surname folds into the full name last mentioned before it; an acronym into the name it abbreviates).
 */
export function assignCanonicalNames(mentions: PendingMention[], text?: string): void {
  // Display forms by lower-cased name: the first form from running text, else a headline's capitals.
  const display: Record<EntityType, Map<string, PendingMention>> = { person: new Map(), org: new Map(), place: new Map() };
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const byKey = display[m.type];
    const shown = byKey.get(m.key);
    if (shown === undefined || (shown.fromCapsLine && !m.fromCapsLine)) byKey.set(m.key, m);
  }
  const displayOf = (m: PendingMention): string => (display[m.type].get(m.key) ?? m).surface;
  // People's full names, by their last word, with where each is mentioned (mentions come in text order).
  const fullNames = new Map<string, FullName>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.type !== 'person' || m.words.length < 2 || m.kind !== 'name') continue;
    let f = fullNames.get(m.key);
    if (!f) fullNames.set(m.key, (f = { words: withoutGeneration(m.words), display: displayOf(m), canonical: m.canonical, starts: [] }));
    f.starts.push(m.start);
  }
  const initialled = foldMiddleInitials(fullNames);
  const byEnding = new FullNamesByEnding(fullNames.values(), mentions, text);
  const longForms = new Map<string, PendingMention>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.type !== 'org' || m.words.length < 2) continue;
    const key = initials(m.words);
    if (key.length >= 2 && !longForms.has(key)) longForms.set(key, m);
  }
  const companies = companyNames(mentions, displayOf);
  const givenNames = givenNameOwners(fullNames);
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    // "Chelsea Clinton … Chelsea said", "Jeb Bush … Jeb!": a given name alone is the one person of the story it opens
    // the name of (not a club or a firm the lexicon knows by that word), unless it ends someone's name too.
    const owner = givenNames && m.words.length === 1 && m.kind === 'name' && (m.type === 'person' || m.type === 'org') ? givenNames.get(m.words[0]) : undefined;
    if (owner && !byEnding.fullNameFor(m, k)) {
      m.type = 'person';
      m.canonical = owner.canonical ?? (isAllCaps(owner.display) ? titleCase(owner.display) : owner.display);
      continue;
    }
    // "the Clintons", "the Bushes": a family, named by the plural of its people's surname, is people, not a firm.
    if (m.type === 'org' && m.words.length === 1 && m.kind === 'name' && m.canonical === null && isFamilyName(m.words[0], byEnding)) m.type = 'person';
    if (m.canonical) continue;
    if (m.type === 'person') {
      const folded = initialled?.get(m.key);
      if (folded) {
        m.canonical = folded;
        continue;
      }
      const best = byEnding.fullNameFor(m, k);
      if (best) {
        m.canonical = best.canonical ?? (isAllCaps(best.display) ? titleCase(best.display) : best.display);
        continue;
      }
      // A well-known person named by surname alone, with no one else of that name in the document.
      const known = m.words.length === 1 ? gazetteer().surnames.get(m.words[0]) : undefined;
      if (known) {
        m.canonical = known;
        continue;
      }
      // "Goldman Sachs reported …. Goldman said …": a lone word that no person's name ends with, but that opens a
      // company's, is the company.
      const company = m.words.length === 1 && companies.size > 0 ? companies.get(m.key) : undefined;
      if (company) {
        m.type = 'org';
        m.canonical = company;
        continue;
      }
    }
    if (m.type === 'org' && companies.size > 0) {
      const company = companies.get(m.key);
      if (company) {
        m.canonical = company;
        continue;
      }
    }
    if (m.type === 'org' && m.words.length === 1 && longForms.size > 0 && isAllCaps(m.surface)) {
      const word = m.words[0];
      const long = longForms.get(word.includes('.') ? word.replace(/\./g, '') : word);
      if (long) {
        m.canonical = long.canonical ?? displayOf(long);
        continue;
      }
    }
    const shown = displayOf(m);
    // Acronyms stay in capitals ("NATO"); a place in capitals is a dateline's or a headline's ("SALEM").
    m.canonical = (shown.length > 5 || (m.type === 'place' && shown.length > 2)) && isAllCaps(shown) ? titleCase(shown) : shown;
  }
}

/**
 * "Korvath Dynamics Inc.", "Korvath Dynamics" and "Korvath" are one company, named by its full name (or the
 * lexicon's name of the rest: "Amazon.com" of "Amazon.com Inc."): by the lower-cased words of each form, that name.
 * The first word alone only when no lexicon knows it: not "General" of "General Mills Inc.". (Linking across
 * documents leaves the legal form out.)
 */
/** Words of firms named after their founders' family: a lone surname of theirs may be one of the family. */
const FAMILY_FIRM_WORDS = new Set(['brothers', 'bros', 'bros.', 'sons', 'daughters', 'family', 'associates', 'partners', '&', 'and']);

function companyNames(mentions: PendingMention[], displayOf: (m: PendingMention) => string): Map<string, string> {
  const out = new Map<string, string>();
  const gaz = gazetteer();
  // Companies the lexicon names ("Amazon.com"): their forms with a legal form take the lexicon's name.
  let known: Map<string, string> | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const n = m.words.length;
    if (m.type !== 'org' || m.canonical || n < 2 || !LEGAL_FORMS.has(m.words[n - 1])) continue;
    // ("Smith & Co." stays whole.)
    const stem = m.words[n - 2] === '&' ? m.words.slice(0, n - 2) : m.words.slice(0, n - 1);
    if (stem.length === 0 || (stem.length === 1 && m.words[n - 2] === '&')) continue;
    const stemKey = stem.join(' ');
    if (!known) {
      known = new Map();
      for (const other of mentions) if (other.type === 'org' && other.canonical) known.set(other.key, other.canonical);
    }
    const name = known.get(stemKey) ?? displayOf(m);
    for (const key of [m.key, stemKey]) if (!out.has(key)) out.set(key, name);
    const first = stem[0];
    if (stem.length >= 2 && !gaz.commonWords.has(first) && !gaz.givenNames.has(first) && !gaz.phrases.has(first) && !out.has(first)) out.set(first, name);
  }
  // "Brightline Logistics" then "Brightline": a one-word organisation that opens exactly one longer organisation's
  // name in the document is that organisation, under the same conditions on the word.
  let opening: Map<string, PendingMention | null> | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.type !== 'org' || m.kind !== 'name' || m.words.length < 2) continue;
    const first = m.words[0];
    // (A word that opens a lexicon phrase opens this one only if the lexicon named it: "Goldman" of "Goldman Sachs".)
    if (first.length < 3 || gaz.commonWords.has(first) || gaz.givenNames.has(first) || (gaz.phrases.has(first) && !m.canonical)) continue;
    opening ??= new Map();
    const seen = opening.get(first);
    if (seen === undefined) opening.set(first, m);
    else if (seen !== null && seen.key !== m.key) opening.set(first, null);
  }
  if (opening) {
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k];
      if ((m.type !== 'org' && m.type !== 'person') || m.words.length !== 1 || m.canonical || out.has(m.key)) continue;
      const long = opening.get(m.key);
      // (A word read as a person's name names the company when the lexicon knows the company, "Goldman" of "Goldman
      // Sachs", or when it is nobody's given name or known surname and the company is no family's: "Nimbus declined
      // to comment" after "Nimbus Systems"; not "Harlan" of "Harlan Brothers Construction", who may well be Mr. Harlan.)
      if (long && (m.type === 'org' || long.canonical !== null || (!gaz.givenNames.has(m.key) && !gaz.knownSurnames.has(m.key) && !long.words.some((w) => FAMILY_FIRM_WORDS.has(w))))) {
        out.set(m.key, long.canonical ?? out.get(long.key) ?? displayOf(long));
      }
    }
  }
  return out;
}

/** Words that tell a son from his father ("Anthony Reyes III", "Tom Hale Jr."): the surname is the word before. */
const GENERATIONS = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** A full name's words without its generation, when a given name and a surname remain. */
function withoutGeneration(words: string[]): string[] {
  return words.length >= 3 && GENERATIONS.has(words[words.length - 1]) ? words.slice(0, -1) : words;
}

/** Is `word` the plural of a surname of the story or one the lexicon knows ("clintons", "bushes", "kennedys")? */
function isFamilyName(word: string, byEnding: FullNamesByEnding): boolean {
  if (word.length < 4 || !word.endsWith('s') || word.endsWith('ss')) return false;
  const known = gazetteer().knownSurnames;
  for (const singular of [word.slice(0, -1), word.endsWith('es') ? word.slice(0, -2) : '']) {
    if (singular.length >= 3 && (known.has(singular) || byEnding.endsAName(singular))) return true;
  }
  return false;
}

/** People's full names by their first word, when one full name of the story opens with it (null: none does). */
function givenNameOwners(fullNames: Map<string, FullName>): Map<string, FullName> | null {
  let owners: Map<string, FullName | null> | null = null;
  for (const f of fullNames.values()) {
    const given = f.words[0];
    if (!gazetteer().givenNames.has(given)) continue;
    owners ??= new Map();
    const known = owners.get(given);
    // Two people of one given name ("John Jenkin", "John Hale"): a "John" alone is neither for sure.
    if (known === undefined) owners.set(given, f);
    else if (known !== null && (known.canonical ?? known.display) !== (f.canonical ?? f.display)) owners.set(given, null);
  }
  if (!owners) return null;
  for (const [given, f] of owners) if (f === null) owners.delete(given);
  return owners as Map<string, FullName>;
}

/** A middle initial, as a name's lower-cased word: "j." or "j". */
const isInitial = (word: string): boolean => (word.length === 1 || (word.length === 2 && word[1] === '.')) && word[0] !== '.';

/**
 * "Donald J. Trump" and "Donald Trump" in one story are one person: the canonical name of each such pair by the
 * lower-cased names of both, the lexicon's when it knows one, else the form with the initial; their FullNames get it
 * too, so that a surname alone follows. Not when the lexicon knows only the form with the initial: "George W. Bush"
 * is not his father "George Bush". Null when no full name has a middle initial (most stories).
 */
function foldMiddleInitials(fullNames: Map<string, FullName>): Map<string, string> | null {
  let folded: Map<string, string> | null = null;
  for (const [key, f] of fullNames) {
    const w = f.words;
    if (w.length < 3) continue;
    let initials = true;
    for (let i = 1; i < w.length - 1 && initials; i++) initials = isInitial(w[i]);
    if (!initials) continue;
    const plainKey = `${w[0]} ${w[w.length - 1]}`;
    const plain = fullNames.get(plainKey);
    if (!plain || (f.canonical !== null && plain.canonical === null)) continue;
    const name = plain.canonical ?? f.canonical ?? (isAllCaps(f.display) ? titleCase(f.display) : f.display);
    folded ??= new Map();
    folded.set(key, name).set(plainKey, name);
    f.canonical = plain.canonical = name;
  }
  return folded;
}

interface FullName {
  /** Lower-cased words, without a generation ("Jr."). */
  words: string[];
  display: string;
  canonical: string | null;
  /** Start offsets of its mentions, ascending. */
  starts: number[];
}

/**
 * People's full names by the words they end with ("Smith", "John Smith" for "Dr. John Smith"): the full name that ends
 * with a mention's words is the one mentioned last before it, else the first one mentioned after it. Each ending
 * keeps the mentions of its full names in text order, so that a document with thousands of Smiths finds each one's
 * by a binary search rather than by looking through them all.
 */
class FullNamesByEnding {
  /** Full names by ending, in the order they were first mentioned. */
  private readonly names = new Map<string, FullName[]>();
  /** Per ending, made when first asked: every mention start of its full names, ascending, and whose each is. */
  private readonly mentions = new Map<string, { starts: number[]; owners: FullName[]; first: FullName; genders: Gender[] | null }>();

  /** `all`: the document's mentions in text order; `text`: the document, for the pronouns after a mention. */
  constructor(
    fullNames: Iterable<FullName>,
    private readonly all: readonly PendingMention[],
    private readonly text: string | undefined,
  ) {
    for (const f of fullNames) {
      for (let n = 1; n < f.words.length; n++) {
        const key = endingKey(f.words, f.words.length - n);
        const list = this.names.get(key);
        if (list) list.push(f);
        else this.names.set(key, [f]);
      }
    }
  }

  /** Does some full name of the story end with this one word? */
  endsAName(word: string): boolean {
    return this.names.has(word);
  }

  /** The full name that the k-th mention of the document (`m`) is a part of, or null. */
  fullNameFor(m: PendingMention, k: number): FullName | null {
    const key = endingKey(m.words, 0);
    let found = this.mentions.get(key);
    if (!found) {
      const names = this.names.get(key);
      if (!names) return null;
      // (Most endings are one full name's: it is the one, wherever the mention stands.)
      if (names.length === 1) return names[0];
      const all = names.flatMap((f) => f.starts.map((start) => ({ start, f })));
      all.sort((a, b) => a.start - b.start);
      // The first mentioned of them all, for a mention that comes before every one (the earliest first mention).
      let first = names[0];
      for (const f of names) if (f.starts[0] < first.starts[0]) first = f;
      // People of one family told apart by their given names' gender ("John Jenkin" and his sister "Katie Jenkin").
      const genders = names.map((f) => nameGender(f.display));
      const mixed = genders.includes('male') && genders.includes('female');
      found = { starts: all.map((e) => e.start), owners: all.map((e) => e.f), first, genders: mixed ? all.map((e) => nameGender(e.f.display)) : null };
      this.mentions.set(key, found);
    }
    // (A place in the text is one mention: no two full names share a start.)
    const i = lastIndexBefore(found.starts, m.start);
    const nearest = i < 0 ? found.first : found.owners[i];
    // Of a man and a woman who share the surname, "Mr Jenkin", or "Jenkin … as he …", is the man: the one last
    // mentioned of that gender (else the first of it mentioned after).
    const gender = found.genders ? this.genderOf(m, k) : null;
    if (!gender || nameGender(nearest.display) === gender) return nearest;
    for (let j = i; j >= 0; j--) if (found.genders![j] === gender) return found.owners[j];
    for (let j = i + 1; j < found.owners.length; j++) if (found.genders![j] === gender) return found.owners[j];
    return nearest;
  }

  /**
   * The gender the story gives the k-th mention: its title or role ("Mr", "Miss"), else the first "he" or "she"
   * (his, her, …) after it in its sentence, before any other person is named.
   */
  private genderOf(m: PendingMention, k: number): Gender {
    const text = this.text;
    const titled = (m.role ? roleGender(m.role) : null) ?? (text ? courtesyTitleBefore(text, m.start) : null);
    if (titled || !text || !opensSentence(text, m.start)) return titled;
    let stop = Math.min(text.length, m.end + PRONOUN_WINDOW);
    for (let n = k + 1; n < this.all.length; n++) {
      const next = this.all[n];
      if (next.start < m.end) continue;
      if (next.type === 'person') stop = Math.min(stop, next.start);
      break;
    }
    let word = '';
    for (let at = m.end; at < stop; at++) {
      const c = text.charCodeAt(at);
      const lower = c | 32;
      if (lower >= 97 && lower <= 122) {
        word += String.fromCharCode(c);
        continue;
      }
      if (word) {
        const g = pronounGender(word.toLowerCase());
        if (g) return g;
        word = '';
      }
      // The sentence ends, or a quotation opens (whose "he" is someone the speaker talks of).
      if (c === 46 || c === 33 || c === 63 || c === 10 || c === 34 || c === 0x201c || c === 0x2018) break;
    }
    return null;
  }
}

/** Whether the words at `at` open a sentence or a line: the subject a later "he" or "she" most likely stands for. */
function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (k < 0) return true;
  const c = text.charCodeAt(k);
  return c === 10 || c === 13 || ((c === 46 || c === 33 || c === 63) && k > 0 && text.charCodeAt(k + 1) === 32);
}

/** How far after a mention a pronoun may be that tells its gender. */
const PRONOUN_WINDOW = 160;

/** Joins the words of a name's ending into one key (no word holds it). */
const ENDING_JOINER = '\u0001';

/** The key of the ending of `words` from its `from`-th word: the word itself when it is the last. */
function endingKey(words: string[], from: number): string {
  if (from >= words.length - 1) return from === words.length - 1 ? words[from] : '';
  let key = words[from];
  for (let k = from + 1; k < words.length; k++) key += ENDING_JOINER + words[k];
  return key;
}

/** The index of the largest value in the ascending list that is below `at`, or -1. */
export function lastIndexBefore(sorted: number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** An entity being built, with the sets of its aliases and roles so far. */
interface Building {
  entity: Entity;
  aliases: Set<string> | null;
  /** The entity's roles, as a set (made with the first). */
  roles: Set<string> | null;
}

function addAlias(b: Building, alias: string): void {
  b.aliases ??= new Set();
  if (b.aliases.has(alias)) return;
  b.aliases.add(alias);
  b.entity.aliases.push(alias);
}

/** Groups mentions by type and canonical name. Entities come out in order of first mention. */
export function buildEntities(mentions: PendingMention[]): Entity[] {
  const entities: Entity[] = [];
  // By type, then by name as written and by name in lower case: names in different case are one entity.
  const byName: Record<EntityType, { exact: Map<string, Building>; lower: Map<string, Building> }> = {
    person: { exact: new Map(), lower: new Map() },
    org: { exact: new Map(), lower: new Map() },
    place: { exact: new Map(), lower: new Map() },
  };
  let sorted = true;
  for (let i = 1; i < mentions.length && sorted; i++) sorted = mentions[i - 1].start <= mentions[i].start;
  const inOrder = sorted ? mentions : [...mentions].sort((a, b) => a.start - b.start);
  for (let k = 0; k < inOrder.length; k++) {
    const m = inOrder[k];
    const name = m.canonical ?? m.surface;
    const names = byName[m.type];
    let b = names.exact.get(name);
    if (!b) {
      const lower = name.toLowerCase();
      b = names.lower.get(lower);
      if (!b) {
        b = { entity: { id: idOf(m.type, name, lower), name, type: m.type, aliases: [], roles: [], mentions: [] }, aliases: null, roles: null };
        names.lower.set(lower, b);
        entities.push(b.entity);
      }
      names.exact.set(name, b);
    }
    const e = b.entity;
    m.entity = e;
    const alias = m.surface !== name;
    const mention: EntityMention = { start: m.start, end: m.end, kind: m.kind === 'name' && alias ? 'alias' : m.kind, text: m.surface };
    if (m.possessive) mention.possessive = true;
    e.mentions.push(mention);
    if (alias) addAlias(b, m.surface);
    if (m.role) {
      b.roles ??= new Set();
      if (!b.roles.has(m.role)) {
        b.roles.add(m.role);
        e.roles.push(m.role);
      }
      addAlias(b, `${m.role} ${m.surface}`);
    }
  }
  return entities;
}
