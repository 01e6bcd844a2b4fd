// Follows the article in the active editor (kept while focus is in the sidebar) and sets the editor context keys.
import * as vscode from 'vscode';
import { ContextKeys } from './constants';
import { Disposable } from './dispose';
import type { DocumentAnalyses } from './documentAnalyses';
import type { EditorContextKeys } from './editorContextKeys';

export class ActiveArticle extends Disposable {
  private _document: vscode.TextDocument | undefined;
  private readonly _onDidChange = this._register(new vscode.EventEmitter<vscode.TextDocument | undefined>());
  /** Fires when another article becomes active or the active article's analysis changed. */
  readonly onDidChange = this._onDidChange.event;

  constructor(
    private readonly _analyses: DocumentAnalyses,
    private readonly _contextKeys: EditorContextKeys,
  ) {
    super();
    this._register(vscode.window.onDidChangeActiveTextEditor((editor) => this._follow(editor)));
    this._register(
      _analyses.onDidUpdate((doc) => {
        if (doc === this._document) {
          // An edit or a new newsmark.maxFileSize can take the article over the limit, or back under it.
          this._contextKeys.set(ContextKeys.editorTooLarge, _analyses.exceedsSizeLimit(doc));
          this._onDidChange.fire(doc);
        } else if (doc === vscode.window.activeTextEditor?.document) this._follow(vscode.window.activeTextEditor);
      }),
    );
    // Closing the article's last editor empties the views (its document may stay loaded for a while).
    this._register(
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        if (!this._document || editors.some((e) => e.document === this._document)) return;
        const active = vscode.window.activeTextEditor;
        if (active) this._follow(active);
        else this._set(undefined);
      }),
    );
    this._register(
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc === this._document) this._set(undefined);
      }),
    );
    this._follow(vscode.window.activeTextEditor);
  }

  get document(): vscode.TextDocument | undefined {
    return this._document;
  }

  private _follow(editor: vscode.TextEditor | undefined): void {
    // A webview or the output panel taking focus leaves the last article in the views.
    if (!editor) return;
    if (this._analyses.isArticle(editor.document)) this._set(editor.document);
    else if (editor.document.uri.scheme !== 'output') this._set(undefined);
  }

  private _set(document: vscode.TextDocument | undefined): void {
    this._document = document;
    this._contextKeys.set(ContextKeys.editorAnalysable, !!document);
    this._contextKeys.set(ContextKeys.editorTooLarge, !!document && this._analyses.exceedsSizeLimit(document));
    this._onDidChange.fire(document);
  }
}
