// Analysis of open articles: which documents count as articles, a cache by uri+version, debounced re-analysis on
// edits, and the size limit (over it a notice, never a frozen editor).
import * as vscode from 'vscode';
import { analyze, type Analysis, type ConfirmedEntity, type TextFormat } from '../core';
import { Debouncer, Disposable } from './dispose';
import { globPathOf, GlobSet, MAX_GLOB_ALTERNATIVES } from './globPattern';
import { highlightSpans, type SpansByKind } from './highlights/highlightKinds';
import { LineIndex } from './lineIndex';
import { escapeForNotification } from './notificationText';
import { registryKey } from './registryKey';
import type { NewsmarkSettings, Settings } from './settings';

/** One analysed version of a document, with what every feature derives from it. */
export interface AnalysedDocument {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly analysis: Analysis;
  /** The confirmed names the analysis honoured (those of the article's sidecar), in registryKey() form. */
  readonly registryKey: string;
  /** Markdown documents are read as the prose they render. */
  readonly format: TextFormat;
  readonly lines: LineIndex;
  readonly spans: SpansByKind;
  readonly text: string;
}

/** Schemes of editors that show something other than an article (output, diffs of git objects, settings). */
const IGNORED_SCHEMES = new Set(['output', 'git', 'gitfs', 'vscode-userdata', 'vscode-settings', 'debug', 'walkThrough', 'vscode-notebook-cell']);

export type RegistryLookup = (uri: vscode.Uri) => readonly ConfirmedEntity[];


export class DocumentAnalyses extends Disposable {
  private readonly _cache = new Map<string, AnalysedDocument>();
  private readonly _pending = new Map<string, Debouncer>();
  /** Documents found over the size limit: the version measured and its size in bytes. */
  private readonly _tooLarge = new Map<string, { version: number; bytes: number }>();
  private readonly _noticeShown = new Set<string>();
  /** The include/exclude globs of each workspace folder ('' for files outside every folder), compiled when first used. */
  private readonly _globs = new Map<string, { include: GlobSet; exclude: GlobSet }>();
  private readonly _globWarningsShown = new Set<string>();
  private _analysisSettings: string;

  private readonly _onDidUpdate = this._register(new vscode.EventEmitter<vscode.TextDocument>());
  /**
   * Fires (debounced after edits) when a document's analysis changed or it crossed the size limit, and when a shown
   * document's language changed (it may be no article any more: listeners clear what they showed for it).
   */
  readonly onDidUpdate = this._onDidUpdate.event;

