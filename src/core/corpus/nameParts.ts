// Words around names that are not part of the name: titles and roles, and the filler words of organisation names.

export const TITLES: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'foreign', 'defence', 'defense', 'secretary', 'chancellor', 'king', 'queen', 'prince',
  'princess', 'pope', 'sir', 'dame', 'lord', 'lady', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'gen', 'general', 'col',
  'colonel', 'capt', 'captain', 'sgt', 'sergeant', 'lt', 'senator', 'sen', 'rep', 'representative', 'governor', 'gov', 'mayor',
  'judge', 'justice', 'chief', 'deputy', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'director', 'chairman',
  'chairwoman', 'ceo', 'coach', 'officer', 'detective', 'rev', 'reverend', 'father', 'saint', 'former', 'late', 'elect', 'president-elect',
  'russian', 'american', 'ukrainian', 'british', 'french', 'german', 'chinese', 'us', 'u.s.', 'kremlin', 'white', 'house', 'actor', 'actress',
  'singer', 'star', 'filmmaker', 'producer', 'host', 'stepmom', 'sheriff', 'agent', 'inspector', 'cpl', 'pvt', 'trooper', 'constable',
  'commissioner', 'attorney', 'lawyer', 'nurse', 'doctor', 'suspect', 'victim', 'defendant', 'officer', 'head', 'leader', 'speaker',
]);

/** Legal-form words at the end of organisation names ("Hewlett-Packard Co.", "EYP Mission Critical Facilities Inc"). */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set([
  'co', 'company', 'inc', 'incorporated', 'corp', 'corporation', 'ltd', 'limited', 'llc', 'plc', 'ag', 'sa', 'gmbh', 'nv', 'bv', 'lp', 'llp',
]);

/** Words skipped when forming an acronym ("Academy of Motion Picture Arts and Sciences" -> AMPAS). */
export const ACRONYM_SKIP: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', '&', 'de', 'du', 'la', 'le']);

/** Generic organisation words that alone do not identify an organisation. */
export const GENERIC_ORG_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'national', 'international', 'group', 'company', 'corporation', 'corp', 'inc', 'ltd', 'association', 'council',
  'committee', 'department', 'ministry', 'office', 'agency', 'service', 'services', 'university', 'news', 'network', 'party', 'union',
  'bank', 'court', 'house', 'club', 'police', 'army', 'force', 'forces', 'federal', 'state', 'united', 'new', 'american', 'television',
  'entertainment', 'media', 'press', 'times', 'post', 'daily', 'foundation', 'institute', 'center', 'centre', 'hospital', 'school',
]);

/** Name particles kept inside a surname ("van Gogh", "de la Cruz"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'de', 'der', 'den', 'la', 'le', 'di', 'da', 'del', 'du', 'bin', 'al', 'el', 'st']);

/** Country words closing a company's name for its branch there ("T-Mobile USA", "Toyota UK"). */
export const COUNTRY_SUFFIXES: ReadonlySet<string> = new Set(['usa', 'us', 'uk', 'america', 'canada', 'europe', 'international', 'worldwide']);
