// The attribution cue lexicon as data: reporting verbs with their inflections, phrase cues, and speech nouns.
import { LEXICON, WordSet } from './lexicon';

/** How a cue word was inflected: finite ("said", "says", "say") or a participle ("saying"). */
export type CueForm = 'finite' | 'participle';

export interface CueEntry {
  lemma: string;
  form: CueForm;
  /**
   * Verbs whose attribution usually needs a clause, "that" or a quote after them ("noted that …"); a bare noun
   * phrase after them ("called a meeting") is not reported speech. Speech verbs proper take any content.
   */
  needsClause: boolean;
  /** The particle the verb needs to be a cue ("pointed out"). */
  particle?: string;
  /** Particles that belong to the cue when they follow it ("called for"). */
  optionalParticles?: WordSet;
  /** Word sequences the verb needs after it to be a cue ("made it clear", "made the case"), lower case. */
  sequences?: readonly (readonly string[])[];
  /** The content is a noun phrase here, whatever the verb takes elsewhere ("reminded voters of the stakes"). */
  nounPhrase?: boolean;
}

/**
 * Reporting verbs. Each entry is "lemma" or "lemma past ing" when the inflection is irregular; a trailing "*"
 * marks a verb that takes reported content only as a clause ("that …", a quote, "to …").
 */
const REPORTING_VERBS = [
  'say said saying', 'tell told telling', 'state', 'add*', 'note', 'argue', 'warn', 'acknowledge', 'remark', 'admit admitted admitting',
  'insist', 'claim', 'emphasize', 'emphasise', 'stress', 'explain', 'announce', 'declare', 'assert', 'contend', 'maintain*', 'suggest',
  'report', 'write wrote writing written', 'tweet', 'reply', 'respond', 'answer*', 'ask', 'comment', 'confirm', 'deny', 'predict', 'promise',
  'pledge', 'vow', 'concede', 'recall', 'repeat', 'reiterate', 'mention', 'indicate', 'observe', 'complain', 'allege', 'charge',
  'testify', 'boast', 'joke', 'quip quipped quipping', 'shout', 'yell', 'urge', 'propose', 'recommend', 'conclude', 'estimate', 'find found finding',
  'show showed showing shown', 'believe', 'think thought thinking', 'hope', 'fear', 'worry', 'call', 'describe', 'accuse', 'criticize',
  'criticise', 'blast', 'praise', 'dismiss', 'signal signaled signaling*', 'hint', 'lament', 'voice', 'express', 'highlight',
  'reveal', 'disclose', 'agree*', 'caution', 'counter', 'retort', 'continue*', 'acknowledge', 'affirm', 'announce', 'brag bragged bragging',
  'cite', 'complain', 'concur', 'demand', 'exclaim', 'forecast forecast forecasting', 'guarantee', 'imply', 'insinuate', 'instruct*',
  'mutter', 'notify*', 'opine', 'posit', 'post*', 'proclaim', 'protest', 'reason*', 'recount', 'relate*', 'remind*', 'reckon*',
  'speculate', 'swear swore swearing sworn', 'theorize', 'threaten', 'underscore', 'contest', 'dispute', 'question', 'wonder',
  'assure', 'inform', 'clarify', 'articulate', 'point*', 'reiterate', 'elaborate*', 'recommend', 'reject', 'insist',
  'want', 'put put putting', 'exhort', 'refer referred referring', 'issue*', 'decide*', 'speak spoke speaking spoken', 'talk', 'attack', 'defend', 'seek sought seeking', 'offer', 'vote', 'release*', 'name*', 'see saw seeing',
  'slam slammed slamming', 'blame', 'condemn', 'denounce', 'applaud', 'hail', 'mock', 'ridicule', 'challenge', 'chide', 'scold',
  'lash*', 'tout', 'push*', 'press*', 'fault', 'rebuke', 'welcome', 'embrace*', 'celebrate', 'commend',
  'thank', 'congratulate', 'apologize*', 'apologise*', 'groan', 'grouse', 'gripe', 'ponder', 'muse', 'recognize*',
  'characterize', 'portray', 'label labeled labeling', 'dub dubbed dubbing', 'brand', 'deem', 'decry', 'plan planned planning', 'refuse', 'decline', 'encourage', 'advise', 'endorse', 'support', 'back backed backing', 'oppose', 'acknowledge',
  'prefer preferred preferring', 'discuss', 'echo', 'order', 'identify', 'learn', 'share', 'file*', 'invoke', 'reference', 'credit',
  'liken', 'deride', 'bemoan', 'assail', 'lambaste', 'downplay', 'champion', 'outline', 'detail', 'suspect', 'expect',
  'crack*', 'snap snapped snapping*', 'scoff*', 'laugh*', 'gush*', 'chant*', 'scream*', 'cry cried crying*', 'sigh*', 'marvel*',
  'interject*', 'intone*', 'thunder*', 'bellow*', 'chime*', 'rave*', 'fume*', 'seethe*', 'whisper*', 'murmur*', 'plead pleaded pleading*',
  'pound*', 'admire*', 'depict*', 'frame*', 'paint*', 'rip ripped ripping*', 'hammer*', 'bash*', 'trash*', 'skewer*', 'knock*', 'tar tarred tarring*',
  'confess', 'beam*', 'blare*', 'rail*', 'balk*', 'retweet', 'sound*', 'remember', 'convince', 'email*', 'side*', 'quote', 'document*', 'persuade', 'focus*',
  'request*', 'rule*', 'weigh*', 'present*', 'promote', 'approve*', 'attribute', 'deliver*', 'realize*', 'realise*', 'unleash*',
  'link*', 'chastise', 'tie tied tying*', 'lay laid laying', 'double', 'seize',
  'distance*', 'acquiesce*', 'vouch*', 'trumpet', 'mull', 'contradict', 'reaffirm', 'allude*', 'spar sparred sparring*', 'brush*',
  'utter', 'coin', 'author*', 'imagine*', 'envision', 'dislike', 'rebuff', 'react*', 'disavow', 'address*', 'ignore*', 'advocate',
  'debate', 'resist*', 'interpret*', 'sing sang singing sung*', 'read read reading*', 'shoot shot shooting',
  'make made making', 'list', 'bark*', 'snarl*', 'growl*', 'cast cast casting*', 'pan panned panning*', 'hit hit hitting*', 'jab jabbed jabbing*', 'needle*', 'taunt*', 'lampoon*', 'scorn*',
] as const;

