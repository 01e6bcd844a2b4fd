// Remembers the article editors focused last, so that a command run while focus is in the Output panel (or a view, or
// a webview) acts on the article the person was working in, never on the panel's text.
import * as vscode from 'vscode';
import { chooseArticleEditor } from './articleEditorChoice';
import { Disposable } from './dispose';

/** Enough to find an article editor again after focus went through a few other editors. */
const REMEMBERED = 10;

export class ArticleEditors extends Disposable {
  /** Most recently focused first. */
  private _recent: vscode.TextEditor[] = [];

  constructor(private readonly _isArticle: (document: vscode.TextDocument) => boolean) {
    super();
    this._register(vscode.window.onDidChangeActiveTextEditor((editor) => this._focused(editor)));
    // Editors of closed documents are let go, with their text.
    this._register(vscode.workspace.onDidCloseTextDocument(() => (this._recent = this._recent.filter((e) => !e.document.isClosed))));
    this._focused(vscode.window.activeTextEditor);
  }

  /** The editor whose selection a command uses (see chooseArticleEditor); undefined when no article is shown. */
  get focused(): vscode.TextEditor | undefined {
    return chooseArticleEditor(vscode.window.activeTextEditor, this._recent, vscode.window.visibleTextEditors, (document) => !document.isClosed && this._isArticle(document));
  }

  private _focused(editor: vscode.TextEditor | undefined): void {
    if (!editor || !this._isArticle(editor.document)) return;
    this._recent = [editor, ...this._recent.filter((e) => e !== editor)].slice(0, REMEMBERED);
  }
}
