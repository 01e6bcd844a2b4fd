// Finds the noun phrase that names a speaker next to a cue, and tells names, roles, organisations, pronouns and vague sources apart.
import type { SpeakerMentionKind } from '../types';
import { AUXILIARIES, W_AT, W_AUGUST, W_NOT, W_OF, W_ON, W_THEM, W_TO, W_US, W_WITH } from './clauseLexicon';
import { WordSet } from './lexicon';
import { CLAUSE_OPENERS, DETERMINERS, NAME_CONNECTORS, ORGANISATION_WORDS, PRONOUNS, ROLE_WORDS, VAGUE_HEADS, VAGUE_PRONOUNS } from './speakerLexicon';
import { isLowerStart, isUpperStart, lowerWord, TokenKind, tokenText, type Tokens } from './tokens';

/** A speaker phrase as an inclusive token range, with what kind of phrase it is. */
export interface SpeakerPhrase {
  first: number;
  last: number;
  kind: SpeakerMentionKind;
  /** The name as written with titles stripped, or null for roles, pronouns and vague sources. */
  name: string | null;
  role?: string;
  anonymous: boolean;
  /** Token range of the name inside the phrase, when there is one. */
  nameFirst?: number;
  nameLast?: number;
}

/**
 * A speaker phrase with every field in place, in one order: phrases of one shape keep the reader's compiled code
 * on one path, where phrases of many shapes send it back to be compiled again.
 */
export function speakerPhraseOf(first: number, last: number, kind: SpeakerMentionKind, name: string | null, role: string | undefined, anonymous: boolean, nameFirst?: number, nameLast?: number): SpeakerPhrase {
  return { first, last, kind, name, role, anonymous, nameFirst, nameLast };
}

/** `p` ending at token `last` instead. */
export function endingAt(p: SpeakerPhrase, last: number): SpeakerPhrase {
  return speakerPhraseOf(p.first, last, p.kind, p.name, p.role, p.anonymous, p.nameFirst, p.nameLast);
}

/** What a vague source is near, not who it is: "close to", "familiar with". */
const NEAR_WORDS = new WordSet(['familiar', 'close', 'knowledgeable', 'briefed', 'involved', 'loyal']);
/** Words after "a person" or "sources" that keep a vague source going ("familiar with the matter"). */
const VAGUE_TAIL_OPENERS = new WordSet(['familiar', 'close', 'with', 'knowledgeable', 'briefed', 'involved', 'speaking', 'who']);
const MAX_PHRASE_TOKENS = 12;
/** Time words that end adverbials ("this month announced"), not speaker phrases. */
const TIME_HEADS = new WordSet(['month', 'week', 'year', 'day', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'time', 'months', 'weeks', 'years', 'days', 'interview', 'hours', 'minutes']);
/** Words that cannot head a speaker phrase ("a method that may offer", "a potential for"). */
const FUNCTION_WORDS = new WordSet(['that', 'for', 'of', 'to', 'and', 'or', 'but', 'which', 'with', 'in', 'on', 'at', 'by', 'from', 'as', 'than', 'not', 'so', 'if', 'because', 'about', 'into', 'over', 'after', 'before', 'also', 'only', 'just', 'very', 'more', 'most', 'less', 'there', 'here', 'this', 'these', 'those', 'what', 'whom', 'whose', 'public', 'first', 'last']);
const INDEFINITE = new WordSet(['a', 'an', 'some', 'several', 'many', 'two', 'three', 'four', 'five', 'other', 'another', 'most', 'one', 'numerous', 'few']);
const OBJECT_PRONOUNS = new WordSet(['him', 'her', 'them', 'me', 'us']);
/**
 * Names of days and months and deictic days: a phrase made of them (with its determiners and prepositions) is a
 * time, which says nothing ("met on Monday to discuss", "A poll in June showed"). "May" and "August" are names too.
 */
const TIME_NAMES = new WordSet(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'september', 'october', 'november', 'december', 'today', 'tonight', 'yesterday', 'tomorrow', 'weekend', 'noon', 'midnight']);
/** Words that may go with a time name in a time phrase ("on Monday", "late Tuesday", "this weekend"). */
const TIME_COMPANIONS = new WordSet(['on', 'in', 'at', 'by', 'since', 'until', 'last', 'this', 'next', 'early', 'late', 'earlier', 'later', 'that', 'a', 'the', 'each', 'every', 'night', 'morning', 'afternoon', 'evening', 'of']);
const COORDINATORS = new WordSet(['and', 'but', 'or', 'yet', 'so']);
/** "a senator from Texas", "officials in Kabul": a name after these tells where a role's holder is from. */
const ORIGIN_PREPOSITIONS = new WordSet(['from', 'in', 'at']);
/** Quantifiers that head a partitive subject ("one of them", "some of us"). */
const PARTITIVE_HEADS = new WordSet(['one', 'some', 'many', 'most', 'both', 'all', 'few', 'several', 'none', 'each', 'neither', 'either', 'two', 'three', 'four', 'five', 'half']);

function isWord(tokens: Tokens, i: number): boolean {
  return tokens.kind[i] === TokenKind.Word;
}