/** Verbs that are cues only with their particle ("pointed out"). */
const PARTICLE_CUES = new Map<string, string>([
  ['put', 'it'],
  ['point', 'out'],
  ['lay', 'out'],
  ['double', 'down'],
  ['seize', 'on'],
  ['shoot', 'back'],
]);

/** Verbs that are cues only with one of their word sequences after them ("made it clear that …"). */
const SEQUENCE_CUES = new Map<string, string[][]>([
  ['make', [['clear'], ['it', 'clear'], ['the', 'case'], ['the', 'point'], ['a', 'point', 'of', 'saying'], ['the', 'argument'], ['no', 'secret', 'of']]],
]);

/** Inflected forms that are mostly nouns or non-reporting uses ("the United States", "their support", "a call"). */
const NOUN_FORMS = new Set(['distance', 'trumpet', 'coin', 'author', 'address', 'advocate', 'advocates', 'debate', 'debates', 'sound', 'sounds', 'side', 'sides', 'quote', 'quotes', 'document', 'documents', 'focus', 'request', 'requests', 'rule', 'rules', 'present', 'email', 'emails', 'link', 'links', 'tie', 'ties', 'state', 'states', 'issues', 'questions', 'contest', 'contests', 'points', 'names', 'posts', 'presses', 'pushes', 'find', 'support', 'attacks', 'released', 'order', 'orders', 'file', 'files', 'reference', 'references', 'credit', 'champion', 'expected', 'list']);

