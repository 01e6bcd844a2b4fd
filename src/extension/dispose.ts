// The one Disposable base of the extension: every listener and resource a feature creates goes through _register().
import * as vscode from 'vscode';

export abstract class Disposable implements vscode.Disposable {
  private readonly _disposables: vscode.Disposable[] = [];
  private _isDisposed = false;

  protected get isDisposed(): boolean {
    return this._isDisposed;
  }

  protected _register<T extends vscode.Disposable>(value: T): T {
    if (this._isDisposed) {
      value.dispose();
    } else {
      this._disposables.push(value);
    }
    return value;
  }

  dispose(): void {
    if (this._isDisposed) return;
    this._isDisposed = true;
    // Reverse order: later registrations may depend on earlier ones.
    while (this._disposables.length) {
      try {
        this._disposables.pop()?.dispose();
      } catch (err) {
        console.error('newsmark: dispose failed', err);
      }
    }
  }
}

/** Runs `work` after activate() has returned, so that the first analysis does not count against activation. */
export function afterActivation(work: () => void): vscode.Disposable {
  const timer = setTimeout(work, 0);
  return { dispose: () => clearTimeout(timer) };
}

/** A timer that runs its callback once, delay ms after the last call to schedule(). */
export class Debouncer implements vscode.Disposable {
  private _timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly _run: () => void) {}

  schedule(delayMs: number): void {
    this.cancel();
    this._timer = setTimeout(() => {
      this._timer = undefined;
      this._run();
    }, delayMs);
  }

  cancel(): void {
    if (this._timer !== undefined) clearTimeout(this._timer);
    this._timer = undefined;
  }

  dispose(): void {
    this.cancel();
  }
}