/** The full stop of an initial ("J." in "J. Gerald Hebert"). */
export function isInitialDot(tokens: Tokens, i: number): boolean {
  return tokens.kind[i] === TokenKind.Punct && tokens.text.charCodeAt(tokens.start[i]) === 0x2e && i > 0 && tokens.kind[i - 1] === TokenKind.Word && tokens.end[i - 1] - tokens.start[i - 1] === 1 && tokens.end[i - 1] === tokens.start[i] && isUpperStart(tokens, i - 1);
}

/** The full stop that ends a dotted acronym ("U.S.", "D.C."), written right after it. */
function isAcronymDot(tokens: Tokens, i: number): boolean {
  if (tokens.kind[i] !== TokenKind.Punct || tokens.text.charCodeAt(tokens.start[i]) !== 0x2e || i === 0 || tokens.kind[i - 1] !== TokenKind.Word || tokens.end[i - 1] !== tokens.start[i]) return false;
  const start = tokens.start[i - 1];
  const end = tokens.end[i - 1];
  return end - start >= 3 && end - start <= 6 && tokens.text.charCodeAt(end - 2) === 0x2e;
}

/** "he's", "it's", "that's": a pronoun with "is" or "has", no possessive. */
const CONTRACTED_PRONOUNS = new Set(["he's", "she's", "it's", "that's", "there's", "who's", "what's", "here's", "where's", "let's"]);

/** Whether word token `i` is a possessive ("Putin’s", "voters'"), read from its last two characters. */
function isPossessive(tokens: Tokens, i: number): boolean {
  const end = tokens.end[i];
  if (end - tokens.start[i] < 2) return false;
  const a = tokens.text.charCodeAt(end - 2);
  const b = tokens.text.charCodeAt(end - 1);
  if ((a === 0x27 || a === 0x2019) && (b === 0x73 || b === 0x53)) return !CONTRACTED_PRONOUNS.has(lowerWord(tokens, i));
  return (a === 0x73 || a === 0x53) && (b === 0x27 || b === 0x2019);
}

/** A word that may be part of a speaker phrase, seen while walking leftwards. */
function isPhraseWord(tokens: Tokens, i: number, sentenceFirst: number): boolean {
  if (!isWord(tokens, i)) return false;
  if (isUpperStart(tokens, i)) return !(i === sentenceFirst && CLAUSE_OPENERS.at(tokens, i)) && !PRONOUNS.at(tokens, i);
  if (ROLE_WORDS.at(tokens, i) || VAGUE_HEADS.at(tokens, i) || NAME_CONNECTORS.at(tokens, i)) return true;
  return isPossessive(tokens, i) || isDigit(tokens, i);
}

/**
 * The speaker phrase that ends at token `last` ("Kremlin spokesman Dmitry Peskov", "he", "a senior official",
 * "a person familiar with the matter"), or null when the words there do not name anyone.
 */