/** Forms that in news text report speech too seldom to count ("the votes", "early voting", "speaking to reporters", "saw a surge"). */
const RARELY_CUES = new Set(['vote', 'votes', 'voting', 'speaking', 'saw', 'offers', 'back']);

function thirdPerson(lemma: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

function pastOf(lemma: string): string {
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  return `${lemma}ed`;
}

function ingOf(lemma: string): string {
  if (lemma.endsWith('ie')) return `${lemma.slice(0, -2)}ying`;
  if (lemma.endsWith('e') && !lemma.endsWith('ee')) return `${lemma.slice(0, -1)}ing`;
  return `${lemma}ing`;
}

/**
 * Verbs of putting out a document or a choice that take only a clause or a quote in their base form ("to release the
 * videos “…”"), whose other forms take a noun-phrase object too ("filed a complaint", "posted a photo", "named Ruiz").
 */
const OBJECT_FORMS: ReadonlySet<string> = new Set(['issue', 'release', 'post', 'file', 'name']);

function buildVerbForms(): Map<string, CueEntry> {
  const forms = new Map<string, CueEntry>();
  for (const raw of REPORTING_VERBS) {
    const needsClause = raw.endsWith('*');
    // "speak spoke speaking spoken": a past participle unlike the past tense comes fourth ("has spoken about …").
    const [lemma, past, ing, participle] = raw.replace('*', '').split(' ');
    const finite = { lemma, form: 'finite' as const, needsClause };
    // A verb that needs its particle ("points out") is no noun with it.
    const nounsAllowed = PARTICLE_CUES.has(lemma);
    const objectForms = OBJECT_FORMS.has(lemma);
    const inflected = objectForms ? { lemma, form: 'finite' as const, needsClause: false } : finite;
    for (const f of [lemma, thirdPerson(lemma), past ?? pastOf(lemma), ...(participle ? [participle] : [])]) if (!forms.has(f) && (nounsAllowed || !NOUN_FORMS.has(f)) && !RARELY_CUES.has(f)) forms.set(f, f === lemma ? finite : inflected);
    const ingForm = ing ?? ingOf(lemma);
    if (!RARELY_CUES.has(ingForm)) forms.set(ingForm, { lemma, form: 'participle', needsClause: needsClause && !objectForms });
  }
  return forms;
}

/** Every inflected form of a reporting verb, lower case. */
export const CUE_VERB_FORMS: ReadonlyMap<string, CueEntry> = buildVerbForms();

/** Particles that belong to the cue when they follow it ("called for", "warned against"). */
export const OPTIONAL_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['call', new Set(['for', 'on', 'out'])],
  ['warn', new Set(['against', 'of', 'about'])],
  ['argue', new Set(['for', 'against'])],
  ['boast', new Set(['of', 'about'])],
  ['brag', new Set(['of', 'about'])],
  ['complain', new Set(['about', 'of'])],
  ['speak', new Set(['of', 'about', 'out'])],
  ['weigh', new Set(['in'])],
  ['talk', new Set(['about'])],
  ['comment', new Set(['on'])],
  ['report', new Set(['on'])],
  ['write', new Set(['about', 'of'])],
  ['point', new Set(['to'])],
  ['ask', new Set(['about', 'for'])],
  ['testify', new Set(['about', 'that'])],
  ['insist', new Set(['on'])],
  ['refer', new Set(['to'])],
  ['vote', new Set(['for', 'against'])],
  ['respond', new Set(['to'])],
  ['react', new Set(['to'])],
  ['reply', new Set(['to'])],
  ['focus', new Set(['on'])],
  ['agree', new Set(['with', 'on'])],
  ['side', new Set(['with', 'against'])],
  ['rail', new Set(['against', 'at'])],
  ['push', new Set(['for', 'back'])],
  ['lash', new Set(['out'])],
  ['apologize', new Set(['for'])],
  ['apologise', new Set(['for'])],
  ['allude', new Set(['to'])],
  ['elaborate', new Set(['on'])],
  ['vouch', new Set(['for'])],
  ['chime', new Set(['in'])],
  ['joke', new Set(['about'])],
  ['opine', new Set(['on', 'about'])],
  ['muse', new Set(['about'])],
  ['hint', new Set(['at'])],
]);

