// Reads the attributions of one text sentence by sentence: cue, speaker phrase and content (quoted or reported).
import { CLAUSE_VERBS, COMPLEMENTIZERS, CUE_VERB_FORMS, cueWordInfo, POLL_NOUNS, NAMING_VERBS, SEEM_VERBS, SPEECH_NOUNS, type CueEntry } from './cueLexicon';
import { WordSet } from './lexicon';
import type { Sentence } from './sentences';
import { APPROXIMATORS, bareSubjectEndingAt, classify, endingAt, isDigit, isInitialDot, phraseEndingAt, phraseStartingAt, speakerPhraseOf, timePhraseStart, type SpeakerPhrase } from './speakerPhrases';
import { CLAUSE_OPENERS, DETERMINERS, PRONOUNS, ROLE_WORDS, SPEAKER_CUE_FILLERS, VAGUE_HEADS } from './speakerLexicon';
import { ADVERBIAL_PREPOSITIONS, ASIDE_ENDERS, ANSWER_WORDS, AUXILIARIES, BE_FORMS, CLAUSE_STARTERS, COLON_LABELS, CONTRAST_OPENERS, DAY_WORDS, DISCOURSE_ASIDES, DURATION_UNITS, GAP_OPENERS, HEADLINE_CUES, INDEFINITE_ARTICLES, SENTENCE_CONJUNCTIONS, IRREGULAR_PARTICIPLES, LIGHT_VERBS, NAMING_PARTICIPLES, NOUN_DETERMINERS, OBJECT_CLAUSE_OPENERS, OBJECT_COMMA_CONTINUERS, OBJECT_ENDERS, OCCASION_WORDS, PARTICIPLE_PREPOSITIONS, PARTS_OF_DAY, PLURAL_HEADS, POLL_MODIFIERS, POLL_MODIFIER_PREPOSITIONS, POSSESSIVE_DETERMINERS, PREPOSITIONS, QUOTE_ENDERS, QUOTE_TAIL_SUBORDINATORS, RAISING_VERBS, REFLEXIVES, RELATIVE_ASIDES, RELATIVE_TIME, SUBORDINATORS, TAKES_INFINITIVE, THIRD_PERSON_SUBJECTS, TIME_HEADS_OF_POSSESSIVE, TIME_PREPOSITIONS, TIME_UNITS, TIME_WORDS, TITLE_SMALL_WORDS, WEEKDAYS, W_ABOUT, W_ALSO, W_AND, W_ANOTHER, W_AS, W_ASKED, W_BECAUSE, W_BUT, W_BY, W_EVEN, W_FOR, W_FROM, W_HAVING, W_IN, W_IT, W_MORE, W_MOST, W_NEVER, W_NOT, W_OF, W_ON, W_OR, W_OUT, W_PUT, W_SPECIFICALLY, W_SUCH, W_THAT, W_THE, W_TO, W_VOTE, W_WENT, W_WHEN, W_WHICH, W_WHO, W_WHOM, W_WITH, W_WORDS } from './clauseLexicon';
import { isLowerStart, isUpperStart, lowerWord, TokenKind, tokenText, type Tokens } from './tokens';

export type AttributionKind = 'direct' | 'partial' | 'reported';

/** One attribution in token terms; `content` and `parts` are inclusive token ranges. */
export interface Attribution {
  kind: AttributionKind;
  contentFirst: number;
  contentLast: number;
  /** Quoted regions (by region index) that the content holds. */
  regions: number[];
  cueFirst: number;
  cueLast: number;
  cueLemma: string;
  speaker: SpeakerPhrase | null;
  /** True when the speaker was carried over from an earlier attribution rather than found at this one. */
  carriedSpeaker?: boolean;
}

const COMMA = 0x2c;
const COLON = 0x3a;
const SEMICOLON = 0x3b;
/** Words that open a clause fronted before the main one ("While …,", "With polls showing …,"). */
const FRONTING_OPENERS = new WordSet(['while', 'although', 'though', 'when', 'if', 'because', 'since', 'after', 'before', 'whereas', 'unless', 'once', 'with', 'despite', 'without', 'amid', 'until']);
/** Words that open a clause with a gap in it ("what experts say is …"). */
const WH_GAP_WORDS: ReadonlySet<string> = new Set(['what', 'whatever', 'how', 'why', 'where', 'whoever']);
const CLOSE_PAREN = 0x29;
/** The longest aside set off inside a reported clause by commas or dashes. */
const MAX_ASIDE_TOKENS = 24;
/** How long the subject of a reported clause may be before an aside that interrupts it ("the email scandal, while …,"). */
const MAX_SUBJECT_TOKENS = 6;
/** How long an apposition on an object may be before the verb's complement ("quoted Lee, a Salem native, as saying"). */
const MAX_APPOSITION_TOKENS = 16;
/** Words after "as" that open a clause rather than a complement ("as it happens", "as the vote neared"). */
const DETERMINERS_OF_CLAUSES: ReadonlySet<string> = new Set(['the', 'it', 'this', 'that', 'these', 'those', 'there', 'soon', 'well', 'long', 'much', 'many', 'far', 'usual', 'always', 'part']);
/** How far a relative clause set off by commas may run before the clause it interrupts goes on. */
const MAX_RELATIVE_ASIDE_TOKENS = 40;
/** The most words a headline's speaker and its setting run to before the colon ("Former AG Ruiz at the convention:"). */
const MAX_COLON_SPEAKER_TOKENS = 10;
/** Words after a headline's speaker that say whom or where it spoke to ("Ruiz to farmers:"). */
const COLON_SETTINGS = new WordSet(['to', 'at', 'in', 'on', 'before', 'with']);
const DASHES = new Set([0x2014, 0x2013, 0x2d]);

/** How far after a cue an adverbial may run before its "that" ("said on Monday in Sochi that"). */
const BEFORE_THAT_MAX = 8;
/** A prepositional phrase after the cue may run longer: "said in an interview with The Associated Press last week that …". */
const BEFORE_THAT_PP_MAX = 16;
/** The most tokens from a comma to the quote of another speaker's report after it (", Lopez replied, “…”"). */
const MAX_REPORT_BEFORE_QUOTE = 16;
/** The most words between a cue and the comma or colon before its quote ("whispered to him:", "said on Tuesday,"). */
const MAX_CUE_SETTING_WORDS = 4;
/** The most tokens between a cue and its quote ("tweeted Monday “…”", "said in a statement: “…”"). */
const MAX_CUE_SETTING_TOKENS = 8;
/** The same for an adverbial that opens with a preposition or a time ("said at a rally in Ohio on Monday, “…”"). */
const MAX_CUE_ADVERBIAL_TOKENS = 10;
/** Nouns for what is told rather than whom ("told the story of …", "told a tale"): the object is the content. */
const TOLD_OBJECTS: WordSet = new WordSet(['story', 'stories', 'tale', 'tales', 'truth', 'joke', 'jokes', 'lie', 'lies', 'anecdote', 'anecdotes', 'difference']);
/** Cues that report words even as the purpose of another verb ("took to Twitter to accuse", "used the rally to blast"). */
const PURPOSE_REPORTS = new Set(['accuse', 'attack', 'blast', 'slam', 'criticize', 'criticise', 'denounce', 'condemn', 'mock', 'ridicule', 'lambaste', 'rebuke', 'praise', 'tout', 'declare', 'announce', 'proclaim', 'insist', 'deny', 'warn', 'urge', 'assail', 'protest', 'defend', 'demand', 'argue', 'complain']);
/** The most lower-case words the hearer's noun phrase after "told" runs on through ("his closest advisers"). */
const MAX_HEARER_WORDS = 3;
/** The most words of an apposition set off by commas after a name ("Ruiz, a historian at the town library, …"). */
const MAX_APPOSITION_WORDS = 10;
/** Relative pronouns that open a clause inside the sentence ("with whom he clashed"). */
const EMBEDDING_RELATIVES: WordSet = new WordSet(['who', 'whom', 'whose', 'where']);
/** The longest subject read before another speaker's cue after ", and" ("more than 4 in 10 said"). */
const MAX_REPORT_SUBJECT_TOKENS = 10;
/** Prepositions inside a number or a name that heads a subject ("4 in 10", "one of five", "Lee of Salem"). */
const NUMBER_PREPOSITIONS: WordSet = new WordSet(['in', 'of']);
/** The fewest words of a quoted excerpt signed with a bracketed source, and the most words of the source tag. */
const MIN_EXCERPT_WORDS = 6;
const MAX_SOURCE_TAG_WORDS = 4;
/** The longest noun-phrase object read after a cue. */
const MAX_OBJECT_TOKENS = 24;
/** Dashes that sign a quote with its author (“…” ― Name). */
const SIGNATURE_DASHES = new Set([0x2015, 0x2014, 0x2013]);

/**
 * Words after quoted words and their comma that go on with the reported clause: a place or a qualification of what
 * was said ("schools “like a third-world country,” where teachers …", "“stalwart allies,” specifically Israel").
 */
const QUOTE_COMMA_CONTINUERS: WordSet = new WordSet(['where', 'too', 'given', 'specifically', 'especially', 'even', 'among', 'such']);

/** Nouns of the medium words were said or written in ("in a statement", "in a Facebook post"). */
const MEDIUM_NOUNS: WordSet = new WordSet(['statement', 'statements', 'tweet', 'tweets', 'post', 'posting', 'blog', 'book', 'memoir', 'interview', 'letter', 'op-ed', 'column', 'memo', 'email', 'e-mail', 'message', 'release', 'broadcast', 'podcast']);

/** Words after "and" or "but" that go on with the same report rather than start a clause of the narrator's. */
const COORDINATED_REPORT_OPENERS: WordSet = new WordSet(['that', 'also', 'only', 'because']);

/** Prepositions that join a subject's head to a phrase after it ("aides to Clinton", "organizers in Cleveland"). */
const SUBJECT_PREPOSITIONS: WordSet = new WordSet(['to', 'in', 'of', 'for', 'at', 'from', 'with', 'on', 'around', 'across', 'throughout']);

/** Heads of a share of a group besides the plural ones ("each of whom", "one of whom", "none of whom"). */
const QUANTIFIER_HEADS = new Set(['each', 'one', 'none', 'either', 'neither', 'any']);
/** Plural nouns that do not end in "s" ("fishermen say", "women say"); not "Yemen" or "Carmen". */
const IRREGULAR_PLURALS = new Set(['men', 'women', 'children', 'fishermen', 'businessmen', 'businesswomen', 'congressmen', 'congresswomen', 'policemen', 'firemen', 'chairmen', 'spokesmen', 'spokeswomen', 'gentlemen', 'freshmen', 'countrymen', 'servicemen', 'aldermen', 'workmen', 'craftsmen', 'tradesmen', 'clergymen', 'gunmen', 'linemen', 'noblemen', 'lawmen', 'councilmen', 'councilwomen', 'dairymen', 'cattlemen']);
/** Cues that hand on someone else's words ("quoting Ruiz", "citing the report", "reading from the letter"). */
const QUOTING_LEMMAS = new Set(['quote', 'cite', 'read']);
/** Words of a direction after the object of "back" ("backed the truck into …"). */
const DIRECTION_WORDS = new Set(['into', 'onto', 'through', 'across', 'over', 'out']);
/** Particles that make "back" a retreat ("backed away", "backing down", "backed off"). */
const RETREAT_PARTICLES = new Set(['away', 'down', 'off', 'out', 'into', 'from', 'onto', 'toward', 'towards']);
/** Relative pronouns that stand as the subject of the clause they open ("which is expected to …"). */
const RELATIVE_SUBJECTS: WordSet = new WordSet(['which', 'who', 'that']);
/** Words after a comma that open the narrator's comparison, no part of a reported clause ("…, compared with 33 percent"). */
const COMPARISON_ASIDES: WordSet = new WordSet(['compared', 'versus', 'vs', 'vs.', 'up', 'down']);

/** Whether token `i` is the lexicon word with id `id` (ASCII case folded). */
/** Words after a capitalised "Talks" that make it a verb ("Obama Talks About Jobs", "Talks With Reporters"). */
const TALK_PARTICLES: ReadonlySet<string> = new Set(['about', 'with', 'to', 'up', 'of', 'on']);

function isWordAt(tokens: Tokens, i: number, id: number): boolean {
  return tokens.word[i] === id;
}

/** An adverb or auxiliary between a subject and its cue; capitalised, "Will" and "May" are names. */
/** Nouns that sum up a reported clause in an appositive after it ("…, a claim her opponents reject"). */
const SUMMING_NOUNS: WordSet = new WordSet(['claim', 'figure', 'view', 'assertion', 'charge', 'number', 'estimate', 'statement', 'position', 'point', 'sentiment', 'argument', 'allegation', 'prediction', 'notion', 'idea', 'contention', 'accusation', 'characterization', 'assessment', 'conclusion', 'finding']);

/** Nouns of saying that are where words were said when a preposition introduces them ("said on a call that …", "in remarks to reporters"). */
const SPEECH_OCCASIONS: WordSet = new WordSet(['call', 'calls', 'remarks', 'comments', 'tweet', 'tweets', 'answer', 'answers', 'reply', 'replies', 'posts', 'messages']);

/** Particles of a phrasal cue that a preposition may follow ("lashed out at", "pushed back against", "weighed in on"). */
const ADVERB_PARTICLES: WordSet = new WordSet(['out', 'back', 'in']);
const PARTICLE_FOLLOWERS: WordSet = new WordSet(['at', 'against', 'on', 'about']);

/** Refusals before "to" and a cue ("declined to comment"): the refusal is the report. */
/** Degree words before an adjective that takes an infinitive ("more likely to say", "very quick to note"). */
const DEGREE_WORDS: WordSet = new WordSet(['more', 'less', 'most', 'least', 'very', 'much']);

/** Participles of "as reported by X", "as stated in X", with their lemmas. */
const AS_PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ['reported', 'report'],
  ['stated', 'state'],
  ['noted', 'note'],
  ['mentioned', 'mention'],
  ['described', 'describe'],
  ['explained', 'explain'],
  ['outlined', 'outline'],
  ['detailed', 'detail'],
]);
/** Cues of what a study or a count finds. */
const FINDING_LEMMAS: ReadonlySet<string> = new Set(['show', 'find', 'suggest', 'indicate']);
/** Sentence adverbs that open a clause and are never its subject. */
const ADVERB_OPENERS: ReadonlySet<string> = new Set(['perhaps', 'maybe', 'instead', 'indeed', 'however', 'meanwhile', 'still', 'then', 'now', 'also', 'again', 'even', 'only', 'thus', 'hence', 'finally', 'later', 'earlier', 'today', 'yesterday', 'here', 'there']);
/** Pronouns that name whom something was said to ("wrote to her"). */
const HEARER_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me', 'us', 'you']);
/** Most words between a cue and the word that makes it a report ("seeing the plan as …", "advised residents to …"). */
const MAX_WORDS_BEFORE_REPORT_WORD = 10;
/** What a vote is cast for, and the adverbs between the verb and it. */
const VOTE_CHOICES: ReadonlySet<string> = new Set(['for', 'against', 'to', 'on']);
const VOTE_ADVERBS: ReadonlySet<string> = new Set(['twice', 'again', 'once', 'also', 'then', 'later', 'overwhelmingly', 'unanimously']);
const REFUSED: WordSet = new WordSet(['declined', 'refused', 'declines', 'refuses', 'declining', 'refusing']);

function isFillerAt(tokens: Tokens, i: number): boolean {
  if (tokens.kind[i] !== TokenKind.Word || isUpperStart(tokens, i)) return false;
  if (SPEAKER_CUE_FILLERS.at(tokens, i)) return true;
  if (FLOATED_QUANTIFIERS.at(tokens, i)) return isFloatedQuantifier(tokens, i);
  // "isn't saying", "hasn’t said": an auxiliary with its negation run in, as "is not" would be.
  if (NEGATED_AUXILIARIES.at(tokens, i)) return true;
  return isLyAdverb(tokens, i) && !(i > 0 && tokens.kind[i - 1] === TokenKind.Word && DETERMINERS.at(tokens, i - 1));
}

/** Adjectives of how sure someone is, which take a clause ("not sure she can …", "certain they would …"). */
const CERTAINTY_WORDS: WordSet = new WordSet(['sure', 'certain', 'confident', 'convinced', 'unsure', 'uncertain', 'doubtful', 'hopeful', 'aware']);

/** Verbs that put out a medium ("issued a statement", "posted a tweet"), whose content is what the medium says. */
const MEDIUM_PRODUCERS: ReadonlySet<string> = new Set(['issue', 'release', 'post', 'file']);

/** Cues whose hearer may be followed by what they were told of ("reminded voters of …", "warned them about …"). */
const TOPIC_AFTER_HEARER: ReadonlySet<string> = new Set(['remind', 'warn', 'inform', 'notify', 'tell']);

/** Modals and forms of "do" before a verb ("would support", "didn't back"): not "has" or "is", which take the noun. */
const MODALS: WordSet = new WordSet(['will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'shall', 'did', 'does', 'do', "won't", "wouldn't", "can't", "couldn't", "shouldn't", "didn't", "doesn't", "don't", 'cannot']);

/** Adverbs that may stand between "be" and a participle of a view ("is best known for", "was long seen as"). */
const VIEW_ADVERBS: WordSet = new WordSet(['best', 'better', 'perhaps', 'still', 'long', 'often', 'once', 'now', 'already', 'never', 'generally', 'largely', 'mostly']);

/** Verbs that link a subject to an attitude adjective as "be" does ("remain wary of", "grew critical of"). */
const ATTITUDE_LINKS: WordSet = new WordSet(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'remain', 'remains', 'remained', 'become', 'becomes', 'became', 'grow', 'grows', 'grew', 'grown', 'stay', 'stays', 'stayed', 'sound', 'sounds', 'sounded', 'look', 'looks', 'looked']);

/** Words besides prepositions that open an adverbial fronted before the subject ("Earlier this year, …", "Like Lee, …"). */
const SETTING_OPENERS: WordSet = new WordSet(['earlier', 'later', 'like', 'unlike']);
/** Demonstratives and "last" or "next" before a time word make a time adverbial ("These days, …", "Last week, …"). */
const DEMONSTRATIVE_TIMES: WordSet = new WordSet(['this', 'these', 'that', 'last', 'next']);
/** The longest adverbial fronted before a subject that is read as a setting rather than as what was said. */
const MAX_SETTING_TOKENS = 16;

/** "isn't", "wasn’t", "haven't": the auxiliaries that stand between a subject and its participle, negated. */
const NEGATED_AUXILIARIES: WordSet = new WordSet(['is', 'was', 'are', 'were', 'has', 'have', 'had'].map((aux) => `${aux}n't`));

/** Quantifiers that may float after a plural subject ("Lee and Ruiz both denounced …", "they all said …"). */
const FLOATED_QUANTIFIERS: WordSet = new WordSet(['both', 'all', 'each']);
const PLURAL_PRONOUNS: WordSet = new WordSet(['they', 'we', 'you']);

/**
 * Whether the quantifier at `i` floats after the subject it counts: after a name, a pronoun or a plural noun, not
 * heading a noun phrase of its own ("both oppose …", "with both the mayor and …", "both of whom").
 */
function isFloatedQuantifier(tokens: Tokens, i: number): boolean {
  let k = i - 1;
  if (k < 0 || tokens.kind[k] !== TokenKind.Word || (i + 1 < tokens.count && tokens.kind[i + 1] === TokenKind.Word && isWordAt(tokens, i + 1, W_OF))) return false;
  // "They have both argued …", "Ruiz and Lee had all said …": the quantifier floats after the auxiliary too.
  if (k - 1 >= 0 && AUXILIARIES.at(tokens, k) && isLowerStart(tokens, k) && tokens.kind[k - 1] === TokenKind.Word) k--;
  if (DETERMINERS.at(tokens, k) || PREPOSITIONS.at(tokens, k) || SPEAKER_CUE_FILLERS.at(tokens, k) || COMPLEMENTIZERS.at(tokens, k) || CLAUSE_OPENERS.at(tokens, k) || SENTENCE_CONJUNCTIONS.at(tokens, k)) return false;
  if (PLURAL_PRONOUNS.at(tokens, k)) return true;
  if (isUpperStart(tokens, k)) return !PRONOUNS.at(tokens, k);
  const w = lowerWord(tokens, k);
  return w.endsWith('s') && !w.endsWith('ss') && cueVerbAt(tokens, k) === undefined;
}

/** Any "-ly" adverb ("generally", "bluntly"), not the nouns and adjectives that end so ("family", "rally"). */
function isLyAdverb(tokens: Tokens, i: number): boolean {
  const end = tokens.end[i];
  if (end - tokens.start[i] <= 5 || tokens.text.charCodeAt(end - 1) !== 0x79 || tokens.text.charCodeAt(end - 2) !== 0x6c) return false;
  return !LY_NOUNS.has(lowerWord(tokens, i));
}

/** Nouns and adjectives ending in "-ly" that are no adverbs. */
const LY_NOUNS = new Set(['family', 'rally', 'assembly', 'supply', 'monopoly', 'anomaly', 'italy', 'july', 'friendly', 'elderly', 'likely', 'unlikely', 'lonely', 'costly', 'timely', 'orderly', 'weekly', 'monthly', 'yearly', 'daily', 'nightly', 'hourly', 'quarterly', 'deadly', 'ugly', 'holy', 'early', 'only']);

const MANNER_WORDS = new Set(['further', 'again', 'more', 'later', 'instead', 'otherwise', 'anyway', 'back', 'too', 'also', 'first', 'often', 'twice', 'once']);

/** "further", "publicly", "again": an adverb that alone is no content of a report. */
function isLoneAdverb(tokens: Tokens, i: number): boolean {
  if (tokens.kind[i] !== TokenKind.Word || !isLowerStart(tokens, i)) return false;
  return MANNER_WORDS.has(lowerWord(tokens, i)) || isLyAdverb(tokens, i);
}

/** A year written in four digits, 1900 to 2099 ("2016"). */
function isYearAt(tokens: Tokens, i: number): boolean {
  return tokens.kind[i] === TokenKind.Word && tokens.end[i] - tokens.start[i] === 4 && YEAR.test(tokenText(tokens, i));
}

const YEAR = /^(?:19|20)\d\d$/;

/** Whether the cue at `i` is a past participle ("asked", "told"), as a passive needs. */
function isPastParticiple(tokens: Tokens, i: number, entry: CueEntry): boolean {
  const lw = lowerWord(tokens, i);
  return lw !== entry.lemma && (lw.endsWith('ed') || IRREGULAR_PARTICIPLES.has(lw));
}

/** The reporting-verb entry of token `i`, read from the id the tokenizer gave it. */
function cueVerbAt(tokens: Tokens, i: number): CueEntry | undefined {
  return cueWordInfo(tokens.word[i])?.verb;
}

/** A lower-case past-tense verb form: "railed", "spoke", "went" (a cue or light verb, or a word in "-ed"). */
function isPastVerbAt(tokens: Tokens, i: number): boolean {
  if (isUpperStart(tokens, i)) return false;
  const w = lowerWord(tokens, i);
  return (w.length > 4 && w.endsWith('ed')) || cueVerbAt(tokens, i)?.form === 'finite' || LIGHT_VERBS.at(tokens, i);
}

/** The length of the first of `sequences` that the words from `first` spell, or 0. */
function sequenceAt(tokens: Tokens, first: number, end: number, sequences: readonly (readonly string[])[]): number {
  for (const words of sequences) {
    let k = 0;
    while (k < words.length && first + k < end && tokens.kind[first + k] === TokenKind.Word && lowerWord(tokens, first + k) === words[k]) k++;
    if (k === words.length) return k;
  }
  return 0;
}

/** The first word of a verdict after "as": an indefinite article or an adjective ("as a fraud", "as undemocratic"). */
function isVerdictOpener(tokens: Tokens, i: number): boolean {
  if (isUpperStart(tokens, i)) return false;
  const w = lowerWord(tokens, i);
  if (w === 'a' || w === 'an' || w === 'being') return true;
  return w.length > 5 && /(?:ic|ous|ive|ful|less|able|ible)$/.test(w);
}

/** Nouns of speech that make a cue of a light verb before them ("made no mention of", "made the case"). */
const LIGHT_SPEECH_NOUNS: WordSet = new WordSet([
  'mention', 'comment', 'comments', 'remark', 'remarks', 'statement', 'statements', 'call', 'calls', 'suggestion', 'commitment',
  'appeal', 'plea', 'prediction', 'observation', 'promise', 'promises', 'pledge', 'accusation', 'accusations',
  'allegation', 'allegations', 'argument', 'announcement', 'threat', 'threats', 'joke', 'jokes', 'reference', 'references', 'pitch',
]);

/** Particles that join a light verb's noun of speech in the cue ("made no mention of"). */
const LIGHT_NOUN_PARTICLES: WordSet = new WordSet(['of', 'about', 'on', 'for', 'to', 'against']);


/** "internal plans said", "the reports say": a cue form right before "said" or "says" is the noun that speaks. */
function isNounBeforeSay(tokens: Tokens, i: number, end: number): boolean {
  if (i + 1 >= end || tokens.kind[i + 1] !== TokenKind.Word) return false;
  const next = cueVerbAt(tokens, i + 1);
  return next !== undefined && next.form === 'finite' && (next.lemma === 'say' || next.lemma === 'tell');
}


/** Prepositions of where one goes or is ("marched through Salem to protest", "rallied outside the hall to demand"). */
const ROUTE_PREPOSITIONS = new WordSet(['through', 'across', 'near', 'outside', 'inside', 'around', 'toward', 'towards', 'along', 'past', 'throughout', 'beyond', 'within', 'under', 'between', 'among', 'onto']);

/** Prepositions that open a phrase of nouns only, never a clause ("Over Police Shooting Comments"; "As Mayor Says" is a clause). */
const NOUN_PHRASE_PREPOSITIONS = new WordSet(['over', 'on', 'of', 'for', 'about', 'with', 'in', 'at', 'from', 'into', 'against', 'during', 'through', 'amid', 'across', 'toward', 'towards']);

/** Quantifiers of plurals: a cue's -s form after one is a plural noun ("several challenges", "many claims"). */
// (Not numbers: "one of the three says" is a verb.)
const PLURAL_QUANTIFIERS = new WordSet(['several', 'many', 'some', 'few', 'both', 'all', 'numerous', 'multiple', 'various', 'dozens']);

/** Words of the formula that says why a source goes unnamed, by the verb it opens with. */
const ANONYMITY_SPEAKING = new Set(['spoke', 'speak', 'speaks', 'speaking', 'talked', 'talking', 'talk']);
const ANONYMITY_ASKING = new Set(['asked', 'asking', 'requested', 'requesting', 'insisted', 'demanded', 'granted']);
const ANONYMITY_DECLINING = new Set(['declined', 'refused', 'declining', 'refusing']);
/** The words that may open the formula: only these are looked at further. */
const ANONYMITY_OPENERS = new WordSet([...ANONYMITY_SPEAKING, ...ANONYMITY_ASKING, ...ANONYMITY_DECLINING]);
const ANONYMITY_MANNER = new Set(['anonymously', 'privately', 'candidly', 'freely', 'publicly']);
const ANONYMITY_PERMISSION = new Set(['authorized', 'authorised', 'permitted', 'allowed', 'cleared']);
const NAMED_WORDS = new Set(['named', 'identified', 'quoted']);
const REASON_OPENERS = new Set(['to', 'because', 'since', 'as']);

/**
 * "who spoke on condition of anonymity to discuss the talks", "who asked not to be named", "declined to be
 * identified", "not authorized to speak publicly": the formula that says why a source goes unnamed reports nothing
 * (the source's words are elsewhere in the sentence). The last token of the formula and its reason, or -1.
 */
function anonymityFormulaEnd(tokens: Tokens, i: number, end: number): number {
  const word = (k: number): string => (k >= 0 && k < end && tokens.kind[k] === TokenKind.Word ? lowerWord(tokens, k) : '');
  const verb = word(i);
  let k = i + 1;
  const skipThe = (): void => {
    if (word(k) === 'the') k++;
  };
  let last = -1;
  if (ANONYMITY_SPEAKING.has(verb)) {
    if (word(k) === 'on' || word(k) === 'under') {
      k++;
      skipThe();
      if ((word(k) === 'condition' || word(k) === 'conditions') && word(k + 1) === 'of' && word(k + 2) === 'anonymity') last = k + 2;
      else if (word(k) === 'background') last = k;
    } else if (word(k) === 'anonymously' || (ANONYMITY_MANNER.has(word(k)) && word(i - 1) === 'to' && ANONYMITY_PERMISSION.has(word(i - 2)))) last = k;
    else if (word(i - 1) === 'to' && ANONYMITY_PERMISSION.has(word(i - 2))) last = i;
  } else if (ANONYMITY_ASKING.has(verb)) {
    if (word(k) === 'for') k++;
    if (word(k) === 'anonymity') last = k;
    else if (word(k) === 'not' && word(k + 1) === 'to' && word(k + 2) === 'be' && NAMED_WORDS.has(word(k + 3))) last = k + 3;
  } else if (ANONYMITY_DECLINING.has(verb)) {
    if (word(k) === 'to' && word(k + 1) === 'be' && NAMED_WORDS.has(word(k + 2))) last = k + 2;
  }
  if (last < 0) return -1;
  // The reason after it ("to discuss internal plans", "because he was not authorized …") up to its clause's end.
  k = last + 1;
  if (ANONYMITY_MANNER.has(word(k))) last = k++;
  if (!REASON_OPENERS.has(word(k)) && !(word(k) === 'in' && word(k + 1) === 'order')) return last;
  for (let n = 0; k < end && n < 16 && tokens.kind[k] === TokenKind.Word; k++, n++) {
    const entry = cueVerbAt(tokens, k);
    if (n > 1 && entry?.form === 'finite' && !NAMED_WORDS.has(lowerWord(tokens, k)) && !isNounBeforeSay(tokens, k, end)) break;
    last = k;
  }
  return last;
}
/** The noun of speech a light verb's object ends with, within three words from `first` ("no mention", "an impassioned call"), or -1. */
function speechNounAfterLightVerb(tokens: Tokens, first: number, end: number): number {
  for (let k = first; k < end && k - first < 4 && tokens.kind[k] === TokenKind.Word && !isUpperStart(tokens, k); k++) {
    if (LIGHT_SPEECH_NOUNS.at(tokens, k)) return k;
    if (k > first && (PREPOSITIONS.at(tokens, k) || COMPLEMENTIZERS.at(tokens, k))) return -1;
  }
  return -1;
}

/** A quotation mark that pairs with none (the scanner left it as punctuation). */
function isStrayQuoteMark(code: number): boolean {
  return code === 0x22 || code === 0x201c || code === 0x201d || code === 0x27;
}

/** A hyphen that stands for a dash: spaced (" - ") or doubled ("--"), not one inside a word. */
function isHyphenDash(tokens: Tokens, i: number): boolean {
  if (tokens.kind[i] !== TokenKind.Punct || charAt(tokens, i) !== 0x2d) return false;
  const start = tokens.start[i];
  const end = tokens.end[i];
  if ((i + 1 < tokens.count && tokens.start[i + 1] === end && charAt(tokens, i + 1) === 0x2d) || (i > 0 && tokens.end[i - 1] === start && charAt(tokens, i - 1) === 0x2d)) return true;
  return start > 0 && end < tokens.text.length && isSpace(tokens.text.charCodeAt(start - 1)) && isSpace(tokens.text.charCodeAt(end));
}

/** Whether token `i` ends in "'s" or "s'" (either apostrophe, either case), read from its last two characters. */
function endsInPossessive(tokens: Tokens, i: number): boolean {
  const end = tokens.end[i];
  if (end - tokens.start[i] < 2) return false;
  const a = tokens.text.charCodeAt(end - 2);
  const b = tokens.text.charCodeAt(end - 1);
  return ((a === 0x27 || a === 0x2019) && (b === 0x73 || b === 0x53)) || ((a === 0x73 || a === 0x53) && (b === 0x27 || b === 0x2019));
}

/** A comma between digits with no space around it: "12,000". */
function isThousandsComma(tokens: Tokens, i: number): boolean {
  return i > 0 && i + 1 < tokens.count && isPunctChar(tokens, i, COMMA) && tokens.end[i - 1] === tokens.start[i] && tokens.start[i + 1] === tokens.end[i] && isDigit(tokens, i - 1) && isDigit(tokens, i + 1);
}

/** The comma between a date's day and its year ("Sept. 11, 2001", "June 4, 2015"). */
function isDateComma(tokens: Tokens, i: number): boolean {
  if (i < 2 || i + 1 >= tokens.count || !isPunctChar(tokens, i, COMMA) || tokens.kind[i - 1] !== TokenKind.Word || !isYearAt(tokens, i + 1)) return false;
  const day = tokens.end[i - 1] - tokens.start[i - 1];
  return day <= 2 && isDigit(tokens, i - 1) && ((tokens.kind[i - 2] === TokenKind.Word && isUpperStart(tokens, i - 2)) || isPunctChar(tokens, i - 2, 0x2e));
}

/** The comma after a date's year ("Sept. 11, 2001, terrorist attacks"). */
function isYearClosingComma(tokens: Tokens, i: number): boolean {
  return i >= 3 && isPunctChar(tokens, i, COMMA) && isDateComma(tokens, i - 2);
}

/** The apostrophe of a plural possessive written apart from its word ("CBS News' Charlie Rose", "the Smiths’ lawyer"). */
function isPluralPossessiveMark(tokens: Tokens, i: number): boolean {
  const c = charAt(tokens, i);
  if ((c !== 0x27 && c !== 0x2019) || i === 0 || i + 1 >= tokens.count || tokens.kind[i - 1] !== TokenKind.Word || tokens.kind[i + 1] !== TokenKind.Word) return false;
  const start = tokens.start[i];
  const last = tokens.text.charCodeAt(start - 1);
  return tokens.end[i - 1] === start && (last === 0x73 || last === 0x53) && tokens.start[i + 1] > tokens.end[i];
}

/** A name's possessive ("Trump’s", "the Smiths'"). */
function isPossessiveWord(lower: string): boolean {
  return lower.endsWith("'s") || lower.endsWith('’s') || lower.endsWith("s'") || lower.endsWith('s’');
}

/** A subject pronoun with its verb run in ("he’s", "they're", "I’m"). */
function isPronounContraction(lower: string): boolean {
  const mark = lower.search(/['’]/);
  return mark > 0 && SUBJECT_PRONOUNS.has(lower.slice(0, mark));
}

/** Words after "said that" that make "that" a pronoun, not a determiner ("said that again"). */
const NOT_NOUNS_AFTER_THAT: ReadonlySet<string> = new Set(['again', 'too', 'before', 'later', 'once', 'twice', 'today', 'yesterday', 'then', 'now', 'often', 'also', 'anyway', 'earlier', 'last', 'recently', 'repeatedly', 'because', 'up', 'down', 'out', 'off', 'over', 'back', 'away', 'forward', 'way', 'day', 'week', 'year', 'night', 'morning', 'time']);

/** Adverbs between "as" and "reported by" ("as first reported by …"). */
const REPORT_ORDER: ReadonlySet<string> = new Set(['first', 'previously', 'originally', 'initially', 'earlier', 'widely', 'exclusively']);

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'that']);

/** Words that may modify a number after a cue ("about half", "at least six", "up to 200"). */
const NUMBER_MODIFIERS: WordSet = new WordSet(['about', 'around', 'over', 'under', 'at', 'up']);

/** Words that count ("half", "a third", "six", "dozens") after a number's modifier. */
const NUMBER_WORDS: WordSet = new WordSet(['half', 'third', 'quarter', 'fifth', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'two-thirds', 'three-quarters', 'one-third', 'one-quarter']);

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0xa0;
}

