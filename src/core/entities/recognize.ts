// Finds the names in a text and types them: capitalised runs split by the gazetteer, titles and demonyms,
// typed by lexicon, form and context, then made consistent across the document (headlines, surnames).
import type { EntityType } from '../types';
import { gazetteer, type Gazetteer, type PhraseEntry } from './gazetteer';
import { describeLayout, type Layout } from './layout';
import { ROLE_MODIFIERS } from './roles';
import { Shape, type LowerWordBloom, type Tokens } from './tokenizer';
import { WordFactsTable, WordFlag, type CommonReading, type WordFacts } from './wordFacts';

/** How sure the recogniser is of a name's type. */
export const enum Evidence {
  /** Typed by default only: the document's other mentions may overrule it. */
  Guess,
  /** Typed by the name's own form or context (a given name, a title, an org suffix). */
  Form,
  /** Found in the gazetteer or the user's registry. */
  Lexicon,
}

export interface NamePiece {
  /** Token indices, half-open. */
  first: number;
  last: number;
  /** 'misc' marks a name that is no entity (events, nationalities used as nouns): it blocks guesses. */
  type: EntityType | 'misc' | null;
  /** 'demonym' links to a place without naming it. */
  kind: 'name' | 'demonym';
  canonical: string | null;
  evidence: Evidence;
  /** Token indices of a title or role before the name ("Russian President"), if any. */
  role?: { first: number; last: number };
  /** Token indices of a nickname in quotes inside the name (`Vincent "The Chin" Gigante`), marks included. */
  nickname?: { first: number; last: number };
  /** Came from a gazetteer place that a sports report may use as a team's name. */
  teamCandidate?: boolean;
  /** Found in an all-caps line by lookup. */
  fromCapsLine?: boolean;
  /** Lower-cased words joined by spaces, once computed. */
  key?: string;
}

/** A name piece with every field set: all pieces then share one shape, and the loops over them stay fast. */
function namePiece(
  first: number,
  last: number,
  type: NamePiece['type'],
  kind: NamePiece['kind'],
  canonical: string | null,
  evidence: Evidence,
  role?: { first: number; last: number },
  teamCandidate = false,
  fromCapsLine = false,
): NamePiece {
  return { first, last, type, kind, canonical, evidence, role, nickname: undefined, teamCandidate, fromCapsLine, key: undefined };
}

/** Words that open the names of streets and squares in many languages. */
const LEADING_PLACE_HEADS = new Set(['New', 'Fort', 'Lake', 'Mount', 'Cape', 'Rue', 'Place', 'Via', 'Viale', 'Piazza', 'Piazzale', 'Plaza', 'Plaça', 'Praça', 'Calle', 'Avenida', 'Avenue', 'Boulevard', 'Quai', 'Corso', 'Largo', 'Paseo', 'Platz']);
/** Titles that are also words of institutions' names ("Justice Department", "General Electric", "Duke University", "Premier League"). */
const TITLES_OPENING_ORGANISATIONS = new Set(['Justice', 'General', 'Duke', 'Vice', 'Citizen', 'Premier', 'Major', 'Private']);
/** Courtesy titles, lower-cased without their period: before a name they are no office. */
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'mx', 'mx.']);
/** Legal forms that end a company's name, lower-cased without their period ("Inc.", "Ltd"). */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'lp', 'llp', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa', 'ab', 'asa', 'bhd', 'pty']);
/** Words that name a division of an organisation after the organisation's name ("BBC Sport", "Google Research"). */
const DIVISIONS = new Set(['Sport', 'Sports', 'Research', 'Online']);
/** Words that tell a son from his father ("Anthony Reyes III"): the surname is the word before. */
const GENERATIONS = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
const PRONOUNS = new Set(['He', 'She', 'We', 'They', 'His', 'Him', 'Them', 'Their', 'HE', 'SHE', 'THEY']);
const OPENING_QUOTES = new Set(['"', '“', "'", '‘']);
const CLOSING_QUOTES = new Set(['"', '”', "'", '’']);
const CONNECTORS = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'y', 'ter', 'ten', '&']);
const JOINING_WORDS = new Set(['of', 'for', 'and']);
/** Words of a road that its number follows ("Interstate 95", "Route 66", "Highway 101"). */
const ROAD_WORDS = new Set(['Interstate', 'Interstates', 'Route', 'Highway', 'Hwy', 'Hwy.', 'Motorway']);
/** The days of the week, lower-cased: after a name they are the day of the news ("HP Monday"). */
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** First words of the names of storms and operations. */
const EVENT_OPENERS = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Superstorm', 'Tropical', 'Operation']);
/** Last words of names of groups and of their adjectives, not of anyone's name. */
const MEMBERS_ENDINGS = new Set(['republicans', 'democrats', 'conservatives', 'liberals', 'socialists', 'communists', 'muslims', 'christians', 'catholics', 'jews', 'democratic', 'republican', 'presidential', 'congressional', 'gubernatorial']);
/** Words that make a day's name with a weekday: "Super Tuesday", "Good Friday", "Cyber Monday". */
const DAY_NAME_MODIFIERS = new Set(['super', 'black', 'cyber', 'good', 'ash', 'bloody', 'palm', 'easter', 'holy', 'shrove', 'fat', 'maundy', 'giving']);
/** The numbers of events, one to ten, in Roman numerals ("World War II"). */
const ROMAN_NUMERAL = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X)$/;
/** Words that open a capitalised run without being part of a name ("July FOMC", "September Treasury"). */
const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** Endings taken off a capitalised word, and put on its stem, to find it in lower case ("Reflects" -> "reflected"). */
const STEM_SUFFIXES = ['s', 'es', 'ed', 'd', 'ing', 'ly'];
const STEM_ENDINGS = ['', 'e', 's', 'ed', 'd', 'ing'];

/** A capital letter hyphened to a capitalised word ("T-Mobile"). */
const LETTER_COMPOUND = /^\p{Lu}-\p{Lu}\p{Ll}/u;

/** "New York-based", "Kremlin-backed": adjectives made from names. */
const HYPHENATED_ADJECTIVE = /-\p{Ll}/u;
const HYPHENATED_ENDING = /-\p{Ll}+$/u;

function isHyphenatedAdjective(text: string): boolean {
  return text.includes('-') && HYPHENATED_ADJECTIVE.test(text);
}

function isHyphenatedEnding(text: string): boolean {
  return text.includes('-') && HYPHENATED_ENDING.test(text);
}

/** Endings of place names ("Barentsburg", "Volgograd", "Islamabad"). */
const PLACE_ENDINGS = ['burg', 'burgh', 'bergen', 'grad', 'gorod', 'ville', 'abad', 'pur', 'stan', 'polis', 'sk'];
/** Endings of adjectives made from names ("Russophobic", "Kafkaesque"). */
const ADJECTIVE_ENDINGS = ['ic', 'ian', 'ean', 'ese', 'ish', 'ist', 'ism', 'esque'];
/** Endings of words that open sentences as participles and adverbs ("Trailing", "Ironically"). */
const OPENER_ENDINGS = ['ing', 'ly', 'ed'];

/** The word ends with one of the endings (a loop of endsWith: a regular expression costs more than the word is long). */
function endsWithOneOf(word: string, endings: readonly string[]): boolean {
  for (let k = 0; k < endings.length; k++) if (word.endsWith(endings[k])) return true;
  return false;
}
/** Endings of company names written as one word ("Rabobank", "Telekom"). */
const ORG_ENDINGS = /(?:bank|tel|tek|com|soft|corp|tech|air)$/i;
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'from', 'outside', 'across', 'into', 'to', 'toward', 'towards', 'via', 'throughout', 'at']);
/** Words before a surname: scorecard notation and speech verbs ("c Healy b Warne", "said Dole"). */
const PERSON_BEFORE = new Set(['c', 'b', 'st', 'lbw', 'said', 'says', 'told', 'by', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.']);
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'says', 'asked', 'stated', 'wrote', 'noted', 'argued', 'explained', 'insisted', 'replied', 'claimed', 'warned']);

interface PhraseMatch {
  entry: PhraseEntry;
  length: number;
}

/** Ends in "'t", "'ll", "'ve", "'re", "'d" or "'m" (straight or curly apostrophe), read from the last characters. */
function isContraction(word: string): boolean {
  const n = word.length;
  const apostrophe = (c: number): boolean => c === 39 || c === 0x2019;
  const last = word.charCodeAt(n - 1);
  if (n >= 2 && apostrophe(word.charCodeAt(n - 2)) && (last === 116 || last === 100 || last === 109)) return true;
  if (n < 3 || !apostrophe(word.charCodeAt(n - 3))) return false;
  const pair = word.slice(n - 2);
  return pair === 'll' || pair === 've' || pair === 're';
}

/** Nouns that name a kind of place: "the town of Tavildara", "north of Hangzhou". */
const PLACE_NOUNS = new Set(['town', 'village', 'city', 'region', 'province', 'district', 'capital', 'port', 'suburb', 'outskirts', 'area', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'island', 'state', 'county', 'republic', 'settlement', 'resort', 'enclave', 'valley', 'mountains', 'border']);

/** Nouns after a name that say it names a place: "the Saburtalo district", "Sonoma and Lake counties". */
const PLACE_KINDS_AFTER = new Set(['district', 'districts', 'region', 'regions', 'province', 'provinces', 'county', 'counties', 'village', 'villages', 'town', 'towns', 'suburb', 'suburbs', 'valley', 'neighbourhood', 'neighborhood', 'municipality', 'prefecture', 'governorate']);

/** People who work "at" an organisation: "an analyst at Piper Sandler", "a professor at Lakeside". */
const WORKERS_AT = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'researcher', 'researchers', 'professor', 'scientist', 'scientists', 'lawyer', 'attorney', 'partner', 'executive', 'executives', 'engineer', 'engineers', 'trader', 'traders', 'banker', 'bankers', 'fellow', 'employee', 'employees', 'manager', 'director', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'consultant', 'adviser', 'advisor', 'investor', 'reporter', 'editor']);

/** Nouns of a newspaper or broadcaster right before or after its name ("the daily Zycie Warszawy", "Kommersant newspaper"). */
const MEDIA_NOUNS = new Set(['newspaper', 'daily', 'weekly', 'magazine', 'tabloid', 'broadcaster', 'paper']);
/** Lower-case words the recogniser looks at; the tokenizer folds the others into gaps. */
export const CONTEXT_WORDS: readonly string[] = [...MEDIA_NOUNS, ...CONNECTORS, ...JOINING_WORDS, ...PLACE_PREPOSITIONS, ...PERSON_BEFORE, ...SPEECH_VERBS, ...PLACE_NOUNS, ...PLACE_KINDS_AFTER, ...WORKERS_AT, 'who', 'the', 'a', 'an', 'of', 'v.'];

export interface Recognition {
  tokens: Tokens;
  pieces: NamePiece[];
  layout: Layout;
}

let stems: Set<string> | null = null;

/** Stems that some ending of STEM_ENDINGS makes a common word of ("report" of "reported"). */
function commonStems(): Set<string> {
  if (stems) return stems;
  stems = new Set();
  for (const w of gazetteer().commonWords) for (const ending of STEM_ENDINGS) if (w.endsWith(ending)) stems.add(w.slice(0, w.length - ending.length));
  return stems;
}

let table: WordFactsTable | null = null;

