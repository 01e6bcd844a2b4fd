// Sentence boundaries over tokens; a quoted region is never split, so a quote of several sentences stays whole.
import { cueWordInfo } from './cueLexicon';
import { WordSet } from './lexicon';
import { isDigit } from './speakerPhrases';
import { isUpperStart, TokenKind, type Tokens } from './tokens';

/** A sentence as a half-open token range [first, end). */
export interface Sentence {
  first: number;
  end: number;
}

/** Words after which a full stop does not end the sentence. */
const ABBREVIATIONS = new WordSet([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'st', 'jr', 'sr',
  'inc', 'corp', 'co', 'ltd', 'vs', 'v', 'no', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'gov', 'rev', 'ft',
  'mt', 'pres', 'supt', 'atty', 'u.s', 'u.n', 'u.k', 'e.g', 'i.e', 'a.m', 'p.m', 'd.c', 'ariz', 'calif', 'fla', 'ill', 'mass', 'mich',
  'minn', 'nev', 'penn', 'pa', 'tenn', 'tex', 'va', 'wash', 'wis', 'conn', 'colo', 'okla', 'ore', 'ga', 'ky', 'la', 'md', 'mo', 'n.y',
  'n.j', 'n.c', 's.c', 'n.h', 'r-n.y', 'd-n.y', 'ala', 'ark', 'del', 'ind', 'kan', 'miss', 'neb', 'vt', 'wyo', 'w.va',
]);

/** Abbreviations that are also words, and abbreviations that a number follows ("No. 2"). */
const WORD_ABBREVIATIONS = new WordSet(['no', 'ill', 'mass', 'miss', 'wash', 'ore', 'ark', 'del', 'ind', 'gen', 'col', 'mar', 'pa', 'la', 'mo', 'co', 'rev', 'dec']);
const NUMBER_ABBREVIATIONS = new WordSet(['no']);

/**
 * Abbreviations that may close a sentence ("in the U.S.", "at 7 p.m.", "Acme Inc."), unlike titles, which a name
 * always follows; and the words that open the next sentence after them ("… in the U.S. He says …").
 */
const SENTENCE_FINAL_ABBREVIATIONS = new WordSet(['u.s', 'u.n', 'u.k', 'd.c', 'a.m', 'p.m', 'inc', 'corp', 'co', 'ltd', 'jr', 'sr']);
const SENTENCE_OPENERS = new WordSet(['he', 'she', 'it', 'they', 'we', 'i', 'the', 'but', 'and', 'this', 'that', 'these', 'those', 'there', 'his', 'her', 'their', 'its', 'while', 'when', 'after', 'if', 'so', 'yet', 'still']);

const MAX_SENTENCE_TOKENS = 400;
const MAX_QUOTED_SENTENCE_TOKENS = 3000;

function isSentenceEndPunct(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f; // . ! ?
}

function startsNewSentence(tokens: Tokens, i: number): boolean {
  if (i >= tokens.count) return true;
  const k = tokens.kind[i];
  if (k === TokenKind.Open || k === TokenKind.Break) return true;
  if (k === TokenKind.Word) return isUpperStart(tokens, i);
  // "… to participate. (“We persuaded them,” he said.)": a parenthesis that opens with a quote or a capital.
  if (tokens.text.charCodeAt(tokens.start[i]) === 0x28 && i + 1 < tokens.count) return tokens.kind[i + 1] === TokenKind.Open || (tokens.kind[i + 1] === TokenKind.Word && isUpperStart(tokens, i + 1));
  return false;
}

/** "G.K" (its last full stop apart): two capitals joined by a full stop. */
function isInitialPair(tokens: Tokens, i: number): boolean {
  const { text, start } = tokens;
  const a = text.charCodeAt(start[i]);
  const b = text.charCodeAt(start[i] + 2);
  return a >= 0x41 && a <= 0x5a && text.charCodeAt(start[i] + 1) === 0x2e && b >= 0x41 && b <= 0x5a;
}

