// Context rules that tell a hedging use of a cue word from its other uses ("could" of ability, "May" the month).
import { isWordToken, TokenWindow, type Token } from './tokens';

/** What a rule sees: the matched cue and lazily read tokens on either side. */
export class CueContext {
  private beforeCue: TokenWindow | undefined;
  private afterCue: TokenWindow | undefined;

  constructor(
    readonly text: string,
    /** The matched cue, all its words. */
    readonly start: number,
    readonly end: number,
    /** The lower-cased anchor word the rule is about ("expected"). */
    readonly word: string,
    /** Where the anchor word itself starts, for its capitalisation. */
    readonly wordStart: number,
    /** The tokens before `start` and after `end`, when the caller has read some already. */
    before?: TokenWindow,
    after?: TokenWindow,
  ) {
    this.beforeCue = before;
    this.afterCue = after;
  }

  /** The n-th token before the cue (0 = nearest), or undefined. */
  before(n: number): Token | undefined {
    this.beforeCue ??= new TokenWindow(this.text, false, this.start);
    return this.beforeCue.at(n);
  }

  /** The n-th token after the cue (0 = nearest), or undefined. */
  after(n: number): Token | undefined {
    this.afterCue ??= new TokenWindow(this.text, true, this.end);
    return this.afterCue.at(n);
  }

  prevWord(n = 0): string {
    return this.before(n)?.norm ?? '';
  }

  nextWord(n = 0): string {
    return this.after(n)?.norm ?? '';
  }
}

type Rule = (c: CueContext) => boolean;

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

const DETERMINERS = words("the a an its his her their our my your this these those 's no any every each some all another");
const BE_FORMS = words("is are was were be been being 's 're am");
const PRESENT_BE = words("is are be being 's 're am");
const PAST_BE = words('was were been had');
const NEGATIONS = words("not n 't n't never hardly barely scarcely no");
const SUBJECT_PRONOUNS = words('i we you he she they');
/** Punctuation that closes a clause; an opening bracket or quote does not. */
const CLAUSE_STOPS = words('. , ; : ? ! — –');
const MONTH_LEAD_INS = words('in on of since until till by from through last next this early mid late during before after between to each every end');
const SUPERLATIVE_WORDS = words('best most least fewest maximum minimum highest lowest earliest latest worst');
const MAKE_FORMS = words('make makes made making');
const QUESTION_WORDS = words('how whether what where when why which if so');
const AS_NOT_JUDGEMENT = words('well soon much many long far early late recently of if though part follows usual such');

const isPunct = (t: Token | undefined): boolean => !!t && !isWordToken(t);
const isClauseStop = (t: Token | undefined): boolean => !t || CLAUSE_STOPS.has(t.norm);
const isDigitToken = (t: Token | undefined): boolean => !!t && t.norm.charCodeAt(0) >= 48 && t.norm.charCodeAt(0) <= 57;

function isCapitalised(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 65 && c <= 90;
}

