// The base of the tree views that list the active article's analysis: the article followed, refreshes debounced.
import * as vscode from 'vscode';
import type { ActiveArticle } from '../activeArticle';
import { Debouncer, Disposable } from '../dispose';
import type { AnalysedDocument, DocumentAnalyses } from '../documentAnalyses';

export abstract class ActiveAnalysisTree<T> extends Disposable implements vscode.TreeDataProvider<T> {
  private readonly _onDidChangeTreeData = this._register(new vscode.EventEmitter<T | undefined>());
  readonly onDidChangeTreeData = this._onDidChangeTreeData.event;
  private readonly _refresh = this._register(new Debouncer(() => this._onDidChangeTreeData.fire(undefined)));

  constructor(
    protected readonly _active: ActiveArticle,
    private readonly _analyses: DocumentAnalyses,
  ) {
    super();
    // One refresh for a burst of changes (an article opened, then analysed): overlapping refreshes make VS Code
    // look for items of a tree it has already replaced.
    this._register(_active.onDidChange(() => this.refreshSoon()));
  }

  /** Lists the tree again shortly (once for a burst of reasons). */
  protected refreshSoon(): void {
    this._refresh.schedule(50);
  }

  /** The analysis of the active article, when it has one. */
  current(): AnalysedDocument | undefined {
    const doc = this._active.document;
    return doc ? this._analyses.get(doc) : undefined;
  }

  abstract getChildren(node?: T): T[];
  abstract getTreeItem(node: T): vscode.TreeItem;
}
