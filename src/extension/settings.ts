// The typed view of the `newsmark.*` settings (mirrors contributes.configuration); re-read only when they change.
import * as vscode from 'vscode';
import { CONFIG_SECTION } from './constants';
import { Disposable } from './dispose';
import { HIGHLIGHT_KINDS, type HighlightKind } from './highlights/highlightKinds';

export const DIAGNOSTIC_RULES = ['unattributedQuote', 'anonymousSource', 'reporterHedge'] as const;
export type DiagnosticRule = (typeof DIAGNOSTIC_RULES)[number];
export type RuleSeverity = 'off' | 'hint' | 'information' | 'warning' | 'error';
const SEVERITIES: readonly RuleSeverity[] = ['off', 'hint', 'information', 'warning', 'error'];

/** Which files are articles: globs relative to a workspace folder, which each folder of a multi-root workspace may set. */
export interface ArticleFileSettings {
  include: readonly string[];
  /** Always holds node_modules and .git besides what the user lists. */
  exclude: readonly string[];
}

export interface NewsmarkSettings extends ArticleFileSettings {
  languages: readonly string[];
  maxFileSize: number;
  debounceMs: number;
  /** Whether highlights show: the workspace's toggle when there is one, else the newsmark.highlights.enabled setting. */
  highlightsEnabled: boolean;
  highlights: Readonly<Record<HighlightKind, boolean>>;
  /** Outline the person's own annotations. */
  annotationsHighlighted: boolean;
  hoversEnabled: boolean;
  diagnostics: Readonly<Record<DiagnosticRule, RuleSeverity>>;
}

const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**'];
const DEFAULT_INCLUDE = ['**/*.txt', '**/*.md', '**/*.news', '**/*.article'];

/** Where the workspace keeps Toggle Highlights' choice (workspace state, not settings.json). */
const HIGHLIGHTS_TOGGLE_KEY = 'newsmark.highlightsEnabled';

function stringList(value: unknown, fallback: readonly string[]): readonly string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : fallback;
}

/** A whole number of at least `min`; settings.json accepts any JSON, whatever the schema says. */
function wholeNumber(value: unknown, fallback: number, min: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(min, Math.floor(value)) : fallback;
}

function readArticleFiles(config: vscode.WorkspaceConfiguration): ArticleFileSettings {
  return {
    include: stringList(config.get('include'), DEFAULT_INCLUDE),
    exclude: [...new Set([...ALWAYS_EXCLUDED, ...stringList(config.get('exclude'), [])])],
  };
}

function readSettings(config: vscode.WorkspaceConfiguration, highlightsToggle: boolean | undefined): NewsmarkSettings {
  const highlights = {} as Record<HighlightKind, boolean>;
  for (const kind of HIGHLIGHT_KINDS) highlights[kind] = config.get<boolean>(`highlights.${kind}`, true) !== false;
  const diagnostics = {} as Record<DiagnosticRule, RuleSeverity>;
  for (const rule of DIAGNOSTIC_RULES) {
    const value = config.get<string>(`diagnostics.${rule}`, 'information');
    diagnostics[rule] = (SEVERITIES as readonly string[]).includes(value) ? (value as RuleSeverity) : 'information';
  }
  return {
    ...readArticleFiles(config),
    languages: stringList(config.get('languages'), ['plaintext', 'markdown', 'news']),
    maxFileSize: wholeNumber(config.get('maxFileSize'), 2 * 1024 * 1024, 0),
    debounceMs: wholeNumber(config.get('debounceMs'), 300, 0),
    highlightsEnabled: highlightsToggle ?? config.get<boolean>('highlights.enabled', true) !== false,
    highlights,
    annotationsHighlighted: config.get<boolean>('highlights.annotations', true) !== false,
    hoversEnabled: config.get<boolean>('hovers.enabled', true) !== false,
    diagnostics,
  };
}

/**
 * `newsmark.export.baseUrl` where the file is (its workspace folder's own value first), read when an export runs;
 * '' when it is unset, blank or not text. In Restricted Mode VS Code leaves out the workspace's own value (see
 * capabilities.untrustedWorkspaces.restrictedConfigurations): the person's user setting, or none, applies.
 */
export function exportBaseUrl(uri: vscode.Uri): string {
  const value = vscode.workspace.getConfiguration(CONFIG_SECTION, uri).get<unknown>('export.baseUrl');
  return typeof value === 'string' ? value.trim() : '';
}

/** Holds the current settings; fires after a change to the `newsmark` section or to the workspace's highlights toggle. */
export class Settings extends Disposable {
  private _current: NewsmarkSettings;
  /** Toggle Highlights' choice for this workspace, when it differs from the setting. */
  private _highlightsToggle: boolean | undefined;
  /** include/exclude of each workspace folder (resource-scoped settings), read when first asked for. */
  private readonly _articleFiles = new Map<string, ArticleFileSettings>();
  private readonly _onDidChange = this._register(new vscode.EventEmitter<NewsmarkSettings>());
  readonly onDidChange = this._onDidChange.event;

  constructor(private readonly _workspaceState: vscode.Memento) {
    super();
    const stored = _workspaceState.get<unknown>(HIGHLIGHTS_TOGGLE_KEY);
    this._highlightsToggle = typeof stored === 'boolean' ? stored : undefined;
    this._current = this._read();
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(CONFIG_SECTION)) return;
        // Changing the setting itself is a new choice: it replaces the workspace's toggle.
        if (e.affectsConfiguration(`${CONFIG_SECTION}.highlights.enabled`)) void this._setHighlightsToggle(undefined);
        this._changed();
      }),
    );
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => this._changed()));
  }

  get current(): NewsmarkSettings {
    return this._current;
  }

  /**
   * The include/exclude settings that apply under a workspace folder (its own .vscode/settings.json first), or those of
   * the workspace for a file outside every folder.
   */
  articleFiles(folder: vscode.WorkspaceFolder | undefined): ArticleFileSettings {
    if (!folder) return this._current;
    const key = folder.uri.toString();
    let found = this._articleFiles.get(key);
    if (!found) {
      found = readArticleFiles(vscode.workspace.getConfiguration(CONFIG_SECTION, folder.uri));
      this._articleFiles.set(key, found);
    }
    return found;
  }

  /**
   * Shows or hides highlights in this workspace (Toggle Highlights, the status-bar item, the editor title buttons):
   * a view choice kept in the workspace's state, so that settings.json is left as the person wrote it.
   */
  async setHighlightsEnabled(enabled: boolean): Promise<void> {
    const configured = vscode.workspace.getConfiguration(CONFIG_SECTION).get<boolean>('highlights.enabled', true) !== false;
    const saved = this._setHighlightsToggle(enabled === configured ? undefined : enabled);
    this._changed();
    await saved;
  }

  private _setHighlightsToggle(value: boolean | undefined): Thenable<void> {
    this._highlightsToggle = value;
    return this._workspaceState.update(HIGHLIGHTS_TOGGLE_KEY, value);
  }

  private _read(): NewsmarkSettings {
    return readSettings(vscode.workspace.getConfiguration(CONFIG_SECTION), this._highlightsToggle);
  }

  private _changed(): void {
    this._articleFiles.clear();
    this._current = this._read();
    this._onDidChange.fire(this._current);
  }
}