function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f;
}

function charAt(tokens: Tokens, i: number): number {
  return tokens.text.charCodeAt(tokens.start[i]);
}

function isPunctChar(tokens: Tokens, i: number, code: number): boolean {
  return tokens.kind[i] === TokenKind.Punct && charAt(tokens, i) === code;
}

function isClauseBoundary(tokens: Tokens, i: number): boolean {
  if (tokens.kind[i] !== TokenKind.Punct) return false;
  const c = charAt(tokens, i);
  return c === COMMA || c === COLON || c === SEMICOLON || DASHES.has(c) || c === 0x28;
}

function sentenceLastOf(tokens: Tokens, s: Sentence): number {
  return lastContentToken(tokens, s);
}

/** Index of the last non-punctuation token of the sentence, or first - 1. */
function lastContentToken(tokens: Tokens, s: Sentence): number {
  let i = s.end - 1;
  while (i >= s.first && (tokens.kind[i] === TokenKind.Break || (tokens.kind[i] === TokenKind.Punct && !endsContent(tokens, i, s.first)))) i--;
  return i;
}

/**
 * Punctuation token i belongs to the words before it, at the end of a span that starts at `first`: a per cent sign
 * ("by 15%"), or a closing bracket right after a word whose opening one is inside the span ("rose (sharply)").
 */
function endsContent(tokens: Tokens, i: number, first: number): boolean {
  const c = charAt(tokens, i);
  if (c === 0x25) return i > first && tokens.kind[i - 1] === TokenKind.Word;
  // (Not after a full stop, "(Neither wanted to be named.)", nor when the bracket opened the span.)
  if ((c !== 0x29 && c !== 0x5d) || i <= first || tokens.kind[i - 1] !== TokenKind.Word) return false;
  const open = c === 0x29 ? 0x28 : 0x5b;
  let depth = 0;
  for (let k = i - 1; k > first; k--) {
    if (tokens.kind[k] !== TokenKind.Punct) continue;
    const d = charAt(tokens, k);
    if (d === c) depth++;
    else if (d === open && depth-- === 0) return true;
  }
  return false;
}

/**
 * The quoted flags of the marked tokens, one buffer for every reader (one document is read at a time): a typed
 * array allocated per document costs more than a short article's flags.
 */
let markedQuotedBuffer = new Uint8Array(256);

export class SentenceReader {
  private readonly regionOpenToken: Int32Array;
  private readonly regionCloseToken: Int32Array;

  /** For each marked (cue) token, 1 when it lies inside quotation marks: the speaker's words hold no cue. */
  private readonly markedQuoted: Uint8Array;
  /** Where the reading of the last sentence left the marked tokens and the regions (sentences come in order). */
  private markCursor = 0;
  /** The first token of the sentence being read. */
  private sentenceFirst = 0;
  private regionCursor = 0;

  constructor(private readonly tokens: Tokens) {
    const n = tokens.regions.length;
    this.regionOpenToken = tokens.regionOpen;
    this.regionCloseToken = tokens.regionClose;
    const marked = tokens.marked;
    if (markedQuotedBuffer.length < marked.length) markedQuotedBuffer = new Uint8Array(marked.length * 2);
    this.markedQuoted = markedQuotedBuffer;
    this.markedQuoted.fill(0, 0, marked.length);
    let r = 0;
    for (let m = 0; m < marked.length; m++) {
      const i = marked[m];
      while (r < n && (this.regionCloseToken[r] < 0 || this.regionCloseToken[r] < i)) r++;
      if (r < n && this.regionOpenToken[r] >= 0 && this.regionOpenToken[r] < i) this.markedQuoted[m] = 1;
    }
  }

  /** All attributions of the sentence, in cue order, plus the regions it holds that no attribution took. */
  read(s: Sentence, previous: Attribution | null): { attributions: Attribution[]; looseRegions: number[] } {
    const t = this.tokens;
    this.sentenceFirst = s.first;
    const found: Attribution[] = [];
    const sentenceRegions: number[] = [];
    const open = this.regionOpenToken;
    let r = this.regionCursor;
    while (r > 0 && open[r - 1] >= s.first) r--;
    while (r < open.length && open[r] < s.first) r++;
    for (; r < open.length && open[r] < s.end; r++) if (open[r] >= 0) sentenceRegions.push(r);
    this.regionCursor = r;
    // Only the marked tokens (cue words) need a look; the others are skipped without a visit.
    const marked = t.marked;
    let m = this.markCursor;
    while (m > 0 && marked[m - 1] >= s.first) m--;
    while (m < marked.length && marked[m] < s.first) m++;
    let skipTo = s.first;
    for (; m < marked.length && marked[m] < s.end; m++) {
      const i = marked[m];
      if (i < skipTo || this.markedQuoted[m] === 1) continue;
      skipTo = i + 1;
      const info = cueWordInfo(t.word[i]);
      if (info === undefined) continue;
      const c0 = charAt(t, i);
      const lowerInitial = c0 >= 0x61 && c0 <= 0x7a;
      // Cues are lower case, but "According to" opens sentences and headlines capitalise ("Clinton Says …").
      const capitalised = c0 >= 0x41 && c0 <= 0x5a && i > s.first && t.kind[i - 1] === TokenKind.Word && isUpperStart(t, i - 1);
      // A sentence may open with a capitalised participle ("Bemoaning the “phony system,” Trump …").
      const openingParticiple = i === s.first && info.verb?.form === 'participle';
      const lw = info.word;
      if (i === s.first && !lowerInitial && info.verb?.form === 'finite' && lw !== info.verb.lemma) {
        const a = this.openingCue(s, i, info.verb.lemma);
        if (a) {
          found.push(a);
          skipTo = i + 1;
          continue;
        }
      }
      if (!lowerInitial && c0 !== 0x41 && !capitalised && !(info.poll && i === s.first) && !openingParticiple) continue;
      // "As reported by Politico, …", "…, as first reported by The Times.": a source named like "according to" one.
      // ("“…,” Carson said in an interview, as reported by BuzzFeed News.": the words are still Carson's.)
      // ("As stated in Davis' commentary, …", "…, as noted by the auditors.")
      const asLemma = found.length === 0 && sentenceRegions.length === 0 ? AS_PARTICIPLES.get(lw) : undefined;
      const asFirst = asLemma ? this.asReportedBy(s, i) : -1;
      if (asLemma && asFirst >= 0) {
        const a = this.accordingTo(s, asFirst, i, i + 2, asLemma);
        if (a) {
          found.push(a);
          skipTo = i + 2;
          continue;
        }
      }
      if (info.according && i + 1 < s.end && t.kind[i + 1] === TokenKind.Word && isWordAt(t, i + 1, W_TO)) {
        const a = this.accordingTo(s, i, i + 1, i + 2, 'according to');
        if (a) found.push(a);
        skipTo = i + 2;
        continue;
      }
      if (info.poll) {
        const a = this.pollSource(s, i);
        if (a) found.push(a);
        continue;
      }
      if (lw === 'asked' && (i === s.first || (i > s.first && isWordAt(t, i - 1, W_WHEN)))) {
        // "Asked if he was ever bullied, the candidate said no": the question is reported, its asker unnamed.
        const a = this.frontedQuestion(s, i);
        if (a) found.push(a);
        continue;
      }
      if (lowerInitial && info.stance) {
        // "his pledge to cut taxes", "Ruiz's claim that the dam leaks": the owner's words.
        const a = this.stanceNounCue(s, i);
        if (a) {
          found.push(a);
          skipTo = i + 2;
          continue;
        }
      }
      if (lowerInitial && info.attitudeOf) {
        // "Ruiz is critical of the plan", "voters remain wary of him": the subject's view of the object.
        const a = this.attitudeAdjectiveCue(s, i, info.attitudeOf);
        if (a) {
          found.push(a);
          skipTo = i + 2;
          continue;
        }
      }
      if (lowerInitial && info.hearsay) {
        // "The club is reportedly spending $1.5 million": the clause is a report whose source goes unnamed.
        const a = this.hearsayClause(s, i);
        if (a) found.push(a);
        continue;
      }
      if (lowerInitial && (info.seem || info.view)) {
        const a = this.unsourcedView(s, i, lw);
        if (a) {
          if (a !== 'skip') found.push(a);
          continue;
        }
      }
      // "would support Ruiz", "tended to back him", "did not vote for her": a noun's form read as a verb after a modal,
      // "do" or "to", with its object right after it (not "thanks to support from …").
      // ("knew that the pier would close", "knows how to win": a verb of knowing before its complementizer.)
      const entry = info.afterModal !== undefined && lowerInitial && this.followsModal(s, i) ? info.afterModal : info.beforeClause !== undefined && lowerInitial && this.clauseOpensAfter(s, i) ? info.beforeClause : info.verb;
      if (lowerInitial) {
        if (entry?.form === 'finite' && isNounBeforeSay(t, i, s.end)) continue;
        const formulaEnd = ANONYMITY_OPENERS.at(t, i) ? anonymityFormulaEnd(t, i, s.end) : -1;
        if (formulaEnd >= 0) {
          skipTo = formulaEnd + 1;
          continue;
        }
      }
      // In a title-case headline any reporting verb is capitalised ("Lawmakers Rip Trump As A ‘Fraud’").
      if (!entry || (!lowerInitial && !openingParticiple && !(capitalised && entry.form === 'finite' && (HEADLINE_CUES.has(entry.lemma) || this.isTitleCase(s)) && !this.endsPrepositionalPhrase(s, i)))) continue;
      // ("Ceasefire Talks Stall as …": in a headline "Talks" are negotiations, unless about or with something.)
      if (capitalised && entry.lemma === 'talk' && !(i + 1 < s.end && t.kind[i + 1] === TokenKind.Word && TALK_PARTICLES.has(lowerWord(t, i + 1)))) continue;
      let cueLast = i;
      const nextIsWord = i + 1 < s.end && t.kind[i + 1] === TokenKind.Word;
      const optional = entry.optionalParticles;
      let cueEntry = entry;
      if (entry.sequences) {
        const length = sequenceAt(t, i + 1, s.end, entry.sequences);
        // "made no mention of", "made an impassioned call for": a light verb with a noun of speech is a cue too.
        const noun = length === 0 && entry.lemma === 'make' ? speechNounAfterLightVerb(t, i + 1, s.end) : -1;
        if (length === 0 && noun < 0) continue;
        cueLast = length > 0 ? i + length : noun;
        if (noun >= 0) {
          if (noun + 1 < s.end && t.kind[noun + 1] === TokenKind.Word && LIGHT_NOUN_PARTICLES.at(t, noun + 1)) cueLast = noun + 1;
          cueEntry = { ...entry, needsClause: false };
        }
      } else if (entry.particle) {
        if (!nextIsWord || (lowerWord(t, i + 1) !== entry.particle && !optional?.at(t, i + 1))) continue;
        cueLast = i + 1;
      } else if (optional && nextIsWord && optional.at(t, i + 1)) {
        cueLast = i + 1;
        // "lashed out at", "pushed back against", "weighed in on": an adverb particle, then the preposition of what
        // is spoken against or about.
        if (ADVERB_PARTICLES.at(t, i + 1) && i + 2 < s.end && t.kind[i + 2] === TokenKind.Word && PARTICLE_FOLLOWERS.at(t, i + 2)) cueLast = i + 2;
      } else if (entry.lemma === 'speak' && lowerInitial && !this.speaksOfSomething(s, i)) {
        continue;
      }
      // "pointed to the report", "agreed with the mayor": the particle takes the object the verb alone would not.
      const a = this.verbCue(s, i, cueLast, cueLast > i && entry.needsClause && !entry.sequences && optional?.at(t, i + 1) ? { ...entry, needsClause: false } : cueEntry, found, previous);
      if (a) found.push(a);
      skipTo = cueLast + 1;
    }
    this.markCursor = m;
    // A transcript line may open with a quotation mark left unpaired ("\"PENCE: Well, …") or a list's bullet
    // ("- Ruiz: We will rebuild.").
    const lineStart = s.first + 1 < s.end && t.kind[s.first] === TokenKind.Punct && (isStrayQuoteMark(charAt(t, s.first)) || this.isListBullet(s.first)) ? s.first + 1 : s.first;
    // ("BRENNAN: I don't comment on rumours.": a cue after the label's colon is inside the line.)
    if (t.count > lineStart && t.kind[lineStart] === TokenKind.Word && isUpperStart(t, lineStart) && (found.length === 0 || found.every((f) => f.cueFirst > lineStart + 5 || this.colonBetween(lineStart + 1, f.cueFirst)))) {
      // "Clinton camp: Trump’s remarks threaten security": cues after the colon are inside its content.
      const a = this.colonAttribution(lineStart === s.first ? s : { first: lineStart, end: s.end });
      if (a) {
        found.push(a);
        for (const r of a.regions) if (sentenceRegions.includes(r)) sentenceRegions.splice(sentenceRegions.indexOf(r), 1);
      }
    }
    if (sentenceRegions.length === 0) return { attributions: found, looseRegions: sentenceRegions };
    const taken = new Set<number>();
    for (const a of found) for (const r of a.regions) taken.add(r);
    const loose = taken.size ? sentenceRegions.filter((r) => !taken.has(r)) : sentenceRegions;
    return { attributions: found, looseRegions: loose };
  }

  /**
   * Whether a complementizer follows the verb at `at`, right after it or after a phrase of plain words that starts with
   * a preposition or a time ("knew at the time that …", "know from recent history that …").
   */
  private clauseOpensAfter(s: Sentence, at: number): boolean {
    const t = this.tokens;
    const next = at + 1;
    if (next >= s.end || t.kind[next] !== TokenKind.Word) return false;
    if (COMPLEMENTIZERS.at(t, next)) return true;
    if (!PREPOSITIONS.at(t, next) && !DAY_WORDS.at(t, next)) return false;
    for (let k = next + 1; k < s.end && k - next <= BEFORE_THAT_MAX && t.kind[k] === TokenKind.Word; k++) if (isWordAt(t, k, W_THAT)) return true;
    return false;
  }

  /**
   * Whether a modal, a form of "do", or "to" after a verb of the subject's stands right before `at` (or before "not" or
   * an adverb there), and no preposition follows it (but "vote for").
   */
  private followsModal(s: Sentence, at: number): boolean {
    const t = this.tokens;
    if (at + 1 < s.end && t.kind[at + 1] === TokenKind.Word && PREPOSITIONS.at(t, at + 1) && !isWordAt(t, at, W_VOTE)) return false;
    let k = at - 1;
    if (k > s.first && t.kind[k] === TokenKind.Word && (isWordAt(t, k, W_NOT) || isWordAt(t, k, W_ALSO) || isLyAdverb(t, k))) k--;
    if (k < s.first || t.kind[k] !== TokenKind.Word || !isLowerStart(t, k)) return false;
    // ("tended to back him", "refused to support it": "to" after a verb of the same subject, not "urged voters to
    // support him", whose report is the one who urged.)
    if (isWordAt(t, k, W_TO)) return k - 1 >= s.first && t.kind[k - 1] === TokenKind.Word && RAISING_VERBS.at(t, k - 1) && !this.embeddedSubjectBefore(s, k - 1);
    return MODALS.at(t, k) && !this.embeddedSubjectBefore(s, k);
  }

  /**
   * Whether the subject before the verb at `verb` opens a clause that a word before it takes ("is not sure she can vote
   * for …", "say they will back …", "how firms should support …"): that clause is part of another report, not its own.
   */
  private embeddedSubjectBefore(s: Sentence, verb: number): boolean {
    const t = this.tokens;
    const subject = phraseEndingAt(t, s.first, verb - 1);
    if (!subject || (subject.kind === 'pronoun' && isWordAt(t, subject.first, W_WHO))) return false;
    const before = subject.first - 1;
    return before >= s.first && t.kind[before] === TokenKind.Word && isLowerStart(t, before) && (COMPLEMENTIZERS.at(t, before) || cueVerbAt(t, before) !== undefined || CERTAINTY_WORDS.at(t, before));
  }

  /**
   * The first token of "as reported by" (or "as first reported by", "as reported in The Times", "as stated in …") when
   * the participle at `at` is its verb and a source follows ("by", or "in" and a capitalised name); else -1.
   */
  private asReportedBy(s: Sentence, at: number): number {
    const t = this.tokens;
    if (at + 1 >= s.end || t.kind[at + 1] !== TokenKind.Word || !(isWordAt(t, at + 1, W_BY) || (isWordAt(t, at + 1, W_IN) && at + 2 < s.end && t.kind[at + 2] === TokenKind.Word && isUpperStart(t, at + 2)))) return -1;
    let as = at - 1;
    if (as >= s.first && t.kind[as] === TokenKind.Word && REPORT_ORDER.has(lowerWord(t, as))) as--;
    if (as < s.first || t.kind[as] !== TokenKind.Word || !isWordAt(t, as, W_AS)) return -1;
    // Fronted ("As reported by …, content") or after the content and its comma ("content, as reported by …").
    return as === s.first || isPunctChar(t, as - 1, COMMA) || (t.kind[as - 1] === TokenKind.Word && CLAUSE_OPENERS.at(t, as - 1)) ? as : -1;
  }

  /** "According to X, content.", "Content, according to X.": the cue is tokens cueFirst to cueLast, the source starts at `from`. */
  private accordingTo(s: Sentence, cueFirst: number, cueLast: number, from: number, lemma: string): Attribution | null {
    const t = this.tokens;
    const at = cueFirst;
    // "According to X, content." or "Content, according to X."
    let opener = at - 1;
    while (opener >= s.first && t.kind[opener] === TokenKind.Word && CLAUSE_OPENERS.at(t, opener)) opener--;
    const fronted = opener < s.first;
    let speaker = phraseStartingAt(t, from, s.end);
    // "according to Reagan's former education secretary William Bennett, …", "As stated in Davis' commentary, …": a
    // phrase cut short by a lower-case word runs on to the clause end.
    // ("as first reported by the Times on Tuesday": after the content, that phrase is no part of the source.)
    if (!speaker || ((lemma === 'according to' || fronted) && speaker.last + 1 < s.end && (t.kind[speaker.last + 1] === TokenKind.Word || isPluralPossessiveMark(t, speaker.last + 1)))) speaker = this.sourceUpToComma(s, from) ?? speaker;
    if (!speaker) return null;
    const last = lastContentToken(t, s);
    let first: number;
    let contentLast: number;
    if (fronted) {
      first = speaker.last + 1;
      while (first <= last && t.kind[first] === TokenKind.Punct) first++;
      contentLast = last;
    } else {
      first = s.first;
      contentLast = at - 1;
      while (contentLast >= first && t.kind[contentLast] === TokenKind.Punct) contentLast--;
      // "…, which stood at 263, according to the AP", "Cuban Americans, 82 percent of whom view Trump unfavorably
      // according to the poll, …": a relative clause right before the source is what it reports.
      const relative = this.relativeAsideBefore(first, contentLast);
      if (relative >= 0) first = relative;
      // "Content, according to X, more content": the content goes on after the aside (not after an apposition on the
      // source: "…, according to Craig Bryan, head of the center, and other scientists").
      if (relative < 0 && speaker.last < last && isPunctChar(t, speaker.last + 1, COMMA) && !this.appositionToEnd(speaker.last + 2, last)) {
        contentLast = last;
      }
    }
    if (contentLast < first) return null;
    return this.build(first, contentLast, cueFirst, cueLast, lemma, speaker);
  }

  /**
   * The start of a relative clause set off by a comma that runs to `last` (", which stood at 263", ", 82 percent of
   * whom view him unfavorably"), with no other comma in it; -1 when the words before `last` are no such clause.
   */
  private relativeAsideBefore(first: number, last: number): number {
    const t = this.tokens;
    for (let k = last; k > first && last - k <= MAX_RELATIVE_ASIDE_TOKENS; k--) {
      if (t.kind[k] === TokenKind.Close || t.kind[k] === TokenKind.Break) return -1;
      if (t.kind[k] !== TokenKind.Punct || !isPunctChar(t, k, COMMA)) continue;
      const opener = k + 1;
      if (opener >= last || t.kind[opener] !== TokenKind.Word) return -1;
      if (RELATIVE_ASIDES.at(t, opener)) return opener;
      // ("82 percent of whom …": a share of the noun before the comma.)
      for (let m = opener + 1; m < last && m - opener <= 4; m++) {
        if (t.kind[m] !== TokenKind.Word) break;
        if (isWordAt(t, m, W_OF) && (isWordAt(t, m + 1, W_WHOM) || isWordAt(t, m + 1, W_WHICH))) return opener;
      }
      return -1;
    }
    return -1;
  }

  /**
   * "The senator seemed unsure", "Turnout is expected to rise", "the contests known as Super Tuesday": a view or
   * impression with no source. The content is the subject with what follows the cue. 'skip' means the word is no
   * cue at all here and nothing else should read it either ("seemed to say" is read at "say").
   */
  private unsourcedView(s: Sentence, at: number, lw: string): Attribution | 'skip' | null {
    const t = this.tokens;
    const sentenceLast = lastContentToken(t, s);
    if (at >= sentenceLast) return null;
    let cueFirst = at;
    const after = at + 1;
    const next = t.kind[after] === TokenKind.Word ? lowerWord(t, after) : '';
    if (SEEM_VERBS.has(lw)) {
      if (t.kind[after] !== TokenKind.Word || (PREPOSITIONS.has(next) && next !== 'as') || DETERMINERS.has(next)) return 'skip';
    } else {
      let b = at - 1;
      while (b >= s.first && t.kind[b] === TokenKind.Word && (lowerWord(t, b).endsWith('ly') || isWordAt(t, b, W_ALSO) || isWordAt(t, b, W_NOT))) b--;
      // ("is best known for", "was long seen as", "are still expected to": a degree or time adverb after "be"; without
      // "be" before it, "now known as" is a noun's.)
      let adverb = b;
      while (adverb >= s.first && t.kind[adverb] === TokenKind.Word && (VIEW_ADVERBS.at(t, adverb) || lowerWord(t, adverb).endsWith('ly'))) adverb--;
      if (adverb < b && adverb >= s.first && t.kind[adverb] === TokenKind.Word && BE_FORMS.at(t, adverb)) b = adverb;
      const be = b >= s.first && t.kind[b] === TokenKind.Word && BE_FORMS.at(t, b);
      if (be) cueFirst = b;
      else if (next !== 'as' || b < s.first || t.kind[b] !== TokenKind.Word) return null;
      if (next === 'by') return null;
      if (!be && CUE_VERB_FORMS.has(lw)) return null;
      // "four officers are seen gathered around him", "was seen leaving": what the eye saw, no view.
      if (lw === 'seen' && (next.endsWith('ing') || next.endsWith('ed') || next === 'on' || next === 'in')) return null;
    }
    // "seemed to suggest", "is expected to announce": the cue verb after "to" makes the attribution.
    const infinitive = next === 'to' && after + 1 <= sentenceLast && t.kind[after + 1] === TokenKind.Word ? cueVerbAt(t, after + 1) : undefined;
    // A verb that is a cue only with its particle ("double down") is none without it ("expected to double").
    // One that takes only a clause or a quote ("expected to deliver a speech") seldom has one there either.
    if (infinitive && !infinitive.needsClause && (!infinitive.particle || (after + 2 < s.end && t.kind[after + 2] === TokenKind.Word && lowerWord(t, after + 2) === infinitive.particle))) return 'skip';
    let first = cueFirst - 1;
    while (first >= s.first && t.kind[first] === TokenKind.Word && first > cueFirst - 14) {
      if (CLAUSE_STARTERS.at(t, first) || (first === s.first && CLAUSE_OPENERS.at(t, first))) break;
      // "Tran said the city appears to …": the clause reported by a cue before it is that cue's content, with the
      // impression inside it; the subject starts after the cue.
      if (first < cueFirst - 1 && this.reportsClauseAt(s, first)) return 'skip';
      first--;
    }
    first++;
    // ("The ferry is expected next week, but the pier …": the content opens at the subject, so a clause of the narrator's
    // after a comma ends it however few words follow the cue.)
    const last = this.clauseEnd(after, sentenceLast, first);
    if (last < after && !(last === at && first < cueFirst)) return null;
    // "The agency is expected to publish rules by January, officials said.": the expectation is what they said.
    // (Only an attribution that closes the clause: "…, a step critics say is overdue" is an aside.)
    for (let k = after; k < last; k++) {
      if (!isPunctChar(t, k, COMMA)) continue;
      for (let c = k + 1; c <= last && c - k <= 5 && t.kind[c] === TokenKind.Word; c++) {
        if (!isLowerStart(t, c) || cueVerbAt(t, c)?.form !== 'finite') continue;
        if (c === last || (last - c <= 2 && t.kind[last] === TokenKind.Word && DAY_WORDS.at(t, last))) return 'skip';
        // "…, as The New Yorker put it, “the operator.”": the phrase gives the words after it their source.
        if (isWordAt(t, c, W_PUT) && c + 1 <= last && t.kind[c + 1] === TokenKind.Word && isWordAt(t, c + 1, W_IT)) return 'skip';
        break;
      }
    }
    if (first >= cueFirst) {
      // "a role that is expected to go to Ryan", "which seems likely": a relative pronoun is the subject, and the
      // relative clause ends at its comma or dash ("…, which seemed to fit, Obama said …").
      if (cueFirst - 1 >= s.first && t.kind[cueFirst - 1] === TokenKind.Word && RELATIVE_SUBJECTS.at(t, cueFirst - 1)) {
        let end = after;
        while (end < last && !isPunctChar(t, end + 1, COMMA) && !(t.kind[end + 1] === TokenKind.Punct && DASHES.has(charAt(t, end + 1)))) end++;
        return this.build(cueFirst - 1, end, cueFirst, at, lw, null);
      }
      // "… and is expected to sign": with the subject elided, the rest of the clause alone is the content.
      return cueFirst - 1 >= s.first && isWordAt(t, cueFirst - 1, W_AND) ? this.build(after, last, cueFirst, at, lw, null) : null;
    }
    // "It is widely believed that …": the subject is no one's words, only the clause after the cue is the content.
    if (first === cueFirst - 1 && isWordAt(t, first, W_IT) && next === 'that') return this.build(after, last, cueFirst, at, lw, null);
    return this.build(first, last, cueFirst, at, lw, null);
  }

  /**
   * "In a poll released Monday, 50 percent chose Clinton", "Trump leads by nine points in the latest polls": a poll
   * after "in" reports the rest of its clause.
   */
  private pollSource(s: Sentence, at: number): Attribution | null {
    const t = this.tokens;
    const sentenceLast = lastContentToken(t, s);
    let head = -1;
    // The poll heads the noun phrase right after "in" ("in the latest Quinnipiac poll"), not a later one.
    for (let k = at + 1; k <= sentenceLast && k - at <= 9; k++) {
      // ("an NBC News/Wall Street Journal poll": a slash joins the sponsors.)
      if (t.kind[k] !== TokenKind.Word && !isPunctChar(t, k, 0x2d) && !isPunctChar(t, k, 0x2f)) break;
      if (POLL_NOUNS.at(t, k)) {
        head = k;
        break;
      }
      if (t.kind[k] === TokenKind.Word && !isUpperStart(t, k) && !DETERMINERS.at(t, k) && !POLL_MODIFIERS.at(t, k)) return null;
    }
    if (head < 0) return null;
    // The source runs on over its modifiers ("poll released Monday by …") to the clause end.
    let sourceLast = head;
    while (sourceLast + 1 <= sentenceLast && sourceLast - head < 12 && (t.kind[sourceLast + 1] === TokenKind.Word || isPunctChar(t, sourceLast + 1, 0x2d) || isPunctChar(t, sourceLast + 1, 0x2e))) {
      const next = sourceLast + 1;
      if (t.kind[next] === TokenKind.Word && (COMPLEMENTIZERS.at(t, next) || CONTRAST_OPENERS.at(t, next) || (PREPOSITIONS.at(t, next) && !POLL_MODIFIER_PREPOSITIONS.at(t, next)))) break;
      sourceLast++;
    }
    while (t.kind[sourceLast] !== TokenKind.Word) sourceLast--;
    const source = classify(t, at + 1, sourceLast);
    const fronted = at === s.first || (at - 1 === s.first && CLAUSE_OPENERS.at(t, s.first));
    let first: number;
    let last: number;
    if (fronted) {
      if (!isPunctChar(t, sourceLast + 1, COMMA)) return null;
      first = sourceLast + 2;
      last = this.clauseEnd(first, sentenceLast);
    } else {
      // "… leads by nine points in the latest polls.": only a poll that closes its sentence reports the clause.
      if (sourceLast < sentenceLast) return null;
      // ("… has struggled in the polls.": polls in general, no poll that reports anything.)
      if (sourceLast === head && (head === at + 1 || (head === at + 2 && isWordAt(t, at + 1, W_THE)))) return null;
      last = at - 1;
      while (last >= s.first && t.kind[last] === TokenKind.Punct && !endsContent(t, last, s.first)) last--;
      first = last;
      while (first - 1 >= s.first && !isClauseBoundary(t, first - 1) && t.kind[first - 1] !== TokenKind.Close && t.kind[first - 1] !== TokenKind.Open) first--;
      while (first <= last && t.kind[first] === TokenKind.Word && CLAUSE_OPENERS.at(t, first) && first < last) first++;
    }
    if (last - first < 2) return null;
    return this.build(first, last, at, at, 'in', source);
  }

  private frontedQuestion(s: Sentence, cue: number): Attribution | null {
    const t = this.tokens;
    let first = cue + 1;
    while (first < s.end && t.kind[first] === TokenKind.Word && (DAY_WORDS.at(t, first) || isWordAt(t, first, W_SPECIFICALLY))) first++;
    // "When asked by a reporter whether …": the asker is named after "by".
    let asker: SpeakerPhrase | null = null;
    if (first < s.end && isWordAt(t, first, W_BY)) {
      asker = phraseStartingAt(t, first + 1, s.end) ?? this.nounPhraseFrom(first + 1, s.end);
      if (asker) first = asker.last + 1;
    }
    const sentenceLast = lastContentToken(t, s);
    let last = first;
    while (last + 1 <= sentenceLast && !isPunctChar(t, last + 1, COMMA) && t.kind[last + 1] !== TokenKind.Break && last - first < 30) {
      if (t.kind[last + 1] === TokenKind.Open) last = this.regionCloseToken[t.region[last + 1]];
      else last++;
    }
    if (last - first < 1 || last > sentenceLast) return null;
    // A fronted question ends at its comma; "…,” Christie said when asked whether …" may run to the sentence end.
    if (!(last + 1 <= sentenceLast && isPunctChar(t, last + 1, COMMA)) && !(cue > s.first + 1 && last === sentenceLast)) return null;
    const a = this.build(first, last, cue, cue, 'ask', asker);
    // "Asked about Harris’s remark that Putin would “eat Trump for lunch”": those quoted words are the remark's.
    if (a.regions.length) for (let k = first; k <= last; k++) if (t.kind[k] === TokenKind.Word && SPEECH_NOUNS.at(t, k)) return null;
    return a;
  }

