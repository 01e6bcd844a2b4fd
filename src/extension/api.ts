// The API activate() returns: what the integration tests (and other extensions) may read.
import type * as vscode from 'vscode';
import type { Analysis } from '../core';
import type { ShownStep } from './commands/multiStepInput';
import type { RangesByKind } from './highlights/highlightDecorations';
import type { SidecarService } from './sidecar/api';
import type { CrossSourceNode } from './crossSource/crossSourceView';
import type { AnnotationNode } from './views/annotationsView';
import type { EntityNode } from './views/entitiesView';
import type { QuoteNode } from './views/quotesView';

export interface NewsmarkApi {
  /** The analysis of the article at uri (opened if needed); undefined for non-articles and files over the size limit. */
  analysisFor(uri: vscode.Uri): Promise<Analysis | undefined>;
  /** The ranges last painted per highlight kind in the editor showing uri (empty lists when highlights are off or the document is no article). */
  appliedHighlights(uri: vscode.Uri): RangesByKind | undefined;
  /** Fires after highlights were painted into an editor. */
  readonly onDidApplyHighlights: vscode.Event<vscode.Uri>;
  /** The editor context keys as Newsmark last set them (newsmark.editorAnalysable, newsmark.editorTooLarge, …). */
  editorContextKeys(): Readonly<Record<string, boolean>>;
  readonly entitiesTree: vscode.TreeDataProvider<EntityNode>;
  readonly quotesTree: vscode.TreeDataProvider<QuoteNode>;
  readonly annotationsTree: vscode.TreeDataProvider<AnnotationNode>;
  /** Empty until the workspace is analysed (command newsmark.reanalyseWorkspace, or the view shown). */
  readonly crossSourceTree: vscode.TreeDataProvider<CrossSourceNode>;
  readonly sidecars: SidecarService;
  /** The step of Confirm Entity…'s input on screen (its counter, items, Back button); undefined when none is. */
  confirmEntityStep(): ShownStep | undefined;
}