export function phraseEndingAt(tokens: Tokens, sentenceFirst: number, last: number): SpeakerPhrase | null {
  if (last < sentenceFirst) return null;
  if (tokens.kind[last] === TokenKind.Punct && tokens.text.charCodeAt(tokens.start[last]) === 0x2c) return appositionEndingAt(tokens, sentenceFirst, last);
  if (!isWord(tokens, last)) return null;
  if (PRONOUNS.at(tokens, last)) return classify(tokens, last, last);
  // "One of them said", "Some of us say": a quantifier before "of" and an object pronoun.
  if (last - 2 >= sentenceFirst && (tokens.word[last] === W_THEM || tokens.word[last] === W_US) && isWord(tokens, last - 1) && tokens.word[last - 1] === W_OF && isWord(tokens, last - 2) && PARTITIVE_HEADS.at(tokens, last - 2)) {
    return classify(tokens, last - 2, last);
  }
  let first = last;
  const capital = isUpperStart(tokens, last);
  if (!capital && (FUNCTION_WORDS.at(tokens, last) || TIME_HEADS.at(tokens, last))) return null;
  if (!capital && !ROLE_WORDS.at(tokens, last) && !VAGUE_HEADS.at(tokens, last)) {
    // "a person familiar with the matter", "sources close to the campaign": a vague head a few words back.
    for (let k = last - 1; k >= sentenceFirst && k >= last - 8; k--) {
      if (!isWord(tokens, k)) break;
      if (VAGUE_TAIL_OPENERS.at(tokens, k) && k > sentenceFirst && isWord(tokens, k - 1) && VAGUE_HEADS.at(tokens, k - 1)) {
        first = k - 1;
        break;
      }
      // "the clip says": any noun opened by a determiner a word or two back.
      if (DETERMINERS.at(tokens, k) && last - k <= 2 && !OBJECT_PRONOUNS.at(tokens, last)) {
        first = k;
        break;
      }
    }
    if (first === last) return null;
  }
  if (capital && sentenceFirst === last && CLAUSE_OPENERS.at(tokens, last)) return null;
  while (first - 1 >= sentenceFirst && last - first < MAX_PHRASE_TOKENS) {
    const k = first - 1;
    if ((isInitialDot(tokens, k) && isUpperStart(tokens, first)) || isAcronymDot(tokens, k)) {
      if (k - 1 < sentenceFirst) break;
      // "J. Gerald Hebert": an initial and its dot; "the U.S. ambassador": a dotted acronym and its.
      first = k - 1;
      continue;
    }
    // "Procter & Gamble said", "Smith & Co. said": an ampersand between capitalised words joins one name.
    if (tokens.kind[k] === TokenKind.Punct && tokens.text.charCodeAt(tokens.start[k]) === 0x26 && k - 1 >= sentenceFirst && isWord(tokens, k - 1) && isUpperStart(tokens, k - 1) && isUpperStart(tokens, first)) {
      first = k - 1;
      continue;
    }
    if (!isWord(tokens, k)) break;
    if (DETERMINERS.at(tokens, k)) {
      first = k;
      // "founder of the Media Research Center": a role phrase goes on through "of the".
      const of = k - 1;
      if (of - 1 >= sentenceFirst && isWord(tokens, of) && (tokens.word[of] === W_OF || tokens.word[of] === W_AT) && isWord(tokens, of - 1) && (ROLE_WORDS.at(tokens, of - 1) || isUpperStart(tokens, of - 1))) {
        first = of;
        continue;
      }
      break;
    }
    if (!isPhraseWord(tokens, k, sentenceFirst)) break;
    first = k;
  }
  // "the rights group", "a top campaign aide": lower-case modifiers back to a nearby determiner.
  if (!DETERMINERS.at(tokens, first)) {
    for (let k = first - 1; k >= sentenceFirst && first - k <= 3; k--) {
      if (!isWord(tokens, k)) break;
      // "Hillary Clinton’s right-hand woman": a possessor before the modifiers opens the phrase like a determiner.
      if (k < first - 1 && isPossessive(tokens, k)) {
        first = k;
        while (first - 1 >= sentenceFirst && isWord(tokens, first - 1) && isUpperStart(tokens, first - 1) && !CLAUSE_OPENERS.at(tokens, first - 1)) first--;
        if (first - 1 >= sentenceFirst && DETERMINERS.at(tokens, first - 1)) first--;
        break;
      }
      if (isUpperStart(tokens, k)) break;
      if (PRONOUNS.at(tokens, k) || CLAUSE_OPENERS.at(tokens, k)) break;
      if (DETERMINERS.at(tokens, k)) {
        first = k;
        break;
      }
    }
  }
  // A phrase cannot start with a connector ("of Russia").
  while (first < last && NAME_CONNECTORS.at(tokens, first) && !DETERMINERS.at(tokens, first)) first++;
  // "people close to the mayor", "sources familiar with the company": the phrase is the vague source's tail.
  const tail = first - 2;
  if (tail - 1 >= sentenceFirst && isWord(tokens, tail) && VAGUE_TAIL_OPENERS.at(tokens, tail) && isWord(tokens, tail + 1) && (tokens.word[tail + 1] === W_TO || tokens.word[tail + 1] === W_WITH) && isWord(tokens, tail - 1) && VAGUE_HEADS.at(tokens, tail - 1)) {
    let head = tail - 1;
    if (head - 1 >= sentenceFirst && isWord(tokens, head - 1) && INDEFINITE.at(tokens, head - 1)) head--;
    return speakerPhrase(tokens, head, last);
  }
  // "A senator from Texas said": the place belongs to the role before it; the speaker is the senator.
  const origin = first - 1;
  if (origin - 1 >= sentenceFirst && isUpperStart(tokens, first) && placeOfHolder(tokens, origin)) {
    const holder = phraseEndingAt(tokens, sentenceFirst, origin - 1);
    if (holder && (holder.kind === 'role' || holder.kind === 'anonymous' || (holder.kind === 'organisation' && holder.name === null))) return speakerPhrase(tokens, holder.first, last);
    // "Anna Lindqvist of Lakeside University in Salem said": the person the place comes after speaks.
    if (holder && holder.kind === 'name' && holder.name !== null && holder.nameLast !== undefined && holder.nameLast < holder.last) return endingAt(holder, last);
  }
  return speakerPhrase(tokens, first, last);
}

/**
 * Whether the word at `preposition` ties a name to the role or vague source before it: "a senator from Texas",
 * "voters in Ohio", "residents of Oak Lane" (but "the Bank of England", "the president of Acme" keep their names).
 */
function placeOfHolder(tokens: Tokens, preposition: number): boolean {
  if (!isWord(tokens, preposition)) return false;
  if (ORIGIN_PREPOSITIONS.at(tokens, preposition)) return holdsRole(tokens, preposition - 1);
  return tokens.word[preposition] === W_OF && isWord(tokens, preposition - 1) && VAGUE_HEADS.at(tokens, preposition - 1);
}

/** A role's, a vague source's or an institution's word ("senator", "officials", "embassy") at token i. */
function holdsRole(tokens: Tokens, i: number): boolean {
  return isWord(tokens, i) && (ROLE_WORDS.at(tokens, i) || VAGUE_HEADS.at(tokens, i) || ORGANISATION_WORDS.at(tokens, i));
}

