// Words reduced to comparable terms: a light stemmer, and interchangeable-word classes.
import { STOPWORDS } from './stopwords';
import { WORD_CLASS } from './wordClasses';

/** A light suffix stripper: enough to make "congratulated", "congratulating" and "congratulation" one term. */
export function stem(word: string): string {
  let w = word.replace(/\./g, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ations')) w = w.slice(0, -4);
  else if (w.endsWith('ation')) w = w.slice(0, -3);
  else if (w.endsWith('ings') && w.length > 6) w = w.slice(0, -4);
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('edly') && w.length > 6) w = w.slice(0, -4);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ments') && w.length > 7) w = w.slice(0, -5);
  else if (w.endsWith('ment') && w.length > 6) w = w.slice(0, -4);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[aeiouls]/.test(w[w.length - 1])) w = w.slice(0, -1);
  return w;
}

/**
 * The comparable term of a word, or null for function words: its interchangeable-word class, else its stem.
 * Callers that see a word many times keep the result (the index's Vocabulary does, per spelling).
 */
export function termOf(word: string): string | null {
  if (STOPWORDS.has(word)) return null;
  const cls = WORD_CLASS.get(word);
  if (cls) return cls;
  if (word.length < 2 && !/\d/.test(word)) return null;
  const s = stem(word);
  return WORD_CLASS.get(s) ?? s;
}