/** The lexicons' facts about every word they name, built once. */
function wordFacts(): WordFactsTable {
  if (table) return table;
  const gaz = gazetteer();
  const t = new WordFactsTable();
  t.phrases(gaz.phrases);
  t.titles(gaz.titles);
  t.roleNouns(gaz.roleNouns);
  t.flag(gaz.commonWords, WordFlag.Common);
  t.flag(gaz.givenNames, WordFlag.GivenName);
  t.flag(CALENDAR, WordFlag.Calendar);
  t.flag([...CALENDAR].map((w) => w + '.'), WordFlag.Calendar);
  t.flag(gaz.orgSuffixes, WordFlag.OrgSuffix);
  t.flag(gaz.placeHeads, WordFlag.PlaceHead);
  t.flag(gaz.orgHeadsBeforeOf, WordFlag.OrgHeadBeforeOf);
  t.flag(gaz.miscHeads, WordFlag.MiscHead);
  t.flag(gaz.miscWords, WordFlag.MiscWord);
  t.flag(gaz.miscFirstWords, WordFlag.MiscFirst);
  t.flag(CONNECTORS, WordFlag.Connector);
  t.flag(JOINING_WORDS, WordFlag.Joining);
  t.flag(SPEECH_VERBS, WordFlag.SpeechVerb);
  t.flag(gaz.knownSurnames, WordFlag.KnownSurname);
  t.flag(gaz.roleWordsEnding, WordFlag.RoleWordEnding);
  t.flag(gaz.roleWords, WordFlag.RoleWord);
  t.flag(gaz.lowerFirstWords, WordFlag.LowerFirst);
  t.flag(PLACE_NOUNS, WordFlag.PlaceNoun);
  t.flag(ROLE_MODIFIERS, WordFlag.RoleModifier);
  t.flag(HONORIFICS, WordFlag.Honorific);
  return (table = t);
}

/** What the lexicons say about token i's word (looked up on first asking). */
export function factsOf(tokens: Tokens, i: number): Readonly<WordFacts> {
  const w = tokens.word(i);
  return w.facts ?? (w.facts = wordFacts().get(w.lower));
}

/** Recognitions made so far. */
let recognitions = 0;

/** Whether a lower-cased word is common by the lexicons alone, and the forms of it to look for in a document. */
/** Words of offices' portfolios ("Minister for Finance", "Chancellor of the Exchequer", "Speaker of the House"). */
const PORTFOLIO_WORDS = new Set(
  'Administration|Affairs|Agriculture|Arts|Budget|Business|Cabinet|Children|Citizenship|Climate|Commerce|Commons|Communications|Culture|Defence|Defense|Development|Digital|Economy|Education|Employment|Energy|Enforcement|Enterprise|Environment|Equality|Exchequer|Families|Family|Finance|Fisheries|Food|Foreign|Government|Health|Heritage|Home|Homeland|House|Housing|Immigration|Industry|Information|Infrastructure|Innovation|Integration|Intelligence|Interior|International|Justice|Labor|Labour|Law|Local|Lords|Management|Media|Mines|National|Natural|Office|Operations|Pensions|Planning|Policy|Political|Protection|Public|Regional|Relations|Research|Resources|Revenue|Rural|Science|Security|Senate|Social|Sport|Staff|State|Strategy|Taxation|Technology|Tourism|Trade|Transport|Transportation|Treasury|Urban|Veterans|Water|Welfare|Women|Works|Youth'.split('|'),
);

function readCommon(word: string): CommonReading {
  // Contractions ("Won’t", "I’ve") are never names.
  if (isContraction(word)) return { always: true, bare: word, stems: [] };
  const w = word.endsWith('.') ? word.slice(0, -1) : word;
  const stems: string[] = [];
  let always = gazetteer().commonWords.has(w);
  for (const suffix of STEM_SUFFIXES) {
    if (always) break;
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) {
      const stem = w.slice(0, -suffix.length);
      if (commonStems().has(stem)) always = true;
      stems.push(stem);
    }
  }
  return { always, bare: w, stems };
}

/** Most tokens a wire dateline takes before its dash: "ST. LOUIS, Mo., Dec. 1 (Reuters) —". */
const MAX_DATELINE_TOKENS = 16;

/** Tokens of prose below a headline before its capitals are read against the names the body writes. */
const MIN_BODY_TOKENS = 20;

export class NameRecognizer {
  private readonly gaz: Gazetteer = gazetteer();
  private readonly layout: Layout;
  private pieces: NamePiece[] = [];
  /** Longest phrase match at each token (undefined: not looked up yet). */
  private readonly phraseAt: (PhraseMatch | null | undefined)[];
  /** Tokens of all-caps lines already read as datelines. */
  private readonly capsTaken = new Set<number>();
  /** The lower-case words of names inside sentences, once asked for (see wordsInsideSentences). */
  private insideWords: Set<string> | null = null;
  /** Words written after a given name inside a sentence, once asked for. */
  private surnames: Set<string> | null = null;
  private speakingWords: Set<string> | null = null;
  private labels: Map<string, number> | null = null;
  /** The lower-case words of the names outside headlines, once asked for (see wordsOfBodyNames). */
  private bodyNameWords: Set<string> | null = null;
  /** Tokens outside title-case and all-caps lines (-1: not counted yet). */
  private bodyTokens = -1;
  /** Tells this recognition's answers of isCommon(), kept on the words, from those of other documents. */
  private readonly stamp = ++recognitions;

  constructor(
    private readonly tokens: Tokens,
    private readonly registry: Map<string, PhraseEntry[]>,
    /** The document's lower-case words: a capitalised word also written in lower case is probably no name. */
    private readonly lowerWords: LowerWordBloom,
  ) {
    this.layout = describeLayout(tokens);
    this.phraseAt = new Array<PhraseMatch | null | undefined>(tokens.length);
  }

  private lower(i: number): string {
    return this.tokens.lower(i);
  }

  private has(i: number, flag: WordFlag): boolean {
    return (factsOf(this.tokens, i).flags & flag) !== 0;
  }

  private hasLetter(i: number): boolean {
    const shape = this.tokens.shape(i);
    return shape === Shape.Capitalised || shape === Shape.Upper || shape === Shape.Lower;
  }

  /** Token i exists and lies on `line`. */
  private onLine(i: number, line: number): boolean {
    return this.tokens.lineOf(i) === line;
  }

  run(): Recognition {
    const { tokens, layout } = this;
    const { lineFirst, lineEnd } = layout;
    let capsLines = 0;
    for (let line = 0; line < layout.lineCount; line++) {
      const i = lineFirst[line];
      if (i < 0) continue;
      const end = lineEnd[line];
      if (tokens.shape(i) === Shape.Upper) this.markStoryAfterDateline(i, end);
      const body = layout.isDateline(line) ? this.scanDateline(i, end) : i;
      if (!layout.isCapsLine(line)) this.scanLine(body, end, layout.isTitleLine(line));
      else capsLines++;
    }
    this.joinNicknames();
    this.resolveByDocument();
    if (capsLines > 0) {
      // Headlines are read last: by then the body has said which of their words are names.
      const docNames = this.documentNames();
      for (const p of this.pieces) if (p.fromCapsLine) for (let k = p.first; k < p.last; k++) this.capsTaken.add(k);
      for (let line = 0; line < layout.lineCount; line++) if (lineFirst[line] >= 0 && layout.isCapsLine(line)) this.lookupCapsLine(lineFirst[line], lineEnd[line], docNames);
    }
    if (layout.teamSport) this.retypeTeams();
    // Pieces come in text order but for headlines and datelines.
    let inOrder = true;
    for (let k = 1; k < this.pieces.length && inOrder; k++) inOrder = this.pieces[k - 1].first <= this.pieces[k].first;
    if (!inOrder) this.pieces.sort((a, b) => a.first - b.first);
    return { tokens, pieces: this.pieces, layout };
  }

  // ---- mixed-case lines -------------------------------------------------------------------------

  private nameLike(i: number): boolean {
    const { tokens } = this;
    if (tokens.possessive(i)) return false;
    const shape = tokens.shape(i);
    if (shape === Shape.Capitalised) return true;
    if (shape === Shape.Upper) return tokens.text(i) !== 'I' && tokens.text(i) !== 'A';
    return false;
  }

  /** In a title-case line ("Putin Congratulates Trump, Reflects on Relations") capitalised common words are no names. */
  private nameLikeIn(i: number, titleLine: boolean): boolean {
    if (!this.nameLike(i)) return false;
    if (!titleLine || !this.isCommon(i)) return true;
    const line = this.tokens.line[i];
    // "Bill Clinton Wins", but "Water Bill Despite Objections": a given name that is also a common word is one
    // before a surname that is none.
    if (this.has(i, WordFlag.GivenName)) return this.onLine(i + 1, line) && this.nameLike(i + 1) && !this.isCommon(i + 1);
    // "S. Law", "Walter Little": after an initial or a given name a common word is a surname.
    const prev = i - 1;
    if (this.onLine(prev, line) && (this.isInitial(prev) || (this.has(prev, WordFlag.GivenName) && this.tokens.shape(prev) === Shape.Capitalised && !this.isCommon(prev)))) return true;
    const m = this.matchPhrase(i, i + 4, false);
    return !!m && m.length > 1;
  }

  private isInitial(i: number): boolean {
    const text = this.tokens.text(i);
    return this.tokens.shape(i) === Shape.Upper && (text.length === 2 ? text[1] === '.' : text.length === 1);
  }

  /** Token i's word is a common word, or one the document also writes in lower case (allowing for -s, -ed, -ing). */
  private isCommon(i: number): boolean {
    const w = this.tokens.word(i);
    if (w.commonFor !== this.stamp) {
      w.common = this.computeCommonWord(w.commonReading ?? (w.commonReading = readCommon(w.lower)));
      w.commonFor = this.stamp;
    }
    return w.common;
  }

  private computeCommonWord(reading: CommonReading): boolean {
    if (reading.always || this.lowerWords.has(reading.bare)) return true;
    for (const stem of reading.stems) for (const ending of STEM_ENDINGS) if (this.lowerWords.hasJoined(stem, ending)) return true;
    return false;
  }

  private scanLine(from: number, to: number, titleLine: boolean): void {
    const { tokens } = this;
    let i = from;
    while (i < to) {
      if (!this.nameLikeIn(i, titleLine)) {
        // Lexicon phrases that begin in lower case ("al Qaeda") and registry aliases.
        const m =
          tokens.shape(i) === Shape.Lower && !tokens.isGap(i) && ((tokens.text(i).charCodeAt(0) === 97 && this.has(i, WordFlag.LowerFirst)) || (this.registry.size > 0 && this.registry.has(tokens.lower(i))))
            ? this.matchPhrase(i, to, false)
            : null;
        if (m && !m.entry.capitalised[0] && m.length > 1) {
          this.pushLexicon(i, i + m.length, m.entry);
          i += m.length;
        } else i++;
        continue;
      }
      // "Sen. Ann Lee, D-Ohio,", "(R-N.Y.)": a lawmaker's party and state, no name of anything.
      const tagEnd = this.partyTagEnd(i, to);
      if (tagEnd > i) {
        i = tagEnd;
        continue;
      }
      let j = i + 1;
      while (j < to) {
        // "… said Anna Berg of Acme Corp. The council met": an abbreviation's period ended the sentence.
        if (this.nameLikeIn(j, titleLine) && !this.articleAfterAbbreviation(j)) {
          j++;
          continue;
        }
        if (this.pluralPossessiveJoins(j, to, titleLine)) {
          j++;
          continue;
        }
        let after = j + 1;
        while (after < to && after - j < 3 && this.has(after, WordFlag.Connector) && tokens.shape(after) === Shape.Lower) after++;
        if (after < to && this.nameLikeIn(after, titleLine) && !tokens.possessive(j)) {
          if (this.has(j, WordFlag.Connector) || (tokens.text(j) === '-' && this.hyphenJoins(j, after))) {
            j = after;
            continue;
          }
          // "Bank of England", "Center for Disaster Preparedness", "Gulf of Mexico"; but "the Justice Department and
          // General Electric" are two organisations, "Fifth Avenue and Baker Street" two places.
          const headFlags = factsOf(tokens, j - 1).flags;
          const headJoins = tokens.text(j) === 'of' ? (headFlags & (WordFlag.OrgHeadBeforeOf | WordFlag.PlaceHead)) !== 0 : tokens.text(j) === 'for' && (headFlags & WordFlag.OrgHeadBeforeOf) !== 0;
          if (this.has(j, WordFlag.Joining) && tokens.shape(j) === Shape.Lower && (headJoins || this.titleSpans(i, j, to) || this.endsInMiscHead(after, to, titleLine) || this.andJoinsOrganisation(j, after, to, titleLine))) {
            j++;
            continue;
          }
        }
        break;
      }
      const stop = this.segment(i, j, to);
      i = Math.max(j, stop);
    }
  }