/** Quantifiers that stand alone as a subject ("many said", "most say"). */
const QUANTIFIERS = new WordSet(['many', 'most', 'some', 'several', 'both', 'all', 'few', 'half', 'others', 'none', 'majority']);

/** Does the token start with a digit ("1,500", "30")? */
export function isDigit(tokens: Tokens, i: number): boolean {
  const c = tokens.text.charCodeAt(tokens.start[i]);
  return c >= 0x30 && c <= 0x39;
}

/** Words that end a bare subject walked leftwards from its verb: they belong to the clause around it. */
const SUBJECT_STOPS = new WordSet(['that', 'which', 'and', 'or', 'but', 'if', 'because', 'when', 'while', 'as', 'than', 'so', 'to', 'for', 'in', 'on', 'at', 'by', 'from', 'with', 'about', 'into', 'over', 'after', 'before', 'since', 'until', 'whether', 'though', 'although', 'where', 'there', 'here', 'not', 'also']);

/**
 * "Abortion rights advocates said", "46 percent of voters say", "many economists say": when no known role or
 * name heads the words before a cue, the noun phrase there is still its subject. Walks left over content words
 * (and "of" with its determiner) to a determiner or the clause start.
 */
export function bareSubjectEndingAt(tokens: Tokens, sentenceFirst: number, last: number): SpeakerPhrase | null {
  if (last < sentenceFirst) return null;
  // "42% say": a percentage and its number.
  if (tokens.kind[last] === TokenKind.Punct && tokens.text.charCodeAt(tokens.start[last]) === 0x25 && last - 1 >= sentenceFirst && isWord(tokens, last - 1) && isDigit(tokens, last - 1)) return classify(tokens, last - 1, last);
  if (!isWord(tokens, last)) return null;
  // "many said", "most say", "half said so": a quantifier alone at the clause start.
  if (QUANTIFIERS.at(tokens, last) && (last === sentenceFirst || !isWord(tokens, last - 1) || CLAUSE_OPENERS.at(tokens, last - 1))) return speakerPhraseOf(last, last, 'anonymous', null, lowerWord(tokens, last), true);
  if (tokens.word[last] !== 0 && (SUBJECT_STOPS.at(tokens, last) || FUNCTION_WORDS.at(tokens, last) || DETERMINERS.at(tokens, last) || OBJECT_PRONOUNS.at(tokens, last) || CLAUSE_OPENERS.at(tokens, last) || TIME_HEADS.at(tokens, last))) return null;
  const head = lowerWord(tokens, last);
  if (head.endsWith('ly') || head.endsWith('ing') || (head.endsWith('ed') && !isUpperStart(tokens, last))) return null;
  let first = last;
  while (first - 1 >= sentenceFirst && last - first < 8) {
    const k = first - 1;
    if (!isWord(tokens, k)) {
      // "two-thirds", "Sanders’s": hyphens and apostrophes inside a phrase.
      if (tokens.kind[k] === TokenKind.Punct && tokens.text.charCodeAt(tokens.start[k]) === 0x2d && k - 1 >= sentenceFirst && isWord(tokens, k - 1)) {
        first = k - 1;
        continue;
      }
      break;
    }
    const kw = lowerWord(tokens, k);
    if (DETERMINERS.at(tokens, k)) {
      first = k;
      if (k - 1 >= sentenceFirst && isWord(tokens, k - 1) && tokens.word[k - 1] === W_OF) continue;
      break;
    }
    if (kw === 'of') {
      first = k;
      continue;
    }
    if (SUBJECT_STOPS.at(tokens, k) || PRONOUNS.at(tokens, k) || OBJECT_PRONOUNS.at(tokens, k) || CLAUSE_OPENERS.at(tokens, k) || kw.endsWith('ly')) break;
    first = k;
  }
  while (first < last && tokens.word[first] === W_OF) first++;
  // "did not unveil plans", "wants to share": a word after an auxiliary, "not" or "to" is a verb, no subject.
  const before = first - 1;
  // ("Not everyone agrees": a "not" with no auxiliary before it negates the subject.)
  const negated = tokens.word[before] === W_NOT && before - 1 >= sentenceFirst && isWord(tokens, before - 1) && AUXILIARIES.at(tokens, before - 1);
  if (before >= sentenceFirst && isWord(tokens, before) && isLowerStart(tokens, first) && (AUXILIARIES.at(tokens, before) || negated || tokens.word[before] === W_TO)) return null;
  return speakerPhrase(tokens, first, last);
}

