// Plain-language explanations of hedge kinds and quote kinds, shown in hovers.
import * as vscode from 'vscode';
import type { HedgeKind, QuoteKind } from '../../core';

/** Read when shown, not at load, so that the texts are those of the display language. */
export function hedgeExplanation(kind: HedgeKind): { title: string; explanation: string } | undefined {
  switch (kind) {
    case 'epistemic':
      return { title: vscode.l10n.t('Uncertainty'), explanation: vscode.l10n.t('The claim is presented as possible rather than certain.') };
    case 'doxastic':
      return { title: vscode.l10n.t('Belief'), explanation: vscode.l10n.t('The claim is presented as what someone believes or expects, not as established fact.') };
    case 'evidential':
      return { title: vscode.l10n.t('Second-hand evidence'), explanation: vscode.l10n.t('The claim rests on reports, appearances or indirect evidence that the text does not show.') };
    case 'vague-attribution':
      return { title: vscode.l10n.t('Vague attribution'), explanation: vscode.l10n.t('The claim is credited to a source the reader cannot identify or check.') };
    case 'unsubstantiated':
      return { title: vscode.l10n.t('Unsupported'), explanation: vscode.l10n.t('The claim is stated without a source or evidence in the text.') };
    default:
      return undefined;
  }
}

export function quoteKindTitle(kind: QuoteKind): string {
  switch (kind) {
    case 'direct':
      return vscode.l10n.t('Direct quote');
    case 'partial':
      return vscode.l10n.t('Partial quote');
    case 'reported':
      return vscode.l10n.t('Reported speech');
  }
}

export function quoteKindExplanation(kind: QuoteKind): string {
  switch (kind) {
    case 'direct':
      return vscode.l10n.t('The speaker’s own words, verbatim in quotation marks.');
    case 'partial':
      return vscode.l10n.t('A few of the speaker’s words quoted inside the reporter’s sentence.');
    case 'reported':
      return vscode.l10n.t('The reporter’s paraphrase of what was said; the wording is not the speaker’s.');
  }
}
