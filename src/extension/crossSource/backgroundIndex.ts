// The cross-source index built in the background once an article of a workspace folder is open, so that hovers can
// say where else a name or quote appears without the person asking for it first.
import * as vscode from 'vscode';
import type { ActiveArticle } from '../activeArticle';
import { Disposable } from '../dispose';
import type { WorkspaceIndex } from './workspaceIndex';

/** How long after an article becomes active the build starts: the window's own start-up work comes first. */
const START_DELAY_MS = 2_000;

export class BackgroundIndexing extends Disposable {
  private _started = false;
  private _timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly _active: ActiveArticle,
    private readonly _workspace: WorkspaceIndex,
  ) {
    super();
    this._register({ dispose: () => clearTimeout(this._timer) });
    this._register(_active.onDidChange(() => this._schedule()));
    this._schedule();
  }

  private _schedule(): void {
    if (this._started || this._timer || !this._wanted()) return;
    this._timer = setTimeout(() => {
      this._timer = undefined;
      if (this._started || this.isDisposed || !this._wanted()) return;
      this._started = true;
      // The window's status bar shows it, quietly; a build the person asks for (Re-analyse Workspace) replaces it.
      void vscode.window
        .withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Newsmark: indexing the workspace') }, (progress, token) => this._workspace.rebuild(progress, token, { background: true }))
        .then(undefined, (err) => console.error('newsmark: the background index failed', err));
    }, START_DELAY_MS);
  }

  /** An article of a workspace folder is active and there is no index yet, nor a build of one. */
  private _wanted(): boolean {
    const document = this._active.document;
    return !!document && !this._workspace.index && !this._workspace.building && vscode.workspace.getWorkspaceFolder(document.uri) !== undefined;
  }
}