/** The token before is the end of a sentence or the start of the text. */
function startsSentence(c: CueContext): boolean {
  const prev = c.before(0);
  if (!prev) return true;
  if (isWordToken(prev)) return false;
  if (/^[.!?"“”'‘’:;(]$/.test(prev.norm)) return true;
  // A word at the end of the previous line, with no full stop: a headline or a list item ended there.
  for (let i = prev.end; i < c.start; i++) if (c.text.charCodeAt(i) === 10) return true;
  return false;
}

/** A headline or shouted line: the neighbouring words are upper case too. */
function inAllCaps(c: CueContext): boolean {
  const w = c.text.slice(c.wordStart, c.wordStart + c.word.length);
  if (w !== w.toUpperCase()) return false;
  const n = c.after(0) ?? c.before(0);
  if (!n || !isWordToken(n)) return true;
  const raw = c.text.slice(n.start, n.end);
  return raw === raw.toUpperCase();
}

function modalMay(c: CueContext): boolean {
  const next = c.after(0);
  if (!next || isDigitToken(next)) return false;
  // "Well may you ask", "may I add": an inverted subject is a wish or a question, not a possibility.
  if ((SUBJECT_PRONOUNS.has(next.norm) || next.norm === 'it') && isWordToken(c.after(1))) return false;
  if (inAllCaps(c)) return !MONTH_LEAD_INS.has(c.prevWord()) && !isClauseStop(next);
  // Lower case, it is the modal whatever follows ("the board may.", "the fee may, on appeal, ...").
  if (!isCapitalised(c.text, c.wordStart)) return true;
  // Capitalised, it is the month or a name ("in May", "Theresa May", "May was wet"), or the modal in a
  // title-case headline ("Mayor May Quit Over Budget"): a declarative sentence cannot open with the modal.
  if (MONTH_LEAD_INS.has(c.prevWord()) || c.prevWord() === '-') return false;
  return isTitleCaseWord(c, c.before(0)) && isTitleCaseWord(c, next);
}

function isTitleCaseWord(c: CueContext, t: Token | undefined): boolean {
  return !!t && isWordToken(t) && isCapitalised(c.text, t.start);
}

const MIGHT_NOUN_BEFORE = words("the a its his her their our my your 's military economic naval industrial full sheer financial");
function modalMight(c: CueContext): boolean {
  const next = c.after(0);
  if (!next || next.norm === '.' || next.norm === 'of') return false;
  // "as you might imagine": a turn of phrase, not a possibility.
  if (c.prevWord() === 'you' && c.prevWord(1) === 'as') return false;
  // "military might", "with all his might": the noun. "This might be" is the modal.
  return !MIGHT_NOUN_BEFORE.has(c.prevWord());
}

function modalCould(c: CueContext): boolean {
  const next = c.after(0);
  if (!next || isPunct(next)) return false;
  // "could not be reached", "couldn't estimate": negated ability is a plain statement of fact.
  if (NEGATIONS.has(next.norm)) return false;
  if (next.norm === 'be' && c.nextWord(1) === 'reached') return false;
  // "how the strike could end", "whether we could": an open question, not a possibility claimed.
  for (let i = 0; i < 5; i++) {
    const t = c.before(i);
    if (!t || isClauseStop(t)) break;
    if (QUESTION_WORDS.has(t.norm)) return false;
  }
  // "If the vote goes against her, she could resign": the consequence of a condition, which "if" carries.
  return !conditionEarlierInSentence(c);
}

/** How far back a condition is looked for; sentences are rarely longer. */
const CONDITION_REACH = 300;

/** An "if" or "unless" earlier in the sentence, found by a plain scan of the characters (no tokens to build). */
function conditionEarlierInSentence(c: CueContext): boolean {
  const text = c.text;
  const floor = Math.max(0, c.start - CONDITION_REACH);
  for (let i = c.start - 1; i >= floor; i--) {
    const code = text.charCodeAt(i);
    if (code === 46 || code === 63 || code === 33 || code === 59 || code === 10) return false;
    // A word starts at i: compare it with "if" and "unless" in place.
    if (isLetterCode(code) && !isLetterCode(text.charCodeAt(i - 1))) {
      if (wordIs(text, i, 'if') || wordIs(text, i, 'unless')) return true;
    }
  }
  return false;
}

function isLetterCode(code: number): boolean {
  const l = code | 0x20;
  return l >= 97 && l <= 122;
}

function wordIs(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(at + k) | 0x20) !== word.charCodeAt(k)) return false;
  return !isLetterCode(text.charCodeAt(at + word.length));
}

function notAfterDeterminer(c: CueContext): boolean {
  return !DETERMINERS.has(c.prevWord());
}

/** "likely voters" is a polling category; "the likely winner" names someone, it hedges no claim. */
function likelyHedges(c: CueContext): boolean {
  return notAfterDeterminer(c) && notRoleNoun(c);
}

function doubtUncertain(c: CueContext): boolean {
  // "no doubt", "without doubt", "beyond doubt" assert certainty.
  const p = c.prevWord();
  return p !== 'no' && p !== 'without' && p !== 'beyond' && p !== 'little' && !DETERMINERS.has(p);
}

/** "made it possible", "makes the room appear": what something causes, not what is likely. */
function madeTo(c: CueContext): boolean {
  for (let i = 0; i < 4; i++) {
    const t = c.before(i);
    if (!t || isClauseStop(t)) return false;
    if (MAKE_FORMS.has(t.norm)) return true;
  }
  return false;
}