  /** Longest phrase from the registry, then the gazetteer, that starts at token i and ends before `to`. */
  private matchPhrase(i: number, to: number, caseless: boolean): PhraseMatch | null {
    if (caseless) return this.matchIn(this.registry, i, to, true) ?? this.matchLexicon(i, to, true);
    // Segmentation asks about the same token several times: remember the longest match within its line.
    let m = this.phraseAt[i];
    if (m === undefined) {
      const lineEnd = this.lineEndOf(i);
      m = this.phraseAt[i] = this.matchIn(this.registry, i, lineEnd, false) ?? this.matchLexicon(i, lineEnd, false);
    }
    if (m === null || i + m.length <= to) return m;
    return this.matchIn(this.registry, i, to, false) ?? this.matchLexicon(i, to, false);
  }

  /** Where phrase lookups from token i stop: the end of its line, twelve tokens on at most. */
  private lineEndOf(i: number): number {
    return Math.min(this.layout.lineEnd[this.tokens.line[i]], i + 12);
  }

  private matchIn(index: Map<string, PhraseEntry[]>, i: number, to: number, caseless: boolean): PhraseMatch | null {
    if (index.size === 0) return null;
    const list = index.get(this.lower(i));
    return list ? this.matchList(list, i, to, caseless) : null;
  }

  /** Longest gazetteer phrase at token i that ends before `to`. */
  private matchLexicon(i: number, to: number, caseless: boolean): PhraseMatch | null {
    const list = factsOf(this.tokens, i).phrases;
    return list ? this.matchList(list, i, to, caseless) : null;
  }

  private matchList(list: PhraseEntry[], i: number, to: number, caseless: boolean): PhraseMatch | null {
    const { tokens } = this;
    outer: for (const e of list) {
      const n = e.words.length;
      if (i + n > to) continue;
      for (let k = 0; k < n; k++) {
        const t = i + k;
        if (k > 0 && tokens.lower(t) !== e.words[k]) continue outer;
        if (caseless) continue;
        if (e.capitalised[k] && tokens.shape(t) !== Shape.Capitalised && tokens.shape(t) !== Shape.Upper) continue outer;
        // Acronyms that are also words ("US", "WHO", "IT") only match as written.
        if (e.acronym && tokens.text(t) !== e.surface) continue outer;
      }
      // A phrase must not stop in the middle of a hyphenated or dotted compound.
      return { entry: e, length: n };
    }
    return null;
  }

  /** Length of the longest title at token i that ends before `to`, or 0. */
  private titleLengthAt(i: number, to: number): number {
    const list = factsOf(this.tokens, i).titles;
    if (!list) return 0;
    const end = Math.min(to, this.tokens.length);
    outer: for (const words of list) {
      if (i + words.length > end) continue;
      for (let k = 1; k < words.length; k++) if (this.lower(i + k) !== words[k]) continue outer;
      return words.length;
    }
    return 0;
  }

  private isCommonStarter(i: number): boolean {
    const { tokens } = this;
    const nextCapitalised = i + 1 < tokens.length && tokens.shape(i + 1) === Shape.Capitalised;
    // "A. Smith", "I. Austin": an initial, not the article or the pronoun.
    if (this.isInitial(i) && tokens.text(i).length === 2 && nextCapitalised) return false;
    const w = tokens.lower(i);
    const flags = factsOf(tokens, i).flags;
    if ((flags & WordFlag.Common) !== 0) return true;
    if ((flags & WordFlag.GivenName) !== 0) return false;
    // "Trailing by 213, Somerset ...", "Ironically, ...": participles and adverbs open sentences; but not "O'Reilly" (no
    // adverb has an apostrophe) nor a surname the document writes after a given name ("Tom Connolly … Connolly said").
    if (w.length > 5 && endsWithOneOf(w, OPENER_ENDINGS) && !nextCapitalised && !w.includes("'") && !w.includes('’') && !this.surnamesAfterGivenNames().has(w)) return true;
    if (!this.isCommon(i)) return false;
    // Common by the document's lower-case words only (which a filter of fingerprints may also find by chance): a
    // surname the document writes after a given name ("Walter Grimes … Grimes isn't convinced") still opens a name.
    const reading = this.tokens.word(i).commonReading;
    return !!reading?.always || !this.surnamesAfterGivenNames().has(w);
  }

  /** How often each word in capitals opens a line as its label, text after it ("SMITH: We will win."). */
  private lineLabels(): Map<string, number> {
    if (this.labels) return this.labels;
    const { tokens } = this;
    const labels = new Map<string, number>();
    for (let k = 0; k + 2 < tokens.length; k++) {
      if (tokens.shape(k) !== Shape.Upper || (k > 0 && tokens.line[k - 1] === tokens.line[k]) || tokens.text(k + 1) !== ':' || tokens.line[k + 1] !== tokens.line[k] || tokens.line[k + 2] !== tokens.line[k]) continue;
      labels.set(tokens.text(k), (labels.get(tokens.text(k)) ?? 0) + 1);
    }
    return (this.labels = labels);
  }

  /**
   * The lower-cased capitalised words that stand alone as someone who speaks: before a speech verb ("Park said"),
   * after a courtesy title ("Ms. Lane"), or as the speaker of a line ("Park: …").
   */
  private wordsThatSpeak(): Set<string> {
    if (this.speakingWords) return this.speakingWords;
    const { tokens } = this;
    const words = new Set<string>();
    for (let k = 0; k < tokens.length; k++) {
      if (tokens.shape(k) !== Shape.Capitalised) continue;
      const alone = k === 0 || tokens.line[k - 1] !== tokens.line[k] || tokens.shape(k - 1) !== Shape.Capitalised || this.has(k - 1, WordFlag.Honorific);
      if (!alone || (k + 1 < tokens.length && tokens.line[k + 1] === tokens.line[k] && tokens.shape(k + 1) === Shape.Capitalised)) continue;
      const next = k + 1 < tokens.length && tokens.line[k + 1] === tokens.line[k] ? k + 1 : -1;
      const lineStart = k === 0 || tokens.line[k - 1] !== tokens.line[k] || (k === 1 ? false : tokens.line[k - 2] !== tokens.line[k] && tokens.shape(k - 1) === Shape.Other);
      if ((k > 0 && this.has(k - 1, WordFlag.Honorific)) || (next >= 0 && this.has(next, WordFlag.SpeechVerb)) || (lineStart && next >= 0 && tokens.text(next) === ':')) words.add(tokens.lower(k));
    }
    return (this.speakingWords = words);
  }

  /** The lower-cased words written after a capitalised given name inside a sentence ("Grimes" of "named Walter Grimes"). */
  private surnamesAfterGivenNames(): Set<string> {
    if (this.surnames) return this.surnames;
    const { tokens, layout } = this;
    const surnames = new Set<string>();
    for (let k = 1; k < tokens.length; k++) {
      if (tokens.shape(k) !== Shape.Capitalised || tokens.sentenceStart(k) || tokens.shape(k - 1) !== Shape.Capitalised || tokens.line[k - 1] !== tokens.line[k]) continue;
      const line = tokens.line[k];
      if (layout.isTitleLine(line) || layout.isCapsLine(line) || !this.has(k - 1, WordFlag.GivenName) || this.has(k, WordFlag.GivenName)) continue;
      surnames.add(tokens.lower(k));
    }
    return (this.surnames = surnames);
  }

