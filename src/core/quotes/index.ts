// Attribution: direct, partial and reported quotes with their cues and speakers.
import type { Entity, Quote, SpeakerRef, Span } from '../types';
import { SentenceReader, type Attribution } from './attributions';
import { AUXILIARIES, BE_FORMS, W_WHICH, W_WHO } from './clauseLexicon';
import { LEXICON } from './lexicon';
import { scanQuotationMarks } from './quotationMarks';
import { SpeakerResolver } from './resolveSpeakers';
import { splitSentences } from './sentences';
import { namesATime, type SpeakerPhrase } from './speakerPhrases';
import { isLowerStart, lowerWord, tokenize, TokenKind, type Tokens } from './tokens';

/**
 * A quote sentence with no cue carries the last speaker over only from the sentence right before it (paragraph
 * breaks aside): "He added:" then the quote paragraphs, or "“…,” she said." then “…”. A sentence of narration in
 * between ends the speaker's turn.
 */
const CARRY_OVER_SENTENCES = 1;

/** Cues of refusing to speak, whose report is the speech verb right after them ("declined to comment on …"). */
const REFUSALS = new Set(['refuse', 'decline']);
const REFUSAL_REACH = 5;

/** Quoted words after the speaker's quote that go on with it even in a sentence of narration; fewer are a term. */
const MIN_CONTINUED_WORDS = 4;

export function findQuotes(text: string, entities: readonly Entity[]): { quotes: Quote[]; scareQuotes: Span[] } {
  const { quotes, scareQuotes } = readQuotes(text, entities);
  return { quotes, scareQuotes };
}

/**
 * findQuotes(), with the tokens it read the text into (`flagBy`: see tokenize): the hedge finder reads them too. They
 * are valid until the next text is tokenised.
 */