  /** "according to a count by The Associated Press", "according to him": any words up to the clause end name the source. */
  private sourceUpToComma(s: Sentence, first: number): SpeakerPhrase | null {
    const t = this.tokens;
    let last = first - 1;
    for (let k = first; k < s.end && k - first < 20; k++) {
      const kind = t.kind[k];
      // ("according to Davis' commentary": the mark of a plural possessive is inside the phrase.)
      if (kind === TokenKind.Punct && !isPunctChar(t, k, 0x2d) && !isPunctChar(t, k, 0x2e) && !isPluralPossessiveMark(t, k)) break;
      if (kind === TokenKind.Break) break;
      if (isPunctChar(t, k, 0x2e) && (k + 1 >= s.end || t.kind[k + 1] !== TokenKind.Word)) break;
      if (kind === TokenKind.Open) k = this.regionCloseToken[t.region[k]];
      last = k;
    }
    if (last < first || t.kind[first] !== TokenKind.Word) return null;
    const lw = lowerWord(t, first);
    if (last === first && (lw === 'him' || lw === 'her' || lw === 'them')) return speakerPhraseOf(first, last, 'pronoun', null, undefined, false);
    return classify(t, first, last);
  }

  private verbCue(s: Sentence, cue: number, cueLast: number, entry: CueEntry, earlier: Attribution[], previous: Attribution | null): Attribution | null {
    const t = this.tokens;
    let j = cue - 1;
    // "Gowdy earlier Thursday said": a day name between a subject and its cue is an adverbial too.
    // In a headline the fillers are capitalised too ("Trump Will Say …").
    const headline = !isLowerStart(t, cue);
    for (;;) {
      const time = j - 1 > s.first && t.kind[j] === TokenKind.Word && isUpperStart(t, j) ? timePhraseStart(t, s.first, j) : -1;
      if (time > s.first && t.kind[time - 1] === TokenKind.Word) {
        // "prosecutors in April charged", "the court late Friday ruled".
        j = time - 1;
        // ("Lee in August said": "in" goes with its month, when a subject is before it.)
        if (j - 1 >= s.first && TIME_PREPOSITIONS.at(t, j) && t.kind[j - 1] === TokenKind.Word && !TIME_PREPOSITIONS.at(t, j - 1)) j--;
      } else if (j >= s.first && t.kind[j] === TokenKind.Word && (isFillerAt(t, j) || (headline && SPEAKER_CUE_FILLERS.at(t, j)) || (WEEKDAYS.at(t, j) && j - 1 >= s.first && (t.kind[j - 1] === TokenKind.Word || isPunctChar(t, j - 1, CLOSE_PAREN))))) {
        // "The court on Monday rejected": "on" goes with its day.
        j -= WEEKDAYS.at(t, j) && j - 1 > s.first && isWordAt(t, j - 1, W_ON) ? 2 : 1;
      } else if (j - 2 >= s.first && isYearAt(t, j) && t.kind[j - 1] === TokenKind.Word && TIME_PREPOSITIONS.at(t, j - 1) && t.kind[j - 2] === TokenKind.Word) {
        // "McConnell, who in 2010 said", "doctors in 2015 sent": a year between the subject and its cue.
        j -= 2;
      } else if (j - 2 >= s.first && PARTS_OF_DAY.at(t, j) && WEEKDAYS.at(t, j - 1)) {
        // "Spicer on Thursday evening said".
        j--;
      } else if (j - 2 >= s.first && TIME_UNITS.at(t, j) && RELATIVE_TIME.at(t, j - 1) && (t.kind[j - 2] === TokenKind.Word || isPunctChar(t, j - 2, CLOSE_PAREN))) {
        // "Sanders last week said", "Ruiz (D-Ore.) last week said": a time adverbial between the subject and the cue.
        j -= 2;
      } else {
        break;
      }
    }
    // "seemed to suggest", "went on to say": the verb before "to" belongs to the same speaker.
    let refused = false;
    // ("chose not to respond": a negation may stand before "to"; "are more likely to say": a degree word before the
    // adjective.)
    // ("seems unlikely to want to take on": one such verb or adjective after another, a verb of seeming before it.)
    let raised = false;
    for (let hops = 0; hops < 3; hops++) {
      const governor = j - 2 >= s.first && t.kind[j - 1] === TokenKind.Word && (isWordAt(t, j - 1, W_NOT) || isWordAt(t, j - 1, W_NEVER)) ? j - 2 : j - 1;
      if (!(governor >= s.first && t.kind[j] === TokenKind.Word && isWordAt(t, j, W_TO) && t.kind[governor] === TokenKind.Word && RAISING_VERBS.at(t, governor))) break;
      refused ||= REFUSED.at(t, governor);
      raised = true;
      j = governor - 1;
      if (j >= s.first && t.kind[j] === TokenKind.Word && isWordAt(t, j, W_WENT)) j--;
      // ("Those most willing to attack him were …": a degree word only after a verb, "are more likely to say".)
      while (j >= s.first && (isFillerAt(t, j) || (t.kind[j] === TokenKind.Word && DEGREE_WORDS.at(t, j) && j - 1 >= s.first && (isFillerAt(t, j - 1) || BE_FORMS.at(t, j - 1) || SEEM_VERBS.at(t, j - 1))))) j--;
      if (j >= s.first && t.kind[j] === TokenKind.Word && SEEM_VERBS.at(t, j) && isLowerStart(t, j)) {
        j--;
        while (j >= s.first && isFillerAt(t, j)) j--;
      }
    }
    let speaker: SpeakerPhrase | null = null;
    let after = cueLast + 1;
    // "found itself at the center", "was found slain": finding oneself somewhere, or being found, reports nothing.
    if (entry.lemma === 'find' && ((after < s.end && t.kind[after] === TokenKind.Word && REFLEXIVES.at(t, after)) || (cue - 1 >= s.first && BE_FORMS.at(t, cue - 1)))) return null;
    // "easier said than done": an idiom, no report.
    if (entry.lemma === 'say' && after < s.end && t.kind[after] === TokenKind.Word && lowerWord(t, after) === 'than') return null;
    // "Having said that, …", "That said, …": a discourse phrase, no report.
    if (entry.lemma === 'say' && after + 1 < s.end && isWordAt(t, after, W_THAT) && isPunctChar(t, after + 1, COMMA) && cue - 1 >= s.first && isWordAt(t, cue - 1, W_HAVING)) return null;
    // "backed away from the deal", "backing down": a retreat, not support; "backed the truck into a crowd": a
    // vehicle backed somewhere.
    if (entry.lemma === 'back') {
      if (after < s.end && t.kind[after] === TokenKind.Word && RETREAT_PARTICLES.has(lowerWord(t, after))) return null;
      for (let k = after + 1; k < s.end && k - after <= 4 && t.kind[k] === TokenKind.Word; k++) if (DIRECTION_WORDS.has(lowerWord(t, k))) return null;
    }
    // "The spot concludes with footage of …": a verb of ending before "with" tells how something ends.
    // ("The letter concludes with, “We will not forget.”", "… with the words “Never again.”" are the quote's.)
    if (entry.lemma === 'conclude' && after < s.end && isWordAt(t, after, W_WITH) && !this.quoteOpensAfter(after + 1, s.end)) return null;
    // "the financial backing of Mr. Justice", "the handling of the crisis": an "-ing" form before an "of" its verb does
    // not take is a noun (not "adding of Mr. Trump, “…”", a verb of saying and whom it was about).
    if (entry.form === 'participle' && cueLast === cue && after < s.end && isWordAt(t, after, W_OF) && !entry.optionalParticles?.at(t, after) && !CLAUSE_VERBS.has(entry.lemma) && lowerWord(t, cue).endsWith('ing')) return null;
    // "367,000 people voted in the primary", "In the end, Sanders voted in support": a vote reports a choice only with
    // what it was for or against ("voted 6-1 for the resolution", "voted twice for Clinton", "voted to pay").
    if (entry.lemma === 'vote' && cueLast === cue && !this.voteChoiceAt(after, s.end)) return null;
    // "a pollster who advised Clinton's campaign": advising someone is a job; advice is reported with "to", "that" or
    // "against" ("advised him to wait").
    if (entry.lemma === 'advise' && !this.adviceAt(after, lastContentToken(t, s))) return null;
    // "the same talking points": a noun.
    if (entry.lemma === 'talk' && lowerWord(t, cue) === 'talking' && after < s.end && t.kind[after] === TokenKind.Word && lowerWord(t, after).startsWith('point')) return null;
    // "after seeing the sign", "used to seeing": seeing is a view only as "seeing X as Y" or "seeing that …".
    if (entry.lemma === 'see' && lowerWord(t, cue) === 'seeing' && !this.asOrThatWithin(after, lastContentToken(t, s))) return null;
    // "it has declined slightly from 58 percent", "declined in almost every state": a figure that fell, no refusal.
    if (entry.lemma === 'decline' && after < s.end && t.kind[after] === TokenKind.Word && ((isLyAdverb(t, after) && !(after + 1 < s.end && isWordAt(t, after + 1, W_TO))) || isWordAt(t, after, W_FROM) || isWordAt(t, after, W_BY) || isWordAt(t, after, W_IN) || isDigit(t, after))) return null;
    // "271 pledged delegates": the participle is an adjective.
    if (entry.lemma === 'pledge' && after < s.end && t.kind[after] === TokenKind.Word && lowerWord(t, after).startsWith('delegate')) return null;
    // "Sanders was asked to name …", "voters were told that …": a passive cue names no source, unless "by" does.
    // ("was first reported by", "were widely criticized by": an adverb may stand between "be" and the participle of a
    // passive that names its agent.)
    let be = cue - 1;
    if (be - 1 >= s.first && !BE_FORMS.at(t, be) && isFillerAt(t, be)) be--;
    if (entry.form === 'finite' && be >= s.first && BE_FORMS.at(t, be) && isPastParticiple(t, cue, entry) && (be === cue - 1 || this.passiveAgentAt(after, s.end))) {
      // "Roe was quoted as saying …": the one quoted is the speaker, the participle the rest of the cue.
      const saying = after + 1 < s.end && entry.lemma === 'quote' && isWordAt(t, after, W_AS) ? cueVerbAt(t, after + 1) : undefined;
      if (saying && saying.form === 'participle') {
        const subject = phraseEndingAt(t, s.first, cue - 2) ?? bareSubjectEndingAt(t, s.first, cue - 2);
        const content = subject ? this.contentAfter(after + 2, lastContentToken(t, s), cue, after + 1, saying, subject) : null;
        if (content) return content;
        // "“We will not back down,” Roe was quoted as saying.": the words came before.
        const before = subject && after + 2 > lastContentToken(t, s) ? this.contentBefore(s, subject.first, earlier) : null;
        if (before) return this.build(before.first, before.last, cue, after + 1, saying.lemma, subject);
      }
      const by = after < s.end && isWordAt(t, after, W_BY) ? phraseStartingAt(t, after + 1, s.end) ?? this.nounPhraseFrom(after + 1, s.end) : null;
      if (by) {
        // ("were backed by Kerry, who sent …": a relative clause after the agent is about the agent, not reported.)
        const relative = by.last + 2 < s.end && isPunctChar(t, by.last + 1, COMMA) && t.kind[by.last + 2] === TokenKind.Word && RELATIVE_ASIDES.at(t, by.last + 2);
        const rest = relative ? null : this.contentAfter(by.last + 1, lastContentToken(t, s), cue, cueLast, entry, by);
        if (rest) return rest;
        // "The nominee has been endorsed by dozens of papers": what the agent did is done to the subject.
        let b = cue - 1;
        while (b - 1 >= s.first && (BE_FORMS.at(t, b - 1) || isFillerAt(t, b - 1))) b--;
        const subject = b - 1 >= s.first ? phraseEndingAt(t, s.first, b - 1) ?? bareSubjectEndingAt(t, s.first, b - 1) : null;
        return subject && subject.kind !== 'pronoun' ? this.build(subject.first, subject.last, cue, cueLast, entry.lemma, by) : null;
      }
      // ("When terrorists are revealed as part of …, Obama calls them “lone wolves”": a passive with no agent, then a
      // prepositional phrase, reports nothing; the words quoted later are another cue's.)
      if (after < s.end && t.kind[after] === TokenKind.Word && PREPOSITIONS.at(t, after) && !isWordAt(t, after, W_TO) && this.laterCueBeforeQuote(after, lastContentToken(t, s))) return null;
      return this.contentAfter(after, lastContentToken(t, s), cue, cueLast, entry, null);
    }
    // "…, a move welcomed by NATO's chief": the agent welcomed what the noun sums up (not "a move" speaking).
    if (cue - 3 >= s.first && isPunctChar(t, cue - 3, COMMA) && this.passiveAppositiveAt(cue - 2, lastContentToken(t, s))) {
      const by = phraseStartingAt(t, cue + 2, s.end) ?? this.nounPhraseFrom(cue + 2, s.end);
      return by ? this.build(cue - 2, cue - 1, cue, cueLast, entry.lemma, by) : null;
    }
    if (j >= s.first && t.kind[j] === TokenKind.Word && isWordAt(t, j, W_TO)) {
      // "allowing users to tell", "Obama to frame the election as …": the noun before "to" is the infinitive's
      // subject; failing one, the main clause's subject.
      if (entry.form !== 'finite' || lowerWord(t, cue) !== entry.lemma) return null;
      const k = j - 1;
      const before = k >= s.first && t.kind[k] === TokenKind.Word && !isUpperStart(t, k) && (lowerWord(t, k).endsWith('ed') || cueVerbAt(t, k) !== undefined) ? null : k >= s.first ? phraseEndingAt(t, s.first, k) : null;
      speaker = before && before.kind !== 'pronoun' && before.kind !== 'role' ? before : null;
      // "The council met on Monday to discuss …", "met with Obama to discuss …": a time or a noun after a
      // preposition is no subject; the infinitive tells the main verb's purpose, and reports nothing.
      // ("for Obama to frame", "a decision by the FBI to recommend": those prepositions bring the subject.)
      const time = before ? -1 : timePhraseStart(t, s.first, k);
      // ("called on police to release": a cue's own particle is no preposition.)
      // ("marched through central Salem to protest", "went to Salem to announce": a few modifiers may come between.)
      let prep = speaker ? speaker.first - 1 : -1;
      const isPreposition = (k: number): boolean => PREPOSITIONS.at(t, k) || isWordAt(t, k, W_TO) || ROUTE_PREPOSITIONS.at(t, k);
      for (let n = 0; n < 3 && prep > s.first && t.kind[prep] === TokenKind.Word && isLowerStart(t, prep) && !isPreposition(prep) && cueVerbAt(t, prep) === undefined && !AUXILIARIES.at(t, prep); n++) prep--;
      const adverbial = time >= 0 ? time : prep >= s.first && t.kind[prep] === TokenKind.Word && isPreposition(prep) && !isWordAt(t, prep, W_BY) && !isWordAt(t, prep, W_FOR) && !(prep - 1 >= s.first && cueVerbAt(t, prep - 1) !== undefined) ? prep : -1;
      if (adverbial >= 0 || !speaker || speaker.kind === 'pronoun') {
        // "Trump took to Twitter overnight to accuse the campaign of …": a purpose that is itself a verbal attack or
        // claim reports the main clause subject's words.
        // ("stood at a Bush event to say he was leaning …", "went out of his way to say that …": saying, as the purpose
        // of what the subject did, reports the clause after it.)
        if (!PURPOSE_REPORTS.has(entry.lemma)) {
          if ((entry.lemma !== 'say' && entry.lemma !== 'tell') || !this.reportedClauseOpensAt(after, lastContentToken(t, s))) return null;
          const sayer = this.mainClauseSubject(s, k);
          if (!sayer || !(sayer.first === s.first || isPunctChar(t, sayer.first - 1, COMMA))) return null;
          return this.contentAfter(after, lastContentToken(t, s), cue, cueLast, entry, sayer);
        }
        const subject = this.mainClauseSubject(s, k);
        if (!subject || subject.kind === 'pronoun' || subject.first !== s.first) return null;
        speaker = subject;
      }
      return this.contentAfter(after, lastContentToken(t, s), cue, cueLast, entry, speaker);
    }
    let inverted = false;
    if (j >= s.first && this.isNounUse(cue, j)) return null;
    // "a hotly contested race", "the newly identified donors": after an article and an adverb the participle is an adjective.
    if (cue - 2 >= s.first && t.kind[cue - 1] === TokenKind.Word && isLowerStart(t, cue - 1) && lowerWord(t, cue - 1).endsWith('ly') && !LY_NOUNS.has(lowerWord(t, cue - 1)) && t.kind[cue - 2] === TokenKind.Word && (DETERMINERS.at(t, cue - 2) || POSSESSIVE_DETERMINERS.at(t, cue - 2))) return null;
    // "a website called Real News Right Now", "a class called “Perception”": a name given, not words said.
    // ("a super PAC called Future45": a capitalised head after an indefinite article names no speaker either.)
    if (j === cue - 1 && NAMING_PARTICIPLES.at(t, cue) && t.kind[j] === TokenKind.Word && !PRONOUNS.at(t, j) && !VAGUE_HEADS.at(t, j) && this.opensIndefinitePhrase(s, j)) return null;
    // ("a former staffer named Lee Park", "a resident named Caroline": after a common noun, "named" and a name give it;
    // "the council named Ruiz its chair" appoints.)
    if (j === cue - 1 && entry.lemma === 'name' && lowerWord(t, cue) === 'named' && t.kind[j] === TokenKind.Word && isLowerStart(t, j) && !PRONOUNS.at(t, j) && cue + 1 < s.end && t.kind[cue + 1] === TokenKind.Word && isUpperStart(t, cue + 1) && !this.definiteBefore(s, j)) return null;
    const coordinated = j >= s.first && t.kind[j] === TokenKind.Word && (isWordAt(t, j, W_AND) || isWordAt(t, j, W_BUT));
    // "on “Morning Joe,” adding": a comma inside a closing mark ends the clause too.
    const commaInQuote = j > s.first && t.kind[j] === TokenKind.Close && isPunctChar(t, j - 1, COMMA);
    const participial = (entry.form === 'participle' && (j < s.first || isClauseBoundary(t, j) || commaInQuote)) || coordinated;
    // "by saying", "before asking her": a participle after its preposition.
    // ("by essentially telling", "after angrily denying": an "-ly" adverb may come between them.)
    const afterPreposition = entry.form === 'participle' && (j === cue - 1 || (j === cue - 2 && isLyAdverb(t, cue - 1))) && j >= s.first && t.kind[j] === TokenKind.Word && PARTICIPLE_PREPOSITIONS.at(t, j);
    if (afterPreposition) {
      // "by saying he is ready", "After telling reporters that …, the senator left": the main clause's subject speaks.
      const fronted = j === s.first || (j - 1 === s.first && CLAUSE_OPENERS.at(t, s.first));
      speaker = fronted ? this.subjectAfterFrontedClause(s, cueLast) : this.mainClauseSubject(s, j);
      // ("… around the stadium - where the Panthers played - while chanting": not the subject of a relative clause.)
      // ("After saying that he regretted it, Rubio left": the subject after a fronted clause is the main clause's.)
      if (speaker && !fronted && speaker.first > s.first && this.insideEmbeddedClause(s, speaker.first)) speaker = this.subjectOpeningSentence(s, speaker.first) ?? this.mainClauseSubject(s, speaker.first - 2) ?? speaker;
      // "Blige sings to Clinton before asking her": failing a verb that names a subject, a name opening the sentence.
      if (!speaker && j > s.first) {
        const opener = phraseStartingAt(t, s.first, j);
        if (opener && opener.kind === 'name') speaker = opener;
      }
      if (!speaker) return null;
    } else if (entry.form === 'participle' && !participial && !(j < cue - 1)) {
      // "a statement saying that": the noun before the participle is the source, unless it is the object of a
      // verb ("the Council issued a statement calling …"), whose subject then speaks.
      // ("issued a statement Tuesday saying": a day after the noun is skipped.)
      const nounLast = j - 1 >= s.first && t.kind[j] === TokenKind.Word && DAY_WORDS.at(t, j) ? j - 1 : j;
      speaker = nounLast >= s.first ? phraseEndingAt(t, s.first, nounLast) : null;
      if (speaker && speaker.kind === 'pronoun') speaker = null;
      let verb = speaker ? speaker.first - 1 : -1;
      // ("put out a statement saying", "sent an email saying": a particle or an irregular past before the object.)
      if (verb - 1 >= s.first && t.kind[verb] === TokenKind.Word && isWordAt(t, verb, W_OUT) && t.kind[verb - 1] === TokenKind.Word) verb--;
      if (speaker && verb >= s.first && t.kind[verb] === TokenKind.Word && !isUpperStart(t, verb) && (lowerWord(t, verb).endsWith('ed') || cueVerbAt(t, verb)?.form === 'finite' || (MEDIUM_NOUNS.at(t, speaker.last) && isPastVerbAt(t, verb)))) {
        speaker = this.mainClauseSubject(s, verb);
      }
    } else if (participial) {
      if (j < s.first) {
        // "Speaking at the forum, Putin …" reports nothing; "Bemoaning the “phony system,” Trump …" reports the
        // quoted words or the clause, and the subject after the fronted clause speaks.
        speaker = this.subjectAfterFrontedClause(s, cueLast);
        if (!speaker) return null;
        const a = this.contentAfter(after, lastContentToken(t, s), cue, cueLast, { ...entry, needsClause: true }, speaker);
        return a && (a.regions.length > 0 || (t.kind[a.contentFirst] === TokenKind.Word && COMPLEMENTIZERS.at(t, a.contentFirst))) ? a : null;
      }
      // "The Kremlin, acknowledging …": a subject set off by the participle's comma.
      const subject = isPunctChar(t, j, COMMA) ? phraseEndingAt(t, s.first, j - 1) : null;
      if (subject && subject.first === s.first && subject.kind !== 'pronoun') speaker = subject;
      else {
        const last = earlier.length ? earlier[earlier.length - 1] : null;
        speaker = this.mainClauseSubject(s, j) ?? (last && last.speaker ? last.speaker : null) ?? this.openingSubject(s, j);
        // "Asked whether he would run, Ortega shook his head and said …": after a fronted clause, the subject
        // after its comma.
        if (!speaker && coordinated) {
          const fronted = this.subjectAfterFrontedClause(s, s.first);
          if (fronted && fronted.last < j) speaker = fronted;
        }
        // "Bush also attacked Trump, with whom he clashed at the debate, calling him …": a subject inside a relative or
        // "that" clause is not the main clause's; the phrase that opens the sentence, before its verb, is.
        if (speaker && speaker.first > s.first && this.insideEmbeddedClause(s, speaker.first)) speaker = this.subjectOpeningSentence(s, speaker.first) ?? speaker;
      }
    } else {
      const closeBefore = j >= s.first && (t.kind[j] === TokenKind.Close || (isPunctChar(t, j, COMMA) && j - 1 >= s.first && t.kind[j - 1] === TokenKind.Close));
      // ("Lee, star of “Scandal,” thanked Obama": a title inside the subject's apposition hands the verb no speaker after it.)
      const closeAt = closeBefore ? (t.kind[j] === TokenKind.Close ? j : j - 1) : -1;
      const titleInSubject = closeAt >= 0 && this.regionOpenToken[t.region[closeAt]] - 1 >= s.first && t.kind[this.regionOpenToken[t.region[closeAt]] - 1] === TokenKind.Word && !CLAUSE_VERBS.has(entry.lemma);
      if (closeBefore && !titleInSubject) {
        // “…,” said Putin; “…,” said the designer, who …: any noun phrase after the cue.
        speaker = phraseStartingAt(t, cueLast + 1, s.end);
        if (!speaker && cueLast + 1 < s.end && t.kind[cueLast + 1] === TokenKind.Word && (DETERMINERS.at(t, cueLast + 1) || isUpperStart(t, cueLast + 1))) speaker = this.nounPhraseFrom(cueLast + 1, s.end);
        if (speaker) {
          inverted = true;
          after = speaker.last + 1;
        }
      } else if (j >= s.first) {
        // "Jason Chaffetz (R-Utah) said": a parenthesis between the name and the cue.
        let k = j;
        // "The S.E.C. said": the full stop of a dotted acronym.
        if (isPunctChar(t, k, 0x2e) && k - 1 >= s.first && t.kind[k - 1] === TokenKind.Word && t.end[k - 1] === t.start[k] && t.text.charCodeAt(t.end[k - 1] - 2) === 0x2e) k--;
        if (isPunctChar(t, k, 0x29)) {
          let open = k - 1;
          while (open >= s.first && k - open < 30 && !isPunctChar(t, open, 0x28)) open--;
          if (open >= s.first && isPunctChar(t, open, 0x28)) k = open - 1;
        }
        speaker = k >= s.first ? phraseEndingAt(t, s.first, k) : null;
        if (!speaker && isPunctChar(t, j, COMMA)) speaker = this.speakerAfterOpeningQuote(s, j);
        // "the families, many of whom say …": a share of the people a relative clause is about.
        if (!speaker && k === j && k - 2 >= s.first && t.kind[k - 2] === TokenKind.Word && isWordAt(t, k, W_WHOM) && isWordAt(t, k - 1, W_OF) && (PLURAL_HEADS.at(t, k - 2) || QUANTIFIER_HEADS.has(lowerWord(t, k - 2)))) {
          speaker = speakerPhraseOf(k - 2, k, 'role', null, undefined, false);
        }
        if (!speaker && (k === j || isPunctChar(t, k, 0x25))) speaker = bareSubjectEndingAt(t, s.first, k);
        // "A city official who asked not to be named to discuss internal plans said": the relative clause says why
        // the source goes unnamed; the noun phrase before it speaks.
        if (k === j) speaker = this.sourceBeforeAnonymityClause(s, j) ?? speaker;
        // "A court document filed Thursday says": the noun before a participle that modifies it.
        if (!speaker && k === j && k - 1 >= s.first && t.kind[k] === TokenKind.Word && !isUpperStart(t, k) && lowerWord(t, k).endsWith('ed') && t.kind[k - 1] === TokenKind.Word && !AUXILIARIES.at(t, k - 1)) {
          const noun = phraseEndingAt(t, s.first, k - 1) ?? bareSubjectEndingAt(t, s.first, k - 1);
          if (noun && noun.kind !== 'pronoun') speaker = noun;
        }
        if (!speaker && (isPunctChar(t, j, COMMA) || (t.kind[j] === TokenKind.Punct && DASHES.has(charAt(t, j))))) speaker = this.subjectBeforeAside(s, j);
        // "The union, which endorsed Ruiz in May, …": a relative "which" set off by its comma is the verb's subject, as
        // "who" is.
        if (!speaker && k === j && isWordAt(t, j, W_WHICH) && j - 1 >= s.first && isPunctChar(t, j - 1, COMMA)) speaker = speakerPhraseOf(j, j, 'pronoun', null, undefined, false);
        // "a message that said", "poll results that show": the noun before the relative pronoun speaks.
        if (!speaker && k === j && j === cue - 1 && (isWordAt(t, j, W_THAT) || isWordAt(t, j, W_WHICH)) && j - 1 >= s.first && t.kind[j - 1] === TokenKind.Word && cueVerbAt(t, j - 1) === undefined) {
          speaker = phraseEndingAt(t, s.first, j - 1) ?? bareSubjectEndingAt(t, s.first, j - 1);
          if (speaker?.kind === 'pronoun') speaker = null;
        }
        // "Jeb Bush in a Medium post said": the phrase after a preposition is an adverbial; its subject is before it.
        if (speaker && speaker.kind !== 'name' && speaker.kind !== 'pronoun' && speaker.first - 2 >= s.first && ADVERBIAL_PREPOSITIONS.at(t, speaker.first - 1)) {
          const subject = phraseEndingAt(t, s.first, speaker.first - 2);
          // A role qualifies when it opens the clause ("“…?” a narrator in the ad asks").
          const opens = subject !== null && (subject.first === s.first || t.kind[subject.first - 1] === TokenKind.Close || isPunctChar(t, subject.first - 1, COMMA));
          if (subject && subject.kind !== 'pronoun' && (subject.kind !== 'role' || opens)) speaker = subject;
        }
        if (speaker && speaker.kind !== 'pronoun') this.extendToClauseStart(s, speaker);
      }
    }
    if (!speaker && !participial && cueLast + 1 < s.end && j >= s.first && isPunctChar(t, j, COMMA)) {
      // "…, said the official": a comma before the cue and the speaker after it.
      const sp = phraseStartingAt(t, cueLast + 1, s.end);
      // ("…, said Ana Ruiz in an interview": a prepositional phrase after the name closes it too.)
      const closes = sp !== null && (sp.last >= sentenceLastOf(t, s) || isPunctChar(t, sp.last + 1, COMMA) || (t.kind[sp.last + 1] === TokenKind.Word && PREPOSITIONS.at(t, sp.last + 1) && !isWordAt(t, sp.last + 1, W_AS)));
      if (sp && closes && sp.kind !== 'pronoun') {
        speaker = sp;
        inverted = true;
        after = sp.last + 1;
      }
    }
    // "He suggested her mood was to blame, called her “third-rate” and boycotted …", "Ruiz paused, then revealed why …":
    // a verb in a list of the subject's verbs, set off by a comma; the subject is the list's, back across its verbs.
    if (!speaker && !participial && entry.form === 'finite' && isLowerStart(t, cue) && lowerWord(t, cue) !== entry.lemma && j > s.first && isPunctChar(t, j, COMMA) && (lowerWord(t, j + 1) === 'then' || this.listGoesOnWithVerb(cueLast + 1, lastContentToken(t, s)))) {
      speaker = this.verbListSubject(s, j);
      // ("quoted the Talmud and visited …", "reported it to the police, and removed it": far from its subject, only a
      // clause or a quote after the verb is a report.)
      if (speaker) entry = { ...entry, needsClause: true };
    }
    // "…, a figure critics dispute": the summing noun is what they dispute; the words after it speak.
    if (speaker && !inverted && speaker.last > speaker.first + 1 && speaker.first > s.first && isPunctChar(t, speaker.first - 1, COMMA) && this.summingAppositiveAt(speaker.first, lastContentToken(t, s))) {
      const voice = phraseEndingAt(t, speaker.first + 2, speaker.last) ?? bareSubjectEndingAt(t, speaker.first + 2, speaker.last);
      return voice && voice.first === speaker.first + 2 ? this.build(speaker.first, speaker.first + 1, cue, cueLast, entry.lemma, voice) : null;
    }
    // "The strong jobs report has cleared the way", "the jobs report was released": a bare base form after a phrase
    // that opens with an article and before an auxiliary heads the subject; it is a noun.
    if (speaker && !inverted && entry.form === 'finite' && j === cue - 1 && lowerWord(t, cue) === entry.lemma && (isWordAt(t, speaker.first, W_THE) || INDEFINITE_ARTICLES.at(t, speaker.first)) && isLowerStart(t, speaker.last) && after < s.end && t.kind[after] === TokenKind.Word && isLowerStart(t, after) && (AUXILIARIES.at(t, after) || BE_FORMS.at(t, after))) return null;
    // "Republican support was solid": a bare base form after a singular name is a noun, not a verb.
    // ("put", "cast" and "hit" are their own past: the check cannot tell them from a base form.)
    if (speaker && !inverted && entry.form === 'finite' && j === cue - 1 && lowerWord(t, cue) === entry.lemma && !IRREGULAR_PARTICIPLES.has(entry.lemma) && speaker.kind !== 'pronoun') {
      if (!this.isPluralSubject(speaker)) {
        // "Aides to Clinton say", "protest organizers in Cleveland say": the noun before the preposition heads the
        // subject, and agrees with the verb.
        let prep = speaker.first - 1;
        for (let k = speaker.last - 1; k > speaker.first; k--) {
          if (t.kind[k] === TokenKind.Word && isLowerStart(t, k) && SUBJECT_PREPOSITIONS.at(t, k)) {
            prep = k;
            break;
          }
        }
        // ("Observers in Salem and around the state say": the head is before the first of two phrases joined by "and".)
        if (prep - 2 > s.first && t.kind[prep] === TokenKind.Word && SUBJECT_PREPOSITIONS.at(t, prep) && (isWordAt(t, prep - 1, W_AND) || isWordAt(t, prep - 1, W_OR))) {
          for (let k = prep - 2; k > s.first && prep - k <= 6 && t.kind[k] === TokenKind.Word; k--) {
            if (isLowerStart(t, k) && SUBJECT_PREPOSITIONS.at(t, k)) {
              prep = k;
              break;
            }
          }
        }
        const head = prep - 1 >= s.first && t.kind[prep] === TokenKind.Word && isLowerStart(t, prep) && SUBJECT_PREPOSITIONS.at(t, prep) ? phraseEndingAt(t, s.first, prep - 1) ?? bareSubjectEndingAt(t, s.first, prep - 1) : null;
        // (A capitalised head is a common noun only when it is a role word: "Aides to Clinton say", not "Jones of Salem say".)
        if (!head || head.kind === 'pronoun' || !(isLowerStart(t, head.last) || ROLE_WORDS.at(t, head.last) || VAGUE_HEADS.at(t, head.last)) || !this.isPluralSubject(head)) {
          // ("Activists clamoring to block Lee say …": the plural that opens the sentence, before verbs of its own.)
          const opening = entry.lemma === 'say' || entry.lemma === 'tell' ? this.subjectOpeningLongClause(s, j) : null;
          if (!opening || !this.isPluralSubject(opening) || !this.hasVerbBetween(opening.last + 1, j)) return null;
          speaker = opening;
        } else {
          speaker = endingAt(head, speaker.last);
        }
      }
    }
    // "The GOP tax plans would …", "Trump’s plans are …": an "-s" form before an auxiliary is a plural noun.
    // ("which he believes will …", "what Trump says is true": a gap in a relative clause is another matter; so is a name
    // before the verb, "the ones State now says are …".)
    if (entry.form === 'finite' && speaker && speaker.kind !== 'pronoun' && !inverted && (!isUpperStart(t, speaker.last) || lowerWord(t, speaker.last).endsWith("'s")) && after < s.end && t.kind[after] === TokenKind.Word && AUXILIARIES.at(t, after) && cueLast === cue && lowerWord(t, cue).endsWith('s') && lowerWord(t, cue) !== entry.lemma && !(speaker.first - 1 >= s.first && t.kind[speaker.first - 1] === TokenKind.Word && GAP_OPENERS.at(t, speaker.first - 1))) return null;
    const lemma = entry.lemma;
    // Skip an indirect object: "told reporters", "told Fox News", "assured him".
    const objectFirst = lemma === 'tell' || lemma === 'assure' || lemma === 'inform' || lemma === 'remind' || lemma === 'notify' || lemma === 'instruct' || lemma === 'warn' || lemma === 'ask';
    if (objectFirst) {
      const hearer = after;
      const obj = phraseStartingAt(t, after, s.end);
      if (obj && obj.last - obj.first < 5) {
        after = obj.last + 1;
      } else if (after < s.end && t.kind[after] === TokenKind.Word && (PRONOUNS.at(t, after) || ['him', 'her', 'them', 'me', 'us'].includes(lowerWord(t, after)))) {
        after++;
      }
      // "told a Senate panel", "told his closest advisers": the hearer's noun phrase runs on through its lower-case words.
      // "told Flint residents not to drink it", "asked them to leave": whom an order or request goes to is part of it.
      const infinitiveAt = after < s.end && t.kind[after] === TokenKind.Word && isWordAt(t, after, W_NEVER) ? after + 1 : after;
      if (after > hearer && infinitiveAt < s.end && t.kind[infinitiveAt] === TokenKind.Word && (isWordAt(t, infinitiveAt, W_TO) || (isWordAt(t, infinitiveAt, W_NOT) && infinitiveAt + 1 < s.end && isWordAt(t, infinitiveAt + 1, W_TO)))) after = hearer;
      // (Only "tell": what one asks or warns of may be the object itself, "asked the panel a question".)
      if (lemma === 'tell' && hearer < s.end && t.kind[hearer] === TokenKind.Word && (DETERMINERS.at(t, hearer) || POSSESSIVE_DETERMINERS.at(t, hearer))) {
        const from = Math.max(after, hearer + 1);
        const end = this.hearerEnd(from, sentenceLastOf(t, s));
        if (end > from) after = end;
      }
      // ("reminded voters of the stakes", "warned us about the tolls": what the hearer is told of follows "of" or "about";
      // "told members of the board": "of" after "tell" is the hearer's own.)
      if (after > hearer && after + 1 <= sentenceLastOf(t, s) && TOPIC_AFTER_HEARER.has(lemma) && t.kind[after] === TokenKind.Word && ((isWordAt(t, after, W_OF) && lemma !== 'tell') || isWordAt(t, after, W_ABOUT)) && t.kind[after + 1] === TokenKind.Word && !PREPOSITIONS.at(t, after + 1)) {
        after++;
        entry = { ...entry, needsClause: false, nounPhrase: true };
      }
    }
    // "said Friday afternoon as he left", "said last week": a time right after the cue is no part of the content.
    for (;;) {
      if (after < s.end && t.kind[after] === TokenKind.Word && (DAY_WORDS.at(t, after) || (after > cueLast + 1 && PARTS_OF_DAY.at(t, after)))) after++;
      else if (after + 1 < s.end && RELATIVE_TIME.at(t, after) && t.kind[after + 1] === TokenKind.Word && TIME_UNITS.at(t, after + 1)) after += 2;
      else if (after + 1 < s.end && t.kind[after] === TokenKind.Word && isWordAt(t, after, W_FOR) && t.kind[after + 1] === TokenKind.Word && DURATION_UNITS.at(t, after + 1)) after += 2;
      // "acknowledged, however, “…”": a discourse adverb between commas.
      else if (after + 2 < s.end && isPunctChar(t, after, COMMA) && t.kind[after + 1] === TokenKind.Word && DISCOURSE_ASIDES.at(t, after + 1) && isPunctChar(t, after + 2, COMMA)) after += 2;
      else break;
    }
    // "said on Monday that …": the content starts at a nearby "that".
    // ("told customers at a diner on Main Street that …": a cue that takes its hearer first may name a long one.)
    const thatMax = after < s.end && (PREPOSITIONS.at(t, after) || objectFirst) ? BEFORE_THAT_PP_MAX : BEFORE_THAT_MAX;
    // “…,” she said, with a passion that …: after a quote that ends at the speaker, a "that" further on opens a
    // relative clause of the adverbial; the quote is what was said.
    const quoteEnds = (speaker && !inverted ? speaker.first : cue) - 1;
    const afterQuote = quoteEnds - 1 >= s.first && (t.kind[quoteEnds] === TokenKind.Close || (isPunctChar(t, quoteEnds, COMMA) && t.kind[quoteEnds - 1] === TokenKind.Close));
    for (let k = after; k < s.end && k - after < thatMax && !afterQuote; k++) {
      const kind = t.kind[k];
      if (kind === TokenKind.Open || kind === TokenKind.Close) break;
      // ("complained to CBS News' Charlie Rose that …": a plural possessive inside the hearer's name; not "said Sanders'
      // arguments that …", whose "that" is the arguments'.)
      if (kind === TokenKind.Punct && !isPunctChar(t, k, COMMA) && !((objectFirst || isWordAt(t, after, W_TO)) && isPluralPossessiveMark(t, k))) break;
      // "asked him if …", "told them that …", "warned Lee to stay": the content already starts here.
      if (objectFirst && kind === TokenKind.Word && ((COMPLEMENTIZERS.at(t, k) && (k === after || !isWordAt(t, k, W_THAT))) || isWordAt(t, k, W_TO))) break;
      if (kind === TokenKind.Word && isWordAt(t, k, W_THAT) && k > after) {
        const gap = lowerWord(t, after);
        // ("said to the IRS that …", "wrote to regulators that …": whom it was said to; "said, in a statement, that …": an
        // aside closed by its comma, not "said, it may not take that step".)
        if (objectFirst || PREPOSITIONS.has(gap) || (gap === 'to' && !TAKES_INFINITIVE.has(entry.lemma)) || (isPunctChar(t, after, COMMA) && isPunctChar(t, k - 1, COMMA)) || isUpperStart(t, after) || gap === 'reporters' || gap === 'again' || gap === 'later') after = k;
        break;
      }
      // "decided after a long inquiry not to charge her": an infinitive after a prepositional phrase.
      if (kind === TokenKind.Word && k > after + 1 && (isWordAt(t, k, W_TO) || (isWordAt(t, k, W_NOT) && k + 1 < s.end && isWordAt(t, k + 1, W_TO))) && TAKES_INFINITIVE.has(entry.lemma) && PREPOSITIONS.at(t, after)) {
        after = k;
        break;
      }
      // A capitalised word inside a name is no verb ("with The Associated Press that …"), nor is a cue form after an
      // article or a name ("in a Facebook post that …"), unless it is a noun of saying whose clause it is ("laughed at
      // Ruiz’s claim that …").
      // ("said on a call that …", "during a conference call", "in remarks to reporters": where it was said.)
      if (kind === TokenKind.Word && cueVerbAt(t, k) !== undefined && !(k > after && (isUpperStart(t, k - 1) || DETERMINERS.at(t, k - 1)) && (isUpperStart(t, k) || (PREPOSITIONS.at(t, after) && !cueWordInfo(t.word[k])?.stance))) && !(k > after && PREPOSITIONS.at(t, after) && SPEECH_OCCASIONS.at(t, k))) break;
      // "said Beau Correll, angered that …": a participle after the comma opens an aside on the speaker.
      if (kind === TokenKind.Word && k > after && isPunctChar(t, k - 1, COMMA) && !isUpperStart(t, k) && (lowerWord(t, k).endsWith('ed') || lowerWord(t, k).endsWith('ing'))) break;
    }
    // ("… mishandled the investigation and Democrats accused …": an earlier report's content ends before "and"; the
    // subject starts after it.)
    if (speaker && !inverted) {
      for (const a of earlier) {
        if (a.contentLast < speaker.first || a.contentLast >= speaker.last || !isWordAt(t, a.contentLast + 1, W_AND)) continue;
        speaker = classify(t, a.contentLast + 2, speaker.last);
        break;
      }
    }
    // ("Perhaps go a step further, and ask …": a sentence adverb is no subject.)
    if (speaker && !inverted && entry.form === 'finite' && speaker.first === speaker.last && t.kind[speaker.first] === TokenKind.Word && (ADVERB_OPENERS.has(lowerWord(t, speaker.first)) || (isLyAdverb(t, speaker.first) && CLAUSE_OPENERS.at(t, speaker.first)))) speaker = null;
    const sentenceLast = lastContentToken(t, s);
    // What follows the cue: nothing (content came before), a quote, or a reported clause.
    let p = after;
    while (p <= sentenceLast && t.kind[p] === TokenKind.Punct && (isPunctChar(t, p, COMMA) || isPunctChar(t, p, COLON))) p++;
    // ("“…,” said Mr. Lee (a view many share).": a parenthesis after the inverted speaker is an aside of the narrator's.)
    // "“How are you today?” Miller said pleasantly into the phone.": after a question that closed the sentence before,
    // a manner or a place after the cue leaves it with no content of its own.
    const afterQuestion = speaker !== null && !inverted && speaker.first === s.first && s.first > 1 && t.kind[s.first - 1] === TokenKind.Close && (isPunctChar(t, s.first - 2, 0x3f) || isPunctChar(t, s.first - 2, 0x21));
    // ("“Did you know?” Todd asked the real estate mogul.": whom the question was put to, after a verb that takes a hearer.)
    const mannerOnly = afterQuestion && (this.mannerTail(after, sentenceLast) || (objectFirst && this.hearerOnly(after, sentenceLast)));
    const endsHere = after > sentenceLast || mannerOnly || (inverted && isPunctChar(t, after, 0x28)) || (isPunctChar(t, after, COMMA) && t.kind[p] !== TokenKind.Open) || isPunctChar(t, after, SEMICOLON) || (t.kind[after] === TokenKind.Punct && DASHES.has(charAt(t, after))) || this.adverbialTail(after, sentenceLast, speaker, inverted);
    const cueForBuild = { first: cue, last: cueLast };
    // "…, and he finds that in public work, he said.": a cue that closes the sentence reports all of it, the
    // attributions inside included.
    const closesSentence = after > sentenceLast && !inverted && speaker !== null && isPunctChar(t, speaker.first - 1, COMMA);
    // ("“…,” Blige sings before asking her, “…”": a participle after its preposition reports only what follows it.)
    // ("Asked about the delay, she declined to comment.": what was not said has no words before the refusal.)
    // ("…, which did not announce …": what comes before a relative "which" is its antecedent, nothing it said.)
    const relativeWhich = speaker !== null && !inverted && speaker.first === speaker.last && isWordAt(t, speaker.first, W_WHICH);
    const before0 = participial || afterPreposition || refused || relativeWhich ? null : this.contentBefore(s, speaker && !inverted ? speaker.first : cue, closesSentence ? [] : earlier);
    // ("After all, Sanders seems to be able to show up anywhere": before an infinitive after another verb, only a quote
    // is what was said.)
    // ("In a speech last July, he said:", "In Nevada, he reminded voters …": a short prepositional phrase fronted before
    // the subject says where or when, not what, unless the report goes on after the cue: "In the end, Lee said, voters …".)
    const setting = before0 !== null && before0.directRegion < 0 && this.frontedSetting(before0.first, before0.last) && !(isPunctChar(t, after, COMMA) && p <= sentenceLast && t.kind[p] === TokenKind.Word);
    const before = before0 && ((raised && before0.directRegion < 0) || setting) ? null : before0;
    // “…,” Christie said when asked …: only a "that" clause after the cue outweighs the quote before it.
    const quoteBefore = before !== null && before.directRegion >= 0 && !(p <= sentenceLast && t.kind[p] === TokenKind.Word && isWordAt(t, p, W_THAT));
    // "Lee is “a fine judge,” Ruiz said on Sunday.": after a clause that closes with quoted words and a comma inside
    // the mark, the phrase after the cue says where or when, as after a comma.
    const partialTail = before !== null && before.directRegion < 0 && !endsHere && this.adverbialTail(after, sentenceLast, speaker, inverted, true);
    // "The plan “was early,” said Mary Lee of the teachers union.": the phrase after an inverted speaker is its own.
    const speakerTail = inverted && before !== null && after <= sentenceLast && t.kind[after] === TokenKind.Word && PREPOSITIONS.at(t, after);
    // ("Hawaii, as one of Mr. Obama's advisers pointed out, …": the share of a group heads the speaker.)
    if (speaker && !inverted && speaker.first - 3 > s.first && isWordAt(t, speaker.first - 1, W_OF) && isWordAt(t, speaker.first - 3, W_AS) && t.kind[speaker.first - 2] === TokenKind.Word && (PLURAL_HEADS.at(t, speaker.first - 2) || QUANTIFIER_HEADS.has(lowerWord(t, speaker.first - 2)))) {
      speaker = speakerPhraseOf(speaker.first - 2, speaker.last, speaker.kind, speaker.name, speaker.role, speaker.anonymous, speaker.nameFirst, speaker.nameLast);
    }
    // "…, and as Ruiz noted, people involved could face sanctions", "given that, as the Times reported on Saturday,
    // he has …": an "as" clause set off inside the sentence attributes the clause after its comma.
    if (speaker && !inverted && speaker.first - 2 > s.first && isWordAt(t, speaker.first - 1, W_AS) && (isPunctChar(t, speaker.first - 2, COMMA) || isWordAt(t, speaker.first - 2, W_AND) || isWordAt(t, speaker.first - 2, W_BUT))) {
      let k = after;
      while (k <= sentenceLast && k - after < BEFORE_THAT_MAX && t.kind[k] === TokenKind.Word) k++;
      // ("the result, as he explained, was a bubble": a verb after the comma goes on with the clause around the aside;
      // "If prices rise, as some hope, …": the aside qualifies the condition before it.)
      const subordinate = SUBORDINATORS.at(t, s.first) || (s.first + 1 < s.end && SENTENCE_CONJUNCTIONS.at(t, s.first) && SUBORDINATORS.at(t, s.first + 1));
      if (k < sentenceLast && isPunctChar(t, k, COMMA) && t.kind[k + 1] === TokenKind.Word && !subordinate && !this.verbAt(k + 1)) {
        const a = this.contentAfter(k + 1, sentenceLast, cue, cueLast, { ...entry, needsClause: false }, speaker);
        if (a) return a;
      }
    }
    if (endsHere || quoteBefore || speakerTail || partialTail) {
      // "Oz is “smart as hell,” Lee wrote, and “…”": content before the cue that ends with quoted words goes on too.
      const partialBefore = before !== null && before.directRegion < 0 && t.kind[before.last] === TokenKind.Close;
      if ((quoteBefore && (!endsHere || inverted || isPunctChar(t, after, COMMA))) || partialBefore) {
        // “…,” Putin said during the session: skip the adverbial to look for the second half of a split quote.
        // (A capitalised word is part of a name, not a cue: "the director of the Anderson Forecast, “…”".)
        let k = after;
        while (k <= sentenceLast && t.kind[k] !== TokenKind.Open && t.kind[k] !== TokenKind.Close && !(t.kind[k] === TokenKind.Word && isLowerStart(t, k) && cueVerbAt(t, k) !== undefined)) k++;
        // “…,” Tester said, referring to the excuse, “you give …”: a participle's aside set off by commas, then the
        // quote going on in lower case.
        // (Only after a quote cut at its comma, and an aside with no clause of its own: "“…!” she wrote, arguing that
        // if …, “…”" reports the clause.)
        const cutAtComma = before !== null && before.directRegion >= 0 && isPunctChar(t, this.regionCloseToken[before.directRegion] - 1, COMMA);
        // ("…,” Lee said, quoting Ruiz, “…”: the words after a participle of quoting are someone else's.)
        const asideVerb = k <= sentenceLast && t.kind[k] === TokenKind.Word ? cueVerbAt(t, k) : undefined;
        if (cutAtComma && asideVerb?.form === 'participle' && !QUOTING_LEMMAS.has(asideVerb.lemma) && isPunctChar(t, k - 1, COMMA)) {
          let m = k + 1;
          while (m <= sentenceLast && m - k <= MAX_CUE_ADVERBIAL_TOKENS && ((t.kind[m] === TokenKind.Word && !COMPLEMENTIZERS.at(t, m)) || isPunctChar(t, m, 0x2e))) m++;
          if (m > k + 1 && m + 1 <= sentenceLast && isPunctChar(t, m, COMMA) && t.kind[m + 1] === TokenKind.Open && t.kind[m + 2] === TokenKind.Word && isLowerStart(t, m + 2)) k = m + 1;
        }
        // ("… said in Salem, Ore. “…”": the full stop of an abbreviation that ended no sentence.)
        if (k <= sentenceLast && t.kind[k] === TokenKind.Open && (isPunctChar(t, k - 1, COMMA) || isPunctChar(t, k - 1, 0x2e))) {
          after = k - 1;
          p = k;
        } else if (k <= sentenceLast && t.kind[k] === TokenKind.Open) {
          // “…,” he said, but “…”; “…,” Jordan said, and still “…”: a conjunction goes on with the quote.
          const conjunction = isWordAt(t, k - 1, W_AND) || isWordAt(t, k - 1, W_BUT) ? k - 1 : isLowerStart(t, k - 1) && (isWordAt(t, k - 2, W_AND) || isWordAt(t, k - 2, W_BUT)) ? k - 2 : -1;
          if (conjunction > after && isPunctChar(t, conjunction - 1, COMMA)) {
            after = conjunction - 1;
            p = k;
          }
        }
      }
      if (!before && speaker && t.kind[after] === TokenKind.Punct && DASHES.has(charAt(t, after))) {
        // "Manafort said — on Twitter, as it happens — that …": step over the aside.
        let k = after + 1;
        while (k <= sentenceLast && k - after < 16 && !(t.kind[k] === TokenKind.Punct && DASHES.has(charAt(t, k)))) k++;
        if (k < sentenceLast) return this.contentAfter(k + 1, sentenceLast, cue, cueLast, entry, speaker);
      }
      if (!before && speaker && !inverted && isPunctChar(t, after, COMMA)) {
        // "Rubio says, win or lose, he is staying in the race": an aside between commas, then the reported clause.
        // ("told the audience, to rowdy applause, “…”": after the aside, the quote alone is the content.)
        const closer = this.asideBeforeClause(after, sentenceLast);
        if (closer >= 0 && t.kind[closer + 1] === TokenKind.Open && this.regionCloseToken[t.region[closer + 1]] >= 0) return this.build(closer + 1, this.regionCloseToken[t.region[closer + 1]], cue, cueLast, lemma, speaker);
        if (closer >= 0) return this.build(after + 1, this.clauseEnd(closer + 1, sentenceLast), cue, cueLast, lemma, speaker);
      }
      if (!before && speaker && !inverted && isPunctChar(t, after, COMMA) && speaker.first - 1 >= s.first && t.kind[speaker.first - 1] === TokenKind.Word && isWordAt(t, speaker.first - 1, W_AS) && speaker.first - 1 <= s.first + 1) {
        // "As Ms. Simonyan put it, RT is …": a fronted "as" clause attributes what follows.
        return this.contentAfter(after + 1, sentenceLast, cue, cueLast, { ...entry, needsClause: false }, speaker);
      }
      if (!before) {
        // "He added:" — the quote in the next sentence or paragraph is this cue's content.
        // ("He told his audience, to rowdy applause:" introduces the quote too.)
        const introduced = after > sentenceLast || (isPunctChar(t, after, COMMA) && this.plainWordsUpTo(after + 1, sentenceLast));
        if (speaker && introduced && isPunctChar(t, s.end - 1, COLON)) this.introduction = { cueFirst: cue, cueLast, cueLemma: lemma, speaker };
        if (speaker && introduced && s.end - 2 >= s.first && t.kind[s.end - 1] === TokenKind.Break && isPunctChar(t, s.end - 2, COLON)) this.introduction = { cueFirst: cue, cueLast, cueLemma: lemma, speaker };
        // "“Why are you still backing him?” Ruiz asked the council.": the question or exclamation closed the
        // sentence before; this cue and speaker are its own.
        if (speaker && afterQuestion && (after > sentenceLast || mannerOnly)) this.quoteTail = { cueFirst: cue, cueLast, cueLemma: lemma, speaker };
        return null;
      }
      let contentLast = before.last;
      if (before.directRegion < 0 && !inverted && isPunctChar(t, after, COMMA) && p <= sentenceLast && t.kind[p] === TokenKind.Word && !ASIDE_ENDERS.at(t, p) && cueVerbAt(t, p)?.form !== 'participle') {
        // "Within marriages, they said, the outreach failed": the attribution is an aside inside its content.
        contentLast = this.clauseEnd(p, sentenceLast);
      } else if (before.directRegion < 0 && inverted && isPunctChar(t, after, COMMA) && !NAMING_PARTICIPLES.at(t, cue)) {
        // "Any reading of his actions, said Michael Kofman, an expert on Russia, would see …": the predicate goes on
        // after the inverted speaker (and the apposition after it).
        const resume = this.predicateAfterInvertedSpeaker(p, sentenceLast);
        if (resume >= 0) contentLast = this.clauseEnd(resume, sentenceLast);
      }
      const a = this.build(before.first, contentLast, cueForBuild.first, cueForBuild.last, lemma, speaker);
      // “…,” he said, “…”: the second half of a split quote.
      if ((before.directRegion >= 0 || partialBefore) && p <= sentenceLast && t.kind[p] === TokenKind.Open && !this.namesAShow(t.region[p]) && (isPunctChar(t, after, COMMA) || isPunctChar(t, after, 0x2e) || p === after)) {
        const r = t.region[p];
        a.regions.push(r);
        a.contentLast = this.regionCloseToken[r];
      }
      if (!speaker && previous && previous.speaker && a.kind === 'direct') {
        a.speaker = previous.speaker;
        a.carriedSpeaker = true;
      }
      return speaker || a.kind === 'direct' ? a : null;
    }
    if (!speaker && !participial && entry.form === 'finite' && (lemma === 'say' || lemma === 'tell') && j === cue - 1) speaker = this.longSubjectBefore(s, j);
    // ("The average of polls taken over the past two weeks shows …": a long subject of findings opens with an article.)
    if (!speaker && !participial && entry.form === 'finite' && FINDING_LEMMAS.has(lemma) && j === cue - 1) {
      const long = this.longSubjectBefore(s, j);
      if (long && DETERMINERS.at(t, long.first)) speaker = long;
    }
    // "Some voters who heard him speak, on television or at rallies, said …": a long subject before an aside.
    if (!speaker && !participial && entry.form === 'finite' && (lemma === 'say' || lemma === 'tell') && j === cue - 1 && isPunctChar(t, j, COMMA)) speaker = this.longSubjectBeforeAside(s, j);
    if (!speaker && !participial && entry.form === 'finite' && (lemma === 'say' || lemma === 'tell') && j === cue - 1 && isLowerStart(t, cue) && (t.kind[j] === TokenKind.Word || (isPunctChar(t, j, COMMA) && after < s.end && (PRONOUNS.at(t, after) || isWordAt(t, after, W_THAT))))) speaker = this.subjectOpeningLongClause(s, j);
    if (!speaker) return null;
    // "tweeted Monday “…”", "said in a statement: “…”": an adverbial between the cue and its quote.
    let settingSkipped = false;
    if (p <= sentenceLast && t.kind[p] !== TokenKind.Open) {
      // (Only an adverbial may run to the longer reach: "said at a rally in Ohio on Monday, “…”", not "told the
      // council that the fees, in her words, “…”", whose subject comes first.)
      const adverbial = t.kind[p] === TokenKind.Word && (PREPOSITIONS.at(t, p) || DAY_WORDS.at(t, p) || TIME_WORDS.at(t, p));
      const reach = adverbial ? MAX_CUE_ADVERBIAL_TOKENS : MAX_CUE_SETTING_TOKENS;
      for (let k = p + 1; k <= sentenceLast && k - p < reach; k++) {
        const kind = t.kind[k];
        if (kind === TokenKind.Close || kind === TokenKind.Break) break;
        if (kind === TokenKind.Word && (COMPLEMENTIZERS.at(t, k) || cueVerbAt(t, k) !== undefined)) break;
        if (kind === TokenKind.Open) {
          const prev = k - 1;
          if (isPunctChar(t, prev, COLON) || isPunctChar(t, prev, COMMA) || (t.kind[prev] === TokenKind.Word && TIME_WORDS.at(t, prev))) {
            // (Only an adverbial, "said during the debate, “…”": "suggested he had lied: “…”" reports a clause first.)
            settingSkipped = adverbial;
            p = k;
          }
          break;
        }
      }
    }
    if (t.kind[p] === TokenKind.Open) {
      const r = t.region[p];
      const close = this.regionCloseToken[r];
      let q = close + 1;
      while (q < s.end && t.kind[q] === TokenKind.Punct) q++;
      if (q >= s.end || q > sentenceLast) return this.build(p, close, cue, cueLast, lemma, speaker);
      // "yelled “You lie!” at the president", "cry “but they’re racist!” when …": a quoted sentence closed by its own
      // punctuation is the content; the words after it say where or when it was said.
      const closedSentence = close - 1 > p && t.kind[close - 1] === TokenKind.Punct && isSentenceEnd(charAt(t, close - 1));
      if (closedSentence && t.kind[q] === TokenKind.Word && isLowerStart(t, q) && (PREPOSITIONS.at(t, q) || SUBORDINATORS.at(t, q) || isWordAt(t, q, W_AND) || isWordAt(t, q, W_BUT) || isWordAt(t, q, W_TO))) return this.build(p, close, cue, cueLast, lemma, speaker);
    }
    // "said during the debate last week, “That makes me smart,” when …": after the adverbial, the quoted sentence
    // alone is the content, as it is right after the cue.
    const read = this.contentAfter(settingSkipped && this.opensQuotedSentence(t.region[p]) ? p : after, sentenceLast, cue, cueLast, entry, speaker);
    // "released the following statement:" — the quote in the next sentence or paragraph is this cue's content.
    const colonEnds = isPunctChar(t, s.end - 1, COLON) || (s.end - 2 >= s.first && t.kind[s.end - 1] === TokenKind.Break && isPunctChar(t, s.end - 2, COLON));
    if (colonEnds && after <= sentenceLast && this.plainWordsUpTo(after, sentenceLast) && MEDIUM_NOUNS.at(t, sentenceLast)) {
      this.introduction = { cueFirst: cue, cueLast, cueLemma: lemma, speaker };
    }
    return read;
  }

