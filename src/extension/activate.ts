// The one activate() of both entries (Node and web worker): composes the features and returns the test API.
import * as vscode from 'vscode';
import type { ConfirmedEntity } from '../core';
import type { NewsmarkApi } from './api';
import { ActiveArticle } from './activeArticle';
import { ArticleEditors } from './articleEditors';
import { registerAnnotateCommands } from './commands/annotateSelection';
import { registerEntityCommands } from './commands/confirmEntity';
import { registerExportCommand } from './commands/exportAnalysis';
import { registerExportWorkspaceCommand } from './commands/exportWorkspace';
import { registerReanchorCommand } from './commands/reanchorAnnotation';
import { registerReviewCommands } from './commands/reviewAnnotation';
import { registerViewCommands } from './commands/viewCommands';
import { registerReanalyseWorkspaceCommand } from './commands/reanalyseWorkspace';
import { BackgroundIndexing } from './crossSource/backgroundIndex';
import { ContextKeys } from './constants';
import { registerCrossSourceView } from './crossSource/crossSourceView';
import { WorkspaceIndex } from './crossSource/workspaceIndex';
import { registerDiagnostics } from './diagnostics';
import { DocumentAnalyses } from './documentAnalyses';
import { EditorContextKeys } from './editorContextKeys';
import { registerHighlights } from './highlights/highlightDecorations';
import { registerHovers } from './hovers/hoverProvider';
import { Settings } from './settings';
import { isInSkippedFolder } from './workspaceArticles';
import { registerSidecars, type SidecarService } from './sidecar';
import { shutdownTasks } from './shutdownTasks';
import { registerStatusBar } from './statusBar';
import { registerAnnotationsView } from './views/annotationsView';
import { registerEntitiesView } from './views/entitiesView';
import { registerQuotesView } from './views/quotesView';

export function activate(context: vscode.ExtensionContext): NewsmarkApi {
  const push = (...disposables: vscode.Disposable[]) => context.subscriptions.push(...disposables);
  const settings = new Settings(context.workspaceState);
  // The sidecar store needs analyses and the analyses need the store's confirmed names: tie the knot through a lookup.
  const store: { sidecars?: SidecarService } = {};
  const registryFor = (uri: vscode.Uri): readonly ConfirmedEntity[] => store.sidecars?.registryFor(uri) ?? [];
  const analyses = new DocumentAnalyses(settings, registryFor);
  push(settings, analyses);
  const sidecars = registerSidecars(
    context,
    (document) => analyses.get(document)?.analysis,
    (document) => !document.isUntitled && analyses.isArticle(document),
    // As the workspace walk finds articles: the include and exclude settings, and never in node_modules, .git and the like.
    (uri) => analyses.isArticlePath(uri) && !isInSkippedFolder(uri),
  );
  store.sidecars = sidecars;
  push(shutdownTasks.add(() => sidecars.flushBeforeExit()));
  push(
    sidecars.onDidChange((uri) => {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (document) analyses.registryChanged(document);
    }),
  );

  const contextKeys = new EditorContextKeys();
  const active = new ActiveArticle(analyses, contextKeys);
  // The editor whose selected words the commands use: never the Output panel's, whatever has focus.
  const editors = new ArticleEditors((document) => analyses.isArticle(document));
  // An untitled article (or one on a read-only file system) is analysed, but its annotations could not be saved.
  const updateCanAnnotate = () => contextKeys.set(ContextKeys.editorCanAnnotate, !!active.document && !sidecars.whyCannotAnnotate(active.document.uri));
  updateCanAnnotate();
  push(active.onDidChange(updateCanAnnotate));
  const highlights = registerHighlights(analyses, settings, {
    spansFor: (uri) => sidecars.annotationsFor(uri).filter((a) => a.origin === 'manual' && a.status !== 'orphaned').map((a) => a.target),
    onDidChange: sidecars.onDidChange,
  });
  const workspaceIndex = new WorkspaceIndex(analyses, settings, sidecars);
  push(active, editors, highlights, workspaceIndex);
  const manualAnnotationsAt = (uri: vscode.Uri, offset: number) =>
    sidecars.annotationsFor(uri).filter((a) => a.origin === 'manual' && a.status !== 'orphaned' && a.target.start <= offset && offset < a.target.end);
  push(registerHovers(analyses, settings, () => (workspaceIndex.index ? workspaceIndex : undefined), manualAnnotationsAt, (uri) => sidecars.annotationsFor(uri)), registerDiagnostics(analyses, settings, sidecars), registerStatusBar(active, analyses, settings));

  const entities = registerEntitiesView(active, analyses, (uri) => sidecars.entitiesFor(uri), (uri) => !sidecars.whyCannotAnnotate(uri));
  const quotes = registerQuotesView(active, analyses, sidecars);
  push(entities.disposable, quotes.disposable);
  push(registerViewCommands(settings, active, editors, analyses, { entities, quotes }), registerExportCommand(active, analyses, sidecars), registerExportWorkspaceCommand(sidecars));

  const annotations = registerAnnotationsView(active, sidecars, contextKeys);
  const entityCommands = registerEntityCommands(active, editors, analyses, sidecars);
  push(annotations.disposable, registerAnnotateCommands(analyses, sidecars, editors), registerReviewCommands(analyses, sidecars, editors), registerReanchorCommand(sidecars, editors), entityCommands.disposable);
  const crossSource = registerCrossSourceView(active, workspaceIndex);
  push(crossSource.disposable, registerReanalyseWorkspaceCommand(workspaceIndex), new BackgroundIndexing(active, workspaceIndex));

  return {
    async analysisFor(uri) {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri));
      return analyses.get(document)?.analysis;
    },
    appliedHighlights: (uri) => highlights.appliedRanges(uri),
    onDidApplyHighlights: highlights.onDidApply,
    editorContextKeys: () => contextKeys.values,
    entitiesTree: entities.tree,
    quotesTree: quotes.tree,
    annotationsTree: annotations.tree,
    crossSourceTree: crossSource.tree,
    sidecars,
    confirmEntityStep: entityCommands.shownStep,
  };
}
