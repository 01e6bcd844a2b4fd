// What an annotation command acts on: the words given by arguments (tests, code actions, tree items) or the selection.
import * as vscode from 'vscode';
import type { Span } from '../../core';
import type { ArticleEditors } from '../articleEditors';
import { contains, overlaps } from '../convert';
import type { Annotation, SidecarService } from '../sidecar/api';

/** Arguments every annotation command accepts, so that it can run without a prompt. */
export interface AnnotationCommandArgs {
  uri?: vscode.Uri | string;
  start?: number;
  end?: number;
  speaker?: string;
  note?: string;
  verdict?: string;
  annotationId?: string;
  /** Delete Annotation: the person was asked already (or a script deletes), so it does not ask again. */
  confirmed?: boolean;
}

export interface CommandTarget {
  document: vscode.TextDocument;
  span: Span;
}

/** Commands run from an Annotations view item get the item's node: turn it into arguments. */
export function normalizeArgs(args: unknown): AnnotationCommandArgs | undefined {
  if (args && typeof args === 'object' && (args as { kind?: unknown }).kind === 'annotation' && 'annotation' in args && 'article' in args) {
    const node = args as { article: vscode.Uri; annotation: Annotation };
    const confirmed = (args as { confirmed?: unknown }).confirmed === true ? { confirmed: true } : {};
    return { uri: node.article, start: node.annotation.target.start, end: node.annotation.target.end, annotationId: node.annotation.id, ...confirmed };
  }
  return args && typeof args === 'object' ? (args as AnnotationCommandArgs) : undefined;
}

/** A uri as command arguments give it: a Uri, or its string form (from JSON, keybindings, tests). */
export function asUri(uri: vscode.Uri | string): vscode.Uri {
  return typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
}

/**
 * The words given by the arguments, else the selection of the article editor the person works in (the active one, or
 * the article focused last while focus is in the Output panel, say); without the white space around them. Without an
 * article editor it says so and resolves to undefined.
 */
export async function resolveTarget(args: AnnotationCommandArgs | undefined, editors: ArticleEditors): Promise<CommandTarget | undefined> {
  if (args?.uri !== undefined) {
    const document = await vscode.workspace.openTextDocument(asUri(args.uri));
    const start = args.start ?? 0;
    return { document, span: trimmedSpan(document.getText(), { start, end: args.end ?? start }) };
  }
  const editor = editors.focused;
  if (!editor) {
    noArticleMessage();
    return undefined;
  }
  if (args?.start !== undefined) return { document: editor.document, span: trimmedSpan(editor.document.getText(), { start: args.start, end: args.end ?? args.start }) };
  return { document: editor.document, span: selectedWords(editor) };
}

/** The editor's selection as offsets, without the white space around it (the cursor when nothing is selected). */
export function selectedWords(editor: vscode.TextEditor): Span {
  const { document, selection } = editor;
  return trimmedSpan(document.getText(), { start: document.offsetAt(selection.start), end: document.offsetAt(selection.end) });
}

/** The annotation under the target (manual ones first, then the narrowest): what Delete Annotation removes. */
export function annotationAt(sidecars: SidecarService, target: CommandTarget, id?: string): Annotation | undefined {
  const all = sidecars.annotationsFor(target.document.uri);
  if (id) return all.find((a) => a.id === id);
  const { span } = target;
  const hits = all.filter((a) => a.status !== 'orphaned' && (span.end > span.start ? overlaps(a.target, span) : contains(a.target, span.start) || a.target.end === span.start));
  return hits.sort((a, b) => Number(b.origin === 'manual') - Number(a.origin === 'manual') || a.target.end - a.target.start - (b.target.end - b.target.start))[0];
}

/** Selected words without the surrounding white space, so annotations hold exactly the words. */
export function trimmedSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Says that no article is open for a command that works on its words. */
export function noArticleMessage(): void {
  void vscode.window.showInformationMessage(vscode.l10n.t('Newsmark: open an article and select the words to annotate.'));
}

/** Says why annotations cannot be saved for this article (see SidecarService.whyCannotAnnotate). */
export function noSidecarsMessage(reason: string): void {
  void vscode.window.showWarningMessage(vscode.l10n.t('Newsmark: {0}', reason));
}

/** Whether a person may annotate the article; when not, tells them why. */
export function canAnnotate(sidecars: SidecarService, article: vscode.Uri): boolean {
  const reason = sidecars.whyCannotAnnotate(article);
  if (reason) noSidecarsMessage(reason);
  return !reason;
}
