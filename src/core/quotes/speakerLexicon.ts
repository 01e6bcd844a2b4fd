// Words that build a speaker's noun phrase: titles and roles, vague sources, organisations, pronouns, determiners.
import { WordSet } from './lexicon';

/** Titles and role nouns that may stand before a name or alone as the speaker ("Kremlin spokesman", "the senator"). */
export const ROLE_WORDS: WordSet = new WordSet([
  'president', 'vice', 'prime', 'minister', 'secretary', 'senator', 'sen', 'sen.', 'rep', 'rep.', 'representative', 'governor', 'gov', 'gov.',
  'mayor', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'official', 'officials', 'leader', 'leaders', 'chairman',
  'chairwoman', 'chair', 'chief', 'director', 'adviser', 'advisor', 'advisers', 'advisors', 'aide', 'aides', 'ambassador', 'diplomat',
  'diplomats', 'envoy', 'general', 'gen', 'commander', 'judge', 'justice', 'attorney', 'lawyer', 'lawyers', 'prosecutor', 'prosecutors',
  'candidate', 'candidates', 'hopeful', 'hopefuls', 'nominee', 'nominees', 'challenger', 'incumbent', 'speaker', 'deputy', 'manager', 'strategist', 'strategists', 'pollster',
  'analyst', 'analysts', 'expert', 'experts', 'economist', 'economists', 'professor', 'researcher', 'researchers', 'scientist', 'scientists',
  'historian', 'founder', 'ceo', 'executive', 'executives', 'head', 'king', 'queen', 'prince', 'pope', 'reverend', 'rev', 'dr', 'dr.',
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'president-elect', 'vice-president', 'vice-president-elect', 'chancellor', 'premier', 'lawmaker',
  'lawmakers', 'legislator', 'legislators', 'congressman', 'congresswoman', 'delegate', 'delegates', 'member', 'members', 'staffer',
  'staffers', 'operative', 'operatives', 'supporter', 'supporters', 'critic', 'critics', 'observer', 'observers', 'activist', 'activists',
  'voter', 'voters', 'resident', 'residents', 'witness', 'witnesses', 'investigator', 'investigators', 'agent', 'agents', 'officer',
  'officers', 'police', 'correspondent', 'reporter', 'reporters', 'journalist', 'editor', 'columnist', 'commentator', 'host', 'anchor',
  'source', 'sources', 'insider', 'insiders', 'person', 'people', 'man', 'woman', 'men', 'women', 'father', 'mother', 'wife', 'husband',
  'son', 'daughter', 'brother', 'sister', 'friend', 'friends', 'colleague', 'colleagues', 'partner', 'owner', 'organizer', 'organizers',
  'republican', 'republicans', 'democrat', 'democrats', 'surrogate', 'surrogates', 'rival', 'rivals', 'opponent', 'opponents',
  'billionaire', 'businessman', 'businesswoman', 'mogul', 'star', 'actor', 'actress', 'singer', 'coach', 'player', 'president’s',
  'commissioner', 'administrator', 'inspector', 'counsel', 'clerk', 'treasurer', 'auditor', 'comptroller', 'sheriff', 'chaplain',
  'narrator', 'moderator', 'panelist', 'questioner', 'student', 'students', 'worker', 'workers', 'employee', 'employees', 'veteran',
  'veterans', 'mom', 'dad', 'attendee', 'attendees', 'protester', 'protesters', 'economist', 'pundit', 'pundits', 'ally', 'allies',
  'counterpart', 'secretary-general', 'ex-president', 'former', 'senior', 'top', 'junior', 'elder', 'acting', 'interim', 'incoming',
  'outgoing', 'retired', 'longtime', 'veteran', 'presidential', 'vice-presidential', 'republican', 'democratic', 'federal', 'state',
  'foreign', 'defense', 'defence', 'national', 'security', 'press', 'campaign', 'communications', 'policy', 'political', 'military',
  'intelligence', 'u.s.', 'american', 'russian', 'party', 'administration', 'government', 'department', 'ministry',
  'committee', 'council', 'agency', 'office', 'team', 'group', 'company', 'firm', 'organization', 'organisation', 'union', 'association',
  'board', 'court', 'newspaper', 'paper', 'network', 'magazine', 'study', 'report', 'survey', 'poll', 'polls', 'ad', 'video', 'statement',
  'letter', 'memo', 'document', 'documents', 'filing', 'complaint', 'lawsuit', 'website', 'post', 'tweet', 'data', 'figures', 'research',
  'proponent', 'proponents', 'backer', 'backers', 'detractors', 'skeptics', 'sceptics', 'defenders', 'advocates', 'fans', 'farmers',
  'parents', 'teachers', 'doctors', 'nurses', 'authorities', 'regime', 'prosecution', 'percent', 'majority', 'respondents', 'half', 'third', 'quarter', 'high-ranking', 'unnamed', 'anonymous', 'few', 'numerous',
]);

/** Words that open a noun phrase. */
export const DETERMINERS: WordSet = new WordSet([
  'the', 'a', 'an', 'another', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'one', 'each', 'every',
  'some', 'several', 'many', 'two', 'three', 'four', 'five', 'both', 'other', 'most', 'no', 'any', 'such', 'all',
]);