// Each entry carries its particles, so the reader tests the next token by id.
for (const entry of CUE_VERB_FORMS.values()) {
  entry.particle = PARTICLE_CUES.get(entry.lemma);
  entry.sequences = SEQUENCE_CUES.get(entry.lemma);
  const optional = OPTIONAL_PARTICLES.get(entry.lemma);
  if (optional) entry.optionalParticles = new WordSet(optional);
}

/**
 * Base forms that are mostly nouns ("their support", "the votes", "at the back") but verbs of a stance right after a
 * modal, "do" or the "to" of a verb of the subject's ("would support Ruiz", "did not back him", "tended to vote for her").
 */
const MODAL_CUES = ['support', 'back', 'vote', 'issue', 'release', 'post', 'name', 'file'];

/** The verb entries of MODAL_CUES, which the reader takes only after such a word (a base form that otherwise takes only a clause, too). */
const MODAL_CUE_ENTRIES: ReadonlyMap<string, CueEntry> = new Map(
  MODAL_CUES.map((lemma) => {
    const optional = OPTIONAL_PARTICLES.get(lemma);
    return [lemma, { lemma, form: 'finite' as const, needsClause: false, optionalParticles: optional ? new WordSet(optional) : undefined }];
  }),
);

/**
 * Verbs of knowing that report only a clause opened right after them by a complementizer ("knew that …", "knows how
 * …"); elsewhere ("know all about him", "you know") they are no cue, and the reader's other rules do not see them as one.
 */
const CLAUSE_ONLY_CUES: ReadonlyMap<string, CueEntry> = new Map(['know', 'knows', 'knew'].map((form) => [form, { lemma: 'know', form: 'finite' as const, needsClause: true }]));

/** Nouns that name an utterance; their possessor or subject is the speaker of words quoted next to them. */
export const SPEECH_NOUNS: WordSet = new WordSet([
  'statement', 'statements', 'remark', 'remarks', 'comment', 'comments', 'words', 'rhetoric', 'promise', 'promises', 'pledge',
  'pledges', 'warning', 'warnings', 'claim', 'claims', 'assertion', 'assertions', 'perspective', 'view', 'views', 'position', 'stance',
  'description', 'speech', 'interview', 'tweet', 'tweets', 'message', 'response', 'reply', 'assessment', 'argument', 'accusation',
  'accusations', 'vow', 'threat', 'threats', 'testimony', 'announcement', 'address', 'insistence', 'suggestion', 'complaint',
  'praise', 'criticism', 'dismissal', 'descriptions', 'language', 'phrase', 'slogan', 'quip', 'joke', 'question',
]);

/**
 * Nouns of what someone said, meant or decided that report a clause or an infinitive after their owner
 * ("Ruiz's claim that the dam leaks", "his pledge to cut taxes"), singular and plural.
 */
export const STANCE_NOUNS: ReadonlySet<string> = new Set(
  ['statement', 'remark', 'comment', 'promise', 'pledge', 'warning', 'claim', 'assertion', 'suggestion', 'accusation', 'argument', 'vow', 'threat', 'insistence', 'call', 'demand', 'decision', 'plan', 'proposal', 'hope', 'fear', 'belief', 'view', 'announcement', 'prediction', 'assurance', 'admission', 'contention', 'complaint', 'allegation'].flatMap((n) => [n, `${n}s`]),
);

/**
 * Adjectives of an attitude towards something that a preposition after them names, said of the subject of "be",
 * "seem", "remain" or "become" ("Ruiz is critical of the plan", "voters remain wary of him"): the holder's view; with
 * "that" or "to" the clause or infinitive after them is ("aides are confident that …", "Lee was eager to run").
 */
