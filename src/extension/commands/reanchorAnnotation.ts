// Re-anchor Annotation to Selection: puts an orphaned or changed annotation on the words selected in its article.
import * as vscode from 'vscode';
import type { ArticleEditors } from '../articleEditors';
import { Commands } from '../constants';
import type { Annotation, SidecarService } from '../sidecar/api';
import { escapeIcons } from '../uiText';
import { needsReanchoring } from '../views/annotationsView';
import { asUri, canAnnotate, noArticleMessage, normalizeArgs, selectedWords, type AnnotationCommandArgs } from './commandTargets';

/**
 * Moves an annotation (an orphan, typically) onto the words selected in its article's editor. From the Annotations view
 * the annotation is given; from the editor a quick pick offers the article's orphaned and changed annotations.
 */
async function reanchorAnnotation(args: AnnotationCommandArgs | undefined, sidecars: SidecarService, editors: ArticleEditors): Promise<Annotation | undefined> {
  const focused = editors.focused;
  const uri = args?.uri ? asUri(args.uri) : focused?.document.uri;
  if (!uri) {
    noArticleMessage();
    return undefined;
  }
  if (!canAnnotate(sidecars, uri)) return undefined;
  // The selection is in the article editor the person works in when it shows the article (the article may be open
  // beside it as well).
  const showsArticle = (e: vscode.TextEditor | undefined) => e?.document.uri.toString() === uri.toString();
  const editor = showsArticle(focused) ? focused : vscode.window.visibleTextEditors.find(showsArticle);
  const selection = editor && !editor.selection.isEmpty ? selectedWords(editor) : undefined;
  if (!selection || selection.end <= selection.start) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Newsmark: select the words in the article that the annotation belongs to, then re-anchor.'));
    return undefined;
  }
  const id = args?.annotationId ?? (await pickAnnotationToReanchor(sidecars, uri));
  return id ? sidecars.reanchor(uri, id, selection.start, selection.end) : undefined;
}

async function pickAnnotationToReanchor(sidecars: SidecarService, uri: vscode.Uri): Promise<string | undefined> {
  // Orphans first, then annotations whose words changed.
  const candidates = sidecars
    .annotationsFor(uri)
    .filter(needsReanchoring)
    .sort((a, b) => Number(b.status === 'orphaned') - Number(a.status === 'orphaned'));
  if (!candidates.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Newsmark: every annotation of this article is on its words; nothing to re-anchor.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    candidates.map((a) => {
      const words = (a.target.original ?? a.target.exact).replace(/\s+/g, ' ').trim();
      return {
        label: words ? escapeIcons(words.length > 80 ? words.slice(0, 79).trimEnd() + '…' : words) : vscode.l10n.t('(empty)'),
        description: [a.kind, a.status === 'orphaned' ? vscode.l10n.t('lost its place') : vscode.l10n.t('words changed')].join(' · '),
        detail: [a.verdict ? vscode.l10n.t('verdict: {0}', a.verdict) : '', escapeIcons(a.speaker ?? ''), escapeIcons(a.note ?? '')].filter(Boolean).join(' · ') || undefined,
        id: a.id,
      };
    }),
    { title: vscode.l10n.t('Newsmark: re-anchor which annotation to the selected words?'), matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.id;
}

export function registerReanchorCommand(sidecars: SidecarService, editors: ArticleEditors): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.reanchorAnnotation, (args?: unknown) => reanchorAnnotation(normalizeArgs(args), sidecars, editors));
}
