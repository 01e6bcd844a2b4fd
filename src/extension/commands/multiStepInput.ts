// One quick input that walks through several questions, as VS Code's multi-step sample does: a step counter, a Back
// button from the second step on, Escape cancels the whole, and each step shows the answer it was given before.
import * as vscode from 'vscode';

/** What the step on screen shows (for the integration tests, which cannot see the quick input itself). */
export interface ShownStep {
  title: string;
  step: number;
  totalSteps: number;
  /** Labels of a quick pick's items and of its active ones (as VS Code reports them); an input box has neither. */
  items: string[];
  activeItems: string[];
  /** An input box's text. */
  value: string;
  back: boolean;
}

/** Why a step did not answer: the person went back, or closed the input. */
class InputFlowAction {
  static readonly back = new InputFlowAction();
  static readonly cancel = new InputFlowAction();
  private constructor() {}
}

/** A step asks its question and returns the step that follows (none when all is asked). */
export type InputStep = (input: MultiStepInput) => Thenable<InputStep | void>;

interface StepPosition {
  title: string;
  step: number;
  totalSteps: number;
}

export interface QuickPickStep<T extends vscode.QuickPickItem> extends StepPosition {
  items: readonly T[];
  activeItem?: T;
  placeholder?: string;
  matchOnDescription?: boolean;
}

export interface InputBoxStep extends StepPosition {
  value: string;
  prompt: string;
  /** The message shown under the box for a value that cannot be accepted; undefined accepts it. */
  validate(value: string): string | undefined;
}

export class MultiStepInput {
  private _current: vscode.QuickPick<vscode.QuickPickItem> | vscode.InputBox | undefined;
  /** The steps taken to the one on screen: Back pops the last. */
  private readonly _steps: InputStep[] = [];

  /** The step on screen; undefined once the input is closed. */
  shown(): ShownStep | undefined {
    const input = this._current;
    if (!input) return undefined;
    const isPick = 'items' in input;
    return {
      title: input.title ?? '',
      step: input.step ?? 0,
      totalSteps: input.totalSteps ?? 0,
      items: isPick ? input.items.map((i) => i.label) : [],
      activeItems: isPick ? input.activeItems.map((i) => i.label) : [],
      value: isPick ? '' : input.value,
      back: input.buttons.includes(vscode.QuickInputButtons.Back),
    };
  }

  /** Runs the steps from start; false when the person closed the input (Escape) before the last was answered. */
  async run(start: InputStep): Promise<boolean> {
    let step: InputStep | void = start;
    let finished = true;
    while (step) {
      this._steps.push(step);
      if (this._current) {
        this._current.enabled = false;
        this._current.busy = true;
      }
      try {
        step = await step(this);
      } catch (err) {
        if (err === InputFlowAction.back) {
          // Back (its key) on the first step asks that step again.
          if (this._steps.length > 1) this._steps.pop();
          step = this._steps.pop();
        } else if (err === InputFlowAction.cancel) {
          step = undefined;
          finished = false;
        } else {
          this.close();
          throw err;
        }
      }
    }
    this.close();
    return finished;
  }

  private close(): void {
    this._current?.dispose();
    this._current = undefined;
  }

  private backButtons(): vscode.QuickInputButton[] {
    return this._steps.length > 1 ? [vscode.QuickInputButtons.Back] : [];
  }

  private present(input: vscode.QuickPick<vscode.QuickPickItem> | vscode.InputBox, position: StepPosition): void {
    input.title = position.title;
    input.step = position.step;
    input.totalSteps = position.totalSteps;
    input.buttons = this.backButtons();
    this._current?.dispose();
    this._current = input;
    input.show();
  }

  async showQuickPick<T extends vscode.QuickPickItem>(step: QuickPickStep<T>): Promise<T> {
    const disposables: vscode.Disposable[] = [];
    try {
      return await new Promise<T>((resolve, reject) => {
        const input = vscode.window.createQuickPick<T>();
        input.items = step.items;
        if (step.activeItem) input.activeItems = [step.activeItem];
        input.placeholder = step.placeholder;
        input.matchOnDescription = step.matchOnDescription ?? false;
        disposables.push(
          input.onDidTriggerButton((button) => {
            if (button === vscode.QuickInputButtons.Back) reject(InputFlowAction.back);
          }),
          input.onDidChangeSelection((items) => {
            if (items[0]) resolve(items[0]);
          }),
          input.onDidHide(() => reject(InputFlowAction.cancel)),
        );
        this.present(input as unknown as vscode.QuickPick<vscode.QuickPickItem>, step);
      });
    } finally {
      for (const d of disposables) d.dispose();
    }
  }

  async showInputBox(step: InputBoxStep): Promise<string> {
    const disposables: vscode.Disposable[] = [];
    try {
      return await new Promise<string>((resolve, reject) => {
        const input = vscode.window.createInputBox();
        input.value = step.value;
        input.prompt = step.prompt;
        disposables.push(
          input.onDidTriggerButton((button) => {
            if (button === vscode.QuickInputButtons.Back) reject(InputFlowAction.back);
          }),
          input.onDidChangeValue((value) => (input.validationMessage = value ? step.validate(value) : undefined)),
          input.onDidAccept(() => {
            const problem = step.validate(input.value);
            input.validationMessage = problem;
            if (!problem) resolve(input.value);
          }),
          input.onDidHide(() => reject(InputFlowAction.cancel)),
        );
        this.present(input, step);
      });
    } finally {
      for (const d of disposables) d.dispose();
    }
  }
}