function possibleNotFeasible(c: CueContext): boolean {
  const p = c.prevWord();
  // "as soon as possible", "the lowest possible", "every possible route", "if possible".
  if (p === 'as' || p === 'every' || p === 'all' || p === 'if' || p === 'where' || p === 'wherever' || p === 'whenever') return false;
  if (SUPERLATIVE_WORDS.has(p) || (p.length > 5 && p.endsWith('est'))) return false;
  // "made it possible", "it is possible to reuse the crates": feasibility, not likelihood.
  if (madeTo(c)) return false;
  const n = c.nextWord();
  return n !== 'to' && n !== 'for';
}

function appearEpistemic(c: CueContext): boolean {
  if (madeTo(c)) return false;
  // "it appears the shop had shut", "the plan, it appears, was shelved".
  if (c.prevWord() === 'it') return true;
  const n = c.after(0);
  if (!n || isClauseStop(n)) return false;
  const w = n.norm;
  if (w === 'to' || w === 'that' || w === 'like' || w === 'likely' || w === 'unlikely') return true;
  if (w === 'as') return c.nextWord(1) === 'if' || c.nextWord(1) === 'though';
  // "appeared at the hearing", "appears on the list": showing up; "appears in no hurry" is a state.
  if (w === 'in') return c.nextWord(1) === 'no';
  if (APPEAR_PLACES.has(w) || isDigitToken(n) || !isWordToken(n)) return false;
  return !/^[A-Z]/.test(c.text.slice(n.start, n.end)) || startsSentence(c);
}
const APPEAR_PLACES = words('on at before with for from alongside during onstage under together opposite into inside outside within throughout among after briefly live nightly regularly frequently twice once only first last here there as in the a an his her their its');

function believeHoldsTrue(c: CueContext): boolean {
  const n = c.after(0);
  if (isClauseStop(n) || n?.norm === 'in' || n?.norm === 'me') return false;
  // "few believe this now", "whom do you believe?": trust in a thing said, not a belief held.
  if (n && (n.norm === 'this' || n.norm === 'it' || n.norm === 'him' || n.norm === 'her' || n.norm === 'them' || n.norm === 'you' || n.norm === 'us')) {
    const n2 = c.after(1);
    if (isClauseStop(n2) || n2?.norm === 'any' || n2?.norm === 'anymore') return false;
  }
  return true;
}

const THINK_NOT_BELIEF = words('about of twice back through ahead tank up over again differently hard big so');
function thinkBelief(c: CueContext): boolean {
  const n = c.after(0);
  if (!n || n.norm === '?' || n.norm === '.') return false;
  if (isCapitalised(c.text, c.wordStart) && startsSentence(c)) return false;
  if (c.word === 'thinking' && DETERMINERS.has(c.prevWord())) return false;
  return !THINK_NOT_BELIEF.has(n.norm);
}

const THOUGHT_NOUN_BEFORE = words('second much careful some little political economic serious deep any no the a his her their our my this that of complete');
const THOUGHT_NOUN_AFTER = words('about of provoking process processes leader leaders police experiment experiments out');
const THOUGHT_HOLDERS = words('some many most few others critics who which experts analysts');
function thoughtBelief(c: CueContext): boolean {
  const n = c.after(0);
  if (isClauseStop(n)) return false;
  // "thought of as a safe bet": a judgement.
  if (n?.norm === 'of' && c.nextWord(1) === 'as') return true;
  if (n && THOUGHT_NOUN_AFTER.has(n.norm)) return false;
  // "some thought the song dull": "some" is who thought, not how much thought.
  if (THOUGHT_HOLDERS.has(c.prevWord())) return true;
  return !THOUGHT_NOUN_BEFORE.has(c.prevWord());
}

const EXPECTED_AS_FACT_BEFORE = words("as than the a an its his her their our my your this these those 's what un - life");
const SUBJECT_WORDS = words('he she it they we i who which you');
function expectedBelief(c: CueContext): boolean {
  const p = c.prevWord();
  const n = c.nextWord();
  if (p === '-' || p === 'than' || p === 'as') return false;
  if (n === 'to' || n === 'that') return true;
  if (EXPECTED_AS_FACT_BEFORE.has(p)) return false;
  // "had been expected", "was expected.": the expectation is past and settled, reported as a fact.
  if (PAST_BE.has(p)) return false;
  if (p.endsWith('ly') && (PAST_BE.has(c.prevWord(1)) || DETERMINERS.has(c.prevWord(1)))) return false;
  if (PRESENT_BE.has(p) || p.endsWith('ly')) return !isClauseStop(c.after(0)) || PRESENT_BE.has(p);
  const prev = c.before(0);
  if (!prev || !isWordToken(prev)) return false;
  // Active "traders expected a dip": a subject before it. An attributive participle ("cover expected repairs") has none.
  return SUBJECT_WORDS.has(p) || /^[A-Z]/.test(c.text.slice(prev.start, prev.end)) || (p.length > 3 && p.endsWith('s') && !p.endsWith('ss'));
}

