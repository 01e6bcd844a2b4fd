// Cues that reverse or withhold a statement ("not", "refused to", "opted not to extend"), for contradiction detection.

/** Words that negate what follows within a short window. */
export const NEGATORS: ReadonlySet<string> = new Set(['not', 'no', 'never', "n't", 'nor', 'neither', 'without', 'none', 'cannot', 'denied', 'denies', 'deny', 'denying']);

/** Quantifiers that negate the verb they follow ("provided few specifics", "offered little detail"). */
export const NEGATIVE_QUANTIFIERS: ReadonlySet<string> = new Set(['few', 'little', 'scant', 'scarcely', 'hardly', 'barely']);

/** Passive auxiliaries: "congratulation may be avoided" withholds the word before them. */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'was', 'were', 'are', 'get', 'got']);

/** Verbs whose complement did not happen ("refused to congratulate", "withheld congratulations"). */
export const NEGATIVE_PREDICATES: ReadonlySet<string> = new Set([
  'refuse', 'refused', 'refuses', 'refusing', 'decline', 'declined', 'declines', 'declining', 'withhold', 'withheld', 'withholds',
  'avoid', 'avoided', 'avoids', 'avoiding', 'fail', 'failed', 'fails', 'failing', 'reject', 'rejected', 'rejects', 'skip', 'skipped',
  'omit', 'omitted', 'refrain', 'refrained', 'shun', 'shunned', 'snub', 'snubbed',
]);

/**
 * Words a negation passes through to reach the statement's key word: auxiliaries, control verbs ("opted not to"),
 * support verbs ("extend congratulations", "offer condolences"), determiners and adverbs. Any other content word
 * between the cue and the key word takes the negation itself ("did not lift sanctions" does not deny sanctions).
 */
export const NEGATION_TRANSPARENT: ReadonlySet<string> = new Set([
  'to', 'be', 'been', 'being', 'have', 'has', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may',
  'might', 'must', 'yet', 'even', 'ever', 'publicly', 'openly', 'officially', 'formally', 'personally', 'directly', 'immediately', 'so', 'far',
  'a', 'an', 'the', 'any', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'extend', 'extended', 'extending', 'offer', 'offered', 'offering', 'give', 'gave', 'given', 'giving', 'send', 'sent', 'sending',
  'express', 'expressed', 'expressing', 'issue', 'issued', 'issuing', 'convey', 'conveyed', 'make', 'made', 'making', 'pay', 'paid',
  'opt', 'opted', 'choose', 'chose', 'chosen', 'decide', 'decided', 'plan', 'planned', 'intend', 'intended', 'want', 'wanted',
  'bother', 'bothered', 'rush', 'rushed', 'hurry', 'hurried', 'seem', 'seemed', 'appear', 'appeared',
]);

/** How many words may separate a cue from the word it negates. */
export const NEGATION_WINDOW = 5;
