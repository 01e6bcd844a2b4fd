// The hedge cues newsmark knows: words and phrases that present a claim as uncertain, believed, reported or thinly sourced.
import type { HedgeKind } from '../types';
import type { ContextRuleName } from './context';

/**
 * How a cue relates to the claim it hedges: a modal or adverb sits inside its clause ("Moscow may be wary"); a
 * belief or speech predicate introduces its claim after it ("analysts expect that ..."); a vague source names what it
 * knows of ("people familiar with the talks") and speaks after it or is cited after its claim ("…, according to").
 */
export type ClaimScope = 'clause' | 'complement' | 'source';

export interface CueEntry {
  /**
   * The words of the cue, lower case, separated by spaces. A slot lists alternatives with "|"; a slot ending in
   * "?" may be missing. Matching is by whole words; the typographic apostrophe counts as "'".
   */
  phrase: string;
  kind: HedgeKind;
  /** The slot (0-based) whose word triggers the match: a content word, rarer than its neighbours. */
  anchor?: number;
  /** A context rule that must accept the match (see context.ts); without one, the words suffice. */
  rule?: ContextRuleName;
  scope?: ClaimScope;
  /** The cue leaves unsaid who holds the view ("it is believed", "some say"). */
  unattributed?: boolean;
}

const BE = 'is|are|was|were|be|been|being|\'s|\'re';
const VAGUE_SOURCES = 'analysts|critics|observers|experts|sources|insiders|commentators|skeptics|sceptics|detractors|pundits';
const SPEECH = 'say|says|said|note|notes|noted|argue|argues|argued|claim|claims|claimed|contend|contends|contended|observe|observes|observed|point|points|pointed|warn|warns|warned|insist|insists|insisted|speculate|speculated|tell|told';