function estimateJudgement(c: CueContext): boolean {
  const n = c.nextWord();
  if (n === 'that' || n === 'at' || n === 'to') return true;
  const p = c.prevWord();
  return p !== "'s" && BE_FORMS.has(p) && !isClauseStop(c.after(0));
}

function clauseOrInfinitiveFollows(c: CueContext): boolean {
  const n = c.nextWord();
  return n === 'to' || n === 'that';
}

function clauseOrAboutFollows(c: CueContext): boolean {
  const n = c.nextWord();
  return n === 'that' || n === 'about' || n === 'of';
}

const SUSPECT_NOUN_BEFORE = words('the a an its his her their our this these those any every no all some main prime key chief indicted murder alleged possible potential one two three other usual');
const SUSPECT_NOUN_AFTER = words("'s is was who has had in are were remains remained");
function suspectBelief(c: CueContext): boolean {
  if (SUSPECT_NOUN_BEFORE.has(c.prevWord())) return false;
  const n = c.after(0);
  if (isClauseStop(n)) return false;
  if (c.word !== 'suspected' && n && SUSPECT_NOUN_AFTER.has(n.norm)) return false;
  return true;
}

const PASSIVE_ADVERBS = words('widely generally commonly long often also still now largely universally usually once');
const CONSIDER_HOLDERS = words('some many most others they we i he she who whom generally widely');
const OBJECT_PRONOUNS = words('him it them themselves himself herself itself this her us me');
const CONSIDERED_NOT_JUDGED = words('for in at during when before after on under with whether how');
function considerJudgement(c: CueContext): boolean {
  const p = c.prevWord();
  const n = c.nextWord();
  if (n === 'that' || n.endsWith('ing')) return n === 'that';
  if (holdAs(c) || hasToBe(c)) return true;
  // "some consider the levy a burden", "critics consider it a gimmick": a judgement held by a subject.
  if (CONSIDER_HOLDERS.has(p) || OBJECT_PRONOUNS.has(n)) return !CONSIDERED_NOT_JUDGED.has(n) && !isClauseStop(c.after(0));
  if (c.word !== 'considered') return false;
  // "is considered a risk", "widely considered the favourite", "Ortiz, considered an outsider".
  if (isClauseStop(c.after(0)) || CONSIDERED_NOT_JUDGED.has(n)) return false;
  return BE_FORMS.has(p) || p === ',' || PASSIVE_ADVERBS.has(p) || (p.endsWith('ly') && p.length > 4);
}

/** "consider the fee to be", "considered them to be": a judgement within the next few words. */
function hasToBe(c: CueContext): boolean {
  for (let i = 0; i < 5; i++) {
    const t = c.after(i);
    if (!t || isClauseStop(t)) return false;
    if (t.norm === 'to' && c.nextWord(i + 1) === 'be') return true;
  }
  return false;
}

/** "see X as", "is viewed as", "regarded as": a judgement, unless "as" is part of "such as", "as well as". */
function holdAs(c: CueContext): boolean {
  for (let i = 0; i < 8; i++) {
    const t = c.after(i);
    if (!t || isClauseStop(t)) return false;
    if (t.norm === 'and' || t.norm === 'but' || t.norm === 'that' || t.norm === 'which' || t.norm === 'who') return false;
    if (t.norm === 'as') {
      const prev = i > 0 ? c.after(i - 1)?.norm : '';
      // "as bold as": a comparison, not a judgement.
      if (c.nextWord(i + 2) === 'as' || c.nextWord(i + 3) === 'as') return false;
      return prev !== 'such' && prev !== 'same' && !AS_NOT_JUDGEMENT.has(c.nextWord(i + 1));
    }
  }
  return false;
}

function accuseVerb(c: CueContext): boolean {
  return !DETERMINERS.has(c.prevWord()) && !isClauseStop(c.after(0));
}

function clearUncertain(c: CueContext): boolean {
  // "not clear-cut" is about sharpness, "not clear of" about distance.
  const n = c.after(0);
  return !(n && (n.norm === '-' || n.norm === 'of'));
}

