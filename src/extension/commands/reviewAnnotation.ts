// Set speaker, add note, set verdict: change the annotation on exactly the selected words, or create one on them;
// Delete Annotation, which asks first when a person's work would go.
import * as vscode from 'vscode';
import { VERDICTS, type Verdict } from '../../core/sidecar/types';
import type { ArticleEditors } from '../articleEditors';
import { Commands } from '../constants';
import { contains } from '../convert';
import { speakerCandidates } from '../diagnostics';
import type { DocumentAnalyses } from '../documentAnalyses';
import { escapeForNotification } from '../notificationText';
import { escapeIcons } from '../uiText';
import type { Annotation, AnnotationDraft, AnnotationPatch, SidecarService } from '../sidecar/api';
import { annotationAt, canAnnotate, normalizeArgs, resolveTarget, type AnnotationCommandArgs, type CommandTarget } from './commandTargets';
import { deletionQuestion } from './deletionQuestion';
import { annotationToReview, type ReviewPurpose } from './reviewTargets';

function verdictLabel(verdict: Verdict): string {
  switch (verdict) {
    case 'accurate':
      return vscode.l10n.t('Accurate');
    case 'mostly-accurate':
      return vscode.l10n.t('Mostly accurate');
    case 'mixed':
      return vscode.l10n.t('Mixed');
    case 'mostly-inaccurate':
      return vscode.l10n.t('Mostly inaccurate');
    case 'inaccurate':
      return vscode.l10n.t('Inaccurate');
    case 'misleading':
      return vscode.l10n.t('Misleading');
    case 'unsupported':
      return vscode.l10n.t('Unsupported');
  }
}

/** The annotation the command changes: the one it was given (Annotations view), else one on the target's words that fits. */
function existingFor(sidecars: SidecarService, target: CommandTarget, purpose: ReviewPurpose, id: string | undefined): Annotation | undefined {
  const all = sidecars.annotationsFor(target.document.uri);
  return id ? all.find((a) => a.id === id) : annotationToReview(all, target.span, purpose);
}

/** Creates an annotation of `kind` for the target when none is under it: the selection, else the analysed quote or hedged claim at the cursor. */
function draftFor(kind: AnnotationDraft['kind'], target: CommandTarget, analyses: DocumentAnalyses): AnnotationDraft | undefined {
  const { span } = target;
  if (span.end > span.start) return { kind, ...span };
  const analysis = analyses.get(target.document)?.analysis;
  const quote = analysis?.quotes.find((q) => contains(q, span.start));
  if (quote) return { kind: kind === 'claim' ? 'claim' : 'quote', start: quote.start, end: quote.end };
  const hedge = analysis?.hedges.find((h) => contains(h.claim, span.start));
  if (hedge) return { kind: kind === 'note' ? 'claim' : kind, start: hedge.claim.start, end: hedge.claim.end };
  return undefined;
}

async function setSpeaker(args: AnnotationCommandArgs | undefined, analyses: DocumentAnalyses, sidecars: SidecarService, editors: ArticleEditors): Promise<Annotation | undefined> {
  const target = await resolveTarget(args, editors);
  if (!target || !canAnnotate(sidecars, target.document.uri)) return undefined;
  let speaker = args?.speaker;
  if (!speaker) {
    const analysis = analyses.get(target.document)?.analysis;
    const other: vscode.QuickPickItem & { name?: string } = { label: vscode.l10n.t('Another name…') };
    const names = (analysis ? speakerCandidates(analysis, target.span.start) : []).map((name) => ({ label: escapeIcons(name), name }));
    const picked = await vscode.window.showQuickPick([...names, other], { title: vscode.l10n.t('Newsmark: who says this?'), placeHolder: vscode.l10n.t('Speaker of the quote') });
    if (!picked) return undefined;
    speaker = picked === other ? await vscode.window.showInputBox({ title: vscode.l10n.t('Newsmark: speaker'), prompt: vscode.l10n.t('Canonical name of the speaker') }) : picked.name;
    if (!speaker) return undefined;
  }
  const existing = existingFor(sidecars, target, 'speaker', args?.annotationId);
  if (existing) return changeOrTell(sidecars, target.document.uri, existing.id, { speaker }, speaker);
  const draft = draftFor('quote', target, analyses);
  if (!draft) return nothingHere(vscode.l10n.t('Newsmark: select some words first, to set its speaker.'));
  return sidecars.addManual(target.document.uri, { ...draft, kind: 'quote', speaker });
}

