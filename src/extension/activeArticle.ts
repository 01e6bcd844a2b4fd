// Follows the article in the active editor (kept while focus is in the sidebar) and sets the editor context keys.
import * as vscode from 'vscode';
import { ContextKeys } from './constants';
import { afterActivation, Disposable } from './dispose';
import type { DocumentAnalyses } from './documentAnalyses';
import type { EditorContextKeys } from './editorContextKeys';

export class ActiveArticle extends Disposable {
  private _document: vscode.TextDocument | undefined;
  /** The article whose document was just closed: a change of language mode opens the same document again at once. */
  private _closed: vscode.TextDocument | undefined;
  /** Whether activate() has returned: telling whether the article is too large analyses it, which must not hold up activation. */
  private _activated = false;
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
          // A new newsmark.include, exclude or languages can make it no article any more: the views let it go.
          if (!this._analyses.isArticle(doc)) this._set(undefined);
          else {
            // An edit or a new newsmark.maxFileSize can take the article over the limit, or back under it.
            this._updateTooLarge();
            this._onDidChange.fire(doc);
          }
        } else if (doc === vscode.window.activeTextEditor?.document) this._follow(vscode.window.activeTextEditor);
        // Its language changed (closed and opened again) while focus was in the Output panel: still the article shown.
        else if (doc === this._closed && !doc.isClosed && this._analyses.isArticle(doc)) this._set(doc);
        this._closed = undefined;
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
        if (doc !== this._document) return;
        this._closed = doc;
        this._set(undefined);
      }),
    );
    this._follow(vscode.window.activeTextEditor);
    this._register(
      afterActivation(() => {
        this._activated = true;
        this._updateTooLarge();
      }),
    );
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
    this._updateTooLarge();
    this._onDidChange.fire(document);
  }

  private _updateTooLarge(): void {
    if (!this._activated) return;
    this._contextKeys.set(ContextKeys.editorTooLarge, !!this._document && this._analyses.exceedsSizeLimit(this._document));
  }
}