  /** Splits the capitalised run [a, b) into names. Returns the token index after the last name (a lexicon phrase may run past b). */
  private segment(a: number, b: number, lineEnd: number): number {
    const { tokens, gaz } = this;
    // A sentence's first word is capitalised anyway: drop it when it is a common word.
    // A pronoun is no name wherever it stands ("in the U.S. He says": the abbreviation hid the sentence's start).
    // (So is a common word after a legal form's period: "at Halvorsen & Co. Others warned".)
    while (a < b && (((tokens.sentenceStart(a) || a === 0 || tokens.line[a - 1] !== tokens.line[a] || this.articleAfterAbbreviation(a)) && this.isCommonStarter(a)) || PRONOUNS.has(tokens.text(a)))) {
      const m = this.matchPhrase(a, lineEnd, false);
      if (m && m.length > 1) break;
      // "Chief of Staff Tom Reyes said": a title of several words is a role, not a common first word.
      if (this.titleAt(a, b) > 1) break;
      // "Green Party presidential candidate Jill Stein": a common word before the one word of an institution names it.
      if (b - a === 2 && this.has(a + 1, WordFlag.OrgSuffix) && !this.has(a, WordFlag.MiscWord) && tokens.text(a) !== 'The') break;
      a++;
    }
    // "according to The Washington Post": the article is not part of the name (lexicon names like "The Hague" match first).
    while (a < b - 1 && (tokens.text(a) === 'The' || tokens.text(a) === 'THE') && !(this.matchPhrase(a, lineEnd, false)?.length ?? 0)) a++;
    // "Published April 11, 2007": a month before its day's number closes the name, it is no part of it.
    const dated = b - 1 > a && this.has(b - 1, WordFlag.Calendar) && b < tokens.length && tokens.shape(b) === Shape.Number && tokens.line[b] === tokens.line[b - 1];
    if (dated) {
      b--;
      // ("Updated Monday 3 …", "Published April 11": the verb of a dateline is left alone.)
      if (b - a === 1 && tokens.sentenceStart(a) && /(?:ed|ing)$/.test(tokens.lower(a)) && !this.has(a, WordFlag.GivenName)) return b + 1;
    }
    // "Interstate 95", "Route 66": a road's word before its number names a place, number and all.
    if (b - a === 1 && ROAD_WORDS.has(tokens.text(a)) && b < tokens.length && tokens.shape(b) === Shape.Number && tokens.line[b] === tokens.line[a]) {
      this.pieces.push(namePiece(a, b + 1, 'place', 'name', null, Evidence.Form));
      return b + 1;
    }
    // ("Jan Kroslak": a month's name that is also a given name, before a capitalised word, opens a name.)
    while (a < b && ((this.has(a, WordFlag.Calendar) && !(this.has(a, WordFlag.GivenName) && a + 1 < b && tokens.shape(a + 1) === Shape.Capitalised && !this.has(a + 1, WordFlag.Calendar))) || isHyphenatedAdjective(tokens.text(a)) || (tokens.shape(a) === Shape.Upper && tokens.text(a).length === 1 && !(a + 1 < b && (tokens.text(a + 1) === '-' || tokens.text(a + 1) === '&'))))) a++;
    if (a >= b) return b;
    // "Super Tuesday", "Black Friday" name a day; "HP Monday", "the Gulf of Aden Thursday" end in the day of the news,
    // which is no part of the name. (A month may be a surname: "Theresa May".)
    if (b - a >= 2 && tokens.shape(b - 1) === Shape.Capitalised && WEEKDAYS.has(tokens.lower(b - 1)) && tokens.line[b - 1] === tokens.line[a]) {
      if (b - a === 2 && DAY_NAME_MODIFIERS.has(tokens.lower(a))) {
        this.pieces.push(namePiece(a, b, 'misc', 'name', null, Evidence.Form));
        return b;
      }
      b--;
    }
    const last = tokens.lower(b - 1);
    const whole = this.matchPhrase(a, lineEnd, false);
    // "Justice Department", "General Motors": a title that is also an institution's word is the organisation's first
    // word; an office before a surname is a person's title ("Ambassador Power", "Senator Post").
    const titleOpensOrganisation = b - a === 2 && TITLES_OPENING_ORGANISATIONS.has(tokens.text(a));
    // "Multnomah County" is a place, a club only in sports reports and results ("Ross County 1"). (An airport's name is
    // also its operator's, which issues bonds and makes profits: it stays an organisation.)
    const scored = b < tokens.length && tokens.shape(b) === Shape.Number && tokens.line[b] === tokens.line[b - 1];
    const placeWord = tokens.lower(b - 1) === 'county' && !this.layout.teamSport && !scored;
    if (b - a >= 2 && this.has(b - 1, WordFlag.OrgSuffix) && (titleOpensOrganisation || !this.allTitles(a, b - 1)) && !(whole && whole.length >= b - a)) {
      const lead = titleOpensOrganisation ? 0 : this.leadingTitles(a, b - 1);
      const m = this.matchPhrase(a + lead, lineEnd, false);
      if (m && a + lead + m.length >= b && m.entry.type === 'org') this.pushLexicon(a + lead, a + lead + m.length, m.entry);
      else this.pieces.push(namePiece(a + lead, b, placeWord ? 'place' : 'org', 'name', null, Evidence.Form, lead ? { first: a, last: a + lead } : undefined));
      return b;
    }
    const runText = b - a === 1 ? last : b - a <= 3 && this.has(a, WordFlag.MiscFirst) ? this.wordsOf(a, b) : '';
    // "University of Michigan", "League of Women Voters", "Center for Disaster Preparedness".
    if (!(whole && whole.length >= b - a)) {
      for (let k = a + 1; k < b - 1; k++) {
        if ((tokens.text(k) === 'of' || tokens.text(k) === 'for') && this.has(k - 1, WordFlag.OrgHeadBeforeOf)) {
          const lead = this.leadingTitles(a, k - 1);
          this.pieces.push(namePiece(a + lead, b, 'org', 'name', null, Evidence.Form, lead ? { first: a, last: a + lead } : undefined));
          return b;
        }
      }
    }
    // "World War II" ends in the number of an event.
    // (And "Hurricane Katrina", "Tropical Storm Ana", "Operation Desert Storm" are events named by their first word.)
    const numbered = (b - a >= 3 && this.has(b - 2, WordFlag.MiscHead) && ROMAN_NUMERAL.test(tokens.text(b - 1))) || (b - a >= 2 && EVENT_OPENERS.has(tokens.text(a)));
    // "House Republicans", "Presumptive Democratic", "Muslim Americans": members of a party, a faith or a people, or
    // the adjective of one, end no one's name.
    // (The name of a place or an institution before them is still one: "Iowa Republicans", "Senate Democrats".)
    let ofMembers = b - a >= 2 && (MEMBERS_ENDINGS.has(last) || (last.endsWith('s') && this.matchPhrase(b - 1, b, false)?.entry.kind === 'demonym'));
    if (ofMembers && this.matchPhrase(a, b - 1, false)?.length === b - 1 - a) {
      ofMembers = false;
      b--;
    }
    if (this.has(b - 1, WordFlag.MiscHead) || numbered || ofMembers || (runText && (b - a === 1 ? this.has(a, WordFlag.MiscWord) : gaz.miscWords.has(runText))) || isHyphenatedEnding(tokens.text(b - 1)) || this.hasDigit(a, b)) {
      const m = this.matchPhrase(a, lineEnd, false);
      if (!m || m.length < b - a) {
        this.pieces.push(namePiece(a, b, 'misc', 'name', null, Evidence.Form));
        return b;
      }
    }
    // A city followed by a team's nickname is one team: "Chicago Cubs", "Kansas City Royals".
    if (b - a >= 2) {
      const nick = this.matchLexicon(b - 1, b, false);
      const head = nick && nick.entry.kind === 'team' ? this.matchLexicon(a, b, false) : null;
      if (nick && nick.entry.kind === 'team' && head && (head.entry.kind === 'place' || head.entry.kind === 'county') && a + head.length === b - 1) {
        this.pieces.push(namePiece(a, b, 'org', 'name', null, Evidence.Lexicon));
        return b;
      }
    }
    let pos = a;
    let role: { first: number; last: number } | undefined = this.portfolioRole(a, b);
    if (role) pos = role.last;
    /** The token after the last title read (or the title before the run: "Rep." of "Rep. Alexandria Ocasio-Cortez"). */
    let titleEnd = role ? -1 : this.titleBefore(pos);
    let reach = b;
    while (pos < b) {
      if ((tokens.shape(pos) === Shape.Other && tokens.text(pos) !== '&') || (PRONOUNS.has(tokens.text(pos)) && this.afterFullStop(pos))) {
        pos++;
        continue;
      }
      // "Republican Donald Trump", "Democrat Clinton": a party's or a faith's word before a person's name says who they
      // are, as a title does; it is their role, not part of the name ("Christian Bale" is a given name).
      if (pos + 1 < b && this.has(pos, WordFlag.MiscWord) && !this.has(pos, WordFlag.GivenName) && tokens.shape(pos + 1) === Shape.Capitalised && this.personNameAt(pos + 1, b, lineEnd)) {
        role = { first: role ? role.first : pos, last: pos + 1 };
        pos++;
        titleEnd = pos;
        continue;
      }
      const m = this.matchPhrase(pos, lineEnd, false);
      // A given name starts a person's name even when the surname is also a place ("Michael Jordan").
      const unknownFirst = !m && pos + 1 < b && tokens.shape(pos) === Shape.Capitalised && !this.titleAt(pos, b) && !this.isCommon(pos) && !this.layout.teamSport;
      // "Greater Texas", "Greater London": a known place after "Greater" is a place with it.
      if (!m && tokens.text(pos) === 'Greater' && pos + 1 < b) {
        const place = this.matchPhrase(pos + 1, lineEnd, false);
        if (place && place.entry.type === 'place' && place.entry.kind !== 'demonym' && pos + 1 + place.length <= b) {
          this.pieces.push(namePiece(pos, pos + 1 + place.length, 'place', 'name', null, Evidence.Form));
          pos += 1 + place.length;
          continue;
        }
      }
      // "Controversial Australian Anthony Hill was cleared": an unknown word opening the sentence before a demonym is
      // an adjective of the sentence, not a given name.
      if (unknownFirst && pos === a && tokens.sentenceStart(pos) && this.matchPhrase(pos + 1, lineEnd, false)?.entry.kind === 'demonym') {
        pos++;
        continue;
      }
      // "Rep. Alexandria Ocasio-Cortez", "Foreign Minister Israel Katz": right after a title, a place's one-word name before a
      // capitalised word no lexicon knows is a given name.
      const placeAsGiven = pos === titleEnd && m !== null && m.length === 1 && m.entry.type === 'place' && m.entry.kind !== 'demonym' && pos + 1 < b && this.placeNameIsGiven(pos + 1, b, lineEnd);
      // (A word right before a title is no given name: "Virginia Sen. Tim Kaine".)
      const given = (this.has(pos, WordFlag.GivenName) || this.isInitial(pos) || unknownFirst || placeAsGiven) && pos + 1 < b && !this.titleAt(pos, b) && !this.titleAt(pos + 1, b) && (!m || m.entry.kind !== 'person' || m.length < 2);
      if (m && !(given && m.entry.kind !== 'person' && m.length < b - pos)) {
        if (m.entry.kind === 'demonym') {
          this.pieces.push(namePiece(pos, pos + m.length, 'place', 'demonym', m.entry.canonical, Evidence.Lexicon));
          if (!role) role = { first: pos, last: pos + m.length };
          pos += m.length;
          continue;
        }
        const piece = this.pushLexicon(pos, pos + m.length, m.entry);
        if (role && piece.type === 'person') piece.role = role;
        if (piece.type === 'org' || piece.type === 'place') role = { first: pos, last: pos + m.length };
        else role = undefined;
        pos += m.length;
        reach = Math.max(reach, pos);
        continue;
      }
      const title = this.titleAt(pos, b);
      if (title) {
        // "Superintendent Dr. Ann Lee": a courtesy title after an office is no part of the role.
        if (!(role && title === 1 && this.has(pos, WordFlag.Honorific))) role = { first: role ? role.first : pos, last: pos + title };
        pos += title;
        titleEnd = pos;
        continue;
      }
      let k = pos + 1;
      // "Qeshm Governor Mehdi Irannejad": after a word that is no known given name, a title before a name starts anew.
      while (k < b && ((given && !(unknownFirst && !this.has(pos, WordFlag.GivenName) && this.titleAt(k, b))) || !this.startsName(k, b))) k++;
      // Titles with no name after them ("Deputy Chairman of ...") are roles, not names.
      if (this.leadingTitles(pos, k) === k - pos) {
        pos = k;
        continue;
      }
      if (role && this.opensInstitution(role, pos, k)) {
        // "U.S. District Judge", "Hong Kong Financial Secretary": before a title the words are part of the role.
        if (this.titleAt(k, b)) role = { first: role.first, last: k };
        // The place or organisation was pushed last: it opens the institution's name instead.
        else {
          // ("Ontario Street", "Mediterranean Sea": a place's head word makes a place.)
          this.pieces[this.pieces.length - 1] = namePiece(role.first, k, this.has(k - 1, WordFlag.PlaceHead) ? 'place' : 'org', 'name', null, Evidence.Form);
          role = undefined;
        }
        pos = k;
        continue;
      }
      const piece = namePiece(pos, k, null, 'name', null, Evidence.Guess, role);
      this.typeByForm(piece);
      this.pieces.push(piece);
      // "Lakeside Public Schools Superintendent Ann Lee": an institution before a title is part of the role.
      role = piece.type === 'org' && piece.evidence === Evidence.Form && this.titleAt(k, b) ? { first: pos, last: k } : undefined;
      pos = k;
    }
    return reach;
  }

  /**
   * "UK Biobank", "Oregon Legislature", "Portland Street Response": a known place that opens a run, with no title after
   * it, is the first word of an institution named after it when the words after it are no person's name (no given
   * name, initial, known surname or title among them, no word of a date or an event). A known organisation opens the
   * name of one of its divisions only ("BBC Sport"): "Apple MacBook", "Intel Core" are its products. "Russian
   * President Vladimir Putin" keeps his role.
   */
  private opensInstitution(role: { first: number; last: number }, from: number, to: number): boolean {
    const { tokens } = this;
    const opener = this.pieces[this.pieces.length - 1];
    if (!opener || opener.first !== role.first || opener.last !== role.last || role.last !== from) return false;
    if (opener.evidence !== Evidence.Lexicon || opener.kind !== 'name') return false;
    if (opener.type !== 'place' && !(opener.type === 'org' && to - from === 1 && DIVISIONS.has(tokens.text(from)))) return false;
    const line = tokens.line[role.first];
    if (this.layout.teamSport || this.layout.isTitleLine(line) || tokens.possessive(role.last - 1) || !this.onLine(from, line)) return false;
    if (this.isInitial(from)) return false;
    for (let k = from; k < to; k++) {
      if (tokens.shape(k) !== Shape.Capitalised || this.titleLengthAt(k, to) > 0) return false;
      if (this.has(k, WordFlag.GivenName | WordFlag.KnownSurname | WordFlag.Calendar | WordFlag.MiscWord | WordFlag.MiscHead)) return false;
    }
    return true;
  }