function isAbbreviation(tokens: Tokens, wordIndex: number): boolean {
  if (wordIndex < 0 || tokens.kind[wordIndex] !== TokenKind.Word) return false;
  const len = tokens.end[wordIndex] - tokens.start[wordIndex];
  // A lone capital ("John F. Kennedy") is an initial; a lone digit ("votes on June 7. Still, …") is none.
  if (len === 1 && isUpperStart(tokens, wordIndex)) return !isDigit(tokens, wordIndex);
  // "Rep. G.K. Butterfield": two initials joined by their full stops, before a name that is no sentence's opener.
  if (len === 3 && isInitialPair(tokens, wordIndex) && wordIndex + 2 < tokens.count && tokens.kind[wordIndex + 2] === TokenKind.Word && isUpperStart(tokens, wordIndex + 2) && !SENTENCE_OPENERS.at(tokens, wordIndex + 2)) return true;
  if (len > 6 || !ABBREVIATIONS.at(tokens, wordIndex)) return false;
  // "said no. But …", "fell ill. The …": a word that is also an abbreviation is one only as it is written as one
  // ("No. 2", "Ill.").
  if (WORD_ABBREVIATIONS.at(tokens, wordIndex) && !isUpperStart(tokens, wordIndex)) return false;
  if (NUMBER_ABBREVIATIONS.at(tokens, wordIndex)) return wordIndex + 2 < tokens.count && isDigit(tokens, wordIndex + 2);
  return true;
}

/** Words after a speaker's verb that leave it without content of its own ("…?” Clinton writes to Sullivan). */
const ADVERBIAL_OPENERS = new WordSet(['to', 'in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'as', 'with', 'from', 'of', 'about', 'later', 'recently', 'earlier', 'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'again', 'afterward', 'afterwards', 'then']);
const MAX_NAME_WORDS = 4;

/**
 * “Who was first?” Clinton writes to Sullivan: a capitalised name and a reporting verb with no content of their
 * own right after a closing mark attribute the quote, so the sentence goes on through them.
 */
function attributionFollows(tokens: Tokens, from: number): boolean {
  const { count, kind } = tokens;
  let k = from;
  while (k < count && k - from < MAX_NAME_WORDS && kind[k] === TokenKind.Word && isUpperStart(tokens, k)) k++;
  if (k === from || k >= count || kind[k] !== TokenKind.Word || isUpperStart(tokens, k)) return false;
  if (cueWordInfo(tokens.word[k])?.verb?.form !== 'finite') return false;
  const next = k + 1;
  if (next >= count) return true;
  if (kind[next] === TokenKind.Punct) return isSentenceEndPunct(tokens.text.charCodeAt(tokens.start[next])) || tokens.text.charCodeAt(tokens.start[next]) === 0x2c;
  return kind[next] === TokenKind.Break || (kind[next] === TokenKind.Word && ADVERBIAL_OPENERS.at(tokens, next));
}

/** Whether the abbreviation at `wordIndex` closes its sentence: one that may end one, before a sentence's first word. */
function endsAtAbbreviation(tokens: Tokens, wordIndex: number): boolean {
  const next = wordIndex + 2;
  if (next >= tokens.count || tokens.kind[next] !== TokenKind.Word || !isUpperStart(tokens, next)) return false;
  return SENTENCE_OPENERS.at(tokens, next) && SENTENCE_FINAL_ABBREVIATIONS.at(tokens, wordIndex);
}

/** Most tokens a dateline takes: "ST. LOUIS, Mo., Dec. 1 (Reuters) —". */
const MAX_DATELINE_TOKENS = 16;

/** Is the word all capitals, with at least two letters ("WASHINGTON", "KYIV"; not "A" or "US-based")? */
function isCapitalsWord(tokens: Tokens, i: number): boolean {
  const { text, start, end } = tokens;
  if (end[i] - start[i] < 2) return false;
  // ASCII, the common case, is read in place: no lower-case letter, and a capital.
  let capital = false;
  for (let k = start[i]; k < end[i]; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) return otherCapitalsWord(text.slice(start[i], end[i]));
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) capital = true;
  }
  return capital;
}