/** Pronouns that can be a speaker. */
export const PRONOUNS: WordSet = new WordSet(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who']);

/** Head words of vague or anonymous sources ("sources said", "a person familiar with the matter", "officials"). */
export const VAGUE_HEADS: WordSet = new WordSet([
  'source', 'sources', 'official', 'officials', 'person', 'people', 'insider', 'insiders', 'aide', 'aides', 'analyst', 'analysts', 'expert',
  'experts', 'observer', 'observers', 'critic', 'critics', 'someone', 'diplomat', 'diplomats', 'staffer', 'staffers', 'operative',
  'operatives', 'lawmakers', 'strategists', 'advisers', 'advisors', 'reports', 'authorities', 'witnesses', 'residents', 'voters',
  'supporters', 'others', 'some', 'many', 'economists', 'leaders', 'percent', 'majority', 'respondents', 'americans', 'democrats',
  'republicans', 'members', 'those',
]);

/** Words that stand for some people, never a name, capitalised or not ("Others said", "Many say"). */
export const VAGUE_PRONOUNS: WordSet = new WordSet(['others', 'some', 'many', 'those', 'few', 'several', 'most', 'both', 'all']);

/** Words that mark an organisation rather than a person. */
export const ORGANISATION_WORDS: WordSet = new WordSet([
  'kremlin', 'house', 'ministry', 'department', 'agency', 'committee', 'council', 'campaign', 'government', 'administration', 'party',
  'office', 'company', 'corporation', 'inc', 'corp', 'group', 'union', 'association', 'institute', 'foundation', 'university', 'times',
  'post', 'journal', 'news', 'press', 'reuters', 'ap', 'afp', 'cnn', 'bbc', 'nbc', 'cbs', 'abc', 'fox', 'msnbc', 'tass', 'ria', 'fbi',
  'cia', 'nato', 'un', 'eu', 'pentagon', 'congress', 'senate', 'court', 'board', 'commission', 'bureau', 'service', 'network',
  'newspaper', 'magazine', 'team', 'regime', 'police', 'authorities', 'club', 'bank', 'fund', 'center', 'centre', 'poll', 'survey', 'study',
  'report', 'ad', 'video', 'statement', 'website', 'tribune', 'herald', 'globe', 'guardian', 'telegraph', 'politico', 'axios', 'breitbart',
  'gop', 'rnc', 'dnc', 'interfax', 'xinhua', 'bloomberg', 'associated',
]);

/** Adverbs and auxiliaries that may sit between a speaker and the cue ("Putin has also said"). */
export const SPEAKER_CUE_FILLERS: WordSet = new WordSet([
  'also', 'further', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'did',
  'does', 'do', 'later', 'previously', 'recently', 'then', 'repeatedly', 'once', 'publicly', 'privately', 'reportedly', 'again', 'often',
  'frequently', 'earlier', 'first', 'last', 'already', 'just', 'long', 'ago', 'not', 'never', 'still', 'even', 'now', 'since', 'flatly',
  'openly', 'angrily', 'quickly', 'simply', 'bluntly', 'clearly', 'explicitly', 'specifically', 'loudly', 'sharply', 'strongly',
  'been', 'be', 'being', 'only', 'always', 'subsequently', 'initially', 'finally', 'unequivocally', 'widely', 'correctly',
  'falsely', 'wrongly', 'famously', 'separately', 'immediately', 'directly', 'personally', 'formally', 'officially', 'apparently', 'here',
  'however', 'meanwhile', 'instead', 'nonetheless', 'nevertheless', 'therefore', 'too', 'soon', 'eventually', 'ultimately',
  // "Ruiz didn't say whether …" as "Ruiz did not say whether …".
  "didn't", "doesn't", "don't", "won't", "wouldn't", "couldn't", "can't", "shouldn't", "hasn't", "haven't", "hadn't",
]);

/** Function words that start a clause and so cannot be part of the speaker's name at a sentence start. */
export const CLAUSE_OPENERS: WordSet = new WordSet([
  'but', 'and', 'or', 'so', 'yet', 'however', 'when', 'while', 'meanwhile', 'also', 'still', 'then', 'although', 'though', 'because',
  'as', 'if', 'after', 'before', 'since', 'until', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'during', 'despite', 'instead',
  'indeed', 'now', 'later', 'earlier', 'asked', 'speaking', 'separately', 'similarly', 'moreover', 'furthermore', 'overall', 'that',
  'which', 'where', 'nevertheless', 'nonetheless', 'here', 'there', 'today', 'yesterday', 'finally', 'first', 'again', 'thus', 'hence',
  'what', 'why', 'how', 'unlike', 'like', 'having', 'being', 'amid', 'among', 'about', 'over', 'under', 'against', 'without', 'within', 'once', 'according',
  // Sentence adverbs: "Perhaps Smith's view is that …".
  'perhaps', 'maybe', 'certainly', 'clearly', 'surely', 'obviously', 'apparently', 'arguably', 'notably', 'likewise', 'ultimately',
  'interestingly', 'importantly', 'admittedly', 'frankly', 'privately', 'publicly', 'initially', 'previously', 'recently', 'currently',
  'originally', 'eventually', 'even', 'only', 'naturally', 'predictably', 'unsurprisingly', 'curiously', 'ironically',
]);

/** Words that continue a name or role phrase between capitalised words ("Deputy Chairman of Russia’s Security Council"). */
export const NAME_CONNECTORS: WordSet = new WordSet(['of', 'for', 'de', 'van', 'von', 'der', 'la', 'le', 'bin', 'al', 'and', 'the', 'on']);