/** A number of one to three digits: an age ("Ortiz, 54, a nurse"). */
function isAge(tokens: Tokens, i: number): boolean {
  if (!isWord(tokens, i)) return false;
  const n = tokens.end[i] - tokens.start[i];
  if (n > 3) return false;
  for (let k = tokens.start[i]; k < tokens.end[i]; k++) {
    const c = tokens.text.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** "Dmitry Medvedev, Deputy Chairman of Russia’s Security Council, said": the name before the appositive is the speaker. */
function appositionEndingAt(tokens: Tokens, sentenceFirst: number, comma: number): SpeakerPhrase | null {
  const inner = phraseEndingAt(tokens, sentenceFirst, comma - 1);
  if (!inner) return subjectBeforeAside(tokens, sentenceFirst, comma);
  const before = inner.first - 1;
  if (before < sentenceFirst || tokens.kind[before] !== TokenKind.Punct || tokens.text.charCodeAt(tokens.start[before]) !== 0x2c) return subjectBeforeAside(tokens, sentenceFirst, comma);
  // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": the party and state in brackets belong to the name.
  let headEnd = before - 1;
  if (headEnd > sentenceFirst && isPunctCode(tokens, headEnd, 0x29)) {
    const open = bracketOpenBefore(tokens, sentenceFirst, headEnd);
    if (isPunctCode(tokens, open, 0x28)) headEnd = open - 1;
  }
  let head = phraseEndingAt(tokens, sentenceFirst, headEnd);
  // (The name is the mention then, as before a bracket alone: "Rep. Ana Ruiz (D-Ore.), chair of …, said".)
  if (headEnd !== before - 1) return head && head.kind === 'name' && opensClause(tokens, sentenceFirst, head.first - 1) ? head : subjectBeforeAside(tokens, sentenceFirst, comma);
  // "Maria Ortiz, 54, a nurse, said": an age set off by commas is the name's, no speaker of its own.
  if (head && head.first === head.last && isAge(tokens, head.first)) {
    const comma = head.first - 1;
    const named = comma > sentenceFirst && tokens.kind[comma] === TokenKind.Punct && tokens.text.charCodeAt(tokens.start[comma]) === 0x2c ? phraseEndingAt(tokens, sentenceFirst, comma - 1) : null;
    head = named && named.kind === 'name' ? named : null;
  }
  // "About two-thirds, 67 percent, say": a number's approximator opening the clause belongs to the head.
  if (head && head.first - 1 >= sentenceFirst && isWord(tokens, head.first - 1) && APPROXIMATORS.at(tokens, head.first - 1) && opensClause(tokens, sentenceFirst, head.first - 2)) head.first--;
  // The head must open its clause, or "Asked about it, Trump, who …" would take the question for the speaker.
  const opener = head ? head.first - 1 : -1;
  if (!head || head.kind === 'pronoun' || !opensClause(tokens, sentenceFirst, opener)) {
    // "One Republican hopeful, Carly Fiorina, says": the name between the commas speaks.
    return inner.kind === 'name' ? inner : null;
  }
  const merged = classify(tokens, head.first, comma - 1);
  if (head.name) {
    merged.name = head.name;
    merged.nameFirst = head.nameFirst;
    merged.nameLast = head.nameLast;
    merged.kind = head.kind;
    merged.anonymous = false;
    merged.role = tokens.text.slice(tokens.start[inner.first], tokens.end[inner.last]);
  }
  return merged;
}

/** Words before a number or share that make it approximate ("about two-thirds", "nearly half"). */
export const APPROXIMATORS = new WordSet(['about', 'nearly', 'almost', 'roughly', 'around', 'just', 'only', 'fully', 'some', 'over', 'approximately']);

/** Prepositions that open a phrase, not a clause: the noun after them is no subject ("For voters, …"). */
const PREPOSITIONAL_OPENERS = new WordSet(['for', 'in', 'on', 'at', 'with', 'by', 'from', 'during', 'after', 'before', 'since', 'despite', 'among', 'about', 'over', 'under', 'against', 'without', 'within', 'amid', 'like', 'unlike', 'to', 'of']);

/** "For some, the losses …": a lone quantifier is no subject to walk back to. */
function isLoneDeterminer(tokens: Tokens, p: SpeakerPhrase): boolean {
  return p.first === p.last && DETERMINERS.at(tokens, p.first);
}

function opensClause(tokens: Tokens, sentenceFirst: number, before: number): boolean {
  if (before < sentenceFirst) return true;
  if (tokens.kind[before] !== TokenKind.Word) return tokens.kind[before] !== TokenKind.Open;
  return CLAUSE_OPENERS.at(tokens, before);
}

function isPunctCode(tokens: Tokens, i: number, code: number): boolean {
  return tokens.kind[i] === TokenKind.Punct && tokens.text.charCodeAt(tokens.start[i]) === code;
}

/** The "(" a short way before the ")" at `close` (or where the search stopped: the sentence start, twelve tokens back). */
function bracketOpenBefore(tokens: Tokens, sentenceFirst: number, close: number): number {
  let open = close - 1;
  while (open > sentenceFirst && close - open < 12 && !isPunctCode(tokens, open, 0x28)) open--;
  return open;
}

/** Whether the words from `first` up to `end` open with "to" or hold "not to" (an infinitive, not an aside). */
function infinitiveIn(tokens: Tokens, first: number, end: number): boolean {
  if (first < end && tokens.word[first] === W_TO) return true;
  for (let k = first; k + 1 < end; k++) if (tokens.word[k] === W_NOT && tokens.word[k + 1] === W_TO) return true;
  return false;
}

/** "Peña Nieto, contradicting Trump, said": the subject before an aside set off by commas. */
function subjectBeforeAside(tokens: Tokens, sentenceFirst: number, comma: number): SpeakerPhrase | null {
  // Walks back over asides ("Marley Anderson, 21, a junior from Las Vegas, said") to a name that opens the clause.
  for (let k = comma - 1; k > sentenceFirst && comma - k <= 30; k--) {
    const kind = tokens.kind[k];
    if (kind === TokenKind.Open || kind === TokenKind.Close || kind === TokenKind.Break) return null;
    if (kind !== TokenKind.Punct) continue;
    const c = tokens.text.charCodeAt(tokens.start[k]);
    if (c === 0x29) {
      // "Gov. John Kasich (R-OH), said": step over the parenthesis.
      const open = bracketOpenBefore(tokens, sentenceFirst, k);
      const head = phraseEndingAt(tokens, sentenceFirst, open - 1);
      if (head && head.kind !== 'pronoun' && head.kind !== 'role' && !isLoneDeterminer(tokens, head) && opensClause(tokens, sentenceFirst, head.first - 1) && !PREPOSITIONAL_OPENERS.at(tokens, head.first - 1)) return head;
      k = open;
      continue;
    }
    if (c !== 0x2c) {
      if (c === 0x2d || c === 0x2e || c === 0x27 || c === 0x2019) continue;
      return null;
    }
    // "…, and it has used …, said Kassenova": a clause after "and" is no aside on a subject.
    if (k + 1 < comma && isWord(tokens, k + 1) && COORDINATORS.at(tokens, k + 1)) return null;
    // "warned the leader, Xi Jinping, not to move on the shoal, said an official": an infinitive is the object's
    // clause, no aside on a subject.
    if (infinitiveIn(tokens, k + 1, comma)) return null;
    const head = phraseEndingAt(tokens, sentenceFirst, k - 1);
    // ("Marley Anderson, 21, a junior …": the age is one more aside.)
    if (head && head.first === head.last && isAge(tokens, head.first)) continue;
    if (head && head.kind !== 'pronoun' && head.kind !== 'role' && !isLoneDeterminer(tokens, head) && opensClause(tokens, sentenceFirst, head.first - 1) && !PREPOSITIONAL_OPENERS.at(tokens, head.first - 1)) return head;
  }
  return null;
}

/** The speaker phrase that starts at token `first` ("said Putin", "said a person familiar with the matter"). */
export function phraseStartingAt(tokens: Tokens, first: number, sentenceEnd: number): SpeakerPhrase | null {
  if (first >= sentenceEnd || !isWord(tokens, first)) return null;
  if (PRONOUNS.at(tokens, first)) return classify(tokens, first, first);
  let last = first - 1;
  let sawHead = false;
  for (let k = first; k < sentenceEnd && k - first < MAX_PHRASE_TOKENS; k++) {
    if (isInitialDot(tokens, k) && k === last + 1 && k + 1 < sentenceEnd && isWord(tokens, k + 1) && isUpperStart(tokens, k + 1)) continue;
    // "a former U.S. official": the full stop of a dotted acronym inside the phrase.
    if (isAcronymDot(tokens, k) && k === last + 1 && k + 1 < sentenceEnd && isWord(tokens, k + 1) && (isUpperStart(tokens, k + 1) || ROLE_WORDS.at(tokens, k + 1) || VAGUE_HEADS.at(tokens, k + 1))) continue;
    if (!isWord(tokens, k)) break;
    if (k === first && DETERMINERS.at(tokens, k)) {
      last = k;
      continue;
    }
    if (sawHead && VAGUE_TAIL_OPENERS.at(tokens, k) && VAGUE_HEADS.at(tokens, last)) {
      // Run the vague tail to the clause end: "familiar with the matter".
      let e = k;
      while (e + 1 < sentenceEnd && isWord(tokens, e + 1) && e - k < 6) e++;
      last = e;
      break;
    }
    const capital = isUpperStart(tokens, k);
    if (capital || ROLE_WORDS.at(tokens, k) || VAGUE_HEADS.at(tokens, k) || isPossessive(tokens, k) || (sawHead && NAME_CONNECTORS.at(tokens, k) && k + 1 < sentenceEnd && isUpperStart(tokens, k + 1))) {
      last = k;
      sawHead = true;
      continue;
    }
    break;
  }
  if (!sawHead) return null;
  return speakerPhrase(tokens, first, last);
}

/** Whether token `i` is in the set, or is a word of it with "'s" ("the president's"). */
function inWordSetOrPossessive(set: WordSet, tokens: Tokens, i: number): boolean {
  if (set.at(tokens, i)) return true;
  const end = tokens.end[i];
  if (end - tokens.start[i] < 3 || (tokens.text.charCodeAt(end - 1) | 0x20) !== 0x73) return false;
  const apostrophe = tokens.text.charCodeAt(end - 2);
  return (apostrophe === 0x27 || apostrophe === 0x2019) && set.has(lowerWord(tokens, i).slice(0, -2));
}

function wordText(tokens: Tokens, i: number): string {
  return tokenText(tokens, i).replace(/[’']s$/, '');
}

/** The words of a name joined by single spaces, without a final "'s". */
function nameText(tokens: Tokens, first: number, last: number): string {
  const text = tokens.text;
  let spaced = true;
  for (let k = first + 1; k <= last && spaced; k++) spaced = tokens.start[k] === tokens.end[k - 1] + 1 && text.charCodeAt(tokens.end[k - 1]) === 0x20;
  if (!spaced) {
    const parts: string[] = [];
    for (let k = first; k <= last; k++) parts.push(k === last ? wordText(tokens, k) : tokenText(tokens, k));
    return parts.join(' ');
  }
  const end = tokens.end[last];
  const possessive = end - tokens.start[last] >= 2 && (text.charCodeAt(end - 1) === 0x73) && (text.charCodeAt(end - 2) === 0x27 || text.charCodeAt(end - 2) === 0x2019);
  return text.slice(tokens.start[first], possessive ? end - 2 : end);
}

/** Whether the words of a phrase are a time and nothing else ("Monday", "a Sunday", "late Tuesday night"). */
export function namesATime(tokens: Tokens, first: number, last: number): boolean {
  let time = false;
  for (let k = first; k <= last; k++) {
    if (!isWord(tokens, k)) continue;
    if (isTimeName(tokens, k, first)) time = true;
    else if (!TIME_COMPANIONS.at(tokens, k) && !isDigit(tokens, k)) return false;
  }
  return time;
}

/**
 * A name of a day, month or time; "August" (also a given name) only after a word that goes with times ("in August",
 * "late August"). "May" is left out: it is far more often the verb.
 */
function isTimeName(tokens: Tokens, k: number, first: number): boolean {
  if (TIME_NAMES.at(tokens, k)) return true;
  return tokens.word[k] === W_AUGUST && k - 1 >= first && isWord(tokens, k - 1) && TIME_COMPANIONS.at(tokens, k - 1);
}

/** The first token of the time phrase that ends at `last` ("on Monday", "late Tuesday night"), or -1. */
export function timePhraseStart(tokens: Tokens, sentenceFirst: number, last: number): number {
  let first = last + 1;
  while (first - 1 >= sentenceFirst && isWord(tokens, first - 1) && (isTimeName(tokens, first - 1, sentenceFirst) || TIME_COMPANIONS.at(tokens, first - 1))) first--;
  return first <= last && namesATime(tokens, first, last) ? first : -1;
}

/** The phrase between two tokens, classified; null when it is only a time. "Trump on Tuesday" is Trump. */
function speakerPhrase(tokens: Tokens, first: number, last: number): SpeakerPhrase | null {
  if (namesATime(tokens, first, last)) return null;
  if (last - 2 >= first && TIME_NAMES.at(tokens, last) && isWord(tokens, last - 1) && tokens.word[last - 1] === W_ON) last -= 2;
  return classify(tokens, first, last);
}

/**
 * Where a person's affiliation starts in a name run ("Helen Cho of Lakeside University", "Anna Lindqvist of the
 * Karolinska Institute"): the "of" whose body after it ends in an organisation's word, with a person's name before it
 * (no organisation's word of its own, as "Bank of England" has); -1 when there is none.
 */
function affiliationOf(tokens: Tokens, first: number, nameFirst: number, nameLast: number): number {
  if (!inWordSetOrPossessive(ORGANISATION_WORDS, tokens, nameLast)) return -1;
  // The "of" inside the run, or just before it ("… of the Karolinska Institute").
  let of = -1;
  for (let k = nameFirst + 1; k < nameLast; k++) {
    if (isWord(tokens, k) && tokens.word[k] === W_OF) {
      of = k;
      break;
    }
  }
  if (of < 0) {
    let k = nameFirst - 1;
    // ("Dana Whitfield of State University": a capitalised word of the body's name may read as a role.)
    while (k > first && nameFirst - k <= 2 && isWord(tokens, k) && isUpperStart(tokens, k)) k--;
    if (k > first && isWord(tokens, k) && DETERMINERS.at(tokens, k)) k--;
    if (k > first && isWord(tokens, k) && tokens.word[k] === W_OF) of = k;
  }
  if (of < 0 || of - 1 < first) return -1;
  const head = of - 1;
  if (!isWord(tokens, head) || !isUpperStart(tokens, head) || inWordSetOrPossessive(ROLE_WORDS, tokens, head) || inWordSetOrPossessive(ORGANISATION_WORDS, tokens, head)) return -1;
  return of;
}

/** Kind, name and role of the phrase between two tokens (inclusive). */
export function classify(tokens: Tokens, first: number, last: number): SpeakerPhrase {
  if (first === last && PRONOUNS.at(tokens, last)) return speakerPhraseOf(first, last, 'pronoun', null, undefined, false);
  // The name is the last run of capitalised words that are not titles; the titles before it are the role.
  let nameLast = -1;
  let nameFirst = -1;
  for (let k = last; k >= first; k--) {
    if (!isWord(tokens, k)) continue;
    const capital = isUpperStart(tokens, k);
    const title = inWordSetOrPossessive(ROLE_WORDS, tokens, k) || DETERMINERS.at(tokens, k) || VAGUE_PRONOUNS.at(tokens, k);
    if (nameLast < 0) {
      if (capital && !title) nameLast = nameFirst = k;
      continue;
    }
    if (capital && !title) nameFirst = k;
    else if (NAME_CONNECTORS.at(tokens, k) && !DETERMINERS.at(tokens, k) && k - 1 >= first && isUpperStart(tokens, k - 1) && !ROLE_WORDS.at(tokens, k - 1) && !VAGUE_HEADS.at(tokens, k - 1)) nameFirst = k;
    else break;
  }
  // A possessor names whoever the role belongs to ("Putin’s spokesman"), not the speaker.
  // A name before the head noun only qualifies it ("Kremlin officials", "Putin’s spokesman", "Clinton aides").
  if (nameLast >= 0 && nameLast < last) nameLast = -1;
  // "a senator from Texas": a name after a preposition of origin is where the role's holder is from.
  if (nameLast >= 0 && nameFirst - 1 > first && placeOfHolder(tokens, nameFirst - 1)) nameLast = -1;
  // "people close to Tom Reyes", "a source familiar with Acme's thinking": the name is what the vague source is near.
  // ("officials with the Kremlin" are the Kremlin's.)
  for (let k = first + 1; nameLast >= 0 && k < nameFirst; k++) if (isWord(tokens, k) && NEAR_WORDS.at(tokens, k) && isWord(tokens, k - 1) && VAGUE_HEADS.at(tokens, k - 1)) nameLast = -1;
  // "Anna Lindqvist of the Karolinska Institute", "Helen Cho of Lakeside University": the person speaks; the body
  // after "of" is where they work ("the Bank of England", "the University of Texas" are one name).
  let affiliation = -1;
  if (nameLast >= 0) {
    affiliation = affiliationOf(tokens, first, nameFirst, nameLast);
    if (affiliation >= 0) {
      nameLast = nameFirst = affiliation - 1;
      while (nameFirst - 1 >= first && isWord(tokens, nameFirst - 1) && isUpperStart(tokens, nameFirst - 1) && !inWordSetOrPossessive(ROLE_WORDS, tokens, nameFirst - 1) && !DETERMINERS.at(tokens, nameFirst - 1)) nameFirst--;
    }
  }
  if (nameLast >= 0) {
    const name = nameText(tokens, nameFirst, nameLast);
    let organisation = false;
    // (The body a person works for makes no organisation of the person.)
    for (let k = nameFirst; k <= (affiliation >= 0 ? nameLast : last) && !organisation; k++) if (inWordSetOrPossessive(ORGANISATION_WORDS, tokens, k)) organisation = true;
    const role = nameFirst > first ? tokens.text.slice(tokens.start[first], tokens.end[nameFirst - 1]).replace(/^(the|a|an)\s+/i, '') : undefined;
    const rolesAfter = nameLast < last ? tokens.text.slice(tokens.start[nameLast + 1], tokens.end[last]) : undefined;
    const kind = organisation && !(inWordSetOrPossessive(ROLE_WORDS, tokens, last) && !inWordSetOrPossessive(ORGANISATION_WORDS, tokens, last)) ? 'organisation' : 'name';
    return speakerPhraseOf(first, last, kind, name, role && role.length ? role : rolesAfter, false, nameFirst, nameLast);
  }
  const role = tokens.text.slice(tokens.start[first], tokens.end[last]);
  if (inWordSetOrPossessive(VAGUE_HEADS, tokens, last) || (VAGUE_HEADS.at(tokens, first) && first !== last) || hasVagueHead(tokens, first, last)) {
    const firstWord = lowerWord(tokens, first);
    const definite = firstWord === 'the' || firstWord === 'his' || firstWord === 'her' || firstWord === 'their';
    if (!definite) return speakerPhraseOf(first, last, 'anonymous', null, role, true);
  }
  if (inWordSetOrPossessive(ORGANISATION_WORDS, tokens, last)) {
    // "The White House", "the Kremlin’s": an institution's name is all of its capitalised words.
    let capFirst = last;
    while (capFirst - 1 >= first && isUpperStart(tokens, capFirst - 1) && !DETERMINERS.at(tokens, capFirst - 1)) capFirst--;
    const named = isUpperStart(tokens, last) && !DETERMINERS.at(tokens, capFirst);
    const name = named ? tokens.text.slice(tokens.start[capFirst], tokens.start[last]) + wordText(tokens, last) : null;
    return named ? speakerPhraseOf(first, last, 'organisation', name, undefined, false, capFirst, last) : speakerPhraseOf(first, last, 'organisation', name, role, false);
  }
  return speakerPhraseOf(first, last, 'role', null, role, false);
}

function hasVagueHead(tokens: Tokens, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    if (VAGUE_TAIL_OPENERS.at(tokens, k) && k > first && VAGUE_HEADS.at(tokens, k - 1)) return true;
    if (INDEFINITE.at(tokens, k) && k === first && k < last && VAGUE_HEADS.at(tokens, last)) return true;
  }
  return false;
}