export function readQuotes(text: string, entities: readonly Entity[], flagBy?: Int32Array): { quotes: Quote[]; scareQuotes: Span[]; tokens: Tokens } {
  const regions = scanQuotationMarks(text);
  const tokens = tokenize(text, regions, LEXICON, flagBy);
  const sentences = splitSentences(tokens);
  const reader = new SentenceReader(tokens);
  const resolver = new SpeakerResolver(entities, regions);
  const quotes: Quote[] = [];
  const scareQuotes: Span[] = [];
  let previous: Attribution | null = null;
  let previousAt = -Infinity;
  // The last quote of the current paragraph that holds quoted words: a quote sentence right after it continues it.
  let openQuote: Quote | null = null;
  // The last quote sentence with no cue of its own, which an attribution right after it may claim.
  let lonelyQuote: Quote | null = null;
  let lonelyQuoteAt = -Infinity;
  let openQuoteAt = -Infinity;
  // Sentences read so far that hold more than paragraph breaks.
  let spoken = 0;
  for (let index = 0; index < sentences.length; index++) {
    const s = sentences[index];
    if (s.first > 0 && tokens.kind[s.first - 1] === TokenKind.Break) {
      lonelyQuote = null;
    }
    if (tokens.kind[s.first] !== TokenKind.Break) spoken++;
    const carried = spoken - previousAt <= CARRY_OVER_SENTENCES ? previous : null;
    const introduction = reader.introduction;
    reader.introduction = null;
    const { attributions, looseRegions } = reader.read(s, carried);
    const tail = reader.quoteTail;
    reader.quoteTail = null;
    if (tail && lonelyQuote && lonelyQuoteAt === index - 1 && quotes[quotes.length - 1] === lonelyQuote) {
      // “Why are you still backing him?” Ruiz asked the council.
      const quote: Quote = lonelyQuote;
      quote.cue = { start: tokens.start[tail.cueFirst], end: tokens.end[tail.cueLast] };
      quote.cueLemma = tail.cueLemma;
      quote.speaker = namesATime(tokens, tail.speaker.first, tail.speaker.last) ? null : speakerRef(tail.speaker, tokens, resolver);
      // A quote right after the cue goes on with the same words.
      if (quote.speaker) {
        openQuote = quote;
        openQuoteAt = spoken;
      }
    }
    for (const r of looseRegions) {
      const loose = reader.readLooseRegion(s, r, carried);
      if (loose && loose !== 'scare' && loose.cueFirst < 0 && introduction && attributions.length === 0) {
        // “He added:” then the quote: the introducing cue and speaker are this quote's own.
        loose.cueFirst = introduction.cueFirst;
        loose.cueLast = introduction.cueLast;
        loose.cueLemma = introduction.cueLemma;
        loose.speaker = introduction.speaker;
        loose.carriedSpeaker = false;
        attributions.push(loose);
        continue;
      }
      // “…,” said Ana Ruiz. Now, “the town is behind us”: quoted words in a sentence of no cue of its own right after
      // the speaker's quote go on with it, unless they are a short term.
      // Across a paragraph break the quote goes on only in a paragraph that opens with it; a paragraph that opens with
      // narration ("Lee is “…”") is about another matter.
      // (Nor does a quoted title the narration goes on after: "“American Skin” was written by …".)
      const narrationFirst = s.first > 0 && tokens.kind[s.first - 1] === TokenKind.Break && (reader.regionTokens(r).open > s.first || narrationFollows(tokens, reader.regionTokens(r).close, s.end));
      // (A sentence that is all quoted words goes on with it however short: “…,” Smith told CNN. “None.”)
      const wholeSentence = reader.regionTokens(r).open === s.first && reader.regionTokens(r).close >= s.end - 1;
      const continued = !narrationFirst && openQuote !== null && openQuoteAt === spoken - 1 && (loose === 'scare' || loose === null ? attributions.length === 0 && (wholeSentence || (loose === 'scare' && wordsInRegion(reader, tokens, r) >= MIN_CONTINUED_WORDS)) : loose.cueFirst < 0 && loose.kind === 'direct');
      if (continued && openQuote) {
        // “…,” he said. “…”: one attribution whose quote goes on after the cue.
        openQuote.end = regions[r].end;
        openQuote.parts.push({ start: regions[r].start, end: regions[r].end });
        openQuoteAt = spoken;
      } else if (loose === 'scare') {
        scareQuotes.push({ start: regions[r].start, end: regions[r].end });
      } else if (loose) {
        // Several quoted bits of one clause ("the “death” and “destruction”") are one partial quote.
        const prior = attributions[attributions.length - 1];
        if (prior && prior.cueFirst === loose.cueFirst && prior.contentFirst === loose.contentFirst && prior.contentLast === loose.contentLast) {
          for (const x of loose.regions) if (!prior.regions.includes(x)) prior.regions.push(x);
        } else if (prior && prior.cueFirst === loose.cueFirst && prior.kind !== 'reported' && loose.kind !== 'reported' && joinedByConnector(tokens, prior.contentLast, loose.contentFirst)) {
          // “duped” by “a con”, “rigged,” and “wounded”: quoted bits a word or two apart are one partial quote.
          prior.contentLast = loose.contentLast;
          for (const x of loose.regions) if (!prior.regions.includes(x)) prior.regions.push(x);
        } else {
          attributions.push(loose);
        }
      }
    }
    dropSwallowedCues(attributions);
    const speakers: SpeakerRef[] = [];
    // The sentence's first speaker is its main clause's; a later one is often a nested report ("X said that
    // critics had predicted …"), unless it speaks quoted words.
    let pickedHere = false;
    for (const a of attributions) {
      // "The council voted 7-2": words with no letter in them are no one's report.
      if (a.kind === 'reported' && !hasLetter(text, tokens.start[a.contentFirst], tokens.end[a.contentLast])) continue;
      const quote = toQuote(a, tokens, resolver);
      const alone = a.cueFirst < 0 && a.kind === 'direct';
      if (!alone && a.kind === 'direct' && a.cueFirst >= 0 && lonelyQuote && lonelyQuoteAt === index - 1 && quotes[quotes.length - 1] === lonelyQuote && a.contentFirst < a.cueFirst) {
        // “…” then “…,” she said: the quote sentence before the attribution is the first part of the same quote.
        quotes.pop();
        quote.start = lonelyQuote.start;
        quote.parts.unshift(...lonelyQuote.parts);
      }
      lonelyQuote = alone ? quote : null;
      lonelyQuoteAt = index;
      quotes.push(quote);
      if (quote.speaker && !a.carriedSpeaker) speakers.push(quote.speaker);
      // (A relative "who" speaks for its own clause only: “…,” said Lee, who noted that … “…” goes on with Lee's words.)
      if (a.regions.length && a.speaker && speaksInPerson(a.speaker, tokens)) {
        openQuote = quote;
        openQuoteAt = spoken;
      }
      if (a.speaker && !a.carriedSpeaker && speaksInPerson(a.speaker, tokens) && (!pickedHere || a.regions.length > 0)) {
        previous = a;
        previousAt = spoken;
        pickedHere = true;
      } else if (a.speaker && a.carriedSpeaker) {
        previousAt = spoken;
      }
    }
    if (attributions.length === 0 && looseRegions.length === 0 && tokens.kind[s.first] !== TokenKind.Break && quoteFollows(tokens, s.end)) {
      // "Bystrom agreed." then “…”: a person the narration names before a quote with no cue of its own speaks it.
      const person = reader.narratedPerson(s);
      if (person) {
        previous = { kind: 'reported', contentFirst: s.first, contentLast: s.first, regions: [], cueFirst: -1, cueLast: -1, cueLemma: '', speaker: person };
        previousAt = spoken;
      }
    }
    if (s.end > s.first) resolver.noteSentence({ start: tokens.start[s.first], end: tokens.end[s.end - 1] }, speakers);
  }
  quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  return { quotes: dropNestedReports(quotes), scareQuotes, tokens };
}