  /**
   * The comma that closes a short aside of plain words opened by the comma at `comma`, when a pronoun subject and its
   * verb follow it ("says, win or lose, he is …", "said, if elected, she would …"); -1 otherwise.
   */
  private asideBeforeClause(comma: number, sentenceLast: number): number {
    const t = this.tokens;
    let k = comma + 1;
    // ("agreed, but also contended that …": a second verb of the subject is no aside.)
    if (k > sentenceLast || t.kind[k] !== TokenKind.Word || isWordAt(t, k, W_AND) || isWordAt(t, k, W_BUT)) return -1;
    for (; k <= sentenceLast && k - comma <= MAX_ASIDE_TOKENS && t.kind[k] === TokenKind.Word; k++) if (isWordAt(t, k, W_THAT) || cueVerbAt(t, k) !== undefined) return -1;
    if (k + 1 <= sentenceLast && isPunctChar(t, k, COMMA) && t.kind[k + 1] === TokenKind.Open) return k;
    if (k + 2 > sentenceLast || !isPunctChar(t, k, COMMA) || t.kind[k + 1] !== TokenKind.Word || !(PRONOUNS.at(t, k + 1) || isPronounContraction(lowerWord(t, k + 1))) || isWordAt(t, k + 1, W_WHO)) return -1;
    return t.kind[k + 2] === TokenKind.Word && isLowerStart(t, k + 2) ? k : -1;
  }

  /**
   * Whether a short subject and a finite verb of saying from `from` end the sentence, with at most two words after the
   * verb ("an official said", "aides told reporters", "the campaign said Tuesday").
   */
  private sourceTagCloses(from: number, sentenceLast: number): boolean {
    const t = this.tokens;
    if (t.kind[from] !== TokenKind.Word || COMPLEMENTIZERS.at(t, from) || isFillerAt(t, from) || CLAUSE_STARTERS.at(t, from)) return false;
    for (let m = from + 1; m <= sentenceLast && m - from <= MAX_SOURCE_TAG_WORDS + 2; m++) {
      if (t.kind[m] !== TokenKind.Word) return false;
      const entry = isLowerStart(t, m) ? cueVerbAt(t, m) : undefined;
      if (entry?.form === 'finite' && CLAUSE_VERBS.has(entry.lemma)) {
        if (sentenceLast - m > 2) return false;
        for (let k = m + 1; k <= sentenceLast; k++) if (t.kind[k] !== TokenKind.Word || cueVerbAt(t, k) !== undefined) return false;
        return true;
      }
      if (AUXILIARIES.at(t, m) || COMPLEMENTIZERS.at(t, m) || isPastVerbAt(t, m) || PREPOSITIONS.at(t, m)) return false;
    }
    return false;
  }

  /** Whether "by" and a word, the agent of a passive, come at `k`. */
  private passiveAgentAt(k: number, end: number): boolean {
    const t = this.tokens;
    return k + 1 < end && isWordAt(t, k, W_BY) && t.kind[k + 1] === TokenKind.Word;
  }

  /**
   * Where the hearer's noun phrase after "told" ends, from `from`: past the adjectives and nouns in lower case, up to
   * the word that begins the content ("told a Senate panel that …", "told the council members he would …").
   */
  private hearerEnd(from: number, sentenceLast: number): number {
    const t = this.tokens;
    let k = from;
    for (; k <= sentenceLast && k - from < MAX_HEARER_WORDS && t.kind[k] === TokenKind.Word && isLowerStart(t, k); k++) {
      if (TOLD_OBJECTS.at(t, k)) return from;
      // ("told his aides never to speak of it": whom one tells to do something is part of the order.)
      if (isWordAt(t, k, W_TO) || isWordAt(t, k, W_NOT) || isWordAt(t, k, W_NEVER)) return from;
      if (PREPOSITIONS.at(t, k) || COMPLEMENTIZERS.at(t, k) || SUBORDINATORS.at(t, k) || AUXILIARIES.at(t, k) || PRONOUNS.at(t, k) || DETERMINERS.at(t, k) || POSSESSIVE_DETERMINERS.at(t, k)) break;
      if (isWordAt(t, k, W_TO) || isWordAt(t, k, W_AND) || isWordAt(t, k, W_BUT) || isWordAt(t, k, W_OR) || isWordAt(t, k, W_NOT) || DAY_WORDS.at(t, k) || TIME_WORDS.at(t, k) || cueVerbAt(t, k) !== undefined) break;
    }
    return k;
  }

  /** Whether a "that", "which", "who", "whom", "whose" or "where" before token `at` in the sentence opens a clause that holds it. */
  private insideEmbeddedClause(s: Sentence, at: number): boolean {
    const t = this.tokens;
    for (let k = s.first; k < at; k++) {
      if (t.kind[k] === TokenKind.Open) k = Math.max(k, this.regionCloseToken[t.region[k]]);
      else if (t.kind[k] === TokenKind.Word && (isWordAt(t, k, W_THAT) || isWordAt(t, k, W_WHICH) || EMBEDDING_RELATIVES.at(t, k))) return true;
    }
    return false;
  }

  /**
   * The name or role that opens the sentence and is followed by its verb, after an apposition set off by commas when
   * there is one ("Christie, the governor, repeated …"), before token `end`; null otherwise.
   */
  private subjectOpeningSentence(s: Sentence, end: number): SpeakerPhrase | null {
    const t = this.tokens;
    // ("When Trump spoke, …": a subordinate clause opens the sentence, not its subject.)
    if (SUBORDINATORS.at(t, s.first) || CLAUSE_OPENERS.at(t, s.first)) return null;
    const sp = phraseStartingAt(t, s.first, end);
    if (!sp || sp.kind === 'pronoun') return null;
    let verb = sp.last + 1;
    if (verb < end && isPunctChar(t, verb, COMMA)) {
      let k = verb + 1;
      while (k < end && k - verb <= MAX_APPOSITION_WORDS && (t.kind[k] === TokenKind.Word || isPunctChar(t, k, 0x2e))) k++;
      if (k >= end || !isPunctChar(t, k, COMMA)) return null;
      verb = k + 1;
    }
    // ("Trump was similarly defensive …": an auxiliary is the verb too, not only a filler before it.)
    while (verb < end && !this.verbAt(verb) && isFillerAt(t, verb)) verb++;
    return verb < end && this.verbAt(verb) ? sp : null;
  }

