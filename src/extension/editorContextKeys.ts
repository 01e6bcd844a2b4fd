// The context keys Newsmark sets for the active editor (menus and welcome views read them), with their last values.
import * as vscode from 'vscode';

export class EditorContextKeys {
  private readonly _values = new Map<string, boolean>();

  /** Sets the key when its value changed; the values stay readable for the test API. */
  set(key: string, value: boolean): void {
    if (this._values.get(key) === value) return;
    this._values.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  }

  get values(): Readonly<Record<string, boolean>> {
    return Object.fromEntries(this._values);
  }
}