/**
 * Two readings of one report ("…, the bureau said in a March report"): a reading whose speaker phrase holds the
 * other reading's cue, for the same content, is no reading of its own ("the bureau said" as the speaker of
 * "report"). Removed in place.
 */
function dropSwallowedCues(attributions: Attribution[]): void {
  for (let i = attributions.length - 1; i >= 0; i--) {
    const a = attributions[i];
    const speaker = a.speaker;
    if (!speaker || a.carriedSpeaker) continue;
    const swallowed = attributions.some(
      (b) => b !== a && b.cueFirst >= 0 && speaker.first <= b.cueFirst && b.cueLast <= speaker.last && b.contentFirst === a.contentFirst && b.contentLast === a.contentLast,
    );
    if (swallowed) attributions.splice(i, 1);
  }
}

/**
 * A report whose cue lies inside another attribution's content ("Cox says the plan won't stop the closures that
 * Ruiz mentioned", "he said he thinks …") is part of what that speaker said, not an attribution of its own: only the
 * outer one is kept; so is only one of two readings of the very same words. `quotes` is sorted by start, longest
 * first.
 */
function dropNestedReports(quotes: Quote[]): Quote[] {
  const kept: Quote[] = [];
  let widest: Quote | null = null;
  for (const q of quotes) {
    const last = kept[kept.length - 1];
    if (last && last.start === q.start && last.end === q.end) {
      // Two readings of the same words ("asked, “…?” He answered, …"): one quote, with a speaker if either has one.
      if (!last.speaker && q.speaker) kept[kept.length - 1] = q;
      if (widest === last) widest = kept[kept.length - 1];
      continue;
    }
    // "“…,” Peskov said, according to Interfax": the agency reports what he said, and his words are his own report
    // too, which a reader hovering them wants named. (PolNeAR's annotators mark the agency's report only: this costs
    // 0.0016 of F1@0.3 on its dev set.)
    const relayed = widest !== null && widest.cueLemma === 'according to' && widest.cue !== null && q.cue !== null && q.cue.end <= widest.cue.start && q.speaker !== null;
    if (widest && q.cue && !relayed && widest.end >= q.end && widest.end - widest.start > q.end - q.start && q.cue.start >= widest.start && q.cue.end <= widest.end && (!inNarrationGap(widest, q.cue) || isPartOf(widest, q))) {
      // "declined to say whether …": what was not said is the report; the refusal's own words are the inner cue's.
      if (widest.cueLemma !== null && REFUSALS.has(widest.cueLemma) && widest.cue && q.cue.start - widest.cue.end <= REFUSAL_REACH && kept[kept.length - 1] === widest) {
        kept[kept.length - 1] = q;
        widest = q;
      }
      continue;
    }
    kept.push(q);
    if (!widest || q.end > widest.end) widest = q;
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Whether the quoted words of `q` are all parts of the direct quote `whole` (“…,” Lee said, noting the delay, “…”:
 * the same words, already the speaker's).
 */
function isPartOf(whole: Quote, q: Quote): boolean {
  if (whole.kind !== 'direct' || q.kind === 'reported' || q.parts.length === 0) return false;
  return q.parts.every((part) => whole.parts.some((p) => p.start === part.start && p.end === part.end));
}

/**
 * Whether `span` lies in the narration between the parts of a direct quote (“…,” said Lee, who noted that … “…”),
 * which holds no words of the quote's speaker.
 */
function inNarrationGap(q: Quote, span: Span): boolean {
  if (q.kind !== 'direct' || q.parts.length < 2) return false;
  for (let i = 1; i < q.parts.length; i++) if (span.start >= q.parts[i - 1].end && span.end <= q.parts[i].start) return true;
  return false;
}

/** Words that join two quoted bits of one phrase ("“duped” by “a con”", "“rigged” and “broken”"). */
const QUOTE_CONNECTORS = new Set(['and', 'or', 'by', 'to', 'of', 'as', 'with', 'for', 'nor']);

/** Whether only a connector word and commas (at most two tokens) stand between tokens `last` and `next`. */
function joinedByConnector(tokens: Tokens, last: number, next: number): boolean {
  if (next <= last + 1 || next - last > 3) return false;
  let words = 0;
  for (let k = last + 1; k < next; k++) {
    if (tokens.kind[k] === TokenKind.Word) {
      if (!QUOTE_CONNECTORS.has(lowerWord(tokens, k))) return false;
      words++;
    } else if (tokens.kind[k] !== TokenKind.Punct || tokens.text.charCodeAt(tokens.start[k]) !== 0x2c) {
      return false;
    }
  }
  return words === 1;
}

/** Whether the next token after `end` that is no paragraph break opens a quote. */
function quoteFollows(tokens: Tokens, end: number): boolean {
  let k = end;
  while (k < tokens.count && tokens.kind[k] === TokenKind.Break) k++;
  return k < tokens.count && tokens.kind[k] === TokenKind.Open;
}

/**
 * Whether the narration's own sentence goes on right after the closing mark at `close`: "“…” was written by …" (a
 * verb straight after the mark) makes the quoted words a subject of the narrator's; "“…” the article read", "“…” —
 * and she means it" and "“…,” she said" leave them someone's words.
 */
function narrationFollows(tokens: Tokens, close: number, end: number): boolean {
  const k = close + 1;
  if (close < 0 || k >= end || tokens.kind[k] !== TokenKind.Word || !isLowerStart(tokens, k)) return false;
  return BE_FORMS.at(tokens, k) || AUXILIARIES.at(tokens, k);
}

function wordsInRegion(reader: SentenceReader, tokens: Tokens, r: number): number {
  const { open, close } = reader.regionTokens(r);
  let words = 0;
  for (let k = open + 1; k < close; k++) if (tokens.kind[k] === TokenKind.Word) words++;
  return words;
}

/** A speaker a later quote may inherit: a time or a relative "who" or "which" speaks for no one after its sentence. */
function speaksInPerson(p: SpeakerPhrase, tokens: Tokens): boolean {
  if (namesATime(tokens, p.first, p.last)) return false;
  return !(p.kind === 'pronoun' && (tokens.word[p.first] === W_WHO || tokens.word[p.first] === W_WHICH));
}

const LETTER = /\p{L}/u;

function hasLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c | 32) >= 97 && (c | 32) <= 122) return true;
    if (c >= 0x80 && LETTER.test(text[i])) return true;
  }
  return false;
}

