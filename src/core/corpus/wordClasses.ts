// Words that news sources (and translations of one statement) use interchangeably, mapped to one class name.
// Kept small and general: each class must be safe to treat as the same word when comparing two reports.

const CLASSES: Record<string, string[]> = {
  deserve: ['deserve', 'deserves', 'deserved', 'deserving', 'worthy', 'merit', 'merits', 'merited', 'warrant', 'warrants', 'warranted'],
  statement: ['statement', 'statements', 'remark', 'remarks', 'comment', 'comments', 'words'],
  congratulate: ['congratulate', 'congratulates', 'congratulated', 'congratulating', 'congratulation', 'congratulations', 'congrats', 'felicitate', 'felicitated'],
  victory: ['victory', 'victories', 'win', 'wins', 'won', 'triumph'],
  conflict: ['conflict', 'conflicts', 'war', 'wars', 'crisis', 'fighting', 'hostilities'],
  end: ['end', 'ends', 'ended', 'ending', 'resolve', 'resolves', 'resolved', 'resolving', 'resolution', 'stop', 'stopping', 'halt', 'halting', 'settle', 'settlement'],
  courage: ['courage', 'courageous', 'bravery', 'brave', 'composure', 'valor', 'valour'],
  praise: ['praise', 'praised', 'praises', 'praising', 'commend', 'commended', 'commends', 'commending', 'laud', 'lauded'],
  restore: ['restore', 'restores', 'restored', 'restoring', 'renew', 'renewed', 'renewing', 'rekindle', 'rekindled', 'resume', 'resumed', 'revive', 'revived'],
  relations: ['relations', 'relationship', 'ties', 'dialogue'],
  country: ['country', 'countries', 'nation', 'nations', 'state'],
  renounce: ['renounce', 'renounces', 'renounced', 'renouncing', 'renunciation', 'abandon', 'abandoning', 'forswear'],
  withdraw: ['withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing', 'withdrawal', 'pullout'],
  forum: ['forum', 'club', 'conference', 'summit'],
  speech: ['speech', 'speaking', 'spoke', 'address', 'addressed'],
  attention: ['attention', 'notice', 'consideration'],
  sanction: ['sanction', 'sanctions', 'sanctioned', 'restrictions', 'restriction', 'penalties'],
  unfriendly: ['unfriendly', 'hostile', 'adversarial'],
  election: ['election', 'elections', 'electoral', 'vote', 'polls'],
  kill: ['kill', 'killed', 'killing', 'slain', 'murder', 'murdered'],
  arrest: ['arrest', 'arrested', 'detain', 'detained', 'apprehended'],
};

/** Surface word (lower case) -> class name. */
export const WORD_CLASS: ReadonlyMap<string, string> = new Map(Object.entries(CLASSES).flatMap(([cls, words]) => words.map((w) => [w, cls] as const)));

/** The class names themselves: terms that sources share even when their words differ. */
export const CLASS_TERMS: ReadonlySet<string> = new Set(Object.keys(CLASSES));