export const ATTITUDE_ADJECTIVES: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['critical', new Set(['of'])],
  ['skeptical', new Set(['of', 'about', 'that'])],
  ['sceptical', new Set(['of', 'about', 'that'])],
  ['wary', new Set(['of', 'about'])],
  ['supportive', new Set(['of'])],
  ['dismissive', new Set(['of'])],
  ['contemptuous', new Set(['of'])],
  ['suspicious', new Set(['of'])],
  ['confident', new Set(['in', 'of', 'about', 'that'])],
  ['nervous', new Set(['about', 'that'])],
  ['worried', new Set(['about', 'that'])],
  ['concerned', new Set(['about', 'that'])],
  ['convinced', new Set(['of', 'that'])],
  ['hopeful', new Set(['about', 'that'])],
  ['angry', new Set(['at', 'about', 'with'])],
  ['furious', new Set(['at', 'about', 'with'])],
  ['optimistic', new Set(['about', 'that'])],
  ['pessimistic', new Set(['about'])],
  ['enthusiastic', new Set(['about'])],
  ['aware', new Set(['of', 'that'])],
  ['adamant', new Set(['that'])],
  ['unhappy', new Set(['with', 'about'])],
  ['upset', new Set(['with', 'about', 'by', 'that'])],
  ['pleased', new Set(['with', 'by', 'that'])],
  ['excited', new Set(['about'])],
  ['uneasy', new Set(['about'])],
  ['troubled', new Set(['by'])],
  ['hostile', new Set(['to', 'toward', 'towards'])],
  ['opposed', new Set(['to'])],
  // Wishes and resolve, with the infinitive of what is wished ("eager to run", "reluctant to endorse him").
  ['eager', new Set(['to'])],
  ['willing', new Set(['to'])],
  ['unwilling', new Set(['to'])],
  ['reluctant', new Set(['to'])],
  ['loath', new Set(['to'])],
  ['determined', new Set(['to'])],
]);

/** Verbs that, used with quoted words as their object, report how someone put it ("called it “x”", "dubbed"). */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  'call', 'dub', 'brand', 'label', 'term', 'describe', 'characterize', 'characterise', 'deem', 'dismiss', 'decry', 'denounce', 'hail',
]);

/**
 * Verbs of saying, thinking and finding whose bare complement is a clause ("said the bill would pass"); the other
 * cues take a noun phrase when no "that", "to" or quote follows ("endorsed Clinton on Tuesday": the content is
 * "Clinton").
 */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'state', 'add', 'note', 'argue', 'warn', 'acknowledge', 'remark', 'admit', 'insist', 'claim', 'emphasize', 'emphasise',
  'stress', 'explain', 'declare', 'assert', 'contend', 'maintain*', 'suggest', 'report', 'write', 'tweet', 'reply', 'respond', 'answer',
  'predict', 'concede', 'recall', 'observe', 'complain', 'allege', 'charge', 'testify', 'boast', 'joke', 'quip', 'conclude', 'estimate',
  'find', 'show', 'believe', 'think', 'hope', 'fear', 'worry', 'caution', 'counter', 'retort', 'affirm', 'brag', 'concur', 'exclaim',
  'forecast', 'guarantee', 'imply', 'insinuate', 'mutter', 'opine', 'posit', 'proclaim', 'protest', 'reason', 'recount', 'reckon',
  'speculate', 'swear', 'theorize', 'wonder', 'assure', 'inform', 'remind', 'lament', 'grouse', 'gripe', 'groan', 'muse', 'ponder',
  'know', 'feel', 'expect', 'figure', 'guess', 'agree', 'promise', 'pledge', 'vow', 'threaten', 'indicate', 'signal', 'hint', 'mention',
  'continue', 'post', 'put', 'point', 'learn', 'realize', 'understand', 'suspect', 'doubt', 'assume', 'presume', 'imagine', 'recognize',
]);

/** Content that introduces a reported clause right after a cue. */
export const COMPLEMENTIZERS: WordSet = new WordSet(['that', 'whether', 'if', 'how', 'what', 'why', 'when', 'who']);