  /**
   * Whether a subject and its finite cue start at `from`: words (and an apposition between commas) with no verb of
   * their own, then a lower-case reporting verb ("three-quarters said", "more than 4 in 10 say", "Lee, the harbour
   * master, said").
   */
  private reportStartsAt(from: number, sentenceLast: number): boolean {
    const t = this.tokens;
    if (t.kind[from] !== TokenKind.Word || COMPLEMENTIZERS.at(t, from) || isWordAt(t, from, W_TO)) return false;
    // ("and specifically mentioned …" goes on with the same subject.)
    if (isFillerAt(t, from)) return false;
    for (let m = from + 1; m <= sentenceLast && m - from <= MAX_REPORT_SUBJECT_TOKENS; m++) {
      const kind = t.kind[m];
      if (kind === TokenKind.Punct) {
        if (isPunctChar(t, m, COMMA) || isPunctChar(t, m, 0x25) || isPunctChar(t, m, 0x2d) || isPunctChar(t, m, 0x2e)) continue;
        return false;
      }
      if (kind !== TokenKind.Word) return false;
      // ("…, and Trump later called Haley “weak”": a name given is part of the events reported, no report of its own.)
      const entry = isLowerStart(t, m) ? cueVerbAt(t, m) : undefined;
      if (entry?.form === 'finite') return !NAMING_VERBS.has(entry.lemma) && (!isPunctChar(t, m - 1, COMMA) || t.kind[m - 2] === TokenKind.Word);
      if (AUXILIARIES.at(t, m) || COMPLEMENTIZERS.at(t, m) || isPastVerbAt(t, m) || PREPOSITIONS.at(t, m) && !NUMBER_PREPOSITIONS.at(t, m)) return false;
    }
    return false;
  }

  /** Whether token `k` reads as a verb: an auxiliary, a past form, or an "-s" form before a determiner ("bows his head"). */
  private verbAt(k: number): boolean {
    const t = this.tokens;
    if (t.kind[k] !== TokenKind.Word || !isLowerStart(t, k)) return false;
    if (AUXILIARIES.at(t, k) || BE_FORMS.at(t, k) || isPastVerbAt(t, k)) return true;
    return t.text.charCodeAt(t.end[k] - 1) === 0x73 && k + 1 < t.count && t.kind[k + 1] === TokenKind.Word && (DETERMINERS.at(t, k + 1) || POSSESSIVE_DETERMINERS.at(t, k + 1));
  }

  /**
   * Where the predicate of the clause before an inverted cue goes on after the speaker: an auxiliary or a past verb at
   * `p`, or after an apposition of plain words closed by a comma ("…, said Kofman, an expert on Russia, would …"); -1
   * otherwise.
   */
  private predicateAfterInvertedSpeaker(p: number, sentenceLast: number): number {
    const t = this.tokens;
    if (this.resumesPredicate(p, sentenceLast)) return p;
    if (p > sentenceLast || !(INDEFINITE_ARTICLES.at(t, p) || isWordAt(t, p, W_THE))) return -1;
    for (let k = p + 1; k <= sentenceLast && k - p <= MAX_ASIDE_TOKENS; k++) {
      if (t.kind[k] === TokenKind.Word) continue;
      return isPunctChar(t, k, COMMA) && this.resumesPredicate(k + 1, sentenceLast) ? k + 1 : -1;
    }
    return -1;
  }

  /**
   * Whether the words from `from` to `last` are an apposition on a source: an article or a lower-case noun first, and
   * no verb before the end or a relative pronoun ("head of the center, and other scientists", "a tool that …").
   */
  private appositionToEnd(from: number, last: number): boolean {
    const t = this.tokens;
    if (from > last || t.kind[from] !== TokenKind.Word || !isLowerStart(t, from) || isWordAt(t, from, W_AND) || isWordAt(t, from, W_BUT)) return false;
    if (RELATIVE_ASIDES.at(t, from)) return true;
    if (!DETERMINERS.at(t, from) && !ROLE_WORDS.at(t, from)) return false;
    for (let k = from + 1; k <= last; k++) {
      if (t.kind[k] !== TokenKind.Word) continue;
      if (isWordAt(t, k, W_THAT) || isWordAt(t, k, W_WHICH) || isWordAt(t, k, W_WHO)) return true;
      if (this.verbAt(k)) return false;
    }
    return true;
  }

  /** Whether the words from `from` to `last` are a manner or a place only: an "-ly" adverb or a preposition first, no clause. */
  private mannerTail(from: number, last: number): boolean {
    const t = this.tokens;
    if (from > last || last - from > 8 || t.kind[from] !== TokenKind.Word || !isLowerStart(t, from) || !(isLyAdverb(t, from) || PREPOSITIONS.at(t, from))) return false;
    for (let k = from; k <= last; k++) {
      if (t.kind[k] === TokenKind.Punct && (isPunctChar(t, k, 0x2e) || isPunctChar(t, k, 0x2d))) continue;
      if (t.kind[k] !== TokenKind.Word || COMPLEMENTIZERS.at(t, k) || (k > from && isLowerStart(t, k) && cueVerbAt(t, k)?.form === 'finite')) return false;
    }
    return true;
  }

  /** Whether the words from `from` to `last` are a short noun phrase of plain words, as a hearer is ("the mogul"). */
  private hearerOnly(from: number, last: number): boolean {
    const t = this.tokens;
    if (from > last || last - from > 5 || t.kind[from] !== TokenKind.Word || isLyAdverb(t, from)) return false;
    for (let k = from; k <= last; k++) {
      if (t.kind[k] === TokenKind.Punct && (isPunctChar(t, k, 0x2e) || isPunctChar(t, k, 0x2d))) continue;
      if (t.kind[k] !== TokenKind.Word || COMPLEMENTIZERS.at(t, k) || PREPOSITIONS.at(t, k) || isWordAt(t, k, W_TO) || AUXILIARIES.at(t, k) || cueVerbAt(t, k) !== undefined) return false;
    }
    return true;
  }

  /** Whether advice follows at `from`: "to" and a verb, "that", "against" or a quote, within a few words. */
  private adviceAt(from: number, last: number): boolean {
    const t = this.tokens;
    for (let k = from; k <= last && k - from <= MAX_WORDS_BEFORE_REPORT_WORD; k++) {
      if (t.kind[k] === TokenKind.Open) return true;
      if (t.kind[k] !== TokenKind.Word) {
        if (isPunctChar(t, k, COMMA) || isPunctChar(t, k, COLON)) continue;
        return false;
      }
      if (isWordAt(t, k, W_THAT) || lowerWord(t, k) === 'against' || (isWordAt(t, k, W_TO) && k + 1 <= last && t.kind[k + 1] === TokenKind.Word && !DETERMINERS.at(t, k + 1) && !POSSESSIVE_DETERMINERS.at(t, k + 1) && !isUpperStart(t, k + 1))) return true;
    }
    return false;
  }

  /** Whether "as" or "that" comes within a few words from `from`, before any punctuation. */
  private asOrThatWithin(from: number, last: number): boolean {
    const t = this.tokens;
    for (let k = from; k <= last && k - from <= MAX_WORDS_BEFORE_REPORT_WORD; k++) {
      if (t.kind[k] !== TokenKind.Word) return false;
      if (isWordAt(t, k, W_AS) || isWordAt(t, k, W_THAT)) return true;
    }
    return false;
  }

  /** Whether "for", "against", "to" or "on" follows a vote at `from`, after a tally or an adverb ("6-1 for", "twice for"). */
  private voteChoiceAt(from: number, end: number): boolean {
    const t = this.tokens;
    let k = from;
    while (k < end && k - from < 6 && (isDigit(t, k) || isPunctChar(t, k, 0x2d) || (isWordAt(t, k, W_TO) && k + 1 < end && isDigit(t, k + 1)) || (t.kind[k] === TokenKind.Word && (isLyAdverb(t, k) || VOTE_ADVERBS.has(lowerWord(t, k)))))) k++;
    return k < end && t.kind[k] === TokenKind.Word && VOTE_CHOICES.has(lowerWord(t, k));
  }

  /** Whether an auxiliary or a past verb that is no cue is at `k`, going on with a predicate. */
  private resumesPredicate(k: number, sentenceLast: number): boolean {
    const t = this.tokens;
    return k <= sentenceLast && t.kind[k] === TokenKind.Word && isLowerStart(t, k) && cueVerbAt(t, k) === undefined && (AUXILIARIES.at(t, k) || isPastVerbAt(t, k));
  }

  /** Whether the tokens from `from` to `last` are a short run of plain words, as an aside of place or manner is. */
  private plainWordsUpTo(from: number, last: number): boolean {
    const t = this.tokens;
    if (from > last || last - from >= MAX_ASIDE_TOKENS) return false;
    for (let k = from; k <= last; k++) if (t.kind[k] !== TokenKind.Word) return false;
    return true;
  }

  /** Whether the word at `k` modifies the number after it ("about half", "around 30 percent", "at least six", "over a third"). */
  private modifiesANumber(k: number, last: number): boolean {
    const t = this.tokens;
    if (!NUMBER_MODIFIERS.at(t, k)) return false;
    let n = k + 1;
    const w = lowerWord(t, k);
    // ("would add up to $1.5 trillion": the particle of "add up".)
    if (w === 'up' && k - 1 >= 0 && t.kind[k - 1] === TokenKind.Word && lowerWord(t, k - 1).startsWith('add')) return false;
    if (w === 'at' || w === 'up') {
      if (n > last || t.kind[n] !== TokenKind.Word || !(w === 'at' ? lowerWord(t, n) === 'least' || isWordAt(t, n, W_MOST) : isWordAt(t, n, W_TO))) return false;
      n++;
    } else if (w !== 'about' && w !== 'around' && w !== 'over' && w !== 'under') {
      return false;
    }
    if (n <= last && t.kind[n] === TokenKind.Word && INDEFINITE_ARTICLES.at(t, n)) n++;
    if (n > last) return false;
    if (t.kind[n] === TokenKind.Punct) return isPunctChar(t, n, 0x24) && n + 1 <= last && isDigit(t, n + 1);
    return t.kind[n] === TokenKind.Word && (isDigit(t, n) || NUMBER_WORDS.at(t, n));
  }

  /** Whether a subject takes a plural verb ("aides say", "six in 10 say", "42% say", "many say", "Lee and Ruiz say"). */
  private isPluralSubject(speaker: SpeakerPhrase): boolean {
    const t = this.tokens;
    const head = t.kind[speaker.last] === TokenKind.Word ? lowerWord(t, speaker.last) : tokenText(t, speaker.last);
    let coordinated = false;
    for (let k = speaker.first; k < speaker.last && !coordinated; k++) coordinated = isWordAt(t, k, W_AND);
    // A vague source's last word is no head ("Those close to him say").
    // ("Fishermen", "women", "children": plurals that do not end in "s".)
    return coordinated || speaker.kind === 'anonymous' || head.endsWith('s') || IRREGULAR_PLURALS.has(head) || VAGUE_HEADS.has(head) || head === '%' || (head.charCodeAt(0) >= 0x30 && head.charCodeAt(0) <= 0x39) || PLURAL_HEADS.at(t, speaker.last);
  }

  /**
   * "The judges whose rulings were overturned say …": a subject too long for the phrase reader, back from `last` to
   * the clause start. It must open its sentence or follow a conjunction that does, and hold no quote and no cue.
   */
  private longSubjectBefore(s: Sentence, last: number): SpeakerPhrase | null {
    const t = this.tokens;
    if (t.kind[last] !== TokenKind.Word || !isLowerStart(t, last) && !isUpperStart(t, last)) return null;
    let first = last;
    while (first - 1 >= s.first && last - first < 24 && (t.kind[first - 1] === TokenKind.Word || isPunctChar(t, first - 1, 0x2d) || isPunctChar(t, first - 1, 0x2e))) {
      if (t.kind[first - 1] === TokenKind.Word && cueVerbAt(t, first - 1) !== undefined) return null;
      first--;
    }
    while (first < last && t.kind[first] === TokenKind.Word && SENTENCE_CONJUNCTIONS.at(t, first)) first++;
    if (first - 1 >= s.first && !(first - 1 === s.first && SENTENCE_CONJUNCTIONS.at(t, s.first))) return null;
    if (last - first < 2 || t.kind[first] !== TokenKind.Word || !(isUpperStart(t, first) || DETERMINERS.at(t, first))) return null;
    return classify(t, first, last);
  }