/**
 * The words of a reported statement, without its attribution where that stands inside it ("The claim is true,
 * according to FBI data, though …": the statement is on either side of "according to FBI data").
 */
function reportedParts(a: Attribution, tokens: Tokens, content: Span): Span[] {
  if (a.cueFirst <= a.contentFirst || a.cueLast >= a.contentLast) return [content];
  const gapFirst = a.speaker ? Math.min(a.cueFirst, a.speaker.first) : a.cueFirst;
  const gapLast = a.speaker ? Math.max(a.cueLast, a.speaker.last) : a.cueLast;
  let before = gapFirst - 1;
  while (before >= a.contentFirst && tokens.kind[before] === TokenKind.Punct) before--;
  let after = gapLast + 1;
  while (after <= a.contentLast && tokens.kind[after] === TokenKind.Punct) after++;
  if (before < a.contentFirst || after > a.contentLast) return [content];
  return [
    { start: content.start, end: tokens.end[before] },
    { start: tokens.start[after], end: content.end },
  ];
}

function toQuote(a: Attribution, tokens: Tokens, resolver: SpeakerResolver): Quote {
  const regionSpans = a.regions.map((r) => ({ start: tokens.regions[r].start, end: tokens.regions[r].end }));
  const content = { start: tokens.start[a.contentFirst], end: tokens.end[a.contentLast] };
  const span = a.kind === 'direct' && regionSpans.length ? { start: Math.min(content.start, regionSpans[0].start), end: Math.max(content.end, regionSpans[regionSpans.length - 1].end) } : content;
  return {
    start: span.start,
    end: span.end,
    kind: a.kind,
    parts: a.kind === 'reported' ? reportedParts(a, tokens, content) : regionSpans,
    cue: a.cueFirst >= 0 ? { start: tokens.start[a.cueFirst], end: tokens.end[a.cueLast] } : null,
    cueLemma: a.cueFirst >= 0 ? a.cueLemma : null,
    // A time is never a speaker, whichever reading found it.
    speaker: a.speaker && !namesATime(tokens, a.speaker.first, a.speaker.last) ? speakerRef(a.speaker, tokens, resolver) : null,
  };
}

function speakerRef(p: SpeakerPhrase, tokens: Tokens, resolver: SpeakerResolver): SpeakerRef {
  const mention = { start: tokens.start[p.first], end: tokens.end[p.last] };
  if (p.name && (p.kind === 'name' || p.kind === 'organisation')) resolver.noteNamedSpeaker(mention.start, p.name, p.kind === 'name' ? 'person' : 'org');
  const ref: SpeakerRef = { mention, kind: p.kind, name: p.name, entityId: null, anonymous: p.anonymous };
  if (p.role) ref.role = p.role;
  const nameSpan = p.nameFirst !== undefined && p.nameLast !== undefined ? { start: tokens.start[p.nameFirst], end: tokens.end[p.nameLast] } : undefined;
  return resolver.resolve(ref, tokens.text, nameSpan);
}