/** "seemed to waver", "appears ready": an impression reported with no source; the subject and the rest are the content. */
export const SEEM_VERBS: WordSet = new WordSet(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/**
 * Participles that, after a form of "be" ("is expected to", "was widely seen as") or, with "as", after a noun ("the
 * contests known as …"), report a view without naming whose it is.
 */
export const VIEW_PARTICIPLES: WordSet = new WordSet([
  'expected', 'seen', 'viewed', 'considered', 'known', 'regarded', 'believed', 'thought', 'rumored', 'rumoured', 'perceived', 'projected',
  'predicted', 'deemed', 'estimated', 'alleged', 'said', 'reported', 'described', 'billed', 'dubbed', 'labeled', 'labelled',
  'branded', 'called', 'touted', 'portrayed', 'characterized', 'accused', 'criticized', 'praised', 'blamed', 'credited',
]);

/** Head nouns of a source that reports figures ("in the latest Quinnipiac poll", "in a survey of voters"). */
export const POLL_NOUNS: WordSet = new WordSet(['poll', 'polls', 'survey', 'surveys', 'average', 'averages', 'tally', 'count', 'study', 'studies', 'data']);

/** What a word of the cue table may be: its reporting-verb entry, and whether it is "according", a "seem" verb or a view participle. */
export interface CueWordInfo {
  word: string;
  verb: CueEntry | undefined;
  according: boolean;
  seem: boolean;
  view: boolean;
  /** "in": it may open a poll that reports the clause ("in the latest poll, …"). */
  poll: boolean;
  /** A noun of saying or deciding that reports a clause after its owner ("his claim that …"). */
  stance: boolean;
  /** The prepositions of what an attitude adjective is towards ("critical of", "wary of"), or undefined. */
  attitudeOf: ReadonlySet<string> | undefined;
  /** "reportedly": the narrator passes on a report with no source named. */
  hearsay: boolean;
  /** A noun's form that is a verb cue only after a modal, "do" or "to" ("would support"), or undefined. */
  afterModal: CueEntry | undefined;
  /** A verb that is a cue only before a complementizer ("knew that"), or undefined. */
  beforeClause: CueEntry | undefined;
}

/** What each lexicon word that can start a cue is, by its LEXICON id; undefined for the other words. */
export const CUE_WORD_INFO: readonly (CueWordInfo | undefined)[] = (() => {
  const words = [...CUE_VERB_FORMS.keys(), ...SEEM_VERBS, ...VIEW_PARTICIPLES, ...STANCE_NOUNS, ...ATTITUDE_ADJECTIVES.keys(), ...MODAL_CUES, ...CLAUSE_ONLY_CUES.keys(), 'according', 'in', 'reportedly'];
  const ids = words.map((w) => LEXICON.add(w));
  // A dense array (a sparse one would fall back to a slow dictionary): ids run up to the last one added.
  const info = new Array<CueWordInfo | undefined>(LEXICON.words.length).fill(undefined);
  words.forEach((word, k) => {
    LEXICON.mark(ids[k]);
    info[ids[k]] ??= { word, verb: CUE_VERB_FORMS.get(word), according: word === 'according', seem: SEEM_VERBS.has(word), view: VIEW_PARTICIPLES.has(word), poll: word === 'in', stance: STANCE_NOUNS.has(word), attitudeOf: ATTITUDE_ADJECTIVES.get(word), hearsay: word === 'reportedly', afterModal: CUE_VERB_FORMS.get(word)?.needsClause === false ? undefined : MODAL_CUE_ENTRIES.get(word), beforeClause: CLAUSE_ONLY_CUES.get(word) };
  });
  return info;
})();

/** 1 for the LEXICON ids of CUE_WORD_INFO's words: a byte test before the object look-up. */
const CUE_FLAGS: Uint8Array = Uint8Array.from(CUE_WORD_INFO, (info) => (info ? 1 : 0));

/** The cue facts of the word with LEXICON id `id`, or undefined. */
export function cueWordInfo(id: number): CueWordInfo | undefined {
  return id < CUE_FLAGS.length && CUE_FLAGS[id] === 1 ? CUE_WORD_INFO[id] : undefined;
}
