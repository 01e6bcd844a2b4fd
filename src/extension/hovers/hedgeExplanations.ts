// Plain-language explanations of hedge kinds and quote kinds, shown in hovers.
import type { HedgeKind, QuoteKind } from '../../core';

export const HEDGE_EXPLANATIONS: Record<HedgeKind, { title: string; explanation: string }> = {
  epistemic: { title: 'Uncertainty', explanation: 'The claim is presented as possible rather than certain.' },
  doxastic: { title: 'Belief', explanation: 'The claim is presented as what someone believes or expects, not as established fact.' },
  evidential: { title: 'Second-hand evidence', explanation: 'The claim rests on reports, appearances or indirect evidence that the text does not show.' },
  'vague-attribution': { title: 'Vague attribution', explanation: 'The claim is credited to a source the reader cannot identify or check.' },
  unsubstantiated: { title: 'Unsupported', explanation: 'The claim is stated without a source or evidence in the text.' },
};

export const QUOTE_KIND_TITLES: Record<QuoteKind, string> = {
  direct: 'Direct quote',
  partial: 'Partial quote',
  reported: 'Reported speech',
};

export const QUOTE_KIND_EXPLANATIONS: Record<QuoteKind, string> = {
  direct: 'The speaker’s own words, verbatim in quotation marks.',
  partial: 'A few of the speaker’s words quoted inside the reporter’s sentence.',
  reported: 'The reporter’s paraphrase of what was said; the wording is not the speaker’s.',
};