async function addNote(args: AnnotationCommandArgs | undefined, analyses: DocumentAnalyses, sidecars: SidecarService, editors: ArticleEditors): Promise<Annotation | undefined> {
  const target = await resolveTarget(args, editors);
  if (!target || !canAnnotate(sidecars, target.document.uri)) return undefined;
  const existing = existingFor(sidecars, target, 'note', args?.annotationId);
  const note = args?.note ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Newsmark: note'), prompt: vscode.l10n.t('A note on these words (saved beside the article)'), value: existing?.note ?? '' }));
  if (note === undefined) return undefined;
  if (existing) return changeOrTell(sidecars, target.document.uri, existing.id, { note: note || null }, note);
  const draft = draftFor('note', target, analyses);
  if (!draft) return nothingHere(vscode.l10n.t('Newsmark: select some words first, to attach a note.'));
  return sidecars.addManual(target.document.uri, { ...draft, note });
}

async function setVerdict(args: AnnotationCommandArgs | undefined, analyses: DocumentAnalyses, sidecars: SidecarService, editors: ArticleEditors): Promise<Annotation | undefined> {
  const target = await resolveTarget(args, editors);
  if (!target || !canAnnotate(sidecars, target.document.uri)) return undefined;
  let verdict = args?.verdict as Verdict | undefined;
  if (verdict && !VERDICTS.includes(verdict)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Newsmark: unknown verdict "{0}" (one of {1}).', escapeForNotification(verdict), VERDICTS.join(', ')));
    return undefined;
  }
  if (!verdict) {
    const picked = await vscode.window.showQuickPick(
      VERDICTS.map((v) => ({ label: verdictLabel(v), verdict: v })),
      { title: vscode.l10n.t('Newsmark: verdict on this claim') },
    );
    if (!picked) return undefined;
    verdict = picked.verdict;
  }
  const existing = existingFor(sidecars, target, 'verdict', args?.annotationId);
  // A note on the words that now gets a verdict makes them the claim rated.
  if (existing) return changeOrTell(sidecars, target.document.uri, existing.id, existing.kind === 'note' ? { verdict, kind: 'claim' } : { verdict }, verdictLabel(verdict));
  const draft = draftFor('claim', target, analyses);
  if (!draft) return nothingHere(vscode.l10n.t('Newsmark: select some words first, to give a verdict.'));
  return sidecars.addManual(target.document.uri, { ...draft, verdict });
}

async function removeAnnotation(args: AnnotationCommandArgs | undefined, sidecars: SidecarService, editors: ArticleEditors): Promise<boolean> {
  const target = await resolveTarget(args, editors);
  if (!target || !canAnnotate(sidecars, target.document.uri)) return false;
  const existing = annotationAt(sidecars, target, args?.annotationId);
  if (!existing) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Newsmark: no annotation here to delete.'));
    return false;
  }
  const question = args?.confirmed ? undefined : deletionQuestion(existing, vscode.l10n);
  if (question) {
    const remove = vscode.l10n.t('Delete');
    const choice = await vscode.window.showWarningMessage(vscode.l10n.t('Newsmark: {0}', escapeForNotification(question.message)), { modal: true, detail: question.detail }, remove);
    if (choice !== remove) return false;
  }
  return sidecars.remove(target.document.uri, existing.id);
}

/**
 * Changes the annotation; when it is gone meanwhile (deleted in another window, or in its file on disk, while the
 * prompt was open), says so with what the person gave, so that nothing typed disappears without a word.
 */
async function changeOrTell(sidecars: SidecarService, article: vscode.Uri, id: string, patch: AnnotationPatch, given: string): Promise<Annotation | undefined> {
  const changed = await sidecars.update(article, id, patch);
  if (changed) return changed;
  void vscode.window.showWarningMessage(
    vscode.l10n.t('Newsmark: the annotation was removed meanwhile (in another window, or in its file on disk), so this was not saved: “{0}”. Select its words and add it again.', escapeForNotification(given.length > 300 ? given.slice(0, 299) + '…' : given)),
  );
  return undefined;
}

function nothingHere(message: string): undefined {
  void vscode.window.showInformationMessage(message);
  return undefined;
}

export function registerReviewCommands(analyses: DocumentAnalyses, sidecars: SidecarService, editors: ArticleEditors): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.setSpeaker, (args?: unknown) => setSpeaker(normalizeArgs(args), analyses, sidecars, editors)),
    vscode.commands.registerCommand(Commands.addNote, (args?: unknown) => addNote(normalizeArgs(args), analyses, sidecars, editors)),
    vscode.commands.registerCommand(Commands.setVerdict, (args?: unknown) => setVerdict(normalizeArgs(args), analyses, sidecars, editors)),
    vscode.commands.registerCommand(Commands.removeAnnotation, (args?: unknown) => removeAnnotation(normalizeArgs(args), sidecars, editors)),
  );
}
