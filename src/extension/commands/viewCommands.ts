// Toggle highlights, reveal a span in its editor, reveal the thing under the cursor in the sidebar.
import * as vscode from 'vscode';
import type { ActiveArticle } from '../activeArticle';
import type { ArticleEditors } from '../articleEditors';
import { Commands, Views } from '../constants';
import { contains } from '../convert';
import type { DocumentAnalyses } from '../documentAnalyses';
import type { Settings } from '../settings';
import type { EntitiesTree, EntityNode } from '../views/entitiesView';
import type { QuoteNode, QuotesTree } from '../views/quotesView';
import { asUri } from './commandTargets';

async function revealSpan(uri: vscode.Uri | string, start: number, end: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(asUri(uri));
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  // A click in a tree shows the words and leaves the keyboard in the tree, as the Explorer does.
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: true, preview: true });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export interface SidebarViews {
  entities: { tree: EntitiesTree; view: vscode.TreeView<EntityNode> };
  quotes: { tree: QuotesTree; view: vscode.TreeView<QuoteNode> };
}

async function revealInSidebar(active: ActiveArticle, editors: ArticleEditors, analyses: DocumentAnalyses, views: SidebarViews): Promise<boolean> {
  const editor = editors.focused;
  const document = editor?.document ?? active.document;
  const analysed = document && analyses.get(document);
  if (!analysed) {
    await vscode.commands.executeCommand(`${Views.entities}.focus`);
    return false;
  }
  const offset = editor && editor.document === document ? document.offsetAt(editor.selection.active) : 0;
  const entity = analysed.analysis.entities.find((e) => e.mentions.some((m) => contains(m, offset)));
  if (entity) {
    views.entities.tree.getChildren();
    const node = views.entities.tree.nodeOf(entity.id);
    if (node) {
      await views.entities.view.reveal(node, { select: true, focus: true, expand: true });
      return true;
    }
  }
  const quote = analysed.analysis.quotes.find((q) => contains(q, offset) || (q.speaker && contains(q.speaker.mention, offset)));
  if (quote) {
    views.quotes.tree.getChildren();
    const node = views.quotes.tree.nodeOf(quote);
    if (node) {
      await views.quotes.view.reveal(node, { select: true, focus: true });
      return true;
    }
  }
  await vscode.commands.executeCommand(`${Views.entities}.focus`);
  return false;
}

export function registerViewCommands(settings: Settings, active: ActiveArticle, editors: ArticleEditors, analyses: DocumentAnalyses, views: SidebarViews): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.toggleHighlights, async () => {
      const enabled = !settings.current.highlightsEnabled;
      await settings.setHighlightsEnabled(enabled);
      return enabled;
    }),
    vscode.commands.registerCommand(Commands.showHighlights, () => settings.setHighlightsEnabled(true)),
    vscode.commands.registerCommand(Commands.hideHighlights, () => settings.setHighlightsEnabled(false)),
    vscode.commands.registerCommand(Commands.revealSpan, revealSpan),
    vscode.commands.registerCommand(Commands.revealInSidebar, () => revealInSidebar(active, editors, analyses, views)),
  );
}