/** "assume that", "is assumed to be": a supposition; "assume the role", "assume the loans of its rival" is taking on. */
function assumeBelief(c: CueContext): boolean {
  const n = c.nextWord();
  if (n === 'that' || SUBJECT_WORDS.has(n) || n === 'there') return true;
  if (n === 'to' && c.nextWord(1) === 'be') return true;
  return n === 'to' && BE_FORMS.has(c.prevWord());
}

/** "speculation about", "idle speculation": only with what is speculated about. */
function aboutFollows(c: CueContext): boolean {
  const n = c.nextWord();
  return n === 'that' || n === 'about' || n === 'over' || n === 'whether' || n === 'on' || n === 'of';
}

function notLegalSuspicion(c: CueContext): boolean {
  return c.prevWord() !== 'on' && c.prevWord() !== 'under';
}

/** Predictions and forecasts as a comparison ("lower-than-anticipated") are the outcome, not a belief. */
function notComparative(c: CueContext): boolean {
  const p = c.prevWord();
  return p !== '-' && p !== 'than' && p !== 'as';
}

/** Epistemic "should" predicts an outcome ("should lift output"); deontic "should" prescribes ("should be used"). */
const OUTCOME_VERBS = words('help improve increase boost reduce lift rise fall drop decline grow benefit ease result lead face continue remain allow mean strengthen weaken narrow widen recover prove');
function shouldPredicts(c: CueContext): boolean {
  let n = c.nextWord();
  if (n === 'n' || n === "n't" || n === 'not') n = c.nextWord(c.nextWord() === 'n' ? 2 : 1);
  return OUTCOME_VERBS.has(n);
}

/** "has been questioned", "questioned the accuracy of": doubted; "officers questioned the cyclist" is an interview. */
const DOUBTED_QUALITIES = words('validity wisdom legitimacy reliability accuracy authenticity veracity credibility need value existence');
function doubtedNotInterrogated(c: CueContext): boolean {
  const n = c.nextWord();
  if (n === 'the' || n === 'its' || n === 'his' || n === 'her' || n === 'their') return DOUBTED_QUALITIES.has(c.nextWord(1));
  return BE_FORMS.has(c.prevWord()) && (isClauseStop(c.after(0)) || (n === 'by' && c.nextWord(1) !== 'police'));
}

/** "potential buyers", "potential voters": a role someone may take up names a group, it hedges no claim. */
const ROLE_NOUNS = words('buyer buyers bidder bidders suitor suitors investor investors customer customers client clients partner partners acquirer acquirers candidate candidates recruit recruits donor donors voter voters user users employer employers employee employees member members student students applicant applicants purchaser purchasers');
function notRoleNoun(c: CueContext): boolean {
  return !ROLE_NOUNS.has(c.nextWord());
}

/** "it is not known whether": unknown; "not known for her tact", "not known as": reputation or name. */
function unknownNotReputation(c: CueContext): boolean {
  const n = c.nextWord();
  return n !== 'for' && n !== 'as' && n !== 'to' && n !== 'by';
}

/**
 * "feel that the plan will fail": "that" opens the belief. "feel that way" points back, and "a remark that might
 * have hurt" starts a relative clause about the remark (a modal or verb right after "that").
 */
const THAT_NOT_CLAUSE = words('way much many far might may could would will should can must has had is was');
function thatStartsClause(c: CueContext): boolean {
  return !THAT_NOT_CLAUSE.has(c.nextWord());
}

export const CONTEXT_RULES = {
  likelyHedges,
  thatStartsClause,
  unknownNotReputation,
  notRoleNoun,
  doubtedNotInterrogated,
  assumeBelief,
  aboutFollows,
  notLegalSuspicion,
  notComparative,
  shouldPredicts,
  modalMay,
  modalMight,
  modalCould,
  notAfterDeterminer,
  doubtUncertain,
  possibleNotFeasible,
  appearEpistemic,
  believeHoldsTrue,
  thinkBelief,
  thoughtBelief,
  expectedBelief,
  estimateJudgement,
  clauseOrInfinitiveFollows,
  clauseOrAboutFollows,
  suspectBelief,
  considerJudgement,
  holdAs,
  accuseVerb,
  clearUncertain,
} satisfies Record<string, Rule>;

export type ContextRuleName = keyof typeof CONTEXT_RULES;
