// The typed view of the `newsmark.*` settings (mirrors contributes.configuration); re-read only when they change.
import * as vscode from 'vscode';
import { CONFIG_SECTION } from './constants';
import { Disposable } from './dispose';
import { HIGHLIGHT_KINDS, type HighlightKind } from './highlights/highlightKinds';

export const DIAGNOSTIC_RULES = ['unattributedQuote', 'anonymousSource', 'reporterHedge'] as const;
export type DiagnosticRule = (typeof DIAGNOSTIC_RULES)[number];
export type RuleSeverity = 'off' | 'hint' | 'information' | 'warning' | 'error';
const SEVERITIES: readonly RuleSeverity[] = ['off', 'hint', 'information', 'warning', 'error'];

export interface NewsmarkSettings {
  include: readonly string[];
  /** Always holds node_modules and .git besides what the user lists. */
  exclude: readonly string[];
  languages: readonly string[];
  maxFileSize: number;
  debounceMs: number;
  highlightsEnabled: boolean;
  highlights: Readonly<Record<HighlightKind, boolean>>;
  /** Outline the person's own annotations. */
  annotationsHighlighted: boolean;
  hoversEnabled: boolean;
  diagnostics: Readonly<Record<DiagnosticRule, RuleSeverity>>;
}

const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**'];

function stringList(value: unknown, fallback: readonly string[]): readonly string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : fallback;
}

function finiteNumber(value: unknown, fallback: number, min: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(min, value) : fallback;
}

export function readSettings(config: vscode.WorkspaceConfiguration = vscode.workspace.getConfiguration(CONFIG_SECTION)): NewsmarkSettings {
  const highlights = {} as Record<HighlightKind, boolean>;
  for (const kind of HIGHLIGHT_KINDS) highlights[kind] = config.get<boolean>(`highlights.${kind}`, true) !== false;
  const diagnostics = {} as Record<DiagnosticRule, RuleSeverity>;
  for (const rule of DIAGNOSTIC_RULES) {
    const value = config.get<string>(`diagnostics.${rule}`, 'information');
    diagnostics[rule] = (SEVERITIES as readonly string[]).includes(value) ? (value as RuleSeverity) : 'information';
  }
  const exclude = stringList(config.get('exclude'), []);
  return {
    include: stringList(config.get('include'), ['**/*.txt', '**/*.md', '**/*.news', '**/*.article']),
    exclude: [...new Set([...ALWAYS_EXCLUDED, ...exclude])],
    languages: stringList(config.get('languages'), ['plaintext', 'markdown', 'news']),
    maxFileSize: finiteNumber(config.get('maxFileSize'), 2 * 1024 * 1024, 0),
    debounceMs: finiteNumber(config.get('debounceMs'), 300, 0),
    highlightsEnabled: config.get<boolean>('highlights.enabled', true) !== false,
    highlights,
    annotationsHighlighted: config.get<boolean>('highlights.annotations', true) !== false,
    hoversEnabled: config.get<boolean>('hovers.enabled', true) !== false,
    diagnostics,
  };
}

/** Holds the current settings; fires after a change to the `newsmark` section. */
export class Settings extends Disposable {
  private _current = readSettings();
  private readonly _onDidChange = this._register(new vscode.EventEmitter<NewsmarkSettings>());
  readonly onDidChange = this._onDidChange.event;

  constructor() {
    super();
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(CONFIG_SECTION)) return;
        this._current = readSettings();
        this._onDidChange.fire(this._current);
      }),
    );
  }

  get current(): NewsmarkSettings {
    return this._current;
  }

  /** Writes a setting where it is currently defined (workspace folder, workspace or user), user settings by default. */
  async update(key: string, value: unknown): Promise<void> {
    const config = vscode.workspace.getConfiguration(CONFIG_SECTION);
    const where = config.inspect(key);
    const target =
      where?.workspaceFolderValue !== undefined
        ? vscode.ConfigurationTarget.WorkspaceFolder
        : where?.workspaceValue !== undefined
          ? vscode.ConfigurationTarget.Workspace
          : vscode.ConfigurationTarget.Global;
    await config.update(key, value, target);
  }
}