  constructor(
    private readonly _settings: Settings,
    private readonly _registryFor: RegistryLookup,
  ) {
    super();
    this._analysisSettings = this._analysisSettingsKey();
    this._register(_settings.onDidChange(() => this._settingsChanged()));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => this._schedule(e.document)));
    this._register(vscode.workspace.onDidCloseTextDocument((doc) => this._forget(doc.uri)));
    // A change of language mode closes the document and opens it again, in the editor that shows it: nothing else
    // follows (no edit, no new active editor), so its views, highlights and problems are worked out again here, for
    // the new language (or cleared, when it is one Newsmark does not analyse). A document opened for the first time
    // is in no editor yet; showing it is what brings its features.
    this._register(
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (vscode.window.visibleTextEditors.some((e) => e.document === doc)) this._onDidUpdate.fire(doc);
      }),
    );
    this._register({ dispose: () => this._pending.forEach((d) => d.dispose()) });
  }

  private get settings(): NewsmarkSettings {
    return this._settings.current;
  }

  isArticle(document: vscode.TextDocument): boolean {
    if (IGNORED_SCHEMES.has(document.uri.scheme)) return false;
    if (!this.settings.languages.includes(document.languageId)) return false;
    // A new file has no path for the include globs to match: copy pasted into it is analysed in any article language.
    if (document.isUntitled) return true;
    return this.isArticlePath(document.uri);
  }

  /**
   * Whether a file (not necessarily open) is an article by the include/exclude settings of its workspace folder, which
   * name paths relative to that folder.
   */
  isArticlePath(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const globs = this._globsFor(folder);
    const path = globPathOf(uri.path, folder?.uri.path);
    return globs.include.matches(path) && !globs.exclude.matches(path);
  }

  /** Whether the exclude settings leave out every file under the folder, so that the workspace walk can skip it. */
  isExcludedFolder(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return this._globsFor(folder).exclude.coversFolder(globPathOf(uri.path, folder?.uri.path));
  }

  private _globsFor(folder: vscode.WorkspaceFolder | undefined): { include: GlobSet; exclude: GlobSet } {
    const key = folder?.uri.toString() ?? '';
    let globs = this._globs.get(key);
    if (!globs) {
      const files = this._settings.articleFiles(folder);
      globs = { include: new GlobSet(files.include), exclude: new GlobSet(files.exclude) };
      this._globs.set(key, globs);
      for (const glob of globs.include.rejected) this._warnGlobNotUsed('newsmark.include', glob);
      for (const glob of globs.exclude.rejected) this._warnGlobNotUsed('newsmark.exclude', glob);
    }
    return globs;
  }

  /** Once per setting and glob: a glob of too many {a,b} alternatives is not used (it would hold up every match). */
  private _warnGlobNotUsed(setting: 'newsmark.include' | 'newsmark.exclude', glob: string): void {
    const key = `${setting}\n${glob}`;
    if (this._globWarningsShown.has(key)) return;
    this._globWarningsShown.add(key);
    const shown = escapeForNotification(glob.length > 80 ? `${glob.slice(0, 79)}…` : glob);
    const openSettings = vscode.l10n.t('Open Settings');
    void vscode.window
      .showWarningMessage(vscode.l10n.t('Newsmark: a pattern in {0} is not used, as its alternatives in braces stand for more than {1} patterns: {2}', setting, MAX_GLOB_ALTERNATIVES, shown), openSettings)
      .then((choice) => {
        if (choice === openSettings) void vscode.commands.executeCommand('workbench.action.openSettings', setting);
      });
  }

  /** Size in bytes when the document is over the limit, else undefined. */
  oversize(document: vscode.TextDocument): number | undefined {
    return this._tooLarge.get(document.uri.toString())?.bytes;
  }

  /** Whether the document is an article over newsmark.maxFileSize, as get() finds (it measures each version once). */
  exceedsSizeLimit(document: vscode.TextDocument): boolean {
    return !this.get(document) && this._tooLarge.get(document.uri.toString())?.version === document.version;
  }

  /** The cached analysis of this exact version, without computing one. */
  peek(document: vscode.TextDocument): AnalysedDocument | undefined {
    const entry = this._cache.get(document.uri.toString());
    return entry && entry.version === document.version ? entry : undefined;
  }

  /** The analysis of the document's current version, computed now if needed; undefined for non-articles and files over the limit. */
  get(document: vscode.TextDocument): AnalysedDocument | undefined {
    if (!this.isArticle(document)) return undefined;
    const key = document.uri.toString();
    const registry = this._registryFor(document.uri);
    const names = registryKey(registry);
    const format: TextFormat = document.languageId === 'markdown' ? 'markdown' : 'plain';
    const cached = this._cache.get(key);
    if (cached && cached.version === document.version && cached.registryKey === names && cached.format === format) return cached;
    if (this._tooLarge.get(key)?.version === document.version) return undefined;

    const text = document.getText();
    const bytes = utf8Length(text, this.settings.maxFileSize);
    if (bytes > this.settings.maxFileSize) {
      this._cache.delete(key);
      this._tooLarge.set(key, { version: document.version, bytes });
      this._showSizeNotice(document, bytes);
      return undefined;
    }
    this._tooLarge.delete(key);
    let analysis: Analysis;
    try {
      analysis = analyze(text, { registry: registry.length ? registry : undefined, format });
    } catch (err) {
      // A bug in a detector must not take the editor's other features down with it. The empty result is marked
      // incomplete, so the sidecar keeps its automatic annotations instead of being refreshed from nothing.
      console.error(`newsmark: analysis of ${document.uri.toString()} failed`, err);
      analysis = { textLength: text.length, quotes: [], scareQuotes: [], hedges: [], entities: [], truncated: true };
    }
    const result: AnalysedDocument = { uri: document.uri, version: document.version, analysis, registryKey: names, format, lines: LineIndex.of(text), spans: highlightSpans(analysis), text };
    this._cache.set(key, result);
    return result;
  }

  /** Re-analyses when the confirmed names of the document's sidecar changed since its last analysis. */
  registryChanged(document: vscode.TextDocument): void {
    const cached = this._cache.get(document.uri.toString());
    if (!cached) return;
    if (registryKey(this._registryFor(document.uri)) !== cached.registryKey) this.invalidate(document);
  }

  /** Drops the cached analysis (e.g. the confirmed names changed) and tells listeners. */
  invalidate(document: vscode.TextDocument): void {
    this._cache.delete(document.uri.toString());
    this._onDidUpdate.fire(document);
  }

  private _schedule(document: vscode.TextDocument): void {
    if (!this.isArticle(document)) return;
    const key = document.uri.toString();
    let debouncer = this._pending.get(key);
    if (!debouncer) {
      debouncer = new Debouncer(() => {
        this._pending.delete(key);
        debouncer?.dispose();
        if (!document.isClosed) this._onDidUpdate.fire(document);
      });
      this._pending.set(key, debouncer);
    }
    debouncer.schedule(this.settings.debounceMs);
  }

  private _forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this._cache.delete(key);
    this._tooLarge.delete(key);
    this._noticeShown.delete(key);
    this._pending.get(key)?.dispose();
    this._pending.delete(key);
  }

  private _settingsChanged(): void {
    // Only what decides which files are analysed, and how, drops the cache; highlight and hover toggles do not.
    this._globs.clear();
    const key = this._analysisSettingsKey();
    if (key === this._analysisSettings) return;
    this._analysisSettings = key;
    this._tooLarge.clear();
    this._cache.clear();
    for (const document of vscode.workspace.textDocuments) this._onDidUpdate.fire(document);
  }

  /** What decides which files are analysed, and how: the languages, the size limit, each folder's include/exclude. */
  private _analysisSettingsKey(): string {
    const { languages, maxFileSize } = this.settings;
    // Only the globs: outside every folder the article files are those of the whole settings, toggles included.
    const globs = ({ include, exclude }: { include: readonly string[]; exclude: readonly string[] }) => ({ include, exclude });
    const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => [f.uri.toString(), globs(this._settings.articleFiles(f))]);
    return JSON.stringify([globs(this._settings.articleFiles(undefined)), folders, languages, maxFileSize]);
  }

  private _showSizeNotice(document: vscode.TextDocument, bytes: number): void {
    const key = document.uri.toString();
    if (this._noticeShown.has(key)) return;
    this._noticeShown.add(key);
    const name = escapeForNotification(document.uri.path.split('/').pop() ?? key);
    const size = (n: number) => (n >= 1024 * 1024 ? vscode.l10n.t('{0} MB', (n / (1024 * 1024)).toFixed(1)) : vscode.l10n.t('{0} KB', Math.ceil(n / 1024)));
    const openSettings = vscode.l10n.t('Change Limit');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('Newsmark: {0} is {1}, over the {2} limit (newsmark.maxFileSize), so it is not highlighted.', name, size(bytes), size(this.settings.maxFileSize)), openSettings)
      .then((choice) => {
        if (choice === openSettings) void vscode.commands.executeCommand('workbench.action.openSettings', 'newsmark.maxFileSize');
      });
  }
}


/** UTF-8 byte length of text, counting no further than just past `stopAfter` (a huge file need not be counted in full). */
function utf8Length(text: string, stopAfter: number): number {
  if (text.length > stopAfter) return text.length;
  if (text.length * 3 <= stopAfter) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAfter; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