export const CUE_LEXICON: readonly CueEntry[] = [
  // Epistemic: the claim is possible or probable, not asserted.
  { phrase: 'may', kind: 'epistemic', rule: 'modalMay' },
  { phrase: 'might', kind: 'epistemic', rule: 'modalMight' },
  { phrase: 'could', kind: 'epistemic', rule: 'modalCould' },
  { phrase: 'likely|unlikely', kind: 'epistemic', rule: 'likelyHedges' },
  { phrase: 'probably|possibly|perhaps|maybe|presumably|conceivably|potentially|seemingly', kind: 'epistemic' },
  { phrase: 'in all likelihood', kind: 'epistemic', anchor: 2 },
  { phrase: 'possible', kind: 'epistemic', rule: 'possibleNotFeasible' },
  { phrase: 'possibility|possibilities|likelihood|probability', kind: 'epistemic' },
  { phrase: 'potential', kind: 'epistemic', rule: 'notRoleNoun' },
  { phrase: 'appear|appears|appeared|appearing', kind: 'epistemic', rule: 'appearEpistemic' },
  { phrase: 'seem|seems|seemed|seeming', kind: 'epistemic' },
  { phrase: 'suggest|suggests|suggested|suggesting', kind: 'epistemic', scope: 'complement' },
  { phrase: 'look|looks|looked like', kind: 'epistemic', scope: 'complement' },
  { phrase: 'look|looks|looked as if|though', kind: 'epistemic', scope: 'complement' },
  { phrase: 'not clear', kind: 'epistemic', anchor: 1, rule: 'clearUncertain' },
  { phrase: 'unclear|uncertain|tentative|tentatively|probable|improbable|putative|hypothetical|hypothetically', kind: 'epistemic' },
  { phrase: 'almost|nearly|probably|presumably certainly', kind: 'epistemic', anchor: 1 },
  { phrase: 'questionable|uncertainty|uncertainties', kind: 'epistemic' },
  { phrase: 'little|nothing is|was known', kind: 'epistemic', anchor: 2 },
  { phrase: 'not well|fully|clearly|yet? understood|known', kind: 'epistemic', anchor: 2, rule: 'unknownNotReputation' },
  { phrase: 'imply|implies|implied|implying', kind: 'epistemic', scope: 'complement' },
  { phrase: 'indicate|indicates|indicated|indicating that', kind: 'epistemic', scope: 'complement' },
  { phrase: 'questioned', kind: 'epistemic', rule: 'doubtedNotInterrogated' },
  { phrase: 'no assurance|assurances|guarantee|guarantees', kind: 'epistemic', anchor: 1 },
  { phrase: 'should', kind: 'epistemic', rule: 'shouldPredicts' },
  { phrase: 'question|questions|questioned|questioning whether|how|if|why', kind: 'epistemic', scope: 'complement' },
  { phrase: 'raise|raises|raised|raising questions|doubts', kind: 'epistemic', anchor: 1 },
  { phrase: 'cast|casts|casting doubt|doubts', kind: 'epistemic', anchor: 1 },
  { phrase: 'doubt|doubts|doubted|doubtful', kind: 'epistemic', rule: 'doubtUncertain' },

  // Doxastic: the claim is someone's belief or expectation.
  { phrase: 'believe|believes|believed|believing', kind: 'doxastic', scope: 'complement', rule: 'believeHoldsTrue' },
  { phrase: 'it is|was|has|had|\'s been? widely|generally|commonly|long? believed|thought|understood|assumed|expected', kind: 'doxastic', anchor: 4, scope: 'complement', unattributed: true },
  { phrase: 'it is|was|has|had|\'s been? widely|often|also? suggested|speculated', kind: 'epistemic', anchor: 4, scope: 'complement', unattributed: true },
  { phrase: 'it is|was|has|had|\'s been? widely|often|also? alleged|rumored|rumoured', kind: 'evidential', anchor: 4, scope: 'complement', unattributed: true },
  { phrase: BE + ' widely|generally|commonly|long|now|also? believed|thought|understood|assumed|expected|estimated|considered|projected to', kind: 'doxastic', anchor: 2, scope: 'complement', unattributed: true },
  { phrase: 'think|thinks|thinking', kind: 'doxastic', scope: 'complement', rule: 'thinkBelief' },
  { phrase: 'thought', kind: 'doxastic', scope: 'complement', rule: 'thoughtBelief' },
  { phrase: 'expect|expects|expecting', kind: 'doxastic', scope: 'complement' },
  { phrase: 'expected', kind: 'doxastic', scope: 'complement', rule: 'expectedBelief' },
  { phrase: 'estimate|estimates|estimated', kind: 'doxastic', scope: 'complement', rule: 'estimateJudgement' },
  { phrase: 'predict|predicts|predicted|predicting|forecast|forecasts|foresee|foresees|anticipate|anticipates|anticipated|anticipation', kind: 'doxastic', scope: 'complement', rule: 'notComparative' },
  { phrase: 'projected', kind: 'doxastic', scope: 'complement', rule: 'clauseOrInfinitiveFollows' },
  { phrase: 'suspect|suspects|suspected', kind: 'doxastic', scope: 'complement', rule: 'suspectBelief' },
  { phrase: 'suspicion|suspicions', kind: 'doxastic', rule: 'notLegalSuspicion' },
  { phrase: 'consider|considers|considered', kind: 'doxastic', scope: 'complement', rule: 'considerJudgement' },
  { phrase: 'regard|regards|regarded|see|sees|saw|seen|view|views|viewed', kind: 'doxastic', scope: 'complement', rule: 'holdAs' },
  { phrase: 'view|belief|beliefs|idea|notion|hypothesis|theory|impression that', kind: 'doxastic', scope: 'complement' },
  { phrase: 'hypothesize|hypothesizes|hypothesized|hypothesise|hypothesises|hypothesised|theorize|theorizes|theorized|theorise|theorised', kind: 'doxastic', scope: 'complement' },
  { phrase: 'assume|assumes|assumed|assuming', kind: 'doxastic', scope: 'complement', rule: 'assumeBelief' },
  { phrase: 'assumption|assumptions|presume|presumes|presumed|presumption', kind: 'doxastic', scope: 'complement' },
  { phrase: 'supposed', kind: 'doxastic' },
  { phrase: 'speculate|speculates|speculated|speculating', kind: 'doxastic', scope: 'complement' },
  { phrase: 'speculation', kind: 'doxastic', scope: 'complement', rule: 'aboutFollows' },
  { phrase: 'confident', kind: 'doxastic', scope: 'complement', rule: 'clauseOrAboutFollows' },
  { phrase: 'wonder|wonders|wondered|wondering whether|if', kind: 'doxastic', scope: 'complement' },
  { phrase: 'fear|fears|feared|feel|feels|felt|bet|bets|betting|hunch that', kind: 'doxastic', scope: 'complement', rule: 'thatStartsClause' },
  { phrase: 'in anticipation of', kind: 'doxastic', anchor: 1 },

  // Evidential: the claim rests on reports or allegations, not on what the reporter saw.
  { phrase: 'reportedly|allegedly|apparently|supposedly|purportedly|reputedly|ostensibly', kind: 'evidential' },
  { phrase: 'alleged|purported|rumored|rumoured', kind: 'evidential' },
  { phrase: 'allege|alleges|alleging|allegation|allegations|rumor|rumors|rumour|rumours', kind: 'evidential', scope: 'complement' },
  { phrase: 'accuse|accuses|accused|accusing', kind: 'evidential', scope: 'complement', rule: 'accuseVerb' },
  { phrase: 'accusation|accusations', kind: 'evidential', scope: 'complement' },
  { phrase: 'charges|charge that', kind: 'evidential', scope: 'complement', rule: 'thatStartsClause' },
  { phrase: BE + ' rumored|rumoured to', kind: 'evidential', anchor: 1, unattributed: true },
  { phrase: BE + ' said|reported to', kind: 'vague-attribution', anchor: 1, unattributed: true },
  { phrase: 'according to unconfirmed|unverified|unsubstantiated|some|media|press reports', kind: 'evidential', anchor: 0, scope: 'complement', unattributed: true },

  // Vague attribution: a claim put in the mouth of no one in particular.
  { phrase: `some|many|others ${SPEECH}`, kind: 'vague-attribution', scope: 'complement', unattributed: true },
  { phrase: `some|many|several|most|certain|other? ${VAGUE_SOURCES} ${SPEECH}`, kind: 'vague-attribution', anchor: 1, scope: 'complement', unattributed: true },
  { phrase: `${VAGUE_SOURCES}|people|person|officials|official close|familiar to|with`, kind: 'vague-attribution', anchor: 1, scope: 'source', unattributed: true },
  { phrase: 'it is|was|has|had|\'s been? said|claimed|reported', kind: 'vague-attribution', anchor: 3, scope: 'complement', unattributed: true },
  { phrase: 'speculation exists|abounds|swirls|persists|grows|is|has', kind: 'vague-attribution', scope: 'complement', unattributed: true },
  { phrase: 'there is|are|was|has been? speculation|talk|rumors|rumours|suggestions', kind: 'vague-attribution', anchor: 3, scope: 'complement', unattributed: true },
  { phrase: 'some|many|others would say|argue', kind: 'vague-attribution', scope: 'complement', unattributed: true },

  // Unsubstantiated: the text itself says the claim lacks support.
  { phrase: 'unverified|unconfirmed|unsubstantiated|uncorroborated|unproven|unfounded|baseless', kind: 'unsubstantiated' },
  { phrase: 'lack|lacks|lacked|lacking substantiation|evidence|proof|corroboration|confirmation', kind: 'unsubstantiated', anchor: 1 },
  { phrase: 'without evidence|proof|substantiation|corroboration', kind: 'unsubstantiated', anchor: 1 },
  { phrase: 'no evidence|proof', kind: 'unsubstantiated', anchor: 1 },
  // "The claim could not be independently verified", "has not been confirmed".
  { phrase: 'could|can not be independently? verified|confirmed|corroborated|substantiated', kind: 'unsubstantiated', anchor: 0 },
  { phrase: 'cannot|couldn\'t|can\'t be independently? verified|confirmed|corroborated|substantiated', kind: 'unsubstantiated', anchor: 0 },
  // (Plain "has not been confirmed" is also a nominee's: "by the Senate".)
  { phrase: 'has|have|had not been independently verified|confirmed|corroborated|substantiated', kind: 'unsubstantiated', anchor: 0 },
  { phrase: 'has|have|had not been verified|corroborated|substantiated', kind: 'unsubstantiated', anchor: 0 },
  { phrase: 'insinuation|insinuations|innuendo|insinuate|insinuates|insinuated', kind: 'unsubstantiated' },
];