  private hasDigit(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.tokens.hasDigit(k)) return true;
    return false;
  }

  private startsName(k: number, b: number): boolean {
    const m = this.matchPhrase(k, b, false);
    if (m && m.entry.kind !== 'person') return true;
    return this.titleAt(k, b) > 0;
  }

  /**
   * Token i follows a period that may have ended a sentence ("in the U.S. He says"), not a title's ("Mr. He"): inside
   * a run a pronoun is one only there; after a title it is a surname ("Vice Premier He Lifeng").
   */
  private afterFullStop(i: number): boolean {
    if (i === 0) return true;
    const before = this.tokens.text(i - 1);
    return before.charCodeAt(before.length - 1) === 46 && this.titleLengthAt(i - 1, i) === 0;
  }

  /** An article after a word that ends in a period ("Corp. The"): the start of a new sentence, not part of a name. */
  private articleAfterAbbreviation(j: number): boolean {
    const text = this.tokens.text(j);
    const before = this.tokens.text(j - 1);
    if (before.charCodeAt(before.length - 1) !== 46) return false;
    if (text === 'The' || text === 'A' || text === 'An') return true;
    // "… an analyst at Halvorsen & Co. Others warned": after a legal form's period, a common word opens a sentence.
    return LEGAL_FORMS.has(before.slice(0, -1).toLowerCase()) && this.gaz.commonWords.has(this.lower(j)) && !this.has(j, WordFlag.GivenName);
  }

  /** Do the capitalised words from `from` end, within a few, in the head of an act or an event ("Freedom of Information Act")? */
  private endsInMiscHead(from: number, to: number, titleLine: boolean): boolean {
    let k = from;
    while (k < to && k - from < 4 && this.nameLikeIn(k, titleLine) && !this.articleAfterAbbreviation(k)) k++;
    return k > from && this.has(k - 1, WordFlag.MiscHead) && (k >= to || !this.nameLikeIn(k, titleLine));
  }

  /**
   * "Securities and Exchange Commission", "Senate Environment and Public Works Committee": an "and" between two words
   * no lexicon knows, the second opening a few capitalised words that end in the word of a public body ("Commission",
   * "Committee", "Service"), is inside one name. Names on either side ("Acme and Zenith Corp.", "the Senate and the
   * Ethics Committee") stay apart.
   */
  private andJoinsOrganisation(j: number, after: number, to: number, titleLine: boolean): boolean {
    const { tokens } = this;
    if (tokens.text(j) !== 'and' || after !== j + 1 || !this.unknownWord(j - 1) || !this.unknownWord(after)) return false;
    let k = after;
    while (k < to && k - after < 4 && this.nameLikeIn(k, titleLine) && !this.articleAfterAbbreviation(k)) k++;
    return k > after + 1 && this.has(k - 1, WordFlag.OrgHeadBeforeOf) && this.has(k - 1, WordFlag.OrgSuffix) && (k >= to || !this.nameLikeIn(k, titleLine));
  }

  /** A capitalised word that no lexicon knows as a name, a name's start, a given name or a surname ("Exchange"). */
  private unknownWord(i: number): boolean {
    const { tokens } = this;
    if (tokens.shape(i) !== Shape.Capitalised || tokens.possessive(i)) return false;
    return !factsOf(tokens, i).phrases && !this.has(i, WordFlag.GivenName) && !this.has(i, WordFlag.KnownSurname);
  }

  /**
   * "D-Ohio", "R-Texas", "I-Vt.", "D-N.Y.": after a lawmaker's name, set off by a comma or a parenthesis, the party's
   * letter and the state. Where the tag ends (the comma or parenthesis after it), or `i` when there is none.
   */
  private partyTagEnd(i: number, to: number): number {
    const { tokens } = this;
    const word = tokens.text(i);
    const c = word.charCodeAt(0);
    if ((c !== 68 && c !== 82 && c !== 73) || word.charCodeAt(1) !== 45 || word.length < 3 || i === 0) return i;
    const before = tokens.text(i - 1);
    if (before !== ',' && before !== '(') return i;
    let k = i + 1;
    while (k < to && k - i <= 4 && tokens.text(k) !== ',' && tokens.text(k) !== ')') k++;
    if (k < to && k - i <= 4) return k;
    // A tag of one word may also end the sentence ("said Sen. Susan Collins, R-Maine.").
    const next = i + 1 < tokens.length ? tokens.text(i + 1) : '';
    return next === '.' || next === ';' ? i + 1 : i;
  }

  /**
   * Does the apostrophe at j, after a plural ("Citizens'", "Teachers’"), open the rest of one organisation's or event's
   * name ("Citizens' Utility Board", "Veterans’ Day")? Not before a person ("the Democrats' leader Chuck Schumer").
   */
  private pluralPossessiveJoins(j: number, to: number, titleLine: boolean): boolean {
    const { tokens } = this;
    const c = tokens.text(j);
    if ((c !== "'" && c !== '’') || !tokens.joined(j) || j + 1 >= to || tokens.joined(j + 1) || !tokens.lower(j - 1).endsWith('s')) return false;
    let k = j + 1;
    while (k < to && k - j <= 4 && this.nameLikeIn(k, titleLine)) k++;
    return k > j + 1 && (this.has(k - 1, WordFlag.OrgSuffix) || this.has(k - 1, WordFlag.MiscHead));
  }

  /** Does the hyphen at j join the words around it into one name ("Rolls-Royce"; "Hewlett - Packard" in tokenised text)? */
  private hyphenJoins(j: number, after: number): boolean {
    const { tokens } = this;
    if (tokens.joined(j) && tokens.joined(after)) return true;
    // Spaced, it is also a dash after a headline's capitals ("EUROBONDS - Primary market", "PRESS DIGEST - Indonesian
    // newspapers"): it joins a letter to a name ("T - Mobile"), or a name to a word that is no common word ("Hewlett - Packard").
    if (!this.layout.tokenised || tokens.joined(j) || tokens.joined(after)) return false;
    const before = j - 1;
    if (tokens.shape(before) === Shape.Upper) return tokens.text(before).length === 1;
    return tokens.shape(before) === Shape.Capitalised && !this.isCommon(after);
  }

  /** Does a title that starts in the run [from, j) go on past the lower-case word at j ("Secretary of State", "Chief of Staff")? */
  private titleSpans(from: number, j: number, to: number): boolean {
    for (let k = Math.max(from, j - 3); k < j; k++) if (k + this.titleLengthAt(k, to) > j + 1) return true;
    return false;
  }

  /**
   * "Minister for Finance Paschal Donohoe", "Secretary of State for Defence Ben Wallace", "Chancellor of the Exchequer
   * Rishi Sunak": the capitalised common words of a portfolio, after an office's "for" or "of" (the office itself is a
   * run of its own, ended by the lower-case word), open the run [a, b) and are the person's role with the office, not
   * part of the name. The role, from the office's first word to the last of the portfolio, or undefined.
   */
  private portfolioRole(a: number, b: number): { first: number; last: number } | undefined {
    const { tokens } = this;
    let k = a - 1;
    if (k >= 0 && tokens.text(k) === 'the') k--;
    if (k < 1 || (tokens.text(k) !== 'for' && tokens.text(k) !== 'of') || tokens.line[k] !== tokens.line[a]) return undefined;
    let office = -1;
    for (let t = Math.max(0, k - 4); t < k && office < 0; t++) if (t + this.titleLengthAt(t, k) === k) office = t;
    if (office < 0) return undefined;
    let pos = a;
    while (pos < b - 1 && tokens.shape(pos) === Shape.Capitalised && PORTFOLIO_WORDS.has(tokens.text(pos)) && !this.has(pos, WordFlag.GivenName) && !this.matchPhrase(pos, b, false)) pos++;
    if (pos === a || b - pos < 2 || tokens.shape(pos) !== Shape.Capitalised) return undefined;
    // The rest is a person's name: a given name or an initial first, or no common word in it ("the chairman of the
    // Organisation for Security and Cooperation in Europe", "director of Communications Workers of America",
    // "a member of the Democratic Black Caucus" name organisations).
    for (let k = pos; k < b; k++) if (tokens.shape(k) === Shape.Lower) return undefined;
    if (!this.has(pos, WordFlag.GivenName) && !this.isInitial(pos)) for (let k = pos; k < b; k++) if (this.isCommon(k)) return undefined;
    return { first: office, last: pos };
  }

  /** `i` when a title on its line ends right before token i ("Rep." of "Rep. Alexandria"), else -1. */
  private titleBefore(i: number): number {
    const { tokens } = this;
    // (A capitalised title: "the former Warsaw Pact" has none.)
    for (let t = Math.max(0, i - 3); t < i; t++) if (tokens.line[t] === tokens.line[i] && tokens.shape(t) !== Shape.Lower && t + this.titleLengthAt(t, i) === i) return i;
    return -1;
  }

  /**
   * The words [k, b) after a place's name are the rest of a person's name: capitalised, and no common word, title,
   * place or organisation ("Warsaw Pact", "Adelaide City" are none).
   */
  private placeNameIsGiven(k: number, b: number, lineEnd: number): boolean {
    const { tokens } = this;
    for (let t = k; t < b; t++) {
      // ("Ocasio-Cortez": the hyphen of a double surname.)
      if (t > k && tokens.text(t) === '-' && tokens.joined(t) && t + 1 < b && tokens.joined(t + 1)) continue;
      if (tokens.shape(t) !== Shape.Capitalised || this.isCommon(t) || this.titleAt(t, b + 1) || this.has(t, WordFlag.OrgSuffix) || this.has(t, WordFlag.PlaceHead)) return false;
      const m = this.matchPhrase(t, lineEnd, false);
      if (m && m.entry.type !== 'person') return false;
    }
    return true;
  }

  /** Length of a title at token i that a name follows before b ("President", "Foreign Minister"). */
  private titleAt(i: number, b: number): number {
    const n = this.titleLengthAt(i, b);
    return n && i + n < b ? n : 0;
  }

  private allTitles(a: number, b: number): boolean {
    return this.leadingTitles(a, b) === b - a;
  }

  private leadingTitles(a: number, b: number): number {
    let i = a;
    while (i < b) {
      const n = this.titleLengthAt(i, b + 1);
      if (!n || i + n > b) break;
      i += n;
    }
    return i - a;
  }

  private pushLexicon(first: number, last: number, entry: PhraseEntry): NamePiece {
    const teamCandidate = entry.kind === 'place' || entry.kind === 'county';
    const piece = namePiece(first, last, entry.type, entry.kind === 'demonym' ? 'demonym' : 'name', entry.canonical, Evidence.Lexicon, undefined, teamCandidate);
    this.pieces.push(piece);
    return piece;
  }

  /** Types a name by its own words and its neighbours, when they are telling. */
  private typeByForm(p: NamePiece): void {
    const { tokens } = this;
    const first = tokens.text(p.first);
    const firstShape = tokens.shape(p.first);
    const n = p.last - p.first;
    // "Douglas & Lomason", "OFK Beograd": an ampersand or a leading acronym makes a firm or a club.
    let ampersand = false;
    for (let k = p.first; k < p.last; k++) if (tokens.text(k) === '&') ampersand = true;
    if (ampersand || (n >= 2 && firstShape === Shape.Upper && first.length >= 3 && !first.includes('.'))) {
      p.type = 'org';
      p.evidence = Evidence.Form;
      return;
    }
    // "T-Mobile", "E-Trade": a letter joined to a word makes a brand, not a person's name ("Jean-Claude").
    if (n === 1 && first.includes('-') && LETTER_COMPOUND.test(first)) {
      p.type = 'org';
      p.evidence = Evidence.Form;
      return;
    }
    if (p.role && this.roleIsPersonal(p.role)) {
      p.type = 'person';
      p.evidence = Evidence.Form;
      return;
    }
    // "Fifth Avenue", "Rue de Castiglione", "Place Vendome", "Via Condotti": streets and squares are places; but a
    // given name and a surname like a street's word who speaks is a person ("Nathan Lane said").
    // (Or who speaks elsewhere by the surname alone: "Her colleague David Park disagreed. … Park said".)
    // (Or after a role noun: "council spokeswoman Jo Lake".)
    const afterRole = p.first > 0 && tokens.shape(p.first - 1) === Shape.Lower && this.has(p.first - 1, WordFlag.RoleWordEnding);
    const speaks = this.has(p.first, WordFlag.GivenName) && ((p.last < tokens.length && this.has(p.last, WordFlag.SpeechVerb)) || afterRole || this.wordsThatSpeak().has(tokens.lower(p.last - 1)));
    // ("New Bedford", "New Haven"; but "New Deal", "New Woman" are no places.)
    const leadingPlace = LEADING_PLACE_HEADS.has(first) && !(first === 'New' && this.isCommon(p.first + 1));
    if (n >= 2 && !speaks && (this.has(p.last - 1, WordFlag.PlaceHead) || leadingPlace)) {
      p.type = 'place';
      p.evidence = Evidence.Form;
      return;
    }
    if (n >= 2 && this.has(p.first, WordFlag.GivenName)) {
      p.type = 'person';
      p.evidence = Evidence.Form;
      return;
    }
    // "Lakeside Public Schools" before a title: the run's end was no name's, but this piece ends in a word of institutions.
    if (n >= 2 && this.has(p.last - 1, WordFlag.OrgSuffix) && !this.has(p.last - 1, WordFlag.GivenName)) {
      p.type = 'org';
      p.evidence = Evidence.Form;
      return;
    }
    // "SMITH: We will win.": a transcript's speaker label, one that speaks more than once, is a person ("CORRECTION:"
    // or "EXCLUSIVE:" once is a label of the text).
    if (n === 1 && firstShape === Shape.Upper && first.length >= 3 && (this.lineLabels().get(first) ?? 0) >= 2 && !this.gaz.commonWords.has(first.toLowerCase())) {
      p.type = 'person';
      p.evidence = Evidence.Form;
      return;
    }
    const bare = first.includes('.') ? first.replace(/\./g, '') : first;
    if (n === 1 && firstShape === Shape.Upper && bare.length >= 2 && bare.length <= 5 && !this.layout.isCapsLine(tokens.line[p.first]) && !this.gaz.commonWords.has(bare.toLowerCase())) {
      p.type = 'org';
      p.evidence = Evidence.Guess;
      return;
    }
    // "Dole said"; but "The Intercept asked" is a publication.
    const article = p.first > 0 && (tokens.text(p.first - 1) === 'the' || tokens.text(p.first - 1) === 'The');
    if (p.last < tokens.length && this.has(p.last, WordFlag.SpeechVerb) && !(article && n === 1)) {
      p.type = 'person';
      p.evidence = Evidence.Form;
    }
  }

  private roleIsPersonal(role: { first: number; last: number }): boolean {
    for (let i = role.first; i < role.last; i++) if (this.titleLengthAt(i, role.last)) return true;
    return false;
  }

  /**
   * `Vincent "The Chin" Gigante`, `Joaquin “El Chapo” Guzman`: a given name, a nickname of a few capitalised words in
   * quotes, and a surname are one person. The nickname stays inside the mention but out of the name.
   */
  private joinNicknames(): void {
    const { pieces } = this;
    let kept: NamePiece[] | null = null;
    for (let q = 0; q < pieces.length; q++) {
      const a = pieces[q];
      const open = a.last;
      const joined = this.nicknameAfter(q);
      if (joined) {
        const { close, c } = joined;
        const surname = pieces[c];
        const person = namePiece(a.first, surname.last, 'person', 'name', null, Evidence.Form, a.role);
        person.nickname = { first: open, last: close + 1 };
        person.key = `${this.wordsOf(a.first, a.last)} ${this.wordsOf(surname.first, surname.last)}`;
        kept ??= pieces.slice(0, q);
        kept.push(person);
        q = c;
        continue;
      }
      kept?.push(a);
    }
    if (kept) this.pieces = kept;
  }

  /** The closing mark and the index of the surname's piece when a nickname in quotes follows piece q. */
  private nicknameAfter(q: number): { close: number; c: number } | null {
    const { tokens, pieces } = this;
    const a = pieces[q];
    if (a.type === 'misc' || a.type === 'place' || a.type === 'org' || a.kind === 'demonym' || a.last - a.first > 2) return null;
    // A one-word person or given names ("Mary Ann"): after a full name ("Tom Reyes “Yes” Anna Berg “No”") the quote
    // is what the person said, and the name after it someone else's.
    if (!this.has(a.last - 1, WordFlag.GivenName) && !(a.type === 'person' && a.last - a.first === 1) && !this.isInitial(a.last - 1)) return null;
    const open = a.last;
    const line = tokens.line[a.first];
    if (!this.onLine(open, line) || !OPENING_QUOTES.has(tokens.text(open))) return null;
    let close = open + 1;
    while (close < tokens.length && close - open <= 4 && tokens.line[close] === line && this.nameLike(close)) close++;
    if (close === open + 1 || close - open > 4 || !this.onLine(close, line) || !CLOSING_QUOTES.has(tokens.text(close))) return null;
    // The surname's piece starts right after the closing mark; pieces of the nickname's words lie between.
    let c = q + 1;
    while (c < pieces.length && pieces[c].first <= close) c++;
    const surname = pieces[c];
    if (!surname || surname.first !== close + 1 || surname.last - surname.first > 2 || surname.kind === 'demonym' || surname.type === 'misc') return null;
    if (surname.evidence === Evidence.Lexicon && surname.type !== 'person') return null;
    return { close, c };
  }

  // ---- the document decides ----------------------------------------------------------------------

  private keyOf(p: NamePiece): string {
    if (p.key === undefined) {
      p.key = this.wordsOf(p.first, p.last);
    }
    return p.key;
  }

  /** The lower-cased words of tokens [a, b), joined by spaces. */
  private wordsOf(a: number, b: number): string {
    let words = this.lower(a);
    for (let k = a + 1; k < b; k++) words += ' ' + this.lower(k);
    return words;
  }

  /** Names typed by lexicon or form, by lower-cased text; surnames of people count as people. */
  private documentNames(outsideTitleLines = false): Map<string, NamePiece> {
    const names = new Map<string, NamePiece>();
    for (let i = 0; i < this.pieces.length; i++) {
      const p = this.pieces[i];
      if (p.type === null || p.evidence === Evidence.Guess || p.kind === 'demonym') continue;
      if (outsideTitleLines && this.layout.isTitleLine(this.tokens.line[p.first])) continue;
      const key = this.keyOf(p);
      if (!names.has(key)) names.set(key, p);
      if (p.type === 'person' && p.last - p.first >= 2) {
        const surname = this.lower(this.surnameAt(p));
        if (!names.has(surname)) names.set(surname, p);
      }
      // "Halvorsen Robotics Inc." is also "Halvorsen Robotics".
      if (p.type === 'org' && p.last - p.first >= 2) {
        const form = this.lower(p.last - 1);
        if (LEGAL_FORMS.has(form.endsWith('.') ? form.slice(0, -1) : form)) {
          const stem = this.wordsOf(p.first, p.last - 1);
          if (!names.has(stem)) names.set(stem, p);
        }
      }
    }
    return names;
  }

  /** "Russophobic", "Kafkaesque": adjectives made from names are not names. */
  private adjectival(p: NamePiece): boolean {
    return p.last - p.first === 1 && this.tokens.shape(p.first) === Shape.Capitalised && endsWithOneOf(this.tokens.text(p.first), ADJECTIVE_ENDINGS);
  }

  private allCommon(p: NamePiece): boolean {
    for (let k = p.first; k < p.last; k++) if (this.tokens.shape(k) !== Shape.Other && !this.isCommon(k)) return false;
    return true;
  }

  /**
   * Token i stands in a title-case headline and is capitalised only by its style: no given name, no known surname,
   * and no word of a name the story's body writes ("Delays" in "Harbour Authority Delays Vote").
   */
  private styleCapital(i: number): boolean {
    if (!this.isHeadline(this.tokens.line[i]) || this.has(i, WordFlag.GivenName) || this.has(i, WordFlag.KnownSurname)) return false;
    return !(this.bodyNameWords ??= this.wordsOfBodyNames()).has(this.lower(i));
  }

  /** "Pier Expansion" in a headline whose story never names it: capitals of the style, no name of anything. */
  private unknownInHeadline(p: NamePiece): boolean {
    for (let k = p.first; k < p.last; k++) if (this.tokens.shape(k) !== Shape.Other && !this.styleCapital(k)) return false;
    return true;
  }

  /**
   * Is `line` a story's title-case headline: its first line or a Markdown heading, above a body of prose (lists,
   * tables and results in title case are no headlines, and a text that is only a title has no body to ask)?
   */
  private isHeadline(line: number): boolean {
    const { layout, tokens } = this;
    if (!layout.isTitleLine(line)) return false;
    const first = layout.lineFirst[line];
    if (first !== 0 && tokens.text(first) !== '#') return false;
    if (this.bodyTokens < 0) {
      let n = 0;
      for (let l = 0; l < layout.lineCount; l++) if (layout.lineFirst[l] >= 0 && !layout.isTitleLine(l) && !layout.isCapsLine(l)) n += layout.lineEnd[l] - layout.lineFirst[l];
      this.bodyTokens = n;
    }
    return this.bodyTokens >= MIN_BODY_TOKENS;
  }

  /** The lower-case words of the names outside headlines. */
  private wordsOfBodyNames(): Set<string> {
    const words = new Set<string>();
    for (const p of this.pieces) {
      const line = this.tokens.line[p.first];
      if (this.layout.isTitleLine(line) || this.layout.isCapsLine(line)) continue;
      for (let k = p.first; k < p.last; k++) words.add(this.lower(k));
    }
    return words;
  }

  /**
   * "Putin Congratulates Trump": a run of capitals that the document shows to be known names joined by
   * common words is split into those names.
   */
  private splitByKnownNames(p: NamePiece, names: Map<string, NamePiece>): NamePiece[] | null {
    const parts: NamePiece[] = [];
    let k = p.first;
    while (k < p.last) {
      let found = 0;
      for (let n = Math.min(4, p.last - k); n >= 1 && !found; n--) {
        const known = names.get(this.wordsOf(k, k + n));
        if (known && known.type && known.type !== 'misc') {
          found = n;
          parts.push(namePiece(k, k + n, known.type, 'name', known.last - known.first > n && known.type === 'person' ? null : known.canonical, Evidence.Form));
        }
      }
      if (found) k += found;
      else if (this.tokens.shape(k) === Shape.Other || this.isCommon(k) || this.styleCapital(k)) k++;
      else return null;
    }
    return parts.length ? parts : null;
  }

  /**
   * In a title-case headline, capitalised verbs and nouns run into names: a run that holds a person's name the story
   * spells out is cut to that name ("Oscar Host Ellen DeGeneres Thanks Fans" → Ellen DeGeneres, "Red Sox Nab
   * Teixeira" → Teixeira).
   */
  private trimHeadlineNames(): void {
    let inTitleLine = false;
    for (let i = 0; i < this.pieces.length && !inTitleLine; i++) inTitleLine = this.layout.isTitleLine(this.tokens.line[this.pieces[i].first]);
    if (!inTitleLine) return;
    const body = this.documentNames(true);
    if (body.size === 0) return;
    let trimmed: NamePiece[] | null = null;
    for (let i = 0; i < this.pieces.length; i++) {
      const p = this.pieces[i];
      const cut = this.layout.isTitleLine(this.tokens.line[p.first]) ? this.headlineCut(p, body) : null;
      if (cut && !trimmed) trimmed = this.pieces.slice(0, i);
      trimmed?.push(cut ?? p);
    }
    if (trimmed) this.pieces = trimmed;
  }

  /** The known person's name inside headline piece p, as a piece of its own; null when p is no such run. */
  private headlineCut(p: NamePiece, body: Map<string, NamePiece>): NamePiece | null {
    const length = p.last - p.first;
    if (length < 2 || p.evidence === Evidence.Lexicon || p.kind === 'demonym' || p.nickname) return null;
    const own = body.get(this.keyOf(p));
    if (own) return null;
    // The longest full name the story spells out, of two words or more.
    for (let n = Math.min(4, length - 1); n >= 2; n--) {
      for (let k = p.first; k + n <= p.last; k++) {
        const known = body.get(this.wordsOf(k, k + n));
        if (known && known.type === 'person' && known.last - known.first === n) return namePiece(k, k + n, 'person', 'name', known.canonical, Evidence.Form);
      }
    }
    // "Nab Teixeira", "Teixeira Rumor Swirls": a surname the story gives in full, among words that are no given
    // names and no names the story knows.
    let surname = -1;
    for (let k = p.first; k < p.last; k++) {
      const known = body.get(this.lower(k));
      if (known && known.type === 'person' && known.last - known.first >= 2 && this.lower(known.last - 1) === this.lower(k) && surname < 0) surname = k;
      else if (this.has(k, WordFlag.GivenName) || known) return null;
    }
    return surname >= 0 ? namePiece(surname, surname + 1, 'person', 'name', null, Evidence.Form) : null;
  }

  /**
   * The lower-case forms of the words of names that stand inside a sentence, where their capital says they are
   * names (outside headlines).
   */
  private wordsInsideSentences(): Set<string> {
    const { tokens, layout } = this;
    const inside = new Set<string>();
    for (const p of this.pieces) {
      const line = tokens.line[p.first];
      if (layout.isTitleLine(line) || layout.isCapsLine(line)) continue;
      // (A sentence's first word counts when a name of several words starts with it: "Nimbus Systems is …".)
      for (let k = tokens.sentenceStart(p.first) && p.last - p.first === 1 ? p.first + 1 : p.first; k < p.last; k++) inside.add(this.lower(k));
    }
    return inside;
  }

  /**
   * "Lurid controversies followed", "Margin of error": a word the lexicons do not know, capitalised only because it
   * opens a sentence, before a lower-case word, and written nowhere else in the document as a name.
   */
  private loneOpener(p: NamePiece): boolean {
    const { tokens } = this;
    if (p.last - p.first !== 1 || !tokens.sentenceStart(p.first) || tokens.shape(p.first) !== Shape.Capitalised || this.has(p.first, WordFlag.GivenName)) return false;
    if (p.last >= tokens.length || tokens.shape(p.last) !== Shape.Lower || tokens.line[p.last] !== tokens.line[p.first]) return false;
    // "Obama said", "Wade told": someone who speaks is someone.
    if (this.has(p.last, WordFlag.SpeechVerb) || this.has(p.first, WordFlag.KnownSurname)) return false;
    // "Berg and Holt met": a name in a list with another.
    const conjunction = tokens.text(p.last);
    if ((conjunction === 'and' || conjunction === 'or') && this.onLine(p.last + 1, tokens.line[p.first]) && this.nameLike(p.last + 1)) return false;
    // (The words inside sentences are gathered only for a piece that gets this far: most documents have none.)
    return !(this.insideWords ??= this.wordsInsideSentences()).has(this.lower(p.first));
  }

  private resolveByDocument(): void {
    this.trimHeadlineNames();
    const names = this.documentNames();
    // Pieces split into known names are replaced by their parts (in a new list: splicing would be quadratic).
    let resolved: NamePiece[] | null = null;
    for (let i = 0; i < this.pieces.length; i++) {
      const p = this.pieces[i];
      const parts = p.evidence !== Evidence.Guess || p.last - p.first < 2 || names.has(this.keyOf(p)) ? null : this.splitByKnownNames(p, names);
      if (parts && !resolved) resolved = this.pieces.slice(0, i);
      if (resolved) {
        if (parts) for (const part of parts) resolved.push(part);
        else resolved.push(p);
      }
    }
    if (resolved) this.pieces = resolved;
    // Pieces typed by default alone, and the names a noun of places made places ("the city of Millbrook").
    let defaulted: NamePiece[] | null = null;
    let places: Set<string> | null = null;
    for (let i = 0; i < this.pieces.length; i++) {
      const p = this.pieces[i];
      if (p.evidence !== Evidence.Guess) continue;
      const known = names.get(this.keyOf(p));
      if (known && known.type) {
        p.type = known.type;
        p.canonical = known.type === 'person' && known.last - known.first > p.last - p.first ? null : known.canonical;
        continue;
      }
      if (p.type) continue;
      // Unknown words before a colon are labels ("Outlook:", "Deep Look:").
      if (this.allCommon(p) || (p.last < this.tokens.length && this.tokens.text(p.last) === ':') || this.adjectival(p) || this.loneOpener(p) || this.unknownInHeadline(p)) {
        p.type = 'misc';
        continue;
      }
      const type = this.typeByContext(p);
      if (type === null) (defaulted ??= []).push(p);
      else if (type === 'place' && this.placeByItsNoun(p)) (places ??= new Set<string>()).add(this.keyOf(p));
      p.type = type ?? 'org';
      if (p.type === 'misc') p.evidence = Evidence.Form;
    }
    // "the city of Millbrook … could cost Millbrook $14 million": a name typed by nothing around it is the place that
    // a noun of places names elsewhere.
    if (defaulted && places) for (const p of defaulted) if (places.has(this.keyOf(p))) p.type = 'place';
    this.typeSurnamesOfGuessedPeople();
    if (!this.layout.sports) this.nameCases();
  }

  /**
   * "Roe v. Wade", "Whole Women's Alliance v. Paxton": the parties either side of "v." name a court case, which is
   * neither of them. (Sports results write "Arsenal v Chelsea": left alone.)
   */
  private nameCases(): void {
    const { tokens, pieces } = this;
    for (let q = 0; q + 1 < pieces.length; q++) {
      const p = pieces[q];
      const v = p.last;
      if (v >= tokens.length || tokens.text(v) !== 'v.' || pieces[q + 1].first !== v + 1 || !this.onLine(v + 1, tokens.line[v])) continue;
      for (const party of [p, pieces[q + 1]]) {
        party.type = 'misc';
        party.evidence = Evidence.Form;
        party.canonical = null;
      }
    }
  }

  /** The token of a full name's surname: its last word, or the one before a generation ("Anthony Reyes III"). */
  private surnameAt(p: NamePiece): number {
    return p.last - p.first >= 3 && GENERATIONS.has(this.lower(p.last - 1)) ? p.last - 2 : p.last - 1;
  }

  /**
   * "Sadyr Japarov spoke. Japarov’s aide said": a full name the recogniser took for a person by its form alone still
   * tells that its last word, standing alone and typed by default, is that person's surname.
   */
  private typeSurnamesOfGuessedPeople(): void {
    let surnames: Set<string> | null = null;
    for (const p of this.pieces) {
      if (p.type !== 'person' || p.evidence !== Evidence.Guess || p.last - p.first < 2 || p.kind !== 'name') continue;
      if (this.layout.isTitleLine(this.tokens.line[p.first])) continue;
      (surnames ??= new Set()).add(this.lower(this.surnameAt(p)));
    }
    if (!surnames) return;
    for (const p of this.pieces) {
      if (p.evidence !== Evidence.Guess || p.last - p.first !== 1 || p.type === 'person' || p.type === 'misc' || p.kind !== 'name') continue;
      if (surnames.has(this.lower(p.first))) p.type = 'person';
    }
  }

  /** A role noun of lower-case words starts at token k and a capitalised name follows it on the line ("chief executive Dana"). */
  private roleBeforeName(k: number, line: number): boolean {
    const { tokens } = this;
    for (let j = k; j < k + 3 && this.onLine(j, line) && tokens.shape(j) === Shape.Lower && this.has(j, WordFlag.RoleWord); j++) {
      if (this.has(j, WordFlag.RoleWordEnding) && this.onLine(j + 1, line) && tokens.shape(j + 1) === Shape.Capitalised) return true;
    }
    return false;
  }

  /** A noun of places types piece p: "the city of Millbrook", "the Saburtalo district". */
  private placeByItsNoun(p: NamePiece): boolean {
    return this.placeNounOf(p) || this.placeKindFollows(p.last, this.tokens.line[p.first]);
  }

  /** "the city of Millbrook": a noun of places and "of" before piece p, on its line. */
  private placeNounOf(p: NamePiece): boolean {
    const { tokens } = this;
    const beforeOf = p.first >= 2 && tokens.text(p.first - 1) === 'of' ? p.first - 2 : -1;
    return beforeOf >= 0 && tokens.line[beforeOf] === tokens.line[p.first] && this.has(beforeOf, WordFlag.PlaceNoun);
  }

  /**
   * The type of a name nothing else has typed, from its neighbours; people by default when it has several words, and
   * null when nothing tells (an organisation, unless its other mentions say otherwise).
   */
  private typeByContext(p: NamePiece): EntityType | 'misc' | null {
    const { tokens } = this;
    const line = tokens.line[p.first];
    // Neighbours on the same line, as token indices (-1: none).
    const prev = this.onLine(p.first - 1, line) ? p.first - 1 : -1;
    const next = this.onLine(p.last, line) ? p.last : -1;
    const afterComma = next >= 0 && tokens.text(next) === ',' && this.onLine(p.last + 1, line) ? p.last + 1 : -1;
    // "the daily Zycie Warszawy said", "Zycie Warszawy daily reported": a newspaper's or broadcaster's name. (One word
    // before the noun is more often the city it is from: "the Salem daily".)
    if ((prev >= 0 && MEDIA_NOUNS.has(tokens.text(prev))) || (next >= 0 && p.last - p.first >= 2 && MEDIA_NOUNS.has(tokens.text(next)))) return 'org';
    // "an analyst at Piper Sandler": where someone works is an organisation.
    if (prev >= 0 && tokens.text(prev) === 'at' && this.onLine(prev - 1, line) && WORKERS_AT.has(tokens.text(prev - 1))) return 'org';
    // "in Hudson"; but "outside LaCalamita's apartment" names the apartment's owner.
    if (prev >= 0 && PLACE_PREPOSITIONS.has(tokens.text(prev)) && !(p.last < tokens.length && tokens.possessive(p.last))) return 'place';
    if (this.placeNounOf(p)) return 'place';
    // "Hangzhou, China", "Moengo, Surinam".
    if (afterComma >= 0 && (tokens.shape(afterComma) === Shape.Capitalised || tokens.shape(afterComma) === Shape.Upper)) {
      const m = this.matchLexicon(p.last + 1, tokens.length, false);
      if (m && m.entry.kind === 'country') return 'place';
    }
    for (let k = p.first; k < p.last; k++) if (tokens.text(k) === '&') return 'org';
    if (this.placeKindFollows(p.last, line)) return 'place';
    if (p.last - p.first > 1) return 'person';
    // "Automakers said ...", "Rumors swirled ...": a plural noun opening a sentence.
    const only = p.first;
    const onlyShape = tokens.shape(only);
    const nextLower = next >= 0 && tokens.shape(next) === Shape.Lower;
    // "## Reaction": a Markdown heading of one unknown word names a section.
    if (next < 0 && onlyShape === Shape.Capitalised && this.opensHeading(only) && (factsOf(tokens, only).flags & (WordFlag.GivenName | WordFlag.KnownSurname)) === 0) return 'misc';
    // A lone unknown word in a title-case heading ("Signals of Cooperation on Ukraine") is capitalised by the style.
    if (this.layout.isTitleLine(line) && onlyShape === Shape.Capitalised && !this.layout.sports) return 'misc';
    // ("Nimbus declined" after "Nimbus Systems": a word the document writes in a name is that name.)
    if (tokens.sentenceStart(only) && nextLower && /[^s]s$/.test(tokens.text(only)) && onlyShape === Shape.Capitalised && !(this.insideWords ??= this.wordsInsideSentences()).has(tokens.lower(only))) return 'misc';
    // "Potent landmines found near ...": the first word of a line, unknown and followed by lower case, is no name
    // ("Obama spoke …" is: a known surname).
    if (tokens.sentenceStart(only) && p.first === this.layout.lineFirst[line] && nextLower && onlyShape === Shape.Capitalised && !this.has(only, WordFlag.KnownSurname)) return 'misc';
    const word = tokens.lower(only);
    if (onlyShape === Shape.Upper && word.length > 5) return 'misc';
    if (onlyShape === Shape.Upper && word.length >= 2) return 'org';
    if (endsWithOneOf(word, PLACE_ENDINGS)) return 'place';
    if (word.length > 5 && ORG_ENDINGS.test(word)) return 'org';
    // (Only a word that begins with "m" or "o" can.)
    const initial = word.charCodeAt(0);
    if ((initial === 109 || initial === 111) && /^(?:mc|mac|o')\p{L}/u.test(word)) return 'person';
    if ((factsOf(tokens, only).flags & (WordFlag.GivenName | WordFlag.KnownSurname)) !== 0) return 'person';
    // "said Clearwater chief executive Dana Whitfield": a name before the role of the one named after it is where
    // that one works (or the place, which the story may say elsewhere).
    if (next >= 0 && tokens.shape(next) === Shape.Lower && this.has(next, WordFlag.RoleWord) && this.roleBeforeName(next, line)) return null;
    // Scorecards ("c Tillekeratne b Dharmasena"), "said Dole", "Clinton, who".
    if (prev >= 0 && PERSON_BEFORE.has(tokens.text(prev))) return 'person';
    if (prev >= 0 && tokens.shape(prev) === Shape.Lower && this.has(prev, WordFlag.RoleWordEnding)) return 'person';
    if (afterComma >= 0 && (tokens.text(afterComma) === 'who' || tokens.shape(afterComma) === Shape.Number)) return 'person';
    // Golf, tennis, athletics: the players are named, not clubs. In team sports a club's name comes with its score.
    if (this.layout.sports && !this.layout.teamSport) return 'person';
    const nextNumber = next >= 0 && tokens.shape(next) === Shape.Number;
    const scoreInBrackets = next >= 0 && tokens.text(next) === '(' && p.last + 1 < tokens.length && tokens.shape(p.last + 1) === Shape.Number;
    if (this.layout.teamSport && !nextNumber && !scoreInBrackets) return 'person';
    return null;
  }

  /**
   * A person's name is [i, b): the lexicon's person, a known surname alone, or a given name before the rest of a
   * name (capitalised words and initials: "George H.W. Bush").
   */
  private personNameAt(i: number, b: number, lineEnd: number): boolean {
    const m = this.matchPhrase(i, lineEnd, false);
    if (m) return m.entry.type === 'person' && i + m.length === b;
    if (b - i === 1) return this.has(i, WordFlag.KnownSurname);
    if (b - i > 4 || !this.has(i, WordFlag.GivenName)) return false;
    for (let k = i + 1; k < b; k++) {
      const shape = this.tokens.shape(k);
      if ((shape !== Shape.Capitalised && shape !== Shape.Upper) || this.has(k, WordFlag.OrgSuffix | WordFlag.PlaceHead | WordFlag.MiscHead | WordFlag.MiscWord)) return false;
    }
    return true;
  }

  /** Only a Markdown heading's marks come before token i on its line ("## Reaction"). */
  private opensHeading(i: number): boolean {
    const { tokens } = this;
    const first = this.layout.lineFirst[tokens.line[i]];
    if (first === i || tokens.text(first) !== '#') return false;
    for (let k = first; k < i; k++) if (tokens.text(k) !== '#') return false;
    return true;
  }

  /**
   * Does a noun of a kind of place follow the name that ends before token k, after the other names it is listed with
   * ("the Saburtalo district", "Sonoma and Lake counties")?
   */
  private placeKindFollows(k: number, line: number): boolean {
    const { tokens } = this;
    for (let listed = 0; this.onLine(k, line) && listed < 3; listed++) {
      const w = tokens.text(k);
      if (w !== 'and' && w !== ',' && w !== 'or') break;
      let e = k + 1;
      while (this.onLine(e, line) && e - k <= 3 && this.nameLike(e)) e++;
      if (e === k + 1) break;
      k = e;
    }
    return this.onLine(k, line) && tokens.shape(k) === Shape.Lower && PLACE_KINDS_AFTER.has(tokens.text(k));
  }

  // ---- all-caps lines ------------------------------------------------------------------------------

  /**
   * "CAIRO, Nov. 30 (Wire) — Indirect talks stalled": the first word after a wire dateline's dash opens the story's
   * first sentence, so its capital says nothing about being a name.
   */
  private markStoryAfterDateline(from: number, to: number): void {
    const { tokens } = this;
    for (let k = from + 1; k < to && k - from <= MAX_DATELINE_TOKENS; k++) {
      const text = tokens.text(k);
      if ((text === '—' || text === '–' || text === '-') && !tokens.joined(k) && k + 1 < to && !tokens.joined(k + 1)) {
        if (tokens.shape(k + 1) === Shape.Capitalised) tokens.markSentenceStart(k + 1);
        return;
      }
      const shape = tokens.shape(k);
      if (shape !== Shape.Upper && shape !== Shape.Capitalised && shape !== Shape.Number && text !== ',' && text !== '.' && text !== '(' && text !== ')') return;
    }
  }

  /** Datelines ("LONDON 1996-08-30", "WASHINGTON (Reuters) -") name the place the story is filed from. Returns where the rest begins. */
  private scanDateline(from: number, to: number): number {
    const { tokens } = this;
    let j = from;
    while (j < to && tokens.shape(j) === Shape.Upper) j++;
    if (j === from) return from;
    const after = this.pushDatelineCountry(j, to);
    const m = this.matchPhrase(from, j, true);
    if (m && m.length === j - from) this.pushLexicon(from, j, m.entry).fromCapsLine = true;
    else this.pieces.push(namePiece(from, j, 'place', 'name', null, Evidence.Form, undefined, false, true));
    return this.pushDatelineAgency(Math.max(j, after), to);
  }

  /**
   * "SALEM, Ore. (AP) —": the agency in brackets after the place, which may be written like a common word ("AP").
   * Returns where the rest begins.
   */
  private pushDatelineAgency(open: number, to: number): number {
    const { tokens } = this;
    // (The period of an abbreviated state: "Ore.")
    const from = open;
    if (open < to && tokens.text(open) === '.' && tokens.joined(open)) open++;
    if (open >= to || tokens.text(open) !== '(') return from;
    let close = open + 1;
    while (close < to && close - open <= 4 && this.nameLike(close)) close++;
    if (close === open + 1 || close >= to || tokens.text(close) !== ')') return from;
    const m = this.matchPhrase(open + 1, close, false);
    if (m && open + 1 + m.length === close) {
      if (m.entry.type !== 'org') return from;
      this.pushLexicon(open + 1, close, m.entry);
    } else if (close - open === 2 && tokens.shape(open + 1) === Shape.Upper) this.pieces.push(namePiece(open + 1, close, 'org', 'name', null, Evidence.Form));
    else return from;
    return close + 1;
  }

  /** "TAVILDARA , Tajikistan 1996-08-30": the country after the town. */
  private pushDatelineCountry(j: number, to: number): number {
    const { tokens } = this;
    if (j >= tokens.length || tokens.text(j) !== ',' || j + 1 >= to) return j;
    const m = this.matchPhrase(j + 1, to, true);
    if (!m || m.entry.type !== 'place') return j;
    this.pushLexicon(j + 1, j + 1 + m.length, m.entry).fromCapsLine = true;
    return j + 1 + m.length;
  }

  private lookupCapsLine(from: number, to: number, docNames: Map<string, NamePiece>): void {
    const { tokens, gaz } = this;
    const taken = this.capsTaken;
    let i = from;
    while (i < to) {
      if (taken.has(i) || !this.hasLetter(i) || tokens.possessive(i)) {
        i++;
        continue;
      }
      // The longest run of up to four words the body or the lexicon knows as a name.
      let found = 0;
      let known: NamePiece | undefined;
      for (let n = Math.min(4, to - i); n >= 1 && !found; n--) {
        let key = '';
        let ok = true;
        for (let k = i; k < i + n; k++) {
          if (!this.hasLetter(k) && tokens.text(k) !== '&') ok = false;
          key += (k > i ? ' ' : '') + tokens.lower(k);
        }
        if (!ok) continue;
        const p = docNames.get(key);
        if (p) {
          found = n;
          known = p;
        }
      }
      if (found && known) {
        this.pieces.push(namePiece(i, i + found, known.type, known.kind, known.canonical, Evidence.Form, undefined, known.teamCandidate, true));
        i += found;
        continue;
      }
      const m = this.matchPhrase(i, to, true);
      // "THE U.S. OPEN", "WORLD CUP": a name inside an event's name is not one on its own.
      if (m && i + m.length < to && this.has(i + m.length, WordFlag.MiscHead)) {
        i += m.length + 1;
        continue;
      }
      if (m && !(m.length === 1 && (gaz.commonWords.has(m.entry.words[0]) || this.lowerWords.has(m.entry.words[0])))) {
        const piece = this.pushLexicon(i, i + m.length, m.entry);
        piece.fromCapsLine = true;
        i += m.length;
        continue;
      }
      i++;
    }
  }

  // ---- sports ----------------------------------------------------------------------------------------

  /** In sports reports a club is named after its town: "Leicestershire beat Somerset", "DETROIT 4 Kansas City 1". */
  private retypeTeams(): void {
    const { tokens } = this;
    for (const p of this.pieces) {
      if (!p.teamCandidate || p.type !== 'place') continue;
      const line = tokens.line[p.first];
      if (this.layout.isDateline(line) && p.first === this.layout.lineFirst[line]) continue;
      if (this.onLine(p.first - 1, line) && PLACE_PREPOSITIONS.has(tokens.lower(p.first - 1))) continue;
      p.type = 'org';
      p.canonical = null;
    }
  }
}
