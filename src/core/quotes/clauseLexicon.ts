// Word lists the attribution reader uses to tell clauses, objects, adverbials and asides apart (general English words).
import { LEXICON, WordSet } from './lexicon';

/** Words that open an adverbial between a cue and its content ("said on Monday that", "told reporters in Sochi that"). */
export const PREPOSITIONS: WordSet = new WordSet(['with', 'for', 'about', 'on', 'at', 'in', 'by', 'of', 'from', 'into', 'during', 'after', 'before', 'as', 'over', 'against', 'up', 'out', 'off', 'back', 'down', 'goodbye', 'so']);
/** Cues that headlines capitalise after a name ("Trevor Noah Says", "Obama Warns"). */
export const HEADLINE_CUES: ReadonlySet<string> = new Set(['say', 'tell', 'warn', 'claim', 'call', 'urge', 'admit', 'insist', 'predict', 'vow', 'deny', 'blast', 'slam', 'accuse', 'praise', 'attack', 'suggest', 'argue', 'declare', 'announce', 'reveal', 'think', 'believe', 'want', 'explain', 'defend', 'dismiss', 'mock', 'question', 'criticize', 'endorse', 'hint']);
/** Verbs that pass their subject on to an infinitive cue ("seemed to suggest", "went on to say"). */
export const RAISING_VERBS: WordSet = new WordSet(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'continue', 'continues', 'continued', 'on', 'tried', 'tries', 'try', 'went', 'declined', 'refused', 'wanted', 'wants', 'planned', 'plans', 'expected', 'hoped', 'decided', 'sought', 'used', 'began', 'begins', 'started', 'moved', 'rushed', 'took', 'chose', 'has', 'had', 'have', 'got', 'wanting', 'going',
  'trying', 'want', 'need', 'needs', 'needed', 'hope', 'hopes', 'hoping', 'plan', 'planning', 'decide', 'decides', 'refuse', 'refuses',
  'refusing', 'declines', 'declining', 'promised', 'promises', 'vowed', 'vows', 'pledged', 'threatened', 'agreed', 'agrees', 'failed',
  'fails', 'managed', 'expects', 'expect', 'intend', 'intends', 'intended', 'aims', 'aimed', 'seeks', 'seeking', 'attempted', 'prefer',
  'prefers', 'preferred', 'begin', 'start', 'starts', 'continuing', 'tend', 'tends', 'ought', 'able', 'ready', 'eager', 'willing',
  'reluctant', 'unwilling', 'unable', 'quick', 'careful', 'keen', 'hesitant', 'loath', 'likely', 'unlikely', 'chose', 'chosen', 'choose',
  'chooses', 'struggled', 'struggles', 'struggling', 'poised', 'scheduled', 'slated', 'forced', 'supposed', 'determined',
  'prepared', 'opted', 'dared', 'hastened', 'proceeded', 'volunteered', 'attempts', 'attempting', 'neglected', 'happened', 'bound']);