function otherCapitalsWord(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

/**
 * Where the story begins after a wire dateline that opens a paragraph ("WASHINGTON (Reuters) - ", "KYIV, Ukraine
 * (AP) — ", "LONDON, Dec 1 -"): the token after its dash, or -1. The dateline says where the story was filed; it is
 * no part of the first sentence, nor of what anyone said in it.
 */
function datelineEnd(tokens: Tokens, from: number): number {
  const { count, kind, text, start } = tokens;
  const limit = Math.min(count, from + MAX_DATELINE_TOKENS);
  const punct = (k: number, c: number): boolean => k < limit && kind[k] === TokenKind.Punct && text.charCodeAt(start[k]) === c;
  let k = from;
  let letters = 0;
  while (k < limit && kind[k] === TokenKind.Word && isCapitalsWord(tokens, k)) {
    letters += tokens.end[k] - start[k];
    k++;
    if (punct(k, 0x2e) && k + 1 < limit && kind[k + 1] === TokenKind.Word && isCapitalsWord(tokens, k + 1)) k++;
  }
  if (k === from || letters < 3) return -1;
  // ", Ukraine", ", Calif.", ", Dec 1": a state, country or date after a comma.
  // ("ST. LOUIS, Mo., Dec. 1", "CAIRO, Nov. 30": abbreviations' full stops and another comma inside.)
  if (punct(k, 0x2c)) {
    let j = k + 1;
    let words = 0;
    while (j < limit && ((kind[j] === TokenKind.Word && isUpperStart(tokens, j)) || (j > k + 1 && (punct(j, 0x2e) || punct(j, 0x2c))))) {
      if (kind[j] === TokenKind.Word) words++;
      j++;
    }
    if (words === 0) return -1;
    k = j;
  }
  // "(Reuters)", "(AP)".
  if (punct(k, 0x28)) {
    let j = k + 1;
    while (j < limit && kind[j] === TokenKind.Word) j++;
    if (j === k + 1 || !punct(j, 0x29)) return -1;
    k = j + 1;
  }
  if (!(k < limit && kind[k] === TokenKind.Punct)) return -1;
  const dash = text.charCodeAt(start[k]);
  if (dash !== 0x2d && dash !== 0x2014 && dash !== 0x2013) return -1;
  k++;
  if (dash === 0x2d && punct(k, 0x2d)) k++;
  return k < count && kind[k] === TokenKind.Word ? k : -1;
}

/** Ends the sentence that started at `first` before token `end` (an empty one is left out); the next starts there. */
function closeAt(out: Sentence[], first: number, end: number): number {
  if (end > first) out.push({ first, end });
  return end;
}

export function splitSentences(tokens: Tokens): Sentence[] {
  const out: Sentence[] = [];
  const { count, kind, text, start } = tokens;
  let first = 0;
  let inQuote = false;
  // No real sentence is this long; cutting keeps the per-sentence work, and so the whole analysis, linear.
  let limit = MAX_SENTENCE_TOKENS;
  for (let i = 0; i < count; i++) {
    if (i - first >= limit) first = closeAt(out, first, i);
    const k = kind[i];
    if (k === TokenKind.Word) {
      if (i === first && !inQuote && (i === 0 || kind[i - 1] === TokenKind.Break)) {
        const story = datelineEnd(tokens, i);
        if (story > 0) {
          first = closeAt(out, first, story);
          i = story - 1;
        }
      }
      continue;
    }
    if (k === TokenKind.Open) {
      inQuote = true;
      limit = MAX_QUOTED_SENTENCE_TOKENS;
    } else if (k === TokenKind.Close) {
      inQuote = false;
      limit = MAX_SENTENCE_TOKENS;
      // “… now.” He added → the closing mark ends the sentence when its last word ends one.
      // A closing mark of two apostrophes leaves its first one as punctuation before the Close token.
      const b = i > 1 && text.charCodeAt(start[i - 1]) === 0x27 ? i - 2 : i - 1;
      // (A full stop, unlike "?" and "!", closes the quote's sentence even before a name and verb: “… wheelhouse.” He said, …)
      if (b >= 0 && kind[b] === TokenKind.Punct && isSentenceEndPunct(text.charCodeAt(start[b])) && startsNewSentence(tokens, i + 1) && (text.charCodeAt(start[b]) === 0x2e || !attributionFollows(tokens, i + 1))) {
        first = closeAt(out, first, i + 1);
      }
    } else if (k === TokenKind.Break) {
      if (!inQuote) first = closeAt(out, first, i + 1);
    } else if (!inQuote && k === TokenKind.Punct && isSentenceEndPunct(text.charCodeAt(start[i]))) {
      if (i + 1 < count && kind[i + 1] === TokenKind.Close) continue;
      if (text.charCodeAt(start[i]) === 0x2e && isAbbreviation(tokens, i - 1) && !(i + 1 < count && kind[i + 1] === TokenKind.Break) && !endsAtAbbreviation(tokens, i - 1)) continue;
      if (startsNewSentence(tokens, i + 1)) first = closeAt(out, first, i + 1);
    }
  }
  closeAt(out, first, count);
  return out;
}
