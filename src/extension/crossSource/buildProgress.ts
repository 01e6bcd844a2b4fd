// The progress of one index build, shown to every caller waiting for it: one who comes in late sees how far it got.
import type * as vscode from 'vscode';

export type BuildStep = { message?: string; increment?: number };

export class BuildProgress implements vscode.Progress<BuildStep> {
  private readonly _shownTo = new Set<vscode.Progress<BuildStep>>();
  private _message: string | undefined;
  private _percent = 0;

  /** Shows the build's progress in one more place, starting from where the build is now. */
  add(reporter: vscode.Progress<BuildStep>): void {
    if (this._shownTo.has(reporter)) return;
    this._shownTo.add(reporter);
    if (this._message !== undefined || this._percent > 0) reporter.report({ message: this._message, increment: this._percent });
  }

  report(step: BuildStep): void {
    if (step.message !== undefined) this._message = step.message;
    this._percent += step.increment ?? 0;
    for (const reporter of this._shownTo) reporter.report(step);
  }
}