/** Words that open a subordinate clause before the main one ("While X said …, Y …"). */
export const SUBORDINATORS: WordSet = new WordSet(['while', 'although', 'though', 'when', 'if', 'because', 'since', 'after', 'before', 'whereas', 'unless', 'once', 'as']);
export const POSSESSIVE_DETERMINERS: WordSet = new WordSet(['his', 'her', 'its', 'their', 'my', 'our', 'your']);
export const DAY_WORDS: WordSet = new WordSet(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'recently', 'later', 'earlier', 'repeatedly', 'again', 'also']);
export const TIME_WORDS: WordSet = new WordSet(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'night', 'morning', 'afternoon', 'evening', 'week', 'statement', 'interview', 'email', 'e-mail', 'twitter', 'facebook', 'recently', 'later', 'earlier', 'then', 'again', 'also']);
/** Words right after a closing mark that start a new clause, so the reported content ends at the mark. */
export const QUOTE_ENDERS: WordSet = new WordSet(['and', 'but', 'while', 'as', 'although', 'though', 'which', 'who', 'before', 'after', 'because', 'when', 'whereas', 'yet']);
export const BE_FORMS: WordSet = new WordSet(['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't"]);
/** Words that open a clause: the subject of a verb after them starts right after them. */
export const CLAUSE_STARTERS: WordSet = new WordSet(['that', 'which', 'who', 'whom', 'because', 'while', 'if', 'when', 'although', 'though', 'whether', 'since', 'as', 'and', 'but', 'or', 'where', 'after', 'before', 'until', 'unless', 'whereas']);
/** Small words that titles leave in lower case ("Meet the Press", "Generations with Kevin"). */
export const TITLE_SMALL_WORDS: WordSet = new WordSet(['the', 'a', 'an', 'of', 'and', 'or', 'with', 'for', 'on', 'in', 'to', 'at', 'by', 'from']);
/** Lower-case words that may stand between "in" and a poll ("in the latest national poll"). */
export const POLL_MODIFIERS: WordSet = new WordSet(['latest', 'new', 'recent', 'national', 'statewide', 'state', 'exit', 'entrance', 'public', 'online', 'private', 'internal', 'independent', 'separate', 'own', 'early', 'final', 'last', 'first', 'opinion', 'telephone', 'weekly', 'monthly', 'daily', 'tracking', 'city', 'county', 'local', 'other', 'most', 'several', 'delegate', 'vote', 'official', 'unofficial', 'same']);
/** Prepositions inside a poll's name ("a survey of likely voters by Quinnipiac"). */
export const POLL_MODIFIER_PREPOSITIONS: WordSet = new WordSet(['of', 'by', 'for']);
export const WEEKDAYS: WordSet = new WordSet(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Time nouns that take a possessive without speaking ("last week's debate"). */
export const TIME_HEADS_OF_POSSESSIVE: ReadonlySet<string> = new Set(['week', 'year', 'month', 'night', 'morning', 'evening', 'weekend', 'day', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** Words of a line label before a colon ("The Latest:", "Editor’s Note:"), which introduces no speech. */
export const COLON_LABELS: WordSet = new WordSet(['latest', 'note', "editor's", 'editors', 'update', 'updates', 'correction', 'daily', 'email', 'remember', 'breaking', 'watch', 'read', 'related', 'video', 'photos', 'photo', 'exclusive', 'live', 'transcript', 'summary', 'background', 'abstract', 'text', 'q', 'a', 'question', 'answer', 'analysis', 'opinion', 'review', 'interview', 'explainer', 'profile', 'obituary', 'podcast', 'recap', 'timeline', 'source', 'sources', 'credit', 'caption', 'tags', 'topics', 'morning', 'evening', 'weekend', 'news', 'briefing', 'wrap', 'roundup', 'headlines', 'warning', 'disclaimer', 'disclosure', 'full', 'more', 'see', 'also', 'here', 'why', 'what', 'how', 'who', 'when', 'where', 'bottom', 'line', 'previously', 'stat', 'reads', 'plus', 'contributing', 'paid', 'notice', 'deaths', 'contact', 'follow', 'fact', 'factcheck', 'fact-check', 'verdict', 'rating', 'ruling', 'revealed', 'look', 'boom', 'even', 'listen']);
/** Prepositions of an adverbial between a subject and its cue ("Bush in a blog post said"). */
export const ADVERBIAL_PREPOSITIONS: WordSet = new WordSet(['in', 'on', 'at', 'during', 'via', 'through', 'after', 'before', 'over']);
/** Participles that give a name to the noun before them ("a firm called Acme"). */
export const NAMING_PARTICIPLES: WordSet = new WordSet(['called', 'named', 'dubbed', 'titled', 'entitled', 'labeled', 'labelled', 'branded']);
export const INDEFINITE_ARTICLES: WordSet = new WordSet(['a', 'an', 'another']);
/** "Friday afternoon", "last week": words of a time adverbial right after a cue. */
export const PARTS_OF_DAY: WordSet = new WordSet(['morning', 'afternoon', 'evening', 'night']);
export const RELATIVE_TIME: WordSet = new WordSet(['last', 'this', 'next', 'earlier', 'later']);
export const TIME_UNITS: WordSet = new WordSet(['week', 'month', 'year', 'weekend', 'night', 'morning', 'afternoon', 'evening', 'spring', 'summer', 'fall', 'autumn', 'winter', 'term', 'session']);
/** Subjects that open the narrator's next clause after "and" ("…, and he railed against …"). */
export const THIRD_PERSON_SUBJECTS: WordSet = new WordSet(['he', 'she', 'they']);
/** One-word answers that make a whole reported content ("said no", "said so"). */
export const ANSWER_WORDS: WordSet = new WordSet(['yes', 'no', 'so']);
/** Words before a subject whose verb may lack its object ("which he believes will …", "what Trump says is …"). */
export const GAP_OPENERS: WordSet = new WordSet(['which', 'who', 'whom', 'what', 'that', 'whatever', 'whoever', 'where', 'whose']);
/** Discourse adverbs set off by commas right after a cue ("acknowledged, however, …"). */
export const DISCOURSE_ASIDES: WordSet = new WordSet(['however', 'though', 'meanwhile', 'too', 'also', 'instead', 'nonetheless', 'nevertheless']);
/** Subordinators that, right after a closing quotation mark and before a pronoun, open the narrator's clause. */
export const QUOTE_TAIL_SUBORDINATORS: WordSet = new WordSet(['as', 'while', 'after', 'before', 'when', 'since']);
/** Reflexive pronouns ("found itself at the center of …"). */
export const REFLEXIVES: WordSet = new WordSet(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves', 'yourself', 'yourselves']);
/** Plural time units of a duration after "for" ("has said for weeks he is …"). */
export const DURATION_UNITS: WordSet = new WordSet(['days', 'weeks', 'months', 'years', 'decades']);
/** Prepositions that put a participial cue in an adverbial clause ("by saying", "after telling"). */
export const PARTICIPLE_PREPOSITIONS: WordSet = new WordSet(['by', 'after', 'before', 'while', 'when', 'in', 'upon', 'on', 'without', 'since', 'through', 'despite']);
/** Subject heads that take a plural verb though they do not end in "s". */
export const PLURAL_HEADS: WordSet = new WordSet(['many', 'most', 'some', 'several', 'both', 'all', 'few', 'half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'majority', 'minority', 'plurality', 'dozen', 'dozens', 'handful', 'rest', 'others', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'people', 'police', 'staff', 'media', 'public', 'they', 'we', 'you', 'i', 'them', 'us']);
/** Determiners that leave the next word a noun: after them a cue form is a noun ("the remarks"). */
export const NOUN_DETERMINERS: WordSet = new WordSet(['the', 'a', 'an', 'another', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'every', 'such', 'no', 'any']);
/** Conjunctions and adverbs that may open a sentence before its subject ("But officials, …, said"). */
export const SENTENCE_CONJUNCTIONS: WordSet = new WordSet(['but', 'and', 'so', 'yet', 'still', 'however', 'meanwhile', 'indeed', 'now', 'then', 'also', 'instead', 'even']);
/** Words after a comma that open an aside on the noun before it (", which …", ", who …"). */
export const RELATIVE_ASIDES: WordSet = new WordSet(['which', 'who', 'whose']);
/** Words after a comma that open a clause contrasting with the content before it. */
export const CONTRAST_OPENERS: WordSet = new WordSet(['but', 'while', 'although', 'though', 'whereas', 'yet']);
/** Words after "X said," that end the aside rather than resume the content. */
export const ASIDE_ENDERS: WordSet = new WordSet(['who', 'which', 'according', 'as', 'while', 'because', 'but', 'and', 'although', 'though', 'before', 'after', 'when', 'in', 'on', 'at', 'during', 'with', 'where', 'since', 'until', 'despite', 'even', 'citing', 'noting', 'adding']);
/** Cues whose content may be an infinitive ("vowed to", "urged him to"); for the rest "to" is a preposition. */
export const TAKES_INFINITIVE: ReadonlySet<string> = new Set(['vow', 'pledge', 'promise', 'threaten', 'hope', 'agree', 'refuse', 'decline', 'decide', 'propose', 'demand', 'urge', 'ask', 'tell', 'warn', 'call', 'want', 'plan', 'claim', 'remind', 'instruct', 'swear', 'fear', 'expect', 'intend', 'seek', 'offer', 'encourage', 'advise']);
export const LIGHT_VERBS: WordSet = new WordSet(['is', 'was', 'are', 'were', 'has', 'had', 'made', 'gave', 'took', 'went', 'came', 'spoke', 'met', 'did', 'held', 'sent', 'offered', 'sought', 'seemed', 'appeared', 'became', 'remained', 'began', 'kept', 'left', 'stood', 'won', 'lost', 'ran', 'led', 'brought', 'got', 'struck', 'fought', 'drew', 'threw', 'broke', 'chose', 'rose', 'fell', 'grew', 'spent', 'stuck', 'sat', 'opened', 'closed']);

/** Auxiliaries and modals: right after a noun phrase they show it is the subject of a clause, not an object. */
export const AUXILIARIES: WordSet = new WordSet(['is', 'was', 'are', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'must', 'may', 'might', 'did', 'does', 'do', "won't", "wouldn't", "isn't", "wasn't", "can't", "couldn't", "didn't", "doesn't", "don't", "hasn't", "haven't"]);
/** Words that end a noun-phrase object: prepositions of adverbials, clause openers and time words. */
export const OBJECT_ENDERS: WordSet = new WordSet(['during', 'at', 'after', 'before', 'since', 'when', 'while', 'because', 'until', 'despite', 'amid', 'although', 'though', 'unless', 'following', 'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'earlier', 'again', 'instead', 'anyway']);
/** Prepositions that end an object when a time or occasion follows them ("on Monday", "in an interview"). */
export const TIME_PREPOSITIONS: WordSet = new WordSet(['on', 'in', 'by', 'with', 'from', 'over', 'this', 'last', 'next']);
export const OCCASION_WORDS: WordSet = new WordSet(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'interview', 'statement', 'speech', 'email', 'e-mail', 'tweet', 'rally', 'debate', 'recent', 'an', 'his', 'her', 'their', 'its', 'twitter', 'facebook', 'television', 'tv', 'radio']);
/** Words after which an object goes on as a clause to the end of the content ("urged voters to …", "the claim that …"). */
export const OBJECT_CLAUSE_OPENERS: WordSet = new WordSet(['to', 'that', 'who', 'which', 'whose', 'whom']);
/** Words after a comma that carry an object on ("rivals Rubio and Cruz, who …", ", including …"). */
export const OBJECT_COMMA_CONTINUERS: WordSet = new WordSet(['who', 'which', 'whose', 'including', 'especially', 'particularly', 'such']);

/** Lexicon ids of single words the reader compares tokens with. */
export const W_ABOUT: number = LEXICON.add('about');
export const W_ALSO: number = LEXICON.add('also');
export const W_AND: number = LEXICON.add('and');
export const W_ANOTHER: number = LEXICON.add('another');
export const W_AS: number = LEXICON.add('as');
export const W_ASKED: number = LEXICON.add('asked');
export const W_AT: number = LEXICON.add('at');
export const W_AUGUST: number = LEXICON.add('august');
export const W_BECAUSE: number = LEXICON.add('because');
export const W_BUT: number = LEXICON.add('but');
export const W_BY: number = LEXICON.add('by');
export const W_EVEN: number = LEXICON.add('even');
export const W_FOR: number = LEXICON.add('for');
export const W_FROM: number = LEXICON.add('from');
export const W_HAVING: number = LEXICON.add('having');
export const W_IN: number = LEXICON.add('in');
export const W_IT: number = LEXICON.add('it');
export const W_MORE: number = LEXICON.add('more');
export const W_MOST: number = LEXICON.add('most');
export const W_NEVER: number = LEXICON.add('never');
export const W_NOT: number = LEXICON.add('not');
export const W_OF: number = LEXICON.add('of');
export const W_ON: number = LEXICON.add('on');
export const W_OR: number = LEXICON.add('or');
export const W_OUT: number = LEXICON.add('out');
export const W_PUT: number = LEXICON.add('put');
export const W_SPECIFICALLY: number = LEXICON.add('specifically');
export const W_SUCH: number = LEXICON.add('such');
export const W_THAT: number = LEXICON.add('that');
export const W_THE: number = LEXICON.add('the');
export const W_THEM: number = LEXICON.add('them');
export const W_TO: number = LEXICON.add('to');
export const W_US: number = LEXICON.add('us');
export const W_VOTE: number = LEXICON.add('vote');
export const W_WENT: number = LEXICON.add('went');
export const W_WHEN: number = LEXICON.add('when');
export const W_WHICH: number = LEXICON.add('which');
export const W_WHO: number = LEXICON.add('who');
export const W_WHOM: number = LEXICON.add('whom');
export const W_WITH: number = LEXICON.add('with');
export const W_WORDS: number = LEXICON.add('words');

/** Past participles of reporting verbs that do not end in "-ed". */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['told', 'said', 'thought', 'found', 'shown', 'written', 'seen', 'known', 'given', 'taken', 'spoken', 'sworn', 'put', 'cast', 'hit', 'forecast', 'sought', 'quoted', 'read']);