  /**
   * "Several people I've spoken with this month said …", "One pastor backing Cruz, Ana Ruiz of Salem, said …": a
   * subject too long, or with too many verbs of its own, for the readers above; the noun phrase that opens the sentence
   * (after a conjunction), when nothing before the cue closes a clause of its own.
   */
  private subjectOpeningLongClause(s: Sentence, before: number): SpeakerPhrase | null {
    const t = this.tokens;
    let first = s.first;
    if (t.kind[first] === TokenKind.Word && SENTENCE_CONJUNCTIONS.at(t, first)) first++;
    // ("In Mrs. Clinton's favor, all the experts I interviewed said …": a short prepositional phrase fronted before
    // the subject, up to its comma.)
    if (first < before && t.kind[first] === TokenKind.Word && PREPOSITIONS.at(t, first) && !SUBORDINATORS.at(t, first)) {
      let comma = first + 1;
      while (comma < before && comma - first <= 8 && t.kind[comma] === TokenKind.Word) comma++;
      if (!isPunctChar(t, comma, COMMA) || comma >= before) return null;
      first = comma + 1;
    }
    // ("Reached by phone, he …", "Asked about it, …": a participle opens no subject.)
    if (first >= before || t.kind[first] !== TokenKind.Word || PREPOSITIONS.at(t, first) || SUBORDINATORS.at(t, first) || PRONOUNS.at(t, first) || CLAUSE_OPENERS.at(t, first) || /(?:ed|ing)$/.test(lowerWord(t, first))) return null;
    // The phrase stops before a pronoun that opens a relative clause without its pronoun ("people I've spoken with").
    let end = before + 1;
    for (let k = first; k <= before; k++) {
      const kind = t.kind[k];
      if (kind === TokenKind.Open || kind === TokenKind.Close || kind === TokenKind.Break) return null;
      if (kind === TokenKind.Punct && (isPunctChar(t, k, SEMICOLON) || isPunctChar(t, k, COLON))) return null;
      if (kind !== TokenKind.Word) continue;
      // ("Part of what experts say is …": a gap clause; "many of which say": the relative pronoun is the subject; but
      // "The groups who wrote to her say …": a relative clause with its own verb inside the subject.)
      if (WH_GAP_WORDS.has(lowerWord(t, k))) return null;
      if ((isWordAt(t, k, W_THAT) || this.relativePronounAt(k)) && (k === first || !this.hasVerbBetween(k + 1, before + 1))) return null;
      if (k > first && end > before && PRONOUNS.has(lowerWord(t, k).replace(/['’].*$/, ''))) end = k;
    }
    const sp = phraseStartingAt(t, first, end) ?? this.nounPhraseFrom(first, end);
    return sp && sp.kind !== 'pronoun' && sp.last < before ? sp : null;
  }

  /**
   * "Ruiz hit the road on Monday, trashing the plan": failing a verb the reader knows, a name or organisation that
   * opens the sentence and is followed by a lower-case word (its verb) before `end` is the main clause's subject.
   */
  private openingSubject(s: Sentence, end: number): SpeakerPhrase | null {
    const t = this.tokens;
    // "With a potential for dialogue, …": a sentence that opens with a preposition opens with no subject.
    if (t.kind[s.first] === TokenKind.Word && PREPOSITIONS.at(t, s.first)) return null;
    const sp = phraseStartingAt(t, s.first, end);
    if (!sp || (sp.kind !== 'name' && sp.kind !== 'organisation')) return null;
    const verb = sp.last + 1;
    return verb < end && t.kind[verb] === TokenKind.Word && isLowerStart(t, verb) && !PREPOSITIONS.at(t, verb) && !COMPLEMENTIZERS.at(t, verb) ? sp : null;
  }

  /** "by the referee that …": the words from `first` up to a clause word or punctuation, as a phrase. */
  private nounPhraseFrom(first: number, end: number): SpeakerPhrase | null {
    const t = this.tokens;
    let last = first - 1;
    for (let k = first; k < end && k - first < 6 && t.kind[k] === TokenKind.Word; k++) {
      if (k > first && (COMPLEMENTIZERS.at(t, k) || PREPOSITIONS.at(t, k) || cueVerbAt(t, k) !== undefined)) break;
      last = k;
    }
    return last >= first ? classify(t, first, last) : null;
  }

  /** A reported clause (or quote with words around it) that starts at `after` and runs to the clause end. */
  private contentAfter(after: number, sentenceLast: number, cue: number, cueLast: number, entry: CueEntry, speaker: SpeakerPhrase | null): Attribution | null {
    const t = this.tokens;
    const lemma = entry.lemma;
    let contentFirst = after;
    while (contentFirst <= sentenceLast && t.kind[contentFirst] === TokenKind.Punct && !(t.kind[contentFirst] === TokenKind.Open)) contentFirst++;
    if (contentFirst > sentenceLast) return null;
    // "The protester yelled and held up a banner", "what Obama says and promises is …": the cue's subject goes on
    // with another verb; nothing follows the cue as its content.
    if (t.kind[contentFirst] === TokenKind.Word && isLowerStart(t, contentFirst) && (isWordAt(t, contentFirst, W_AND) || isWordAt(t, contentFirst, W_OR))) return null;
    // "continued by saying, “…”": the participle after the preposition is the cue of what follows.
    if (contentFirst + 1 <= sentenceLast && t.kind[contentFirst] === TokenKind.Word && PARTICIPLE_PREPOSITIONS.at(t, contentFirst) && t.kind[contentFirst + 1] === TokenKind.Word && cueVerbAt(t, contentFirst + 1)?.form === 'participle') return null;
    let contentLast = this.clauseEnd(contentFirst, sentenceLast);
    // "After saying he was nervous, the man …": the content ends before a speaker that follows it.
    if (speaker && speaker.first > contentFirst && speaker.first <= contentLast) {
      contentLast = speaker.first - 1;
      while (contentLast >= contentFirst && t.kind[contentLast] === TokenKind.Punct) contentLast--;
    }
    // "While Putin expressed cautious optimism, Kremlin officials …": a subordinate clause ends at its comma.
    // ("With leaders worried about turnout, Obama is …": so does an absolute phrase after "with" that opens the sentence.)
    const opener = speaker ? speaker.first - 1 : -1;
    let withAt = opener;
    while (withAt >= 0 && opener - withAt < 4 && t.kind[withAt] === TokenKind.Word && !isWordAt(t, withAt, W_WITH)) withAt--;
    const absolute = withAt >= 0 && t.kind[withAt] === TokenKind.Word && isWordAt(t, withAt, W_WITH) && isUpperStart(t, withAt) && (withAt === 0 || t.kind[withAt - 1] !== TokenKind.Word);
    if (absolute || (opener >= 0 && t.kind[opener] === TokenKind.Word && SUBORDINATORS.at(t, opener) && (opener === 0 || t.kind[opener - 1] !== TokenKind.Word))) {
      contentLast = this.frontedClauseEnd(contentFirst, contentLast);
    }
    // "Ruiz, who said the plan would fail, is wary": a relative clause ends before the main clause's verb, at the
    // comma that sets it off ("Voters who praise Ruiz are young": a noun-phrase object, at that verb); inside a fronted
    // phrase, before the main clause's subject and verb ("After the report, which found that …, the aides said …").
    if (speaker && speaker.first === speaker.last && RELATIVE_SUBJECTS.at(t, speaker.first) && speaker.first > 0) {
      const commaBefore = isPunctChar(t, speaker.first - 1, COMMA);
      const nounObject = !CLAUSE_VERBS.has(lemma) && t.kind[speaker.first - 1] === TokenKind.Word;
      for (let k = contentFirst + 1; k <= contentLast && (commaBefore || nounObject); k++) {
        if (t.kind[k] === TokenKind.Open) k = this.regionCloseToken[t.region[k]];
        else if (commaBefore && isPunctChar(t, k, COMMA) && k + 1 <= contentLast && t.kind[k + 1] === TokenKind.Word && ((isLowerStart(t, k + 1) && (BE_FORMS.at(t, k + 1) || AUXILIARIES.at(t, k + 1) || isPastVerbAt(t, k + 1) || this.verbAt(k + 1))) || this.subjectWithVerbAt(k + 1, contentLast))) {
          contentLast = k - 1;
          break;
        } else if (nounObject && t.kind[k] === TokenKind.Word && isLowerStart(t, k) && (BE_FORMS.at(t, k) || AUXILIARIES.at(t, k))) {
          contentLast = k - 1;
          break;
        }
      }
    }
    // "With polls showing her well behind, Clinton campaigned …", "If you wanted to see her event, the only way …": a
    // cue inside a clause that a subordinator or preposition fronts (no comma or dash before the cue) ends at the comma that
    // closes that clause.
    const sf = this.sentenceFirst;
    if (cue > sf && sf < contentFirst && t.kind[sf] === TokenKind.Word && isUpperStart(t, sf) && FRONTING_OPENERS.at(t, sf) && !this.breakBetween(sf + 1, cue)) {
      contentLast = this.frontedClauseEnd(contentFirst, contentLast);
    }
    if (contentLast < contentFirst) return null;
    // "said after the convention he would not …": a prepositional phrase, then the reported clause with its subject.
    if (CLAUSE_VERBS.has(lemma) && t.kind[contentFirst] === TokenKind.Word && PREPOSITIONS.at(t, contentFirst) && !this.modifiesANumber(contentFirst, contentLast)) {
      const subject = this.clauseSubjectAfterPhrase(contentFirst + 1, contentLast);
      if (subject > 0) contentFirst = subject;
    }
    // "reported at least six boats were lost", "said about half of the cuts …": a number's modifier, no preposition.
    const startsWithWord = t.kind[contentFirst] === TokenKind.Word;
    const startsWithPreposition = startsWithWord && PREPOSITIONS.at(t, contentFirst) && !this.modifiesANumber(contentFirst, contentLast);
    // "decided not to recommend charges": "not to" opens an infinitive too.
    const firstIsTo = isWordAt(t, contentFirst, W_TO) || (isWordAt(t, contentFirst, W_NOT) && contentFirst + 1 <= contentLast && isWordAt(t, contentFirst + 1, W_TO));
    // "sings to Hillary Clinton in a clip", "wrote to her on Thursday": "to" and a noun phrase name whom it was said
    // to, not what.
    // (In a headline, "Vows To Eliminate …" is an infinitive; "agreed to a moratorium" is what was agreed.)
    if (isWordAt(t, contentFirst, W_TO) && isLowerStart(t, contentFirst) && lemma !== 'agree' && contentFirst + 1 <= contentLast && t.kind[contentFirst + 1] === TokenKind.Word && (DETERMINERS.at(t, contentFirst + 1) || POSSESSIVE_DETERMINERS.at(t, contentFirst + 1) || HEARER_PRONOUNS.has(lowerWord(t, contentFirst + 1)) || isUpperStart(t, contentFirst + 1))) {
      // ("wrote to his 20,000 followers, “It's time …”": the quote after the hearer is what was said.)
      for (let k = contentFirst + 2; k < contentLast && k - contentFirst <= MAX_CUE_ADVERBIAL_TOKENS; k++) {
        if (t.kind[k] === TokenKind.Open) {
          const close = this.regionCloseToken[t.region[k]];
          return (isPunctChar(t, k - 1, COMMA) || isPunctChar(t, k - 1, COLON)) && close >= 0 ? this.build(k, close, cue, cueLast, lemma, speaker) : null;
        }
        // (Not past another cue: "sings to the crowd before asking them, “…”".)
        if (t.kind[k] === TokenKind.Word && isLowerStart(t, k) && cueVerbAt(t, k) !== undefined) break;
        const beforeQuote = t.kind[k + 1] === TokenKind.Open && (isPunctChar(t, k, COMMA) || isPunctChar(t, k, COLON));
        if (t.kind[k] !== TokenKind.Word && !isThousandsComma(t, k) && !beforeQuote) break;
      }
      return null;
    }
    // "disputed that claim, and …": "that" before a lone noun and a comma (or the sentence end) is a determiner.
    // ("said that she, too, …", "showed that moderates, voters …, backed": a clause goes on after the comma; only a
    // new clause joined by "and" or "but" ends the object there.)
    const demonstrative = startsWithWord && isWordAt(t, contentFirst, W_THAT) && contentFirst + 1 <= sentenceLast && this.thatNounEnds(contentFirst + 1, sentenceLast);
    const complementizer = startsWithWord && COMPLEMENTIZERS.at(t, contentFirst) && !demonstrative;
    const infinitive = firstIsTo && TAKES_INFINITIVE.has(lemma);
    let object = false;
    if (demonstrative) {
      contentLast = contentFirst + 1;
      object = true;
    }
    // "half said so in the last poll", "75 percent said yes, but …", "said yes while 48 percent …": a one-word answer
    // ends at its comma, place or conjunction.
    if (startsWithWord && contentFirst < contentLast && ANSWER_WORDS.at(t, contentFirst) && (isPunctChar(t, contentFirst + 1, COMMA) || (t.kind[contentFirst + 1] === TokenKind.Word && ((PREPOSITIONS.at(t, contentFirst + 1) && !isWordAt(t, contentFirst + 1, W_TO)) || SUBORDINATORS.at(t, contentFirst + 1) || isWordAt(t, contentFirst + 1, W_AND) || isWordAt(t, contentFirst + 1, W_BUT))))) contentLast = contentFirst;
    // "agreed with the mayor": after its particle even a verb of saying takes a noun phrase.
    const particleTaken = cueLast > cue && entry.optionalParticles !== undefined && (entry.optionalParticles.at(t, cueLast) || entry.optionalParticles.at(t, cue + 1));
    if ((!CLAUSE_VERBS.has(lemma) || particleTaken || entry.nounPhrase === true) && !infinitive && !complementizer && startsWithWord) {
      const end = this.objectEnd(contentFirst, contentLast);
      if (end >= 0) {
        contentLast = end;
        object = true;
      }
    }
    const a = this.build(contentFirst, contentLast, cue, cueLast, lemma, speaker);
    if (entry.needsClause) {
      let clausal = complementizer || infinitive || t.kind[contentFirst] === TokenKind.Open || a.regions.length > 0;
      // "knocked the rules as undemocratic": an object with its "as" complement is a verdict reported too.
      if (!clausal && startsWithWord && !startsWithPreposition) {
        // ("as president", "such as", "as he left" are no verdicts: the complement is an indefinite or adjective phrase.)
        for (let k = contentFirst + 1; k < contentLast && !clausal; k++) clausal = t.kind[k] === TokenKind.Word && isWordAt(t, k, W_AS) && !isWordAt(t, k - 1, W_SUCH) && t.kind[k + 1] === TokenKind.Word && isVerdictOpener(t, k + 1);
      }
      if (!clausal) return null;
    } else if ((startsWithPreposition || (firstIsTo && !infinitive)) && a.regions.length === 0) {
      return null;
    }
    // "issued a statement", "posted a comment of her own, saying …": the medium is not what it says, which a participle
    // after it or another sentence brings.
    if (a.regions.length === 0 && MEDIUM_PRODUCERS.has(lemma) && !complementizer) {
      let next = contentLast + 1;
      if (next <= sentenceLast && isPunctChar(t, next, COMMA)) next++;
      if ((contentLast - contentFirst <= 3 && (MEDIUM_NOUNS.at(t, contentLast) || SPEECH_NOUNS.at(t, contentLast))) || (next <= sentenceLast && t.kind[next] === TokenKind.Word && cueVerbAt(t, next)?.form === 'participle')) return null;
    }
    // "declined to comment": an infinitive of two words is content enough.
    // "said no", "said so": a one-word answer is content too.
    const answer = contentLast === contentFirst && ANSWER_WORDS.at(t, contentFirst);
    // ("said profits rose": a subject and its verb are a clause of two words.)
    const shortClause = contentLast === contentFirst + 1 && t.kind[contentFirst] === TokenKind.Word && t.kind[contentLast] === TokenKind.Word && isLowerStart(t, contentLast) && isPastVerbAt(t, contentLast) && !PREPOSITIONS.at(t, contentFirst);
    if (contentLast - contentFirst < 2 && a.regions.length === 0 && !object && !answer && !shortClause && !(infinitive && contentLast > contentFirst)) return null;
    // "declined to comment further", "spoke briefly": a lone adverb says how, not what.
    if (contentLast === contentFirst && a.regions.length === 0 && !answer && isLoneAdverb(t, contentFirst)) return null;
    return a;
  }

  /** Whether the lone word at `noun` after "that" is a noun that ends the object there ("disputed that claim, but …"). */
  private thatNounEnds(noun: number, sentenceLast: number): boolean {
    const t = this.tokens;
    if (t.kind[noun] !== TokenKind.Word || !isLowerStart(t, noun) || REFLEXIVES.at(t, noun) || PRONOUNS.at(t, noun) || isLyAdverb(t, noun) || NOT_NOUNS_AFTER_THAT.has(lowerWord(t, noun))) return false;
    if (noun === sentenceLast) return true;
    if (!isPunctChar(t, noun + 1, COMMA) || noun + 3 > sentenceLast) return false;
    const next = noun + 3;
    return t.kind[noun + 2] === TokenKind.Word && (isWordAt(t, noun + 2, W_AND) || isWordAt(t, noun + 2, W_BUT)) && t.kind[next] === TokenKind.Word && (DETERMINERS.at(t, next) || PRONOUNS.at(t, next) || isUpperStart(t, next));
  }

  /**
   * The last token of a noun-phrase object that starts at `first` ("endorsed Clinton during a call": "Clinton"),
   * or -1 when an auxiliary after the phrase shows a clause ("announced the plant would close").
   */
  private objectEnd(first: number, last: number): number {
    const t = this.tokens;
    let end = first;
    for (let k = first; k <= last && k - first < MAX_OBJECT_TOKENS; k++) {
      const kind = t.kind[k];
      if (kind === TokenKind.Open) {
        k = this.regionCloseToken[t.region[k]];
        end = k;
        continue;
      }
      if (kind !== TokenKind.Word) {
        // ("sought an additional $1 trillion": currency and percent signs belong to their number.)
        // ("dismissed Bernie Sanders’ accusations that …": the mark of a plural possessive is inside the phrase.)
        if (isPunctChar(t, k, 0x2d) || isPunctChar(t, k, 0x2e) || isPunctChar(t, k, 0x24) || isPunctChar(t, k, 0x25) || t.kind[k] === TokenKind.Close || (k > first && isPluralPossessiveMark(t, k))) continue;
        // ("about 1,500 of those pages": the comma of a number's thousands; "the 9/11 attacks": a slash inside a word.)
        if (k > first && k + 1 <= last && (isThousandsComma(t, k) || (isPunctChar(t, k, 0x2f) && t.end[k - 1] === t.start[k] && t.start[k + 1] === t.end[k]))) continue;
        if (isPunctChar(t, k, COMMA) && k + 1 <= last && t.kind[k + 1] === TokenKind.Word && OBJECT_COMMA_CONTINUERS.at(t, k + 1)) return last;
        // "Trump, Carson and Fiorina": a comma inside a list of names goes on to its "and".
        if (isPunctChar(t, k, COMMA) && this.listGoesOn(k + 1, last)) continue;
        // ("quoted Wassim Bouhlel, a Nice native, as saying …", "accuses one of the journalists, Ana Ruiz, of ignoring
        // …": an apposition on the object, then the verb's own complement.)
        if (isPunctChar(t, k, COMMA) && k > first) {
          const closer = this.appositionBeforeComplement(k, last);
          if (closer >= 0) {
            k = closer;
            end = closer;
            continue;
          }
        }
        // ("invoked the Sept. 11, 2001, terrorist attacks": the commas around a date's year, when the phrase goes on.)
        if (isDateComma(t, k) || (isYearClosingComma(t, k) && this.nounPhraseGoesOn(k + 1, last))) continue;
        return end;
      }
      if (k > first && t.word[k] !== 0) {
        if (AUXILIARIES.at(t, k)) return -1;
        // "blasted Rubio and defended Cruz", "claimed the attack but officials doubt it": the object ends at a
        // conjunction that opens another verb phrase or clause.
        if (k + 1 <= last && (isWordAt(t, k, W_BUT) || ((isWordAt(t, k, W_AND) || isWordAt(t, k, W_OR)) && t.kind[k + 1] === TokenKind.Word && isPastVerbAt(t, k + 1)))) return end;
        if (OBJECT_CLAUSE_OPENERS.at(t, k)) return last;
        if (OBJECT_ENDERS.at(t, k)) return end;
        if (k + 1 <= last && TIME_PREPOSITIONS.at(t, k) && t.kind[k + 1] === TokenKind.Word && OCCASION_WORDS.at(t, k + 1)) return end;
        // ("attacked Machado in early-morning tweets": where it was said is no part of the object.)
        if (k + 1 <= last && isLowerStart(t, k) && (isWordAt(t, k, W_IN) || isWordAt(t, k, W_ON)) && this.mediumWithin(k + 1, last)) return end;
      }
      end = k;
    }
    return end;
  }

  /**
   * Where content from `first` inside a fronted clause ends: before the comma that closes the clause, or at a closing
   * mark with the comma inside it ("Though she conceded that she's “not a natural politician,” Clinton …"); `last`
   * when no comma closes it.
   */
  private frontedClauseEnd(first: number, last: number): number {
    const t = this.tokens;
    for (let k = first; k < last; k++) {
      if (t.kind[k] === TokenKind.Open) {
        k = this.regionCloseToken[t.region[k]];
        if (k < 0) break;
        if (k < last && isPunctChar(t, k - 1, COMMA) && !this.frontedClauseGoesOn(k + 1, last)) return k;
      } else if (isPunctChar(t, k, COMMA) && !isThousandsComma(t, k) && !isDateComma(t, k) && !isYearClosingComma(t, k) && !this.frontedClauseGoesOn(k + 1, last)) {
        return k - 1;
      }
    }
    return last;
  }

  /**
   * Whether the fronted clause goes on after its comma at `k - 1`: "and" or "or" joins more of it (a quote or a "that"
   * clause), or the comma opens an attribution set off by commas (", police said,").
   */
  private frontedClauseGoesOn(k: number, last: number): boolean {
    const t = this.tokens;
    if (k > last) return false;
    // ("…, and that it is cheap,", "… “loves China,” and “…”": not "…, and Sen. Lee kept asking …", a clause of its own.)
    if (isWordAt(t, k, W_AND) || isWordAt(t, k, W_OR)) return k + 1 <= last && (t.kind[k + 1] === TokenKind.Open || isWordAt(t, k + 1, W_THAT));
    for (let i = k; i <= last && i - k < 6; i++) {
      if (t.kind[i] !== TokenKind.Word) return isPunctChar(t, i, COMMA) && i > k + 1 && cueVerbAt(t, i - 1)?.form === 'finite';
    }
    return false;
  }

  /** Whether [first, last] is a short prepositional phrase of plain words opening the sentence ("In a 1963 speech"). */
  private frontedSetting(first: number, last: number): boolean {
    const t = this.tokens;
    if (!isUpperStart(t, first) || t.kind[first] !== TokenKind.Word) return false;
    // ("But Thursday night at the convention, …": a conjunction may open the sentence before the adverbial.)
    if (first < last && SENTENCE_CONJUNCTIONS.at(t, first) && t.kind[first + 1] === TokenKind.Word) first++;
    const preposition = PREPOSITIONS.at(t, first);
    // ("In an interview with ABC News over the weekend, …", "Earlier this year, …", "Like Mr. Sanders, …", "These
    // days, …": a longer adverbial, with no auxiliary of a clause inside it, says where, when or how too.)
    const time = first + 1 <= last && DEMONSTRATIVE_TIMES.at(t, first) && t.kind[first + 1] === TokenKind.Word && (TIME_UNITS.at(t, first + 1) || DAY_WORDS.at(t, first + 1) || lowerWord(t, first + 1) === 'days');
    const adverbial = preposition || time || ROUTE_PREPOSITIONS.at(t, first) || NOUN_PHRASE_PREPOSITIONS.at(t, first) || SETTING_OPENERS.at(t, first) || WEEKDAYS.at(t, first);
    if (!adverbial || last - first >= MAX_SETTING_TOKENS) return false;
    const short = preposition && last - first < 8;
    for (let k = first; k <= last; k++) {
      if (t.kind[k] === TokenKind.Word) {
        if (!short && (AUXILIARIES.at(t, k) || BE_FORMS.at(t, k))) return false;
        // ("This week the toll rose, …": after an opener that is no preposition, any verb makes a clause.)
        if (!preposition && k > first && isLowerStart(t, k) && isPastVerbAt(t, k)) return false;
        continue;
      }
      // ("On Feb. 28, 2016, …", "In England, France and Norway, …": the commas of a date or a list of names.)
      if (isPunctChar(t, k, COMMA) && (isDateComma(t, k) || (k + 1 <= last && t.kind[k + 1] === TokenKind.Word && isUpperStart(t, k + 1) && k - 1 >= first && t.kind[k - 1] === TokenKind.Word && isUpperStart(t, k - 1) && this.listGoesOn(k + 1, last)))) continue;
      if (t.kind[k] !== TokenKind.Punct || isPunctChar(t, k, COMMA)) return false;
    }
    return true;
  }

  /** Whether a reported clause opens at `k`: "that", a quote, or a subject pronoun and its verb ("he was leaning"). */
  private reportedClauseOpensAt(k: number, last: number): boolean {
    const t = this.tokens;
    if (k > last) return false;
    if (t.kind[k] === TokenKind.Open) return true;
    if (t.kind[k] !== TokenKind.Word || (!isLowerStart(t, k) && lowerWord(t, k) !== 'i')) return false;
    if (isWordAt(t, k, W_THAT)) return k + 1 <= last && t.kind[k + 1] !== TokenKind.Punct;
    return PRONOUNS.at(t, k) && !isWordAt(t, k, W_WHO) && k + 1 <= last && t.kind[k + 1] === TokenKind.Word && isLowerStart(t, k + 1) && !PREPOSITIONS.at(t, k + 1) && !isWordAt(t, k + 1, W_AND);
  }

  /** Whether the word at `k` is a relative pronoun ("who", "which", "whose", "whom"). */
  private relativePronounAt(k: number): boolean {
    return RELATIVE_ASIDES.at(this.tokens, k) || isWordAt(this.tokens, k, W_WHOM);
  }

  /** Whether a verb form ("clamoring", "wrote", "is") stands among the words in [from, to). */
  private hasVerbBetween(from: number, to: number): boolean {
    const t = this.tokens;
    for (let k = from; k < to; k++) {
      if (t.kind[k] !== TokenKind.Word || !isLowerStart(t, k)) continue;
      if (AUXILIARIES.at(t, k) || BE_FORMS.at(t, k) || isPastVerbAt(t, k) || (lowerWord(t, k).endsWith('ing') && lowerWord(t, k).length > 4)) return true;
      // ("who met with the governor": the word after a relative pronoun is its clause's verb.)
      if (k + 1 < to && this.relativePronounAt(k) && t.kind[k + 1] === TokenKind.Word && isLowerStart(t, k + 1) && !DETERMINERS.at(t, k + 1)) return true;
    }
    return false;
  }

  /** Whether a comma or a dash stands in [from, to), outside quoted words. */
  private breakBetween(from: number, to: number): boolean {
    const t = this.tokens;
    for (let k = from; k < to; k++) {
      if (t.kind[k] === TokenKind.Open) {
        const close = this.regionCloseToken[t.region[k]];
        if (close < 0 || close >= to) return false;
        if (isPunctChar(t, close - 1, COMMA)) return true;
        k = close;
      } else if ((isPunctChar(t, k, COMMA) && !isThousandsComma(t, k)) || (t.kind[k] === TokenKind.Punct && (DASHES.has(charAt(t, k)) || isHyphenDash(t, k)))) return true;
    }
    return false;
  }

  /**
   * The comma that closes a short aside opened by the comma at `comma`, when the words before it from `first` are the
   * subject of a reported clause (a noun phrase, after "that" perhaps, with no verb) and its verb follows the aside; -1
   * otherwise.
   */
  private subjectAsideCloser(first: number, comma: number, sentenceLast: number): number {
    const t = this.tokens;
    if (isThousandsComma(t, comma)) return -1;
    let k = first;
    if (t.kind[k] === TokenKind.Word && isWordAt(t, k, W_THAT)) k++;
    if (comma - k < 1 || comma - k > MAX_SUBJECT_TOKENS || !(DETERMINERS.at(t, k) || POSSESSIVE_DETERMINERS.at(t, k) || isUpperStart(t, k))) return -1;
    for (; k < comma; k++) {
      if (t.kind[k] !== TokenKind.Word) {
        if (isPunctChar(t, k, 0x2e) || isPunctChar(t, k, 0x2d)) continue;
        return -1;
      }
      // (A cue verb's base form after the determiner is a noun: "the fee plan".)
      const verb = isPastVerbAt(t, k) && !(k > first && lowerWord(t, k) === cueVerbAt(t, k)?.lemma);
      if (verb || AUXILIARIES.at(t, k) || BE_FORMS.at(t, k) || COMPLEMENTIZERS.at(t, k) || PREPOSITIONS.at(t, k) || isWordAt(t, k, W_AND)) return -1;
    }
    if (PRONOUNS.at(t, comma + 1) || RELATIVE_ASIDES.at(t, comma + 1) || isWordAt(t, comma + 1, W_AND) || isWordAt(t, comma + 1, W_BUT) || isWordAt(t, comma + 1, W_OR)) return -1;
    for (k = comma + 1; k < sentenceLast && k - comma <= 12; k++) {
      const kind = t.kind[k];
      if (kind === TokenKind.Open || kind === TokenKind.Close || kind === TokenKind.Break) return -1;
      if (kind === TokenKind.Word) {
        if (cueVerbAt(t, k)?.form === 'finite' || AUXILIARIES.at(t, k)) return -1;
        continue;
      }
      if (!isPunctChar(t, k, COMMA)) return -1;
      const next = k + 1;
      return next <= sentenceLast && t.kind[next] === TokenKind.Word && isLowerStart(t, next) && (AUXILIARIES.at(t, next) || BE_FORMS.at(t, next) || isPastVerbAt(t, next)) ? k : -1;
    }
    return -1;
  }

  /**
   * The comma that closes an apposition opened by the comma at `comma` when the verb's complement follows it ("as",
   * "of" or "for", not a clause of its own: "as he left"); -1 otherwise.
   */
  private appositionBeforeComplement(comma: number, last: number): number {
    const t = this.tokens;
    for (let k = comma + 1; k < last && k - comma <= MAX_APPOSITION_TOKENS; k++) {
      const kind = t.kind[k];
      if (kind === TokenKind.Open || kind === TokenKind.Close || kind === TokenKind.Break) return -1;
      if (kind === TokenKind.Word) {
        if (k === comma + 1 && (RELATIVE_ASIDES.at(t, k) || PREPOSITIONS.at(t, k) || isWordAt(t, k, W_AND) || isWordAt(t, k, W_BUT) || isWordAt(t, k, W_OR) || cueVerbAt(t, k) !== undefined)) return -1;
        if (AUXILIARIES.at(t, k)) return -1;
        continue;
      }
      if (!isPunctChar(t, k, COMMA)) {
        if (isPunctChar(t, k, 0x2e) || isPunctChar(t, k, 0x2d) || isPunctChar(t, k, 0x26)) continue;
        return -1;
      }
      const next = k + 1;
      if (next + 1 > last || t.kind[next] !== TokenKind.Word || !(isWordAt(t, next, W_AS) || isWordAt(t, next, W_OF) || isWordAt(t, next, W_FOR))) return -1;
      return t.kind[next + 1] === TokenKind.Word && !PRONOUNS.at(t, next + 1) && !DETERMINERS_OF_CLAUSES.has(lowerWord(t, next + 1)) ? k : -1;
    }
    return -1;
  }

  /** Whether the lower-case word at `k` goes on with a noun phrase: no conjunction, relative pronoun or cue. */
  private nounPhraseGoesOn(k: number, last: number): boolean {
    const t = this.tokens;
    return k <= last && t.kind[k] === TokenKind.Word && isLowerStart(t, k) && !isWordAt(t, k, W_AND) && !isWordAt(t, k, W_BUT) && !isWordAt(t, k, W_OR) && !RELATIVE_ASIDES.at(t, k) && !SUBORDINATORS.at(t, k) && cueVerbAt(t, k) === undefined;
  }

  /** Whether the words from `from` run on to an "and"/"or" before any other break (a list after a comma). */
  private listGoesOn(from: number, last: number): boolean {
    const t = this.tokens;
    for (let k = from; k <= last && k - from < 8; k++) {
      if (t.kind[k] !== TokenKind.Word) {
        if (isPunctChar(t, k, COMMA) || isPunctChar(t, k, 0x2e) || isPunctChar(t, k, 0x2d)) continue;
        return false;
      }
      if (k > from && (isWordAt(t, k, W_AND) || isWordAt(t, k, W_OR))) return k + 1 <= last && t.kind[k + 1] === TokenKind.Word;
      if (AUXILIARIES.at(t, k) || cueVerbAt(t, k) !== undefined || COMPLEMENTIZERS.at(t, k) || RELATIVE_ASIDES.at(t, k)) return false;
    }
    return false;
  }

  /**
   * “…,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said: when the words before the
   * cue are too long an aside to read, the name right after a quote that opens the sentence speaks.
   */
  private speakerAfterOpeningQuote(s: Sentence, comma: number): SpeakerPhrase | null {
    const t = this.tokens;
    if (t.kind[s.first] !== TokenKind.Open) return null;
    let k = this.regionCloseToken[t.region[s.first]] + 1;
    if (k >= comma) return null;
    if (isPunctChar(t, k, COMMA)) k++;
    const sp = phraseStartingAt(t, k, comma);
    return sp && sp.kind !== 'pronoun' && isPunctChar(t, sp.last + 1, COMMA) ? sp : null;
  }

  /** "After saying he was nervous, the man asked …": the subject right after the comma that ends a fronted clause. */
  private subjectAfterFrontedClause(s: Sentence, from: number): SpeakerPhrase | null {
    const t = this.tokens;
    for (let k = from + 1; k < s.end && k - from < 40; k++) {
      const kind = t.kind[k];
      if (kind === TokenKind.Open) {
        k = this.regionCloseToken[t.region[k]];
        // "Bemoaning the “phony system,” Trump …": the comma inside the closing mark ends the clause.
        if (k < 0 || !isPunctChar(t, k - 1, COMMA)) continue;
      } else if (kind === TokenKind.Break) {
        return null;
      } else if (!isPunctChar(t, k, COMMA)) {
        continue;
      }
      const sp = phraseStartingAt(t, k + 1, s.end);
      if (!sp) return null;
      // The phrase must be followed by its verb, not by more of the fronted clause.
      const next = sp.last + 1;
      return next < s.end && t.kind[next] === TokenKind.Word && !isUpperStart(t, next) ? sp : null;
    }
    return null;
  }

  /**
   * "Several candidates, including Trump, said", "Democrats — and some Republicans — say": the noun phrase that
   * opens the clause before an aside set off by commas or dashes, right before the cue.
   */
  /** The long subject that opens the sentence before the aside that ends at the comma `closer`, as longSubjectBefore reads it. */
  private longSubjectBeforeAside(s: Sentence, closer: number): SpeakerPhrase | null {
    const t = this.tokens;
    for (let k = closer - 1; k > s.first && closer - k <= MAX_ASIDE_TOKENS; k--) {
      const kind = t.kind[k];
      if (kind === TokenKind.Open || kind === TokenKind.Close || kind === TokenKind.Break) return null;
      if (kind !== TokenKind.Punct || !isPunctChar(t, k, COMMA)) continue;
      const subject = this.longSubjectBefore(s, k - 1);
      // ("In the early 1990s, she said, …": a fronted adverbial is no subject.)
      return subject && !PREPOSITIONS.at(t, subject.first) && !SUBORDINATORS.at(t, subject.first) ? subject : null;
    }
    return null;
  }

  private subjectBeforeAside(s: Sentence, closer: number): SpeakerPhrase | null {
    const t = this.tokens;
    for (let k = closer - 1; k > s.first && closer - k <= 30; k--) {
      const kind = t.kind[k];
      if (kind === TokenKind.Break) return null;
      if (kind === TokenKind.Close) {
        k = this.regionOpenToken[t.region[k]];
        continue;
      }
      if (kind !== TokenKind.Punct || !(isPunctChar(t, k, COMMA) || DASHES.has(charAt(t, k)))) continue;
      // "…, and it has used …, said Kassenova": a clause after "and" is no aside on a subject.
      // ("Bakers — and some millers — say": a dashed aside may open with "and".)
      if (k + 1 < closer && isPunctChar(t, k, COMMA) && t.kind[k + 1] === TokenKind.Word && (isWordAt(t, k + 1, W_AND) || isWordAt(t, k + 1, W_BUT) || isWordAt(t, k + 1, W_OR))) return null;
      // "Rep. Ana Ruiz (D-Ore.), chair of …, said": a parenthesis between the name and its comma.
      let end = k - 1;
      if (isPunctChar(t, end, 0x29)) {
        let open = end - 1;
        while (open > s.first && end - open < 12 && !isPunctChar(t, open, 0x28)) open--;
        if (isPunctChar(t, open, 0x28)) end = open - 1;
      }
      let sp = phraseEndingAt(t, s.first, end) ?? bareSubjectEndingAt(t, s.first, end);
      // "Six newspapers in New Jersey, including …, said": the noun phrase before the prepositional phrase.
      if (sp && sp.first > s.first + 1 && t.kind[sp.first - 1] === TokenKind.Word && PREPOSITIONS.at(t, sp.first - 1)) {
        const head = phraseEndingAt(t, s.first, sp.first - 2) ?? bareSubjectEndingAt(t, s.first, sp.first - 2);
        if (head && head.first === s.first) sp = head;
      }
      // ("About two-thirds, 67 percent, say": a share's approximator belongs to it.)
      if (sp && sp.first - 1 >= s.first && t.kind[sp.first - 1] === TokenKind.Word && APPROXIMATORS.at(t, sp.first - 1) && isLowerStart(t, sp.first)) sp = speakerPhraseOf(sp.first - 1, sp.last, sp.kind, sp.name, sp.role, sp.anonymous, sp.nameFirst, sp.nameLast);
      // The subject opens the sentence, or follows a conjunction there ("But"); after "For" it is a prepositional phrase.
      // "On Friday, Gingrich — mentioned by Newsmax — told …": after a fronted adverbial and its comma, too.
      const afterAdverbial = sp !== null && sp.first - 1 > s.first && isPunctChar(t, sp.first - 1, COMMA) && t.kind[s.first] === TokenKind.Word && (PREPOSITIONS.at(t, s.first) || CLAUSE_OPENERS.at(t, s.first));
      if (sp && sp.kind !== 'pronoun' && !(sp.first === sp.last && DETERMINERS.at(t, sp.first)) && (sp.first === s.first || afterAdverbial || (sp.first - 1 === s.first && SENTENCE_CONJUNCTIONS.at(t, s.first)))) return sp;
    }
    return null;
  }

  /** Whether the word at `k` is a cue verb's third-person singular form ("says", "calls"). */
  private singularVerbAt(k: number): boolean {
    const t = this.tokens;
    if (k >= t.count || t.kind[k] !== TokenKind.Word) return false;
    const entry = cueVerbAt(t, k);
    const lw = lowerWord(t, k);
    return entry !== undefined && entry.form === 'finite' && lw !== entry.lemma && lw.endsWith('s');
  }

  /** The noun phrase before "who" when an anonymity formula runs from "who" to `last` ("an official who asked not to be named"). */
  private sourceBeforeAnonymityClause(s: Sentence, last: number): SpeakerPhrase | null {
    const t = this.tokens;
    for (let k = last - 2; k > s.first && last - k <= 24 && t.kind[k] === TokenKind.Word; k--) {
      if (!isWordAt(t, k, W_WHO)) continue;
      if (anonymityFormulaEnd(t, k + 1, s.end) !== last) return null;
      const source = phraseEndingAt(t, s.first, k - 1);
      return source && source.kind !== 'pronoun' ? source : null;
    }
    return null;
  }

  /** "From the report: “…”", "More from the letter: “…”": the source after a "from" that opens the sentence and ends at `last`. */
  private sourceAfterFrom(s: Sentence, last: number): SpeakerPhrase | null {
    const t = this.tokens;
    const from = s.first + 1 <= last && isWordAt(t, s.first, W_MORE) ? s.first + 1 : s.first;
    if (from >= last || t.kind[from] !== TokenKind.Word || !isWordAt(t, from, W_FROM)) return null;
    const source = phraseEndingAt(t, from + 1, last);
    return source && source.first === from + 1 && source.kind !== 'pronoun' ? source : null;
  }

  /** "…, law enforcement officials say": lower-case modifiers back to the clause start belong to the speaker. */
  private extendToClauseStart(s: Sentence, speaker: SpeakerPhrase): void {
    const t = this.tokens;
    let k = speaker.first - 1;
    // Capitalised modifiers count too: "Algerian foreign affairs ministry spokesman …".
    // "former George W. Bush speechwriter Noam Neusner": an initial's dot does not count against the limit.
    let words = 0;
    while (k >= s.first && words < 5 && (t.kind[k] === TokenKind.Word || isInitialDot(t, k))) {
      if (t.kind[k] === TokenKind.Word) {
        // "…, current and former officials said", "…, she and another reporter said": one word joined by "and" or
        // "or" right after the clause boundary coordinates with the speaker. (A verb in "-s" takes no such plural
        // subject: "…, mailers and phone calls" lists nouns.)
        const coordinator = isWordAt(t, k, W_AND) || isWordAt(t, k, W_OR);
        if (coordinator && !this.singularVerbAt(speaker.last + 1) && k - 1 >= s.first && t.kind[k - 1] === TokenKind.Word && cueVerbAt(t, k - 1) === undefined && !CLAUSE_OPENERS.at(t, k - 1)) {
          if (k - 2 < s.first || isClauseBoundary(t, k - 2)) {
            speaker.first = k - 1;
            return;
          }
          // "The nominee and his aides said": a noun phrase opening the clause is named with them. (Not when a verb
          // follows the cue, which was a noun then: "The mental and emotional stress is …".)
          const joined = phraseEndingAt(t, s.first, k - 1);
          const next = speaker.last + 2;
          const nounCue = next < s.end && t.kind[next] === TokenKind.Word && (BE_FORMS.at(t, next) || AUXILIARIES.at(t, next));
          if (!nounCue && joined && joined.kind !== 'pronoun' && (joined.first === s.first || isClauseBoundary(t, joined.first - 1)) && cueVerbAt(t, joined.first) === undefined) {
            speaker.first = joined.first;
            return;
          }
        }
        if (cueVerbAt(t, k) !== undefined || CLAUSE_OPENERS.at(t, k) || PRONOUNS.at(t, k) || COMPLEMENTIZERS.at(t, k) || SPEAKER_CUE_FILLERS.at(t, k)) return;
        words++;
      }
      k--;
    }
    if (k === speaker.first - 1) return;
    if (k < s.first || isClauseBoundary(t, k) || t.kind[k] === TokenKind.Close || t.kind[k] === TokenKind.Break) speaker.first = k + 1;
  }

  /**
   * "Said Comey, “…”", "Added Lee: “…”": an inflected cue opening the sentence, its speaker right after it, then a
   * comma or colon and the quote.
   */
  private openingCue(s: Sentence, cue: number, lemma: string): Attribution | null {
    const t = this.tokens;
    const speaker = phraseStartingAt(t, cue + 1, s.end);
    if (!speaker || speaker.kind === 'pronoun') return null;
    const mark = speaker.last + 1;
    if (mark + 1 >= s.end || !(isPunctChar(t, mark, COMMA) || isPunctChar(t, mark, COLON)) || t.kind[mark + 1] !== TokenKind.Open) return null;
    const close = this.regionCloseToken[t.region[mark + 1]];
    if (close < 0) return null;
    return this.build(mark + 1, close, cue, cue, lemma, speaker);
  }

  /** "Trump: Cruz Has ‘To Come a Long Way’": a headline or transcript line that opens with a name and a colon. */
  private colonAttribution(s: Sentence): Attribution | null {
    const t = this.tokens;
    let colon = -1;
    // "EXCLUSIVE – Ruiz: …": a label and its dash before the speaker.
    let first = s.first;
    if (first + 2 < s.end && t.kind[first + 1] === TokenKind.Punct && DASHES.has(charAt(t, first + 1)) && t.kind[first] === TokenKind.Word && this.isAllCaps(speakerPhraseOf(first, first, 'name', null, undefined, false))) first += 2;
    for (let k = first; k < s.end && k - first <= MAX_COLON_SPEAKER_TOKENS; k++) {
      if (isPunctChar(t, k, COLON)) {
        colon = k;
        break;
      }
      if (t.kind[k] !== TokenKind.Word && !(isPunctChar(t, k, 0x2e) && t.end[k - 1] === t.start[k])) return null;
    }
    if (colon <= first) return null;
    let speaker = colon - first <= 6 ? phraseEndingAt(t, first, colon - 1) ?? bareSubjectEndingAt(t, first, colon - 1) : null;
    if (!speaker || speaker.first !== first) {
      // "Clinton to Planned Parenthood: …", "Former AG Mukasey at RNC: …": a name, then whom or where it spoke.
      const named = phraseStartingAt(t, first, colon);
      const next = named ? named.last + 1 : -1;
      speaker = named && (named.kind === 'name' || named.kind === 'organisation') && named.name !== null && next < colon && COLON_SETTINGS.at(t, next) ? named : null;
    }
    if (!speaker || speaker.first !== first) return null;
    // "The Latest:", "Editor’s Note:", "UPDATE:" label a line; they say nothing.
    for (let k = speaker.first; k <= speaker.last; k++) if (t.kind[k] === TokenKind.Word && (COLON_LABELS.at(t, k) || (charAt(t, k) >= 0x30 && charAt(t, k) <= 0x39))) return null;
    // "Stealth Over Health:", "The Gap Goes On:": a heading in title case, a small word capitalised inside it.
    for (let k = speaker.first + 1; k <= speaker.last; k++) if (t.kind[k] === TokenKind.Word && isUpperStart(t, k) && (PREPOSITIONS.at(t, k) || TITLE_SMALL_WORDS.at(t, k))) return null;
    // "Still to come:", "And with good reason:" open a clause; "Enough is enough:", "Bill is back:" are one.
    if (CLAUSE_OPENERS.at(t, speaker.first)) return null;
    // ("Clinton’s response was: “…”" still introduces the quote.)
    for (let k = speaker.first + 1; k < speaker.last; k++) if (t.kind[k] === TokenKind.Word && isLowerStart(t, k) && (BE_FORMS.at(t, k) || AUXILIARIES.at(t, k))) return null;
    const named = (speaker.kind === 'name' || speaker.kind === 'organisation') && speaker.name !== null;
    if (!named && !(isUpperStart(t, speaker.first) && !DETERMINERS.at(t, speaker.first) && speaker.last - speaker.first < 4)) return null;
    let last = lastContentToken(t, s);
    // "KELLY: I asked him twice. He would not answer.": a speaker's line runs to the paragraph end.
    if (this.isAllCaps(speaker)) {
      let k = s.end;
      while (k < t.count && t.kind[k] !== TokenKind.Break && k - s.end < 400) k++;
      while (k - 1 > last && (t.kind[k - 1] === TokenKind.Punct || t.kind[k - 1] === TokenKind.Break)) k--;
      if (k - 1 > last) last = k - 1;
    }
    let words = 0;
    for (let k = colon + 1; k <= last; k++) if (t.kind[k] === TokenKind.Word) words++;
    if (words < 3) return null;
    // "Detour: via Pine Avenue", "Closure: March to September": after a word that names no one, only words that end
    // as a sentence are someone's line ("Moderator: What would you do?"); a list's label and its value are not.
    if (!named && !this.endsAsSentence(last, s)) return null;
    // "- Closure: March to September", "- Detour: via Pine Avenue": a list item's line is someone's words only as a
    // sentence of its own ("- Ruiz: We will rebuild the pier.").
    if (first > 0 && this.isListBullet(first - 1) && !((t.kind[colon + 1] !== TokenKind.Word || isUpperStart(t, colon + 1)) && this.endsAsSentence(last, s))) return null;
    // "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …": a list of names says nothing.
    let commas = 0;
    let lowerWords = 0;
    for (let k = colon + 1; k <= last; k++) {
      if (isPunctChar(t, k, COMMA)) commas++;
      else if (t.kind[k] === TokenKind.Word && !isUpperStart(t, k)) lowerWords++;
    }
    if (commas >= 3 && lowerWords <= commas / 2) return null;
    return this.build(colon + 1, last, colon, colon, 'say', speaker);
  }

  /**
   * "Tran said the city …", "Lee says the plan …": a speech verb in its past or present form before a clause (not a
   * noun: "the claims by …", "early reports from …", "the promises made by …").
   */
  private reportsClauseAt(s: Sentence, k: number): boolean {
    const t = this.tokens;
    const entry = cueVerbAt(t, k);
    if (entry?.form !== 'finite' || !isLowerStart(t, k)) return false;
    if (k > s.first && t.kind[k - 1] === TokenKind.Word && (DETERMINERS.at(t, k - 1) || NOUN_DETERMINERS.at(t, k - 1))) return false;
    const next = k + 1 < s.end && t.kind[k + 1] === TokenKind.Word ? lowerWord(t, k + 1) : '';
    return next !== '' && !PREPOSITIONS.has(next) && next !== 'made' && next !== 'to';
  }

  /**
   * "… ‘A Disgrace’ Over Police Shooting Comments": in a title-case headline, a capitalised cue form that closes a
   * phrase opened by a preposition right after a quote is a noun.
   */
  private endsPrepositionalPhrase(s: Sentence, cue: number): boolean {
    const t = this.tokens;
    let k = cue - 1;
    while (k > s.first && cue - k <= 3 && t.kind[k] === TokenKind.Word && isUpperStart(t, k) && !NOUN_PHRASE_PREPOSITIONS.at(t, k)) k--;
    // ("Woman In Viral Video Says …": a phrase after the subject; only after a quote has the headline said it all.)
    return k > s.first && k < cue - 1 && t.kind[k] === TokenKind.Word && NOUN_PHRASE_PREPOSITIONS.at(t, k) && t.kind[k - 1] === TokenKind.Close;
  }

  /**
   * "spoke highly of Lee", "spoke at the hall on Tuesday about jobs": what someone speaks of follows "of" or "about";
   * "who spoke on condition of anonymity", "spoke for an hour", "spoke Hebrew" report nothing.
   */
  private speaksOfSomething(s: Sentence, verb: number): boolean {
    const t = this.tokens;
    let k = verb + 1;
    if (k < s.end && t.kind[k] === TokenKind.Word && isLyAdverb(t, k)) k++;
    if (k < s.end && t.kind[k] === TokenKind.Word && isWordAt(t, k, W_OF)) return true;
    for (; k < s.end && k - verb <= 10 && t.kind[k] === TokenKind.Word; k++) if (isWordAt(t, k, W_ABOUT)) return true;
    return false;
  }

  /** Whether words that end at `last` end with a sentence mark (. ! ?), closing quotation marks aside. */
  private endsAsSentence(last: number, s: Sentence): boolean {
    const t = this.tokens;
    const mark = (k: number): boolean => isPunctChar(t, k, 0x2e) || isPunctChar(t, k, 0x21) || isPunctChar(t, k, 0x3f);
    for (let k = last; k >= s.first && t.kind[k] !== TokenKind.Word && t.kind[k] !== TokenKind.Break; k--) if (mark(k)) return true;
    for (let k = last + 1; k < s.end && t.kind[k] !== TokenKind.Word && t.kind[k] !== TokenKind.Break; k++) if (mark(k)) return true;
    return false;
  }

  /** "WALLACE", "JAKE TAPPER": a transcript's speaker label. */
  private isAllCaps(p: SpeakerPhrase): boolean {
    const t = this.tokens;
    for (let k = p.first; k <= p.last; k++) {
      if (t.kind[k] !== TokenKind.Word) continue;
      const word = tokenText(t, k);
      if (word.length < 2 || word !== word.toUpperCase()) return false;
    }
    return true;
  }

  /**
   * "…, Mr. Obama said in his interview." and "…, the agency said in a June report, and …": after a speaker set
   * off by a comma, a prepositional phrase with no clause or quote in it closes the attribution. With `afterQuote`,
   * a comma inside the closing mark before the speaker sets it off too.
   */
  private adverbialTail(after: number, sentenceLast: number, speaker: SpeakerPhrase | null, inverted: boolean, afterQuote = false): boolean {
    const t = this.tokens;
    if (!speaker || inverted || after > sentenceLast || t.kind[after] !== TokenKind.Word || !PREPOSITIONS.at(t, after)) return false;
    // ("…, CNN reported at least six planes filled the skies": a number's modifier opens the reported clause.)
    if (this.modifiesANumber(after, sentenceLast)) return false;
    const before = speaker.first - 1;
    const commaInQuote = afterQuote && before - 1 >= 0 && t.kind[before] === TokenKind.Close && isPunctChar(t, before - 1, COMMA);
    if (before < 0 || !(isPunctChar(t, before, COMMA) || commaInQuote)) return false;
    for (let k = after; k <= sentenceLast && k - after < 12; k++) {
      const kind = t.kind[k];
      // ("…, he said on MSNBC’s “Morning Joe.”": the show's name is part of the place.)
      if (kind === TokenKind.Open && this.namesAShow(t.region[k])) {
        k = this.regionCloseToken[t.region[k]];
        if (k >= sentenceLast) return true;
        continue;
      }
      if (kind === TokenKind.Open || kind === TokenKind.Close) return false;
      // "said Thursday on Twitter, “…”": a quote after the comma is the content.
      if (kind === TokenKind.Punct) return (isPunctChar(t, k, COMMA) && !(k + 1 <= sentenceLast && t.kind[k + 1] === TokenKind.Open)) || isPunctChar(t, k, 0x2e);
      if (COMPLEMENTIZERS.at(t, k)) return false;
      if (k === sentenceLast) return true;
    }
    return false;
  }

  /** Whether the noun at `head` ends a phrase opened by "a", "an" or "another" a few words back. */
  private opensIndefinitePhrase(s: Sentence, head: number): boolean {
    const t = this.tokens;
    for (let k = head - 1; k >= s.first && head - k <= 4; k--) {
      if (t.kind[k] !== TokenKind.Word) return false;
      if (INDEFINITE_ARTICLES.at(t, k)) return true;
      // "a super PAC": a capitalised head sits right after its article or one modifier ("a day after Trump" is no phrase).
      if (isUpperStart(t, head) && (head - k >= 2 || PREPOSITIONS.at(t, k) || CLAUSE_STARTERS.at(t, k))) return false;
      // ("a reading drive called #1000Books": a participle before the head is a modifier; a finite verb ends the phrase.)
      if (DETERMINERS.at(t, k) || cueVerbAt(t, k)?.form === 'finite') return false;
    }
    return false;
  }

  /** Whether the noun at `head` opens with "the" or a possessive a few words back ("the city council"). */
  private definiteBefore(s: Sentence, head: number): boolean {
    const t = this.tokens;
    for (let k = head - 1; k >= s.first && head - k <= 4 && t.kind[k] === TokenKind.Word; k--) {
      if (INDEFINITE_ARTICLES.at(t, k)) return false;
      if (isWordAt(t, k, W_THE) || POSSESSIVE_DETERMINERS.at(t, k)) return true;
    }
    return false;
  }

  /** "Putin’s remarks", "campaign promises", "a claim": a cue word used as a noun is no verb cue. */
  private isNounUse(cue: number, j: number): boolean {
    const t = this.tokens;
    if (j !== cue - 1 || t.kind[j] !== TokenKind.Word) return false;
    // "the remarks", "a claim"; but "some say", "the two said": quantifiers and numbers head a subject themselves.
    // ("Another said": "another" takes no plural or past form, so an inflected cue after it is a verb.)
    if (NOUN_DETERMINERS.at(t, j)) return !(isWordAt(t, j, W_ANOTHER) && lowerWord(t, cue) !== cueVerbAt(t, cue)?.lemma);
    // "one of several challenges", "many claims": after a quantifier a plural is a noun ("several say" is a verb).
    if (PLURAL_QUANTIFIERS.at(t, j)) {
      const entry = cueVerbAt(t, cue);
      const form = lowerWord(t, cue);
      return entry !== undefined && entry.form === 'finite' && form !== entry.lemma && form.endsWith('s') && !form.endsWith('ss');
    }
    // ("He's said", "she’s suggesting": a pronoun's "'s" is "is" or "has", and the cue its verb.)
    if (endsInPossessive(t, j)) return !isPronounContraction(lowerWord(t, j));
    if (!SPEECH_NOUNS.at(t, cue)) return false;
    if (j - 1 >= 0 && t.kind[j - 1] === TokenKind.Word && !isUpperStart(t, j) && endsInPossessive(t, j - 1)) return true;
    if (isUpperStart(t, j) || PRONOUNS.at(t, j) || ROLE_WORDS.at(t, j) || VAGUE_HEADS.at(t, j)) return false;
    return true;
  }

  /** The content before a speaker at `speakerFirst`: a quote ending there or the clause before a comma. */
  private contentBefore(s: Sentence, speakerFirst: number, earlier: Attribution[]): { first: number; last: number; directRegion: number } | null {
    const t = this.tokens;
    let p = speakerFirst - 1;
    // "“…,” warm-and-fuzzy Trump said": a modifier or two before the name.
    for (let k = p; k >= s.first && p - k < 3 && t.kind[k] === TokenKind.Word && !isUpperStart(t, k) && cueVerbAt(t, k) === undefined && !CLAUSE_OPENERS.at(t, k); k--) {
      if (k - 1 >= s.first && (t.kind[k - 1] === TokenKind.Close || (isPunctChar(t, k - 1, COMMA) && k - 2 >= s.first && t.kind[k - 2] === TokenKind.Close))) {
        p = k - 1;
        break;
      }
    }
    if (p < s.first) return null;
    // "…, as a Homeland Security memo put it": the "as" of the aside goes with the speaker.
    if (p - 1 >= s.first && isWordAt(t, p, W_AS) && (isPunctChar(t, p - 1, COMMA) || t.kind[p - 1] === TokenKind.Close)) p--;
    const commaOutside = isPunctChar(t, p, COMMA) && p - 1 >= s.first && t.kind[p - 1] === TokenKind.Close;
    if (commaOutside) p--;
    if (t.kind[p] === TokenKind.Close) {
      const r = t.region[p];
      const open = this.regionOpenToken[r];
      const o = open - 1;
      const standalone = o < s.first || isClauseBoundary(t, o) || t.kind[o] === TokenKind.Close || t.kind[o] === TokenKind.Break;
      // “Morning Edition,” the host said names a show; “Tomorrow,” she said: one word and a comma are an answer.
      if (standalone && this.isTitleLike(r) && !((commaOutside || isPunctChar(t, p - 1, COMMA)) && this.wordsIn(open, p) === 1)) return null;
      if (standalone) return { first: open, last: p, directRegion: r };
    }
    if (!isPunctChar(t, p, COMMA) && !(t.kind[p] === TokenKind.Close)) return null;
    let last = p - (t.kind[p] === TokenKind.Close ? 0 : 1);
    let first = s.first;
    // An earlier report in the sentence bounds the content when it runs up to this one or to a comma, or holds quoted
    // words, or is a relative clause's ("who estimates that …"); one reported in the narrator's words that ends
    // inside the clause is part of what this speaker says ("Putin congratulated Trump on his victory, the Kremlin said").
    for (const a of earlier) if (a.contentLast < speakerFirst && a.cueLast < speakerFirst && (a.kind !== 'reported' || a.regions.length > 0 || !a.speaker || isWordAt(t, a.speaker.first, W_WHO) || a.contentLast + 1 >= last || isPunctChar(t, a.contentLast + 1, COMMA) || isClauseBoundary(t, a.contentLast + 1))) first = Math.max(first, a.cueLast + 1, a.contentLast + 1);
    while (first <= last && t.kind[first] === TokenKind.Punct) first++;
    while (last >= first && t.kind[last] === TokenKind.Punct && !endsContent(t, last, first)) last--;
    if (last < first) return null;
    return { first, last, directRegion: -1 };
  }

  /** Where a reported clause that starts at `first` ends: the sentence end, or a comma that opens a new attribution. */
  /**
   * Whether a noun that sums up the clause before it, and a subject and a cue verb after it, start at `k` ("a claim
   * her opponents reject", "a figure critics dispute", "a view many share").
   */
  /**
   * Whether "a/an NOUN PARTICIPLE by" starts at `k` ("…, a move welcomed by NATO's chief"): the noun sums up the
   * clause before it, and the agent after "by" is whose view it is.
   */
  private passiveAppositiveAt(k: number, sentenceLast: number): boolean {
    const t = this.tokens;
    if (k + 3 > sentenceLast || !INDEFINITE_ARTICLES.at(t, k) || t.kind[k + 1] !== TokenKind.Word || !isLowerStart(t, k + 1) || t.kind[k + 2] !== TokenKind.Word) return false;
    const entry = cueVerbAt(t, k + 2);
    return entry !== undefined && isPastParticiple(t, k + 2, entry) && isWordAt(t, k + 3, W_BY);
  }

  private summingAppositiveAt(k: number, sentenceLast: number): boolean {
    const t = this.tokens;
    if (k + 3 > sentenceLast || !INDEFINITE_ARTICLES.at(t, k) || t.kind[k + 1] !== TokenKind.Word || !SUMMING_NOUNS.at(t, k + 1)) return false;
    for (let c = k + 3; c <= sentenceLast && c - k <= 6 && t.kind[c] === TokenKind.Word; c++) if (cueVerbAt(t, c)?.form === 'finite') return true;
    return false;
  }

  /**
   * The last token of the clause that starts at `first`; `from`, where its attribution's content opens (the subject
   * before a cue of seeming, "The ferry is expected …"), is how many words the clause already has.
   */
  private clauseEnd(first: number, sentenceLast: number, from = first): number {
    const t = this.tokens;
    let inQuote = false;
    // A dash typed as hyphens before quoted words makes the one after them the close of an aside.
    let sawHyphenDash = false;
    // The next opening mark after the last comma looked at, found once for the commas before it.
    let openAhead = -1;
    for (let k = first; k <= sentenceLast; k++) {
      const kind = t.kind[k];
      if (kind === TokenKind.Punct && !inQuote && charAt(t, k) === 0x2d && isHyphenDash(t, k) && t.kind[k - 1] !== TokenKind.Close) sawHyphenDash = true;
      if (kind === TokenKind.Open) inQuote = true;
      else if (kind === TokenKind.Close) {
        inQuote = false;
        // "called ''a disgrace,'' blaming Macy's": a comma inside the closing mark ends the clause.
        // ("that by refusing to say “x,” Democrats are …": a subject and its verb after the comma go on with the clause.)
        if (k > first && k < sentenceLast && isPunctChar(t, k - 1, COMMA) && t.kind[k + 1] === TokenKind.Word && !this.quotedListGoesOn(k + 1, sentenceLast) && !this.clauseGoesOn(k + 1, sentenceLast) && !this.predicateGoesOn(k + 1, sentenceLast)) return k;
        if (k > first && k < sentenceLast && t.text.charCodeAt(t.start[k - 1]) === 0x27 && isPunctChar(t, k - 2, COMMA) && t.kind[k + 1] === TokenKind.Word) return k;
      } else if (inQuote || kind === TokenKind.Break || (kind === TokenKind.Word && t.word[k] === 0)) {
        // (Inside quoted words nothing ends the clause; outside them only punctuation and lexicon words may.)
        continue;
      } else if (kind === TokenKind.Word) {
        if (k > first && t.kind[k - 1] === TokenKind.Close && isLowerStart(t, k) && (isWordAt(t, k, W_IN) || isWordAt(t, k, W_ON)) && this.mediumWithin(k + 1, sentenceLast)) {
          // "called the result “a disgrace” in a Facebook post": where the words were written is no part of them.
          return k - 1;
        } else if (k > from + 1 && t.kind[k - 1] === TokenKind.Close && k + 1 <= sentenceLast && QUOTE_TAIL_SUBORDINATORS.at(t, k) && t.kind[k + 1] === TokenKind.Word && PRONOUNS.at(t, k + 1) && !(k + 2 <= sentenceLast && cueVerbAt(t, k + 2) !== undefined) && !this.whenItComes(k, sentenceLast)) {
          // ("was “absolutely right” when he said …" still reports what was right.)
          // "says he’s “excited where we stand” as he faces …": a clause of the narrator's after the quoted words.
          return k - 1;
        } else if (k > from + 1 && isLowerStart(t, k) && PARTICIPLE_PREPOSITIONS.at(t, k) && this.participleIntroducesQuote(k + 1, sentenceLast)) {
          // "marched to call for answers while chanting, “Hands up, don't shoot.”": the participle's quote is its own.
          return t.kind[k - 1] === TokenKind.Punct ? k - 2 : k - 1;
        } else if (k > first && k + 1 <= sentenceLast && isWordAt(t, k, W_WHEN) && t.kind[k + 1] === TokenKind.Word && isWordAt(t, k + 1, W_ASKED)) {
          // "said no when asked whether …": the question is its own attribution.
          return isPunctChar(t, k - 1, COMMA) ? k - 2 : k - 1;
        } else if (k > from + 1 && k + 1 <= sentenceLast && t.kind[k + 1] === TokenKind.Word && (isWordAt(t, k, W_BUT) || isWordAt(t, k, W_AND))) {
          // "says she respects him but argues that …", "urges him to come out and repeatedly says, “…”": a second
          // verb of the same subject, after an adverb or two, ends the content.
          let verb = k + 1;
          while (verb < sentenceLast && verb - k <= 2 && isFillerAt(t, verb) && t.kind[verb + 1] === TokenKind.Word) verb++;
          // ("the names and addresses of …": a cue form before an "of" its verb does not take is a noun.)
          const second = cueVerbAt(t, verb);
          const nounOf = verb + 1 <= sentenceLast && isWordAt(t, verb + 1, W_OF) && !second?.optionalParticles?.at(t, verb + 1);
          if (second?.form === 'finite' && !nounOf) return t.kind[k - 1] === TokenKind.Punct ? k - 2 : k - 1;
          // "called him a “nice guy” and telling reporters …": after quoted words, the subject's next report in "-ing".
          if (isWordAt(t, k, W_AND) && t.kind[k - 1] === TokenKind.Close && cueVerbAt(t, k + 1)?.form === 'participle') return k - 1;
          // "chanted “What curfew?” and kept going": after content that is all quoted words, a second verb of the subject.
          if (t.kind[k - 1] === TokenKind.Close && t.kind[first] === TokenKind.Open && this.regionOpenToken[t.region[k - 1]] === first && isPastVerbAt(t, k + 1)) return k - 1;
          // "claimed responsibility for the attack but officials doubt it": "but" and a new subject with its verb.
          if (isWordAt(t, k, W_BUT) && t.kind[k - 1] === TokenKind.Word && this.subjectWithVerbAt(k + 1, sentenceLast)) return k - 1;
          // "Republicans said they were convinced … and Democrats accused the GOP of …": "and", another speaker and
          // a cue of its own open another report.
          if (isWordAt(t, k, W_AND) && !this.andJoinsSubject(k, first) && this.speakerWithCueAt(k + 1, sentenceLast)) return t.kind[k - 1] === TokenKind.Punct ? k - 2 : k - 1;
        }
      } else if (isPunctChar(t, k, COMMA) && k > first && t.kind[k - 1] === TokenKind.Close && k + 1 <= sentenceLast && t.kind[k + 1] === TokenKind.Word && !isUpperStart(t, k + 1) && (lowerWord(t, k + 1).endsWith('ing') || QUOTE_ENDERS.at(t, k + 1))) {
        // "things “should be wrapped up by Cleveland,” referring to …": the content ends with the quoted words.
        return k - 1;
      } else if (isPunctChar(t, k, COMMA) && k + 1 <= sentenceLast && t.kind[k + 1] === TokenKind.Word) {
        // "says the email scandal, while troublesome, was dealt with", "warned that Lee, even as a candidate, had …":
        // an aside between the reported clause's subject and its verb.
        const aside = k - first <= MAX_SUBJECT_TOKENS + 1 ? this.subjectAsideCloser(first, k, sentenceLast) : -1;
        if (aside >= 0) {
          k = aside;
          continue;
        }
        // "said it was good to be home, a man yelled “Stay there!”": another speaker's quote ends the clause.
        if (k > first && openAhead <= k) {
          openAhead = k + 1;
          while (openAhead <= sentenceLast && t.kind[openAhead] !== TokenKind.Open) openAhead++;
        }
        if (k > first && openAhead <= sentenceLast && openAhead - k <= MAX_REPORT_BEFORE_QUOTE && this.quotedReportAt(k + 1, sentenceLast)) return k - 1;
        if (t.word[k + 1] === 0) continue;
        const info = cueWordInfo(t.word[k + 1]);
        // ", adding that …" and ", he said" start another attribution.
        if (info?.verb?.form === 'participle') return k - 1;
        // "Barkley, who said he votes for Democrats, said …": a cue right after the comma is the main clause's.
        // ("the car, made in Mexico, …": a participle before its preposition modifies the noun.)
        if (k > from + 1 && info?.verb?.form === 'finite' && !info.verb.sequences && isLowerStart(t, k + 1) && lowerWord(t, k + 1) !== info.verb.lemma && !(k + 2 <= sentenceLast && t.kind[k + 2] === TokenKind.Word && PREPOSITIONS.at(t, k + 2))) return k - 1;
        // "…, but she has bristled …": a contrasting clause ends the content.
        // ("…, but that he …" coordinates a second reported clause; "…, but “the offers were …”" goes on in the
        // speaker's own words.)
        // ("…, even as inspectors disagreed": the narrator's contrast too; ", even though …" is often the speaker's own.)
        if (k > from + 2 && k + 2 <= sentenceLast && isWordAt(t, k + 1, W_EVEN) && t.kind[k + 2] === TokenKind.Word && isWordAt(t, k + 2, W_AS)) return k - 1;
        // ("…, but that the ferry would stop": a second "that" clause of the same report; "…, but that doesn't …" is a
        // new clause whose subject is "that".)
        const secondThat = k + 2 <= sentenceLast && isWordAt(t, k + 2, W_THAT) && !(k + 3 <= sentenceLast && t.kind[k + 3] === TokenKind.Word && (AUXILIARIES.at(t, k + 3) || BE_FORMS.at(t, k + 3) || isPastVerbAt(t, k + 3)));
        if (k > from + 2 && !isUpperStart(t, k + 1) && CONTRAST_OPENERS.at(t, k + 1) && !secondThat && !this.quoteCarriesContrast(k + 2, sentenceLast)) return k - 1;
        if (info?.according) return k - 1;
        // "…, a claim her opponents reject": a noun that sums up the clause, then whose view it is, is the narrator's.
        if (k > from + 1 && (this.summingAppositiveAt(k + 1, sentenceLast) || this.passiveAppositiveAt(k + 1, sentenceLast))) return k - 1;
        // "…, which allows …": a relative aside on the last noun is no part of what was said.
        // ("that the plan, which some called a trick, was …": an aside inside the subject, whose verb follows it.)
        if (k > from + 2 && RELATIVE_ASIDES.at(t, k + 1)) {
          const closer = this.asideCloser(k, sentenceLast);
          if (closer < 0) return k - 1;
          k = closer;
          continue;
        }
        if (k + 2 <= sentenceLast && t.kind[k + 2] === TokenKind.Word && PRONOUNS.at(t, k + 1) && cueVerbAt(t, k + 2)?.form === 'finite') return k - 1;
        // "…, an official said.", "…, aides said Tuesday.": a speaker and its cue that close the sentence are the
        // attribution of all before them, not part of this content.
        if (k > from + 1 && this.sourceTagCloses(k + 1, sentenceLast)) return k - 1;
        // "…, and he railed against …": a third-person subject with a past verb after "and" is the narrator's next clause.
        if (k > from + 2 && k + 3 <= sentenceLast && (isWordAt(t, k + 1, W_AND) || isWordAt(t, k + 1, W_BUT)) && t.kind[k + 2] === TokenKind.Word && t.kind[k + 3] === TokenKind.Word && THIRD_PERSON_SUBJECTS.at(t, k + 2) && isPastVerbAt(t, k + 3)) return k - 1;
        if (k > from + 2 && k + 2 <= sentenceLast && (isWordAt(t, k + 1, W_AND) || isWordAt(t, k + 1, W_BUT)) && t.kind[k + 2] === TokenKind.Word) {
          // "…, and some allies questioned …", "…, and as the race turns south, …": a new clause of the narrator's.
          if (SUBORDINATORS.at(t, k + 2) || (!PRONOUNS.at(t, k + 2) && this.subjectWithVerbAt(k + 2, sentenceLast))) return k - 1;
          // "…, and three-quarters said the same of Lee", "…, and Tom Lee, the harbour master, said …": another
          // speaker's report.
          if (this.reportStartsAt(k + 2, sentenceLast)) return k - 1;
        }
        // "…, compared with 33 percent last month", "…, versus 39 percent": the narrator's comparison.
        if (k > from + 2 && COMPARISON_ASIDES.at(t, k + 1)) return k - 1;
      } else if (isPunctChar(t, k, SEMICOLON)) {
        return k - 1;
      } else if (k > first && t.kind[k - 1] === TokenKind.Close && isPunctChar(t, k, 0x5b)) {
        // "had “deep roots.” [Wire.]": a bracket after the quoted words names where the item came from.
        return k - 1;
      } else if (k > first && k + 1 <= sentenceLast && isPunctChar(t, k, COLON) && t.kind[k + 1] === TokenKind.Open && this.quoteHasOwnCue(t.region[k + 1], sentenceLast)) {
        // "suggested he had silenced her: “She signed an agreement,” he told the paper": the quote is the later cue's.
        return k - 1;
      } else if (k > from + 1 && t.kind[k - 1] === TokenKind.Close && isHyphenDash(t, k) && !sawHyphenDash) {
        // "is a “bully” -- all without naming him": a dash typed as hyphens after the quoted words opens the
        // narrator's aside, unless it is one of a pair ("''encouragement'' - a word he used - and reassurance") or
        // another quote follows it (“commandment” -- “Thou shall not …”).
        const after = isPunctChar(t, k + 1, 0x2d) ? k + 2 : k + 1;
        if (after <= sentenceLast && t.kind[after] === TokenKind.Open) continue;
        const closer = this.hyphenDashCloser(after, sentenceLast);
        if (closer < 0) return k - 1;
        k = closer;
        continue;
      } else if (k > first && t.kind[k] === TokenKind.Punct && (charAt(t, k) === 0x2014 || charAt(t, k) === 0x2013)) {
        // "opposed the trade pact — one of the biggest …": a dash opens an aside after the content.
        // ("that Ruiz — a grower herself — was …": a pair of dashes set an aside inside the clause, whose verb follows.)
        // ("should settle the matter — “so that all know …”": quoted words right after the dash go on with the clause.)
        if (k + 1 <= sentenceLast && t.kind[k + 1] === TokenKind.Open) continue;
        const closer = this.asideCloser(k, sentenceLast);
        if (closer >= 0) {
          k = closer;
          continue;
        }
        if (k > from + 2) return k - 1;
      } else if (k > first && !inQuote && isHyphenDash(t, k) && !isPunctChar(t, k - 1, 0x2d) && !(sawHyphenDash && t.kind[k - 1] === TokenKind.Close)) {
        // "… at Hofstra University -- 44 percent to 34 percent": a dash typed as hyphens opens an aside as a dash
        // does, unless one of a pair closes it and the clause goes on in lower case (the one after quoted words that
        // closes an earlier one is passed over: "the tone -- “an insult” -- that …").
        const after = isPunctChar(t, k + 1, 0x2d) ? k + 2 : k + 1;
        if (after <= sentenceLast && t.kind[after] === TokenKind.Open) continue;
        const closer = this.hyphenDashCloser(after, sentenceLast);
        if (closer >= 0 && closer + 1 <= sentenceLast && ((t.kind[closer + 1] === TokenKind.Word && isLowerStart(t, closer + 1)) || t.kind[closer + 1] === TokenKind.Open)) {
          k = closer;
          continue;
        }
        if (k > from + 2) return k - 1;
      }
    }
    return sentenceLast;
  }

  /** Whether token `k` is a list item's bullet: "-", "*", "•" or a dash opening its line, a space after it. */
  private isListBullet(k: number): boolean {
    const t = this.tokens;
    const c = charAt(t, k);
    if (c !== 0x2d && c !== 0x2a && c !== 0x2022 && c !== 0x2013 && c !== 0x2014) return false;
    if (k + 1 >= t.count || t.end[k] === t.start[k + 1]) return false;
    let i = t.start[k] - 1;
    while (i >= 0 && t.text.charCodeAt(i) !== 0x0a && isSpace(t.text.charCodeAt(i))) i--;
    return i < 0 || t.text.charCodeAt(i) === 0x0a;
  }

  /**
   * The subject pronoun that opens a clause within a few words of a prepositional phrase from `from` ("after the
   * convention he would …": "he"), or -1 when the phrase runs into anything else.
   */
  private clauseSubjectAfterPhrase(from: number, last: number): number {
    const t = this.tokens;
    for (let k = from; k < last && k - from < MAX_CUE_ADVERBIAL_TOKENS; k++) {
      if (t.kind[k] !== TokenKind.Word) return -1;
      const lw = lowerWord(t, k);
      if (k > from && SUBJECT_PRONOUNS.has(lw) && lw !== 'that' && lw !== 'there' && t.kind[k + 1] === TokenKind.Word && isLowerStart(t, k + 1) && (AUXILIARIES.at(t, k + 1) || this.verbAt(k + 1))) return k;
      if (COMPLEMENTIZERS.at(t, k) || cueVerbAt(t, k) !== undefined || AUXILIARIES.at(t, k)) return -1;
    }
    return -1;
  }

  /** Whether a participle cue at `k` introduces a quote: "chanting, “…”", "asking her: “…”", "saying “…”". */
  private participleIntroducesQuote(k: number, sentenceLast: number): boolean {
    const t = this.tokens;
    if (k > sentenceLast || t.kind[k] !== TokenKind.Word || cueVerbAt(t, k)?.form !== 'participle') return false;
    let m = k + 1;
    if (m <= sentenceLast && t.kind[m] === TokenKind.Word && PRONOUNS.at(t, m)) m++;
    if (m <= sentenceLast && (isPunctChar(t, m, COMMA) || isPunctChar(t, m, COLON))) m++;
    return m <= sentenceLast && t.kind[m] === TokenKind.Open && this.opensQuotedSentence(t.region[m]);
  }

  /** Whether a noun of a medium ("statement", "tweet", "post") ends the phrase of at most four words from `first`. */
  private mediumWithin(first: number, sentenceLast: number): boolean {
    const t = this.tokens;
    for (let k = first; k <= sentenceLast && k - first < 4 && t.kind[k] === TokenKind.Word; k++) if (MEDIUM_NOUNS.at(t, k)) return true;
    return false;
  }

  /**
   * The comma or dash that closes an aside opened at `opener` when a verb follows it, so that the aside sits inside
   * the clause ("the plan, which some called a trick, was …", "Ruiz — a grower herself — was …"); -1 otherwise.
   */
  private asideCloser(opener: number, sentenceLast: number): number {
    const t = this.tokens;
    const dash = t.kind[opener] === TokenKind.Punct && charAt(t, opener) !== COMMA;
    // (A relative clause set off by commas may run long: "the Islamic State, which has been the target of … for nearly
    // two years …, is “in retreat”".)
    const reach = dash ? MAX_ASIDE_TOKENS : MAX_RELATIVE_ASIDE_TOKENS;
    for (let k = opener + 1; k < sentenceLast && k - opener <= reach; k++) {
      const kind = t.kind[k];
      if (kind === TokenKind.Open || kind === TokenKind.Close || kind === TokenKind.Break || isPunctChar(t, k, SEMICOLON)) return -1;
      if (kind !== TokenKind.Punct) continue;
      const c = charAt(t, k);
      if (dash ? c !== 0x2014 && c !== 0x2013 : c !== COMMA) continue;
      // ("the pipeline, which Republicans support, “wouldn't go 10 feet”": the verb may open quoted words.)
      const next = t.kind[k + 1] === TokenKind.Open && k + 2 < sentenceLast ? k + 2 : k + 1;
      // ("to ban all Muslims — 1.6 billion people — from entering": after a pair of dashes the clause goes on in lower
      // case; after a pair of commas, with its verb.)
      if (dash) return t.kind[next] === TokenKind.Word && isLowerStart(t, next) ? k : -1;
      return t.kind[next] === TokenKind.Word && isLowerStart(t, next) && (AUXILIARIES.at(t, next) || isPastVerbAt(t, next)) ? k : -1;
    }
    return -1;
  }

  /** The hyphen dash that closes an aside running from `from`, within a short stretch of plain words; -1 when there is none. */
  private hyphenDashCloser(from: number, sentenceLast: number): number {
    const t = this.tokens;
    for (let k = from; k < sentenceLast && k - from <= MAX_ASIDE_TOKENS; k++) {
      const kind = t.kind[k];
      if (kind === TokenKind.Open || kind === TokenKind.Close || kind === TokenKind.Break || isPunctChar(t, k, SEMICOLON)) return -1;
      if (isHyphenDash(t, k)) return isPunctChar(t, k + 1, 0x2d) ? k + 1 : k;
    }
    return -1;
  }

  /**
   * Whether the "and" at `k` joins words into one subject: names or pronouns ("Cruz and Rubio implied", "he and Cruz
   * shared"), an abbreviation ("the U.S. and Japanese officials"), or a word or two after a comma ("…, current and
   * former officials said").
   */
  private andJoinsSubject(k: number, first: number): boolean {
    const t = this.tokens;
    if ((t.kind[k - 1] === TokenKind.Word && (isUpperStart(t, k - 1) || PRONOUNS.at(t, k - 1))) || isPunctChar(t, k - 1, 0x2e)) return true;
    let joined = k - 1;
    while (joined > first && k - joined <= 3 && t.kind[joined - 1] === TokenKind.Word) joined--;
    return k - joined <= 2 && joined > first && t.kind[joined - 1] === TokenKind.Punct;
  }

  /** Whether a named or plural speaker and a finite cue verb of its own start at `first` ("Democrats accused …"). */
  private speakerWithCueAt(first: number, sentenceLast: number): boolean {
    const t = this.tokens;
    if (PRONOUNS.at(t, first)) return false;
    const sp = phraseStartingAt(t, first, sentenceLast + 1);
    const next = sp ? sp.last + 1 : -1;
    if (sp === null || next > sentenceLast || t.kind[next] !== TokenKind.Word || !isLowerStart(t, next)) return false;
    const verb = cueVerbAt(t, next);
    return verb !== undefined && verb.form === 'finite' && lowerWord(t, next) !== verb.lemma && (sp.kind === 'name' || sp.kind === 'organisation' || this.isPluralSubject(sp));
  }

  /** Whether a subject (a pronoun or a speaker phrase) and a past verb or an auxiliary start at `first`. */
  private subjectWithVerbAt(first: number, sentenceLast: number): boolean {
    const t = this.tokens;
    if (PRONOUNS.at(t, first) && !isWordAt(t, first, W_WHO)) return first + 1 <= sentenceLast && t.kind[first + 1] === TokenKind.Word && (AUXILIARIES.at(t, first + 1) || isPastVerbAt(t, first + 1));
    const sp = phraseStartingAt(t, first, sentenceLast + 1);
    const next = sp ? sp.last + 1 : -1;
    return sp !== null && next <= sentenceLast && t.kind[next] === TokenKind.Word && (AUXILIARIES.at(t, next) || isPastVerbAt(t, next));
  }

  /**
   * Whether a speaker's own quote starts at `first`: a subject, its finite cue, then quoted words right away or after
   * a few words and a comma or colon (", Lopez replied, “…”", ", to which Ruiz said: “…”", ", a man yelled “…”").
   */
  private quotedReportAt(first: number, sentenceLast: number): boolean {
    const t = this.tokens;
    let k = first;
    if (isWordAt(t, k, W_TO) && k + 1 <= sentenceLast && isWordAt(t, k + 1, W_WHICH)) k += 2;
    // (A name, a title or a determiner opens such a subject; a pronoun's own rule ends the clause already.)
    if (k > sentenceLast || t.kind[k] !== TokenKind.Word || !(isUpperStart(t, k) || DETERMINERS.at(t, k))) return false;
    const sp = phraseStartingAt(t, k, sentenceLast + 1);
    if (!sp) return false;
    let cue = sp.last + 1;
    while (cue <= sentenceLast && isFillerAt(t, cue)) cue++;
    if (cue > sentenceLast || cueVerbAt(t, cue)?.form !== 'finite') return false;
    let open = cue + 1;
    if (open > sentenceLast || t.kind[open] !== TokenKind.Open) {
      while (open <= sentenceLast && open - cue <= MAX_CUE_SETTING_WORDS && t.kind[open] === TokenKind.Word) open++;
      if (!(open + 1 <= sentenceLast && (isPunctChar(t, open, COMMA) || isPunctChar(t, open, COLON)) && t.kind[open + 1] === TokenKind.Open)) return false;
      open++;
    }
    return this.opensQuotedSentence(t.region[open]);
  }

  /**
   * Whether the quote of region `r` opens a sentence of its own: a capital first word, and not a title whose every
   * word is capitalised (“We were floored” goes on with the narrator's sentence; ''An American Son'' names a book).
   */
  private opensQuotedSentence(r: number): boolean {
    const t = this.tokens;
    const open = this.regionOpenToken[r];
    const close = this.regionCloseToken[r];
    if (open < 0 || open + 1 >= t.count || t.kind[open + 1] !== TokenKind.Word || !isUpperStart(t, open + 1)) return false;
    let words = 0;
    for (let k = open + 1; k < close || (close < 0 && k < t.count && t.kind[k] !== TokenKind.Break); k++) {
      if (t.kind[k] !== TokenKind.Word) continue;
      words++;
      if (!isUpperStart(t, k)) return true;
    }
    return words < 2;
  }

  /** Whether a cue of its own follows the quote of region `r` ("“…,” he told the paper", "“…,” said Ruiz"). */
  private quoteHasOwnCue(r: number, sentenceLast: number): boolean {
    const t = this.tokens;
    let k = this.regionCloseToken[r] + 1;
    if (k <= 0) return false;
    if (k <= sentenceLast && isPunctChar(t, k, COMMA)) k++;
    if (!isPunctChar(t, k - 1, COMMA) && !(k - 2 >= 0 && isPunctChar(t, k - 2, COMMA))) return false;
    for (let m = k; m <= sentenceLast && m - k < 5 && t.kind[m] === TokenKind.Word; m++) if (cueVerbAt(t, m)?.form === 'finite') return true;
    return false;
  }

  /**
   * Whether the contrast from `from` carries the speaker's quoted words before any cue of its own ("said he had
   * offers, but “the offers were …”", "but is now “the worst …”"); "but called it “…”" is a report of its own.
   */
  private quoteCarriesContrast(from: number, sentenceLast: number): boolean {
    const t = this.tokens;
    for (let k = from; k <= sentenceLast && k - from <= MAX_REPORT_BEFORE_QUOTE; k++) {
      const kind = t.kind[k];
      if (kind === TokenKind.Open) return true;
      if (kind === TokenKind.Word ? cueVerbAt(t, k) !== undefined : kind !== TokenKind.Punct || isPunctChar(t, k, SEMICOLON)) return false;
    }
    return false;
  }

  /** "polls could be “way off,” and have been wrong before": "and" with an auxiliary or "because" goes on with the clause. */
  private predicateGoesOn(next: number, sentenceLast: number): boolean {
    const t = this.tokens;
    if (isWordAt(t, next, W_BECAUSE) || QUOTE_COMMA_CONTINUERS.at(t, next)) return true;
    // "is “negotiable,” but only the details", "“unyielding,” and that he …": a second part of the same report.
    if ((isWordAt(t, next, W_AND) || isWordAt(t, next, W_BUT)) && next + 1 <= sentenceLast && t.kind[next + 1] === TokenKind.Word && COORDINATED_REPORT_OPENERS.at(t, next + 1)) return true;
    return isWordAt(t, next, W_AND) && next + 1 <= sentenceLast && t.kind[next + 1] === TokenKind.Word && AUXILIARIES.at(t, next + 1);
  }

  /** Whether a quote opens at `k`, after a comma or colon, or after "the words" ("with the words “…”"). */
  private quoteOpensAfter(k: number, end: number): boolean {
    const t = this.tokens;
    if (k < end && (isPunctChar(t, k, COMMA) || isPunctChar(t, k, COLON))) k++;
    else if (k + 2 < end && isWordAt(t, k, W_THE) && isWordAt(t, k + 1, W_WORDS)) k += 2;
    return k < end && t.kind[k] === TokenKind.Open;
  }

  /** Whether a finite cue verb of a later clause comes before the first quote after `from` ("…, Obama calls them “…”"). */
  private laterCueBeforeQuote(from: number, last: number): boolean {
    const t = this.tokens;
    for (let k = from; k <= last && t.kind[k] !== TokenKind.Open; k++) if (t.kind[k] === TokenKind.Word && isLowerStart(t, k) && cueVerbAt(t, k)?.form === 'finite') return true;
    return false;
  }

  /** "when it comes to …" at `k`: an idiom that goes on with what is said, not the narrator's "when" clause. */
  private whenItComes(k: number, sentenceLast: number): boolean {
    const t = this.tokens;
    return k + 3 <= sentenceLast && isWordAt(t, k, W_WHEN) && isWordAt(t, k + 1, W_IT) && lowerWord(t, k + 2).startsWith('come');
  }

  /** Whether the words from `next` go on with a clause: a name or pronoun, then an auxiliary or a past verb that is no cue. */
  private clauseGoesOn(next: number, sentenceLast: number): boolean {
    const t = this.tokens;
    if (this.whenItComes(next, sentenceLast)) return true;
    let k = next;
    if (PRONOUNS.at(t, k) && !isWordAt(t, k, W_WHO)) k++;
    else while (k <= sentenceLast && k - next < 4 && t.kind[k] === TokenKind.Word && isUpperStart(t, k)) k++;
    // ("“…,” Smith added": a cue after the name is another attribution.)
    return k > next && k <= sentenceLast && t.kind[k] === TokenKind.Word && cueVerbAt(t, k) === undefined && (AUXILIARIES.at(t, k) || isPastVerbAt(t, k));
  }

  /** "a “loser,” a “liar” and a “whiner”": after a quoted item, another one a word or two on continues a list. */
  private quotedListGoesOn(next: number, sentenceLast: number): boolean {
    const t = this.tokens;
    const w = lowerWord(t, next);
    if (w !== 'a' && w !== 'an' && w !== 'and' && w !== 'or' && w !== 'the') return false;
    for (let k = next + 1; k <= sentenceLast && k - next <= 3; k++) if (t.kind[k] === TokenKind.Open) return true;
    return false;
  }

  /** "Ruiz shot back": the subject of a predicate of one to three lower-case words that ends at `last`, opening its clause. */
  private subjectOfShortPredicate(s: Sentence, last: number): SpeakerPhrase | null {
    const t = this.tokens;
    for (let k = last; k > s.first && last - k < 3; k--) {
      if (t.kind[k] !== TokenKind.Word || !isLowerStart(t, k)) return null;
      const sp = t.kind[k - 1] === TokenKind.Word ? phraseEndingAt(t, s.first, k - 1) : null;
      if (sp && sp.kind !== 'role' && (sp.first === s.first || isPunctChar(t, sp.first - 1, COMMA))) return sp;
    }
    return null;
  }

  /** Whether a colon stands among tokens [from, to). */
  private colonBetween(from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (isPunctChar(this.tokens, j, COLON)) return true;
    return false;
  }

  /** Whether "and" and a verb come later in the clause ("…, called her “third-rate” and boycotted …"). */
  private listGoesOnWithVerb(from: number, last: number): boolean {
    const t = this.tokens;
    for (let k = from; k < last; k++) {
      const kind = t.kind[k];
      if (kind === TokenKind.Open) {
        const close = this.regionCloseToken[t.region[k]];
        if (close < 0) return false;
        k = close;
        continue;
      }
      if (kind === TokenKind.Break || isPunctChar(t, k, SEMICOLON) || isPunctChar(t, k, COLON)) return false;
      if (kind !== TokenKind.Word || !isWordAt(t, k, W_AND)) continue;
      let verb = k + 1;
      while (verb < last && isFillerAt(t, verb)) verb++;
      if (t.kind[verb] === TokenKind.Word && isPastVerbAt(t, verb) && !DETERMINERS.at(t, verb - 1)) return true;
    }
    return false;
  }

  /**
   * The subject of a list of verbs that the comma at `comma` goes on ("Lee rejected the bid, ruled Ruiz eligible and
   * …"): back across the verbs to one whose subject opens the sentence, stopping at a clause that opens on the way
   * ("that", "which", "when", …), or null.
   */
  private verbListSubject(s: Sentence, comma: number): SpeakerPhrase | null {
    const t = this.tokens;
    for (let k = comma - 1; k > s.first && comma - k <= 40; k--) {
      const kind = t.kind[k];
      if (kind === TokenKind.Close) {
        k = this.regionOpenToken[t.region[k]];
        if (k < 0) return null;
        continue;
      }
      if (kind === TokenKind.Break || kind === TokenKind.Open || isPunctChar(t, k, SEMICOLON) || isPunctChar(t, k, COLON) || (kind === TokenKind.Punct && DASHES.has(charAt(t, k)))) return null;
      if (kind !== TokenKind.Word) continue;
      if (CLAUSE_STARTERS.at(t, k) && !isWordAt(t, k, W_AND) && !isWordAt(t, k, W_BUT) && !isWordAt(t, k, W_OR)) return null;
      if (!isPastVerbAt(t, k) || (k - 1 >= s.first && (NOUN_DETERMINERS.at(t, k - 1) || POSSESSIVE_DETERMINERS.at(t, k - 1)))) continue;
      let j = k - 1;
      while (j >= s.first && isFillerAt(t, j)) j--;
      if (j < s.first) return null;
      // ("The senator, who has long opposed the deal, voted against it, …": the subject with its aside.)
      const sp = phraseEndingAt(t, s.first, j);
      if (!sp || (sp.kind === 'pronoun' && RELATIVE_SUBJECTS.at(t, sp.first))) continue;
      const afterAdverbial = sp.first - 1 > s.first && isPunctChar(t, sp.first - 1, COMMA) && t.kind[s.first] === TokenKind.Word && (PREPOSITIONS.at(t, s.first) || CLAUSE_OPENERS.at(t, s.first));
      if (sp.first === s.first || afterAdverbial || (sp.first - 1 === s.first && SENTENCE_CONJUNCTIONS.at(t, s.first))) return sp;
    }
    return null;
  }

  /** The subject of the sentence's main clause: the nearest "Name verb" pair left of a participial cue. */
  private mainClauseSubject(s: Sentence, before: number): SpeakerPhrase | null {
    const t = this.tokens;
    // "he sounded a rare note of …": a cue form after a determiner is likely a noun; its phrase is kept only as a
    // last resort.
    let nounUse: SpeakerPhrase | null = null;
    for (let k = before; k > s.first && before - k < 60; k--) {
      if (t.kind[k] === TokenKind.Close) {
        k = this.regionOpenToken[t.region[k]];
        continue;
      }
      if (t.kind[k] !== TokenKind.Word) continue;
      const verbLike = LIGHT_VERBS.at(t, k) || cueVerbAt(t, k)?.form === 'finite' || (t.end[k] - t.start[k] > 4 && !isUpperStart(t, k) && lowerWord(t, k).endsWith('ed'));
      if (!verbLike) continue;
      // ("shrugged off Trump’s comments, telling …": a possessive before the cue form makes a noun of it too.)
      // ("posted a Twitter comment of her own, saying …": after "a" and a capitalised word too.)
      if (k - 1 >= s.first && (NOUN_DETERMINERS.at(t, k - 1) || (k - 2 >= s.first && NOUN_DETERMINERS.at(t, k - 2) && (!isUpperStart(t, k - 1) || INDEFINITE_ARTICLES.at(t, k - 2))) || (isUpperStart(t, k - 1) && isPossessiveWord(lowerWord(t, k - 1))))) {
        nounUse ??= phraseEndingAt(t, s.first, k - 1);
        continue;
      }
      let j = k - 1;
      while (j >= s.first && isFillerAt(t, j)) j--;
      // ("doctors in 2015 sent": the year is no subject.)
      if (j - 2 >= s.first && isYearAt(t, j) && t.kind[j - 1] === TokenKind.Word && isWordAt(t, j - 1, W_IN)) j -= 2;
      if (j < s.first) continue;
      // ("A group of doctors sent a letter, calling …": failing a known head, a bare subject that opens the sentence.)
      let sp = phraseEndingAt(t, s.first, j);
      if (!sp) {
        const bare = bareSubjectEndingAt(t, s.first, j);
        if (bare && bare.first === s.first && bare.kind !== 'pronoun') sp = bare;
      }
      // "his first public comment": a possessive opens a noun phrase, not a subject.
      if (sp && POSSESSIVE_DETERMINERS.at(t, sp.first)) continue;
      // A role phrase must open its clause or its noun phrase ("the aide", "Clinton’s right-hand woman").
      // ("Small groups of protesters marched", "Dozens of residents marched": the quantity and its modifiers before
      // the role, or before "of", may open the clause.)
      const quantityOf = sp !== null && sp.kind !== 'name' && sp.kind !== 'pronoun' && sp.first - 1 > s.first && t.kind[sp.first - 1] === TokenKind.Word && isWordAt(t, sp.first - 1, W_OF);
      const opens = sp !== null && (sp.kind !== 'role' || sp.first === s.first || DETERMINERS.at(t, sp.first) || isPunctChar(t, sp.first - 1, COMMA) || lowerWord(t, sp.first).endsWith("'s"));
      if (sp && (quantityOf || !opens)) {
        const opening = { ...sp };
        this.extendToClauseStart(s, opening);
        if (opening.first === s.first) return opening;
      }
      if (opens) return sp;
    }
    return nounUse;
  }

  private build(first: number, last: number, cueFirst: number, cueLast: number, cueLemma: string, speaker: SpeakerPhrase | null): Attribution {
    const t = this.tokens;
    // ("…, friends say: free-market fiscal policy).": a bracket closed that opened before the content is not its own.)
    while (last > first && t.kind[last] === TokenKind.Punct && (isPunctChar(t, last, 0x29) || isPunctChar(t, last, 0x5d)) && !endsContent(t, last, first)) last--;
    const regions: number[] = [];
    let outside = false;
    for (let k = first; k <= last; k++) {
      if (t.kind[k] === TokenKind.Open) {
        const r = t.region[k];
        // ("… is elected, he said on Monday’s “Evening Hour.”": a show's name is no quoted speech.)
        if (this.namesAShow(r)) outside = true;
        else regions.push(r);
        k = Math.max(k, this.regionCloseToken[r]);
      } else if (t.kind[k] === TokenKind.Word) {
        outside = true;
      }
    }
    const kind: AttributionKind = regions.length === 0 ? 'reported' : outside ? 'partial' : 'direct';
    return { kind, contentFirst: first, contentLast: last, regions, cueFirst, cueLast, cueLemma, speaker };
  }

  regionTokens(r: number): { open: number; close: number } {
    return { open: this.regionOpenToken[r], close: this.regionCloseToken[r] };
  }

  /**
   * Quoted words with no attribution of their own: speech when the sentence names an utterance ("Putin’s
   * comments …", "calling them “…”") or the quote stands alone as a sentence; otherwise scare quotes.
   */
  readLooseRegion(s: Sentence, r: number, previous: Attribution | null): Attribution | 'scare' | null {
    const t = this.tokens;
    const open = this.regionOpenToken[r];
    const close = this.regionCloseToken[r];
    let before = open - 1;
    while (before >= s.first && t.kind[before] === TokenKind.Punct && !isClauseBoundary(t, before)) before--;
    let after = close + 1;
    while (after < s.end && t.kind[after] === TokenKind.Punct) after++;
    // “…” ― Sonya Herridge: a quote signed with a dash and a name.
    if (after < s.end && t.kind[after - 1] === TokenKind.Punct && SIGNATURE_DASHES.has(charAt(t, after - 1))) {
      const signer = phraseStartingAt(t, after, s.end);
      if (signer && signer.kind === 'name') return this.build(open, close, after - 1, after - 1, 'say', signer);
    }
    const alone = (before < s.first || t.kind[before] === TokenKind.Break) && after >= s.end;
    const words = this.wordsIn(open, close);
    if (!alone && (this.isTitleLike(r) || this.namesAShow(r))) return 'scare';
    if (alone) {
      // A quote that is a whole sentence continues the last speaker's words.
      if (words < 3) return null;
      const a = this.build(open, close, -1, -1, '', previous?.speaker ?? null);
      a.carriedSpeaker = true;
      return a;
    }
    // "Clinton apologized for what happened: “…”": a quote after a colon is the subject's words.
    if (before >= s.first && isPunctChar(t, before, COLON) && words >= 3) {
      let j = before - 1;
      while (j >= s.first && isFillerAt(t, j)) j--;
      // "… doesn’t surprise pollster Daron Shaw: “…”", "More from Jones: “…”": a name right before the colon speaks.
      const named = j >= s.first ? phraseEndingAt(t, s.first, j) : null;
      const speaker = named && (named.kind === 'name' || named.kind === 'organisation') && named.name !== null && !COLON_LABELS.at(t, named.last) ? named : this.mainClauseSubject(s, before) ?? (j >= s.first && j === s.first ? named : null) ?? this.sourceAfterFrom(s, j);
      if (speaker) return this.build(open, close, before, before, 'say', speaker);
    }
    // "Ruiz shot back, “I suppose I could have …”": a quoted sentence that closes the sentence after a comma is the
    // words of the clause's subject, whatever its verb.
    // ("a problem because, “…”": after a conjunction the quote goes on a clause that is no subject's verb.)
    if (before > s.first && isPunctChar(t, before, COMMA) && after >= s.end && words >= 4 && open + 1 < close && isUpperStart(t, open + 1) && t.kind[before - 1] === TokenKind.Word && !CLAUSE_OPENERS.at(t, before - 1) && !SUBORDINATORS.at(t, before - 1)) {
      const speaker = this.mainClauseSubject(s, before - 1) ?? this.subjectOfShortPredicate(s, before - 1);
      if (speaker) return this.build(open, close, -1, -1, '', speaker);
    }
    // “…” [Salem Times.]: a quoted passage that only a bracketed source follows is an excerpt of that source's words.
    if (words >= MIN_EXCERPT_WORDS && this.sourceTagFollows(close, s)) return this.build(open, close, -1, -1, '', null);
    const source = this.speechSourceOf(s);
    if (!source) return 'scare';
    // ("was “duped,” and riders read what Ruiz called the “real plan”": a naming verb names what follows it only.)
    if (source.cue > close && NAMING_VERBS.has(source.lemma)) return 'scare';
    // "Trump’s claim that there have been “thousands of shootings” in Chicago": the clause after the cue is the content.
    let first = open;
    let last = close;
    if (source.cue < open) {
      let k = source.cue + 1;
      while (k < open && t.kind[k] === TokenKind.Punct) k++;
      const end = this.clauseEnd(k, lastContentToken(t, s));
      if (end >= close && open - k <= 12) {
        first = k;
        last = end;
      }
    }
    const a = this.build(first, last, source.cue, source.cue, source.lemma, source.speaker);
    a.kind = 'partial';
    return a;
  }

  /**
   * The person a sentence of narration opens with, before its verb ("Lee agreed.", "Ruiz shook her head."): the likely
   * speaker of a quote that follows with no cue of its own; null when the sentence opens otherwise.
   */
  narratedPerson(s: Sentence): SpeakerPhrase | null {
    const t = this.tokens;
    if (CLAUSE_OPENERS.at(t, s.first) || SUBORDINATORS.at(t, s.first)) return null;
    const sp = phraseStartingAt(t, s.first, s.end);
    if (!sp || sp.kind !== 'name') return null;
    let verb = sp.last + 1;
    while (verb < s.end && isFillerAt(t, verb)) verb++;
    if (verb >= s.end || t.kind[verb] !== TokenKind.Word || !isLowerStart(t, verb)) return null;
    const w = lowerWord(t, verb);
    return this.verbAt(verb) || w.endsWith('s') || w.endsWith('ed') ? sp : null;
  }

  /** Whether only a bracketed source ("[Salem Times.]") stands between the closing mark at `close` and the paragraph end. */
  private sourceTagFollows(close: number, s: Sentence): boolean {
    const t = this.tokens;
    let k = close + 1;
    while (k < t.count && t.kind[k] === TokenKind.Punct && !isPunctChar(t, k, 0x5b)) k++;
    if (k >= t.count || !isPunctChar(t, k, 0x5b)) return false;
    let words = 0;
    for (k++; k < t.count && t.kind[k] !== TokenKind.Break; k++) {
      if (isPunctChar(t, k, 0x5d)) {
        let end = k + 1;
        while (end < t.count && t.kind[end] === TokenKind.Punct) end++;
        return words > 0 && words <= MAX_SOURCE_TAG_WORDS && (end >= t.count || t.kind[end] === TokenKind.Break) && k >= s.first;
      }
      if (t.kind[k] === TokenKind.Word) {
        if (words === 0 && !isUpperStart(t, k)) return false;
        words++;
      } else if (!isPunctChar(t, k, 0x2e)) {
        return false;
      }
    }
    return false;
  }

  /** A cue that ends its sentence with a colon ("He added:"), waiting for the quote that follows. */
  introduction: { cueFirst: number; cueLast: number; cueLemma: string; speaker: SpeakerPhrase } | null = null;

  /** A sentence that is only a speaker and a cue right after a quote that ends with "?" or "!": the quote's attribution. */
  quoteTail: { cueFirst: number; cueLast: number; cueLemma: string; speaker: SpeakerPhrase } | null = null;

  private sourceCache: { first: number; value: { cue: number; lemma: string; speaker: SpeakerPhrase } | null } | null = null;

  /** The first speech noun or naming verb of the sentence with the speaker it belongs to; computed once per sentence. */
  private speechSourceOf(s: Sentence): { cue: number; lemma: string; speaker: SpeakerPhrase } | null {
    if (this.sourceCache && this.sourceCache.first === s.first) return this.sourceCache.value;
    const value = this.findSpeechSource(s);
    this.sourceCache = { first: s.first, value };
    return value;
  }

  private findSpeechSource(s: Sentence): { cue: number; lemma: string; speaker: SpeakerPhrase } | null {
    const t = this.tokens;
    let inQuote = false;
    for (let k = s.first; k < s.end; k++) {
      const kind = t.kind[k];
      if (kind === TokenKind.Open) inQuote = true;
      else if (kind === TokenKind.Close) inQuote = false;
      if (inQuote || kind !== TokenKind.Word || t.word[k] === 0) continue;
      if (SPEECH_NOUNS.at(t, k)) {
        const speaker = this.possessorOf(s, k);
        if (speaker) return { cue: k, lemma: lowerWord(t, k), speaker };
      }
      const entry = cueVerbAt(t, k);
      // ("a shooting spree": a verb that needs its particle is no cue without it.)
      if (entry?.particle && !(k + 1 < s.end && t.kind[k + 1] === TokenKind.Word && lowerWord(t, k + 1) === entry.particle)) continue;
      if (entry && (NAMING_VERBS.has(entry.lemma) || entry.form === 'participle')) {
        let j = k - 1;
        while (j >= s.first && isFillerAt(t, j)) j--;
        // "a series of tweets early Friday saying …": a time before the participle modifies nothing.
        const time = j >= s.first ? timePhraseStart(t, s.first, j) : -1;
        if (time > s.first) j = time - 1;
        const speaker = entry.form === 'participle' && (j < s.first || isClauseBoundary(t, j)) ? this.mainClauseSubject(s, j) : j >= s.first ? phraseEndingAt(t, s.first, j) ?? (time > s.first && entry.form === 'participle' ? this.mainClauseSubject(s, j) : null) : null;
        if (speaker) return { cue: k, lemma: entry.lemma, speaker };
      }
    }
    return null;
  }

  /**
   * A noun of saying or deciding owned by a speaker and followed by "that" or "to" ("Ruiz's claim that the dam leaks",
   * "his pledge to cut taxes"): the clause or infinitive is the owner's content.
   */
  private stanceNounCue(s: Sentence, noun: number): Attribution | null {
    const t = this.tokens;
    const next = noun + 1;
    // "Roe's view is that …", "the White House's position was that …": what the view is, is the report.
    const predicative = next + 2 < s.end && t.kind[next] === TokenKind.Word && BE_FORMS.at(t, next) && isWordAt(t, next + 1, W_THAT) && t.kind[next + 2] === TokenKind.Word;
    // (The report then starts at its "that".)
    const first = predicative ? next + 1 : next;
    if (!predicative) {
      if (next + 1 >= s.end || t.kind[next] !== TokenKind.Word || !(isWordAt(t, next, W_THAT) || isWordAt(t, next, W_TO)) || t.kind[next + 1] !== TokenKind.Word) return null;
      // ("the claim that was rejected": "that" opening a relative clause reports nothing.)
      if (isWordAt(t, next, W_THAT) && (AUXILIARIES.at(t, next + 1) || isPastVerbAt(t, next + 1))) return null;
    }
    const speaker = this.possessorOf(s, noun);
    if (!speaker) return null;
    // ("His pledge to cut taxes won the county": as the sentence's subject the phrase's end is the main verb's start,
    // which the reader cannot tell; only the phrase after a verb or a preposition runs to the clause end.)
    if (!predicative && (speaker.first <= s.first || (speaker.first - 1 === s.first && SENTENCE_CONJUNCTIONS.at(t, s.first)))) return null;
    let last = this.clauseEnd(first, lastContentToken(t, s));
    // ("Ruiz's insistence that it would wait was right, 59 percent said": another cue is no part of it.)
    for (let k = first + 2; k <= last; k++) {
      if (t.kind[k] === TokenKind.Open) k = Math.max(k, this.regionCloseToken[t.region[k]]);
      // (After a determiner the word is a noun: "that the plan will fail".)
      else if (t.kind[k] === TokenKind.Word && cueVerbAt(t, k)?.form === 'finite' && isLowerStart(t, k) && !(t.kind[k - 1] === TokenKind.Word && DETERMINERS.at(t, k - 1))) {
        // The cue's own subject goes with it: back to the comma before it, if any.
        last = k - 1;
        for (let c = k - 1; c > first; c--) {
          if (isPunctChar(t, c, COMMA)) {
            last = c - 1;
            break;
          }
        }
        break;
      }
    }
    while (last > first && t.kind[last] === TokenKind.Punct && !endsContent(t, last, first)) last--;
    if (last <= first) return null;
    return this.build(first, last, noun, noun, lowerWord(t, noun), speaker);
  }

  /**
   * An adjective of an attitude after "be", "seem", "remain" or "become" and before the preposition of what it is
   * towards ("Ruiz has been critical of the plan", "voters are increasingly wary of him"): the noun phrase after the
   * preposition is the subject's view.
   */
  private attitudeAdjectiveCue(s: Sentence, adjective: number, prepositions: ReadonlySet<string>): Attribution | null {
    const t = this.tokens;
    const prep = adjective + 1;
    if (prep + 1 >= s.end || t.kind[prep] !== TokenKind.Word || !prepositions.has(lowerWord(t, prep)) || t.kind[prep + 1] !== TokenKind.Word) return null;
    // ("has been openly critical of", "is not so sure about": adverbs and negations before the adjective.)
    let verb = adjective - 1;
    while (verb > s.first && adjective - verb <= 3 && t.kind[verb] === TokenKind.Word && (isFillerAt(t, verb) || DEGREE_WORDS.at(t, verb)) && !BE_FORMS.at(t, verb)) verb--;
    if (verb <= s.first || t.kind[verb] !== TokenKind.Word || !(BE_FORMS.at(t, verb) || ATTITUDE_LINKS.at(t, verb))) return null;
    let k = verb - 1;
    while (k >= s.first && t.kind[k] === TokenKind.Word && (BE_FORMS.at(t, k) || isFillerAt(t, k))) k--;
    const speaker = k >= s.first ? phraseEndingAt(t, s.first, k) : null;
    if (!speaker) return null;
    const sentenceLast = lastContentToken(t, s);
    // "aides are confident that …", "Lee was eager to run": the clause or the infinitive, with its "that" or "to", to
    // the clause end; a cue verb after "to" reads its own content ("reluctant to endorse him").
    // ("opposed to the plan", "opposed to electing him": "to" before a noun phrase or a gerund is a preposition.)
    const infinitive = isWordAt(t, prep, W_TO) && isLowerStart(t, prep + 1) && !DETERMINERS.at(t, prep + 1) && !POSSESSIVE_DETERMINERS.at(t, prep + 1) && !lowerWord(t, prep + 1).endsWith('ing');
    if (isWordAt(t, prep, W_THAT) || infinitive) {
      // ("worried that supporters will be reluctant to …", "have shown they are willing to …": a clause that another
      // word takes is part of that report.)
      if ((infinitive && cueVerbAt(t, prep + 1) !== undefined) || this.embeddedSubjectBefore(s, k + 1)) return null;
      const end = this.clauseEnd(prep + 1, sentenceLast);
      // ("The board may be reluctant to act while talks go on, Lee said.": the view is what the source that closes the
      // sentence said.)
      for (let k = prep + 2; k + 1 <= sentenceLast; k++) if (isPunctChar(t, k, COMMA) && this.sourceTagCloses(k + 1, sentenceLast)) return null;
      const a = end > prep ? this.build(prep, end, adjective, adjective, lowerWord(t, adjective), speaker) : null;
      // (Quoted words inside are another cue's: "… willing to pay ''because …,'' Lee said.")
      return a && a.regions.length === 0 ? a : null;
    }
    const last = this.objectEnd(prep + 1, this.clauseEnd(prep + 1, sentenceLast));
    if (last < prep + 1) return null;
    return this.build(prep + 1, last, adjective, prep, lowerWord(t, adjective), speaker);
  }

  /**
   * The clause around "reportedly" ("The club is reportedly spending …", "With Bloomberg reportedly considering a run,
   * …"), from its start after a comma, a clause opener or the sentence start to its end: a report with no source. A
   * finite cue right after it ("Trump reportedly said …") is read as that cue's.
   */
  private hearsayClause(s: Sentence, adverb: number): Attribution | null {
    const t = this.tokens;
    const next = adverb + 1;
    if (next > lastContentToken(t, s) || t.kind[next] !== TokenKind.Word || cueVerbAt(t, next)?.form === 'finite') return null;
    // ("Both Google and Facebook have reportedly …": "and" or "or" may join the subject.)
    // ("Ruiz said the club is reportedly …": a cue before the clause opens it.)
    const opensClause = (k: number): boolean => (CLAUSE_STARTERS.at(t, k) && !isWordAt(t, k, W_AND) && !isWordAt(t, k, W_OR)) || (isLowerStart(t, k) && cueVerbAt(t, k)?.form === 'finite');
    let first = adverb;
    while (first - 1 >= s.first && t.kind[first - 1] === TokenKind.Word && !opensClause(first - 1) && !(first - 1 === s.first && FRONTING_OPENERS.at(t, first - 1)) && adverb - first < MAX_SUBJECT_TOKENS + 4) first--;
    // (Only a clause with its subject: the words before the adverb must start at a clause's opening.)
    if (first === adverb || (first - 1 >= s.first && t.kind[first - 1] !== TokenKind.Word && !isPunctChar(t, first - 1, COMMA))) return null;
    // ("The club, which is reportedly spending …": a relative clause's subject is its pronoun, outside the words.)
    if (first - 1 >= s.first && RELATIVE_SUBJECTS.at(t, first - 1)) return null;
    let last = this.clauseEnd(next, lastContentToken(t, s));
    // "With Bloomberg reportedly considering a run, a poll found …": a fronted clause ends at its comma.
    if (first - 1 >= s.first && first - 1 === s.first && FRONTING_OPENERS.at(t, s.first)) last = this.frontedClauseEnd(next, last);
    if (last < next + 1) return null;
    return this.build(first, last, adverb, adverb, 'reportedly', null);
  }

  /** "Putin’s comments", "His previous statements", "the Kremlin’s perspective": the owner of a speech noun. */
  private possessorOf(s: Sentence, noun: number): SpeakerPhrase | null {
    const t = this.tokens;
    for (let k = noun - 1; k >= s.first && noun - k <= 3; k--) {
      if (t.kind[k] !== TokenKind.Word) return null;
      const lw = lowerWord(t, k);
      if (lw === 'his' || lw === 'her' || lw === 'their' || lw === 'its') return speakerPhraseOf(k, k, 'pronoun', null, undefined, false);
      if (lw.endsWith("'s") || lw.endsWith("s'")) {
        // "Monday's speech", "last year's remarks": a time owns no words.
        if (DAY_WORDS.has(lw.slice(0, -2)) || TIME_HEADS_OF_POSSESSIVE.has(lw.slice(0, -2))) return null;
        const sp = phraseEndingAt(t, s.first, k);
        if (sp) {
          sp.last = k;
          return sp;
        }
        return null;
      }
    }
    return null;
  }

  private titleCaseCache: { first: number; value: boolean } | null = null;

  /** Whether the sentence is a headline in title case: short, with nearly every word outside quotes capitalised. */
  private isTitleCase(s: Sentence): boolean {
    if (this.titleCaseCache?.first === s.first) return this.titleCaseCache.value;
    const t = this.tokens;
    let words = 0;
    let capitals = 0;
    let inQuote = false;
    for (let k = s.first; k < s.end; k++) {
      const kind = t.kind[k];
      if (kind === TokenKind.Open) inQuote = true;
      else if (kind === TokenKind.Close) inQuote = false;
      else if (kind === TokenKind.Word && !inQuote) {
        words++;
        if (isUpperStart(t, k) || TITLE_SMALL_WORDS.at(t, k)) capitals++;
      }
    }
    const value = words >= 3 && words <= 25 && capitals >= words - 1;
    this.titleCaseCache = { first: s.first, value };
    return value;
  }

  /** “MSNBC Live,”, “Meet the Press”: a few capitalised words with no sentence punctuation name a show or a book. */
  /**
   * "on MSNBC’s “Morning Joe.”", "told ABC’s “Good Morning America”": capitalised words in quotation marks after a
   * possessive name a show or a publication, not words said. A closing full stop or comma may sit inside the marks.
   */
  private namesAShow(r: number): boolean {
    const t = this.tokens;
    const open = this.regionOpenToken[r];
    const close = this.regionCloseToken[r];
    if (open < 1 || close < 0 || t.kind[open - 1] !== TokenKind.Word) return false;
    const owner = lowerWord(t, open - 1);
    if (!(owner.endsWith("'s") || owner.endsWith('’s') || owner.endsWith("s'") || owner.endsWith('s’')) || !isUpperStart(t, open - 1)) return false;
    // The owner is one word after a lower-case one ("on MSNBC’s", "told ABC’s"): after a person's name ("Ann Lee’s
    // “…”") or in a headline the words may be that person's own.
    if (open - 2 < 0 || t.kind[open - 2] !== TokenKind.Word || !isLowerStart(t, open - 2)) return false;
    let last = close - 1;
    if (last > open && t.kind[last] === TokenKind.Punct && (isPunctChar(t, last, 0x2e) || isPunctChar(t, last, COMMA))) last--;
    let words = 0;
    for (let k = open + 1; k <= last; k++) {
      if (t.kind[k] !== TokenKind.Word) return false;
      words++;
      if (words > 6 || (!isUpperStart(t, k) && !(words > 1 && TITLE_SMALL_WORDS.at(t, k)))) return false;
    }
    return words > 0;
  }

  private isTitleLike(r: number): boolean {
    const t = this.tokens;
    const open = this.regionOpenToken[r];
    const close = this.regionCloseToken[r];
    let words = 0;
    for (let k = open + 1; k < close; k++) {
      const kind = t.kind[k];
      if (kind === TokenKind.Punct) {
        const c = charAt(t, k);
        if (c === 0x2e || c === 0x21 || c === 0x3f) return false;
        continue;
      }
      if (kind !== TokenKind.Word) return false;
      words++;
      if (words > 6 || (!isUpperStart(t, k) && !(words > 1 && TITLE_SMALL_WORDS.at(t, k)))) return false;
    }
    return words > 0;
  }

  private wordsIn(open: number, close: number): number {
    let n = 0;
    for (let k = open + 1; k < close; k++) if (this.tokens.kind[k] === TokenKind.Word) n++;
    return n;
  }
}
