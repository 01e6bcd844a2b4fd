// Delete Annotation asks before removing a person's work (a note, a verdict, a comment, fields of their own, their own
// annotation); nothing else asks.
import { hasUserContent } from '../../core/sidecar/userContent';
import type { Annotation } from '../../core/sidecar/types';

/** The longest quotation of the annotated words a question shows. */
const MAX_WORDS = 120;

/**
 * Translates a message with `{0}`-style arguments; the extension passes vscode.l10n. This module stays free of vscode
 * (the unit tests load it), so by default the English is filled in, as vscode.l10n.t does when it has no translation.
 */
export interface Localizer {
  t(message: string, ...args: (string | number)[]): string;
}

const ENGLISH: Localizer = { t: (message, ...args) => message.replace(/\{(\d+)\}/g, (placeholder, i: string) => String(args[Number(i)] ?? placeholder)) };

export interface DeletionQuestion {
  message: string;
  /** The annotated words and what goes with them, for the dialog's detail line. */
  detail: string;
}

/**
 * What Delete Annotation asks before deleting the annotation; undefined when it may go at once (an automatic one
 * that nobody added to: the analysis makes it again). There is no undo for a deleted annotation, so a person's work
 * is never one click away from gone.
 */
export function deletionQuestion(annotation: Annotation, l10n: Localizer = ENGLISH): DeletionQuestion | undefined {
  if (!hasUserContent(annotation)) return undefined;
  const words = annotation.target.exact.replace(/\s+/g, ' ').trim();
  const quoted = words.length > MAX_WORDS ? words.slice(0, MAX_WORDS - 1).trimEnd() + '…' : words;
  const lines = [`“${quoted}”`];
  if (annotation.note) lines.push(l10n.t('Note: {0}', annotation.note.length > MAX_WORDS ? annotation.note.slice(0, MAX_WORDS - 1).trimEnd() + '…' : annotation.note));
  // Written in the sidecar by hand, these are not in the message's list; they go with the annotation all the same.
  if (annotation.commented) lines.push(l10n.t('The comment written on it in the sidecar goes too.'));
  if (annotation.extraFields?.length) lines.push(l10n.t('Fields newsmark does not know go too: {0}.', annotation.extraFields.join(', ')));
  return { message: deletionMessage(annotation, l10n), detail: lines.join('\n') };
}

/** One whole sentence for each combination of what would go with the annotation (its kind is the sidecar's word). */
function deletionMessage(annotation: Annotation, l10n: Localizer): string {
  const { kind, verdict } = annotation;
  const note = !!annotation.note;
  const evidence = !!annotation.evidence?.length;
  if (verdict) {
    if (note && evidence) return l10n.t('Delete this {0} annotation with its verdict ({1}), its note and its evidence? It cannot be undone.', kind, verdict);
    if (note) return l10n.t('Delete this {0} annotation with its verdict ({1}) and its note? It cannot be undone.', kind, verdict);
    if (evidence) return l10n.t('Delete this {0} annotation with its verdict ({1}) and its evidence? It cannot be undone.', kind, verdict);
    return l10n.t('Delete this {0} annotation with its verdict ({1})? It cannot be undone.', kind, verdict);
  }
  if (note && evidence) return l10n.t('Delete this {0} annotation with its note and its evidence? It cannot be undone.', kind);
  if (note) return l10n.t('Delete this {0} annotation with its note? It cannot be undone.', kind);
  if (evidence) return l10n.t('Delete this {0} annotation with its evidence? It cannot be undone.', kind);
  return l10n.t('Delete this {0} annotation? It cannot be undone.', kind);
}
