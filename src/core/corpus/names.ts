// Name forms reduced to matching keys: case, accents, possessives, titles and transliteration variants folded away.
import type { EntityType } from '../types';
import { ACRONYM_SKIP, CORPORATE_SUFFIXES, GENERIC_ORG_WORDS, NAME_PARTICLES, TITLES } from './nameParts';

/** One surface form of a name, split into folded tokens. */
export interface NameForm {
  /** The form as written, possessive removed ("Vladimir Putin"). */
  display: string;
  tokens: readonly string[];
  /** Written in capitals as one word ("NATO", "THR"): may be an acronym. */
  acronymLike: boolean;
  /** Initial letters of every word and hyphenated part ("Hewlett-Packard" -> hp; an acronym word gives all its letters), for acronym matching. */
  initials: readonly string[];
}

/** Lower case without accents; y/i and doubled letters folded (Zelenskyy, Zelensky, Zelenskiy; Sergey, Sergei). */
export function foldToken(token: string): string {
  // Most names are written in ASCII, which folds in one pass: nothing to normalise, and no regular expressions.
  let out = '';
  let last = -1;
  for (let i = 0; i < token.length; i++) {
    let c = token.charCodeAt(i);
    if (c >= 0x80) return foldAnyToken(token);
    if (c === 0x27 || c === 0x60 || c === 0x2e || c === 0x2d) continue;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c === 0x79) c = 0x69;
    // A doubled letter once; line breaks, which the regular expression's "." does not match, stay as they are.
    if (c === last && c !== 0x0a && c !== 0x0d) continue;
    out += String.fromCharCode(c);
    last = c;
  }
  return out;
}

/** foldToken of any text: accents taken off the decomposed letters, then the same folding. */
export function foldAnyToken(token: string): string {
  return token
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`.-]/g, '')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

const POSSESSIVE = /(?:['’]s?)$/u;
/** Generational suffixes after a surname, folded. */
const GENERATIONS: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Splits a written name into a form; titles are dropped from the front of person names. Null when nothing is left.
 * The linker keeps the forms it makes (names recur in every article of a story).
 */
export function nameForm(written: string, type: EntityType): NameForm | null {
  const form = makeNameForm(written, type);
  // Shared between callers: never to be changed.
  if (form) {
    Object.freeze(form.tokens);
    Object.freeze(form.initials);
  }
  return form;
}

function makeNameForm(written: string, type: EntityType): NameForm | null {
  const display = written.trim().replace(/\s+/g, ' ').replace(POSSESSIVE, '').replace(/^(?:the|The|THE)\s+/, '');
  const words = display.split(/[\s,()"“”]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  // Mentions may carry the words around a name ("in the Mediterranean"): a name starts at a capital or a digit.
  while (words.length > 1 && !/^[\p{Lu}\p{N}]/u.test(words[0])) words.shift();
  // "Palo Alto-based HP": what comes before "-based" describes the name.
  const based = words.findIndex((w) => /-based$/i.test(w));
  if (based >= 0 && based < words.length - 1) words.splice(0, based + 1);
  while (words.length > 1 && CORPORATE_SUFFIXES.has(words[words.length - 1].toLowerCase().replace(/\.$/, ''))) words.pop();
  let tokens = words.map((w) => foldToken(w.replace(POSSESSIVE, ''))).filter(Boolean);
  if (type === 'person') {
    let skip = 0;
    while (skip < tokens.length - 1 && TITLES.has(words[skip].toLowerCase().replace(/\.$/, ''))) skip++;
    tokens = tokens.slice(skip);
    // "W. Mark Felt Sr.", "Anthony Marsh III", "Regina Benjamin U": the surname is the word before.
    while (tokens.length > 2 && (GENERATIONS.has(tokens[tokens.length - 1]) || tokens[tokens.length - 1].length === 1)) tokens = tokens.slice(0, -1);
  }
  if (!tokens.length) return null;
  // An acronym inside a name gives all its letters ("Fundamentalist LDS Church" -> f, lds, c; "U.S. Geological
  // Survey" -> us, g, s).
  const initials = words
    .flatMap((w) => w.split('-'))
    .map((w) => [foldToken(w), /^\p{Lu}{2,5}$/u.test(w.replace(/\./g, ''))] as const)
    .filter(([w]) => w && !ACRONYM_SKIP.has(w))
    .map(([w, acronym]) => (acronym && words.length > 1 ? w : w[0]));
  let acronymLike = words.length === 1 && /^[\p{Lu}\d&.]{2,8}$/u.test(words[0].replace(POSSESSIVE, '')) && /\p{Lu}.*\p{Lu}|^\p{Lu}\.?$/u.test(words[0]);
  // "ISPs", "CEOs": an acronym in the plural is the acronym.
  if (words.length === 1 && /^\p{Lu}{2,6}s$/u.test(words[0])) {
    acronymLike = true;
    tokens = [tokens[0].slice(0, -1)];
  }
  return { display, tokens, acronymLike, initials };
}

/** Initials of a multi-word name, with and without its function words ("The Hollywood Reporter" -> thr, hr). */
export function acronymsOf(form: NameForm): string[] {
  if (form.initials.length < 2) return [];
  const all = form.tokens.map((t) => t[0]).join('');
  const content = form.initials.join('');
  const out = new Set([content]);
  if (all.length <= 8) out.add(all);
  // "The Hollywood Reporter": nameForm dropped the article, but acronyms often keep it.
  out.add('t' + content);
  // "Fundamentalist LDS Church" is FLDS: a last word that only says what kind of body it is may be left out.
  const last = form.tokens[form.tokens.length - 1];
  if (form.initials.length >= 3 && (GENERIC_ORG_WORDS.has(last) || last === 'church')) out.add(form.initials.slice(0, -1).join(''));
  return [...out].filter((a) => a.length >= 2);
}

/** The surname of a person form: the last token with any particles before it ("van gogh"). */
/** The folded tokens of a person form before its surname: first names, middle names, initials, nicknames. */
export function givenNamesOf(form: NameForm): string[] {
  const surname = surnameOf(form).split(' ').length;
  // Headline words before a surname ("Choosing DeGeneres", "Stunning Williams") are not first names.
  return form.tokens.slice(0, form.tokens.length - surname).filter((t) => !TITLES.has(t) && !(t.length > 5 && t.endsWith('ing')));
}

export function surnameOf(form: NameForm): string {
  const t = form.tokens;
  let i = t.length - 1;
  while (i > 0 && NAME_PARTICLES.has(t[i - 1])) i--;
  return t.slice(i).join(' ');
}

/** The distinctive head word of an organisation or place name ("ABC Television Network" -> abc), if any. */
export function headOf(form: NameForm): string | null {
  const at = form.tokens.findIndex((t) => !GENERIC_ORG_WORDS.has(t) && !ACRONYM_SKIP.has(t));
  if (at < 0) return null;
  // "Hewlett-Packard" is filed under "hewlett" too, so a lone "Hewlett" finds it.
  const written = form.display.split(/[\s,]+/).filter((w) => /[\p{L}\p{N}]/u.test(w))[at] ?? '';
  const head = written.includes('-') ? foldToken(written.split('-')[0]) : form.tokens[at];
  return head.length >= 3 ? head : null;
}

/** The form also worth keeping of a comma-separated place ("Beverly Hills, California" -> "Beverly Hills"), or null. */
export function placeBeforeComma(written: string): string | null {
  const comma = written.indexOf(',');
  return comma > 0 ? written.slice(0, comma) : null;
}
