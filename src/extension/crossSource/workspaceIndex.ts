// The workspace's cross-source index: built by "Re-analyse Workspace" with progress, then kept up to date as
// articles are edited, saved, created and deleted (debounced), and rebuilt in the background when the story's
// confirmed names change.
import * as vscode from 'vscode';
import { formatOfPath, type ConfirmedEntity } from '../../core';
import { CrossSourceIndex, type BuildResult, type CrossReference } from '../../core/corpus';
import { ContextKeys } from '../constants';
import { Debouncer, Disposable } from '../dispose';
import type { DocumentAnalyses } from '../documentAnalyses';
import { folderRelativeGlobs } from '../globPattern';
import type { CrossSourceLookup, OtherArticle } from '../hovers/hoverProvider';
import { LineIndex } from '../lineIndex';
import { registryKey } from '../registryKey';
import type { Settings } from '../settings';
import { isInSkippedFolder, listWorkspaceArticles, readArticle } from '../workspaceArticles';
import { BuildProgress, type BuildStep } from './buildProgress';
import { workspacePath } from '../workspacePath';

/** Delay before re-indexing files changed on disk (several saves or a checkout come in bursts). */
const FILE_CHANGE_DELAY_MS = 500;

/** Where the story's confirmed names come from: the sidecars of the workspace. */
export interface StoryRegistrySource {
  storyRegistry(): Promise<ConfirmedEntity[]>;
  /** Fires when an article's confirmed names changed (not for edits that only move annotations). */
  readonly onDidChangeRegistry: vscode.Event<vscode.Uri>;
}

/** A build of the index under way, with its own cancellation, which the token of each caller waiting for it feeds. */
class RunningBuild implements vscode.Disposable {
  readonly cancellation = new vscode.CancellationTokenSource();
  readonly progress = new BuildProgress();
  /** Articles changed while it runs: queued again once its index is in place, which may have read them earlier. */
  readonly changed = new Map<string, vscode.Uri | null>();
  /** Articles it read from an editor's unsaved text. */
  readonly unsaved = new Set<string>();
  result!: Promise<BuildResult>;
  private readonly _listeners: vscode.Disposable[] = [];

  constructor(readonly background: boolean) {}

  follow(progress?: vscode.Progress<BuildStep>, token?: vscode.CancellationToken): void {
    if (progress) this.progress.add(progress);
    if (!token) return;
    if (token.isCancellationRequested) this.cancellation.cancel();
    else this._listeners.push(token.onCancellationRequested(() => this.cancellation.cancel()));
  }

  dispose(): void {
    this._listeners.forEach((l) => l.dispose());
    this.cancellation.dispose();
  }
}

/**
 * How the Cross-source view, the hovers and the progress name an article: by its path in the workspace (in a
 * multi-root workspace, after its folder's name), so that two articles of one name in different folders are told apart.
 */
export function articleTitle(uri: vscode.Uri): string {
  return workspacePath(uri);
}

export class WorkspaceIndex extends Disposable implements CrossSourceLookup {
  private _index: CrossSourceIndex | undefined;
  /** Line starts of each indexed article, so that links can open other articles at the spot without reading them again. */
  private readonly _lines = new Map<string, LineIndex>();
  private readonly _changed = new Map<string, vscode.Uri | null>();
  /**
   * Articles the index holds as an editor's unsaved text: closing that editor without saving ("Don't Save", Revert and
   * Close) brings no edit and no file event, so they are read again from the file then.
   */
  private readonly _unsaved = new Set<string>();
  private readonly _flush = this._register(new Debouncer(() => void this._queueApplyChanges()));
  /**
   * Runs of _applyChanges, one after the other: a run still reading an article must not apply its text after a later
   * run removed the file (the deleted article would come back).
   */
  private _applying: Promise<void> = Promise.resolve();
  /** The build under way, which every caller of rebuild() waits for unless theirs replaces it. */
  private _running: RunningBuild | undefined;
  /** File watchers of the include globs in each workspace folder, made after the first build (see _watchArticles). */
  private _watchers: vscode.Disposable | undefined;
  private _watchedKey = '';
  private readonly _onDidChange = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this._onDidChange.event;
  /** The registry the index links with, as JSON, to tell a real change from a sidecar write that kept it. */
  private _registryKey = registryKey([]);
  /** A confirmed name changed since the registry of the index, or of the build running, was read. */
  private _registryStale = false;
  /** Registry checks, one after the other: a check never overtakes the one before it. */
  private _registryChecks: Promise<void> = Promise.resolve();
  private readonly _registryRefresh = this._register(new Debouncer(() => void this._queueRegistryCheck()));
  /** Which articles, and how much of them, the index (or the build running) read: the size limit and include/exclude. */
  private _readingKey = '';

  constructor(
    private readonly _analyses: DocumentAnalyses,
    private readonly _settings: Settings,
    private readonly _registry?: StoryRegistrySource,
  ) {
    super();
    if (_registry) {
      this._register(
        _registry.onDidChangeRegistry(() => {
          this._registryStale = true;
          this._scheduleRegistryCheck();
        }),
      );
    }
    void vscode.commands.executeCommand('setContext', ContextKeys.crossSourceIndexed, false);
    this._register(
      _analyses.onDidUpdate((doc) => {
        if (this._index?.has(doc.uri.toString())) this._queue(doc.uri, doc.uri);
      }),
    );
    this._register(
      vscode.workspace.onDidCloseTextDocument((doc) => {
        const key = doc.uri.toString();
        if (this._unsaved.has(key) && this._index?.has(key)) this._queue(doc.uri, doc.uri);
        else if (this._running?.unsaved.has(key)) this._running.changed.set(key, doc.uri);
      }),
    );
    this._register(
      _settings.onDidChange(() => {
        if (this._index) this._watchArticles();
        this._checkReading();
      }),
    );
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => this._index && this._watchArticles()));
    this._register({ dispose: () => this._watchers?.dispose() });
    this._register({ dispose: () => this._running?.cancellation.cancel() });
  }

  /**
   * Watches the files the include globs name, once there is an index to keep up to date: until the first build
   * nothing needs watching, and a watcher of every file would wake up for each build output and dependency install.
   */
  private _watchArticles(): void {
    const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => ({ folder, include: folderRelativeGlobs(this._settings.articleFiles(folder).include) }));
    const key = JSON.stringify(folders.map((f) => [f.folder.uri.toString(), f.include]));
    if (this._watchers && key === this._watchedKey) return;
    this._watchers?.dispose();
    this._watchedKey = key;
    // The files the walk lists and no others: a new file under dist/ or .github/ does not join the index either.
    const onFile = (uri: vscode.Uri, deleted: boolean) => {
      if (this._index && this._analyses.isArticlePath(uri) && !isInSkippedFolder(uri)) this._queue(uri, deleted ? null : uri);
    };
    const disposables: vscode.Disposable[] = [];
    // The globs are relative to each workspace folder, as the include setting is (a plain string glob would be
    // matched against the whole path, where `articles/**` never matches).
    for (const { folder, include } of folders) {
      for (const glob of include) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        disposables.push(
          watcher,
          watcher.onDidCreate((uri) => onFile(uri, false)),
          watcher.onDidChange((uri) => onFile(uri, false)),
          watcher.onDidDelete((uri) => onFile(uri, true)),
        );
      }
    }
    this._watchers = vscode.Disposable.from(...disposables);
  }

  /** Whether a build of the index runs now. */
  get building(): boolean {
    return this._running !== undefined;
  }

  get index(): CrossSourceIndex | undefined {
    return this._index;
  }

  /**
   * Reads and analyses every article of the workspace into a fresh index. A caller that finds a build running waits
   * for that one: its progress shows the build's, and its token cancels it. A build the person asked for replaces a
   * background one (the relink after a confirmed name), which is cancelled, so that the Cancel they see is the one
   * that stops the work.
   */
  rebuild(progress?: vscode.Progress<BuildStep>, token?: vscode.CancellationToken, options: { background?: boolean } = {}): Promise<BuildResult> {
    const background = options.background ?? false;
    const running = this._running;
    if (running && (background || !running.background)) {
      running.follow(progress, token);
      return running.result;
    }
    running?.cancellation.cancel();
    const build = new RunningBuild(background);
    build.follow(progress, token);
    this._running = build;
    build.result = (async () => {
      // The replaced build stops at its next article and keeps no index, so it cannot land after this one's.
      if (running) await running.result.catch(() => undefined);
      return this._build(build);
    })().finally(() => {
      build.dispose();
      if (this._running !== build) return;
      this._running = undefined;
      // A name confirmed while the build ran is not in the registry it read, nor a size limit changed meanwhile.
      this._scheduleRegistryCheck();
      this._checkReading();
    });
    return build.result;
  }

  private async _build(build: RunningBuild): Promise<BuildResult> {
    const { progress, cancellation } = build;
    const token = cancellation.token;
    progress.report({ message: vscode.l10n.t('listing articles…') });
    const uris = await listWorkspaceArticles(this._analyses, token);
    this._registryStale = false;
    const readingKey = this._currentReadingKey();
    const registry = (await this._registry?.storyRegistry()) ?? [];
    const index = new CrossSourceIndex({ registry, analyzeOptions: { maxLength: this._settings.current.maxFileSize } });
    const lines = new Map<string, LineIndex>();
    const inputs = uris.map((uri) => ({
      id: uri.toString(),
      text: async () => {
        const read = await readArticle(uri, this._settings);
        if (read === undefined) throw new Error('not readable as a UTF-8 article within the size limit');
        lines.set(uri.toString(), LineIndex.of(read.text));
        if (read.unsaved) build.unsaved.add(uri.toString());
        return read.text;
      },
    }));
    let lastDone = 0;
    const result = await index.build(inputs, {
      shouldCancel: () => token.isCancellationRequested,
      onError: () => undefined,
      onProgress: ({ done, total, docId }) => {
        if (!total) return;
        const name = docId ? articleTitle(vscode.Uri.parse(docId)) : '';
        progress.report({ message: `${done}/${total} ${name}`, increment: ((done - lastDone) / total) * 100 });
        lastDone = done;
      },
    });
    const changedDuringBuild = [...build.changed];
    // Cancelled: the index kept is as it was, with its registry (the next change of a confirmed name relinks it).
    if (result.cancelled) return result;
    this._index = index;
    this._readingKey = readingKey;
    this._registryKey = registryKey(registry);
    this._lines.clear();
    lines.forEach((v, k) => this._lines.set(k, v));
    this._unsaved.clear();
    build.unsaved.forEach((key) => this._unsaved.add(key));
    void vscode.commands.executeCommand('setContext', ContextKeys.crossSourceIndexed, true);
    if (!this.isDisposed) this._watchArticles();
    for (const [key, uri] of changedDuringBuild) this._changed.set(key, uri);
    if (changedDuringBuild.length) this._scheduleFlush();
    this._onDidChange.fire();
    return result;
  }

  private _currentReadingKey(): string {
    const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => [folder.uri.toString(), this._settings.articleFiles(folder)]);
    return JSON.stringify([this._settings.current.maxFileSize, folders]);
  }

  /**
   * A changed size limit or include/exclude changes which articles the index holds: an article that was too large, or
   * not included, is not followed by any file event. The index is built again in the background, once no build runs
   * (a build under way checks when it ends).
   */
  private _checkReading(): void {
    if (!this._index || this._running || this.isDisposed || this._currentReadingKey() === this._readingKey) return;
    void vscode.window
      .withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Newsmark: indexing the workspace') }, (progress, token) => this.rebuild(progress, token, { background: true }))
      .then(undefined, (err) => console.error('newsmark: the cross-source index could not be built again', err));
  }

  /** Checks the story registry soon, unless there is no index yet or a build runs (which checks when it ends). */
  private _scheduleRegistryCheck(): void {
    if (this._registryStale && this._index && !this._running && !this.isDisposed) this._registryRefresh.schedule(FILE_CHANGE_DELAY_MS);
  }

  private _queueRegistryCheck(): Promise<void> {
    this._registryChecks = this._registryChecks.then(() => this._checkRegistry()).catch((err) => console.error('newsmark: could not relink the story', err));
    return this._registryChecks;
  }

  /**
   * A confirmed name changed: when the story's registry is no longer the index's, the index is built again with it,
   * in the background (re-linking means analysing every article again, which must not hold up the editor).
   */
  private async _checkRegistry(): Promise<void> {
    if (!this._registryStale || !this._index || !this._registry || this._running || this.isDisposed) return;
    this._registryStale = false;
    let registry: ConfirmedEntity[];
    try {
      registry = await this._registry.storyRegistry();
    } catch (err) {
      // Still stale: the next change or build looks again.
      this._registryStale = true;
      throw err;
    }
    // A build that started meanwhile reads the registry itself.
    if (registryKey(registry) === this._registryKey || this._running || this.isDisposed) return;
    // Cancelled, the index keeps its registry until the next confirmed name or Re-analyse Workspace.
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Newsmark: linking the story’s confirmed names'), cancellable: true },
      (progress, token) => this.rebuild(progress, token, { background: true }),
    );
  }

  private _queue(key: vscode.Uri, uri: vscode.Uri | null): void {
    this._changed.set(key.toString(), uri);
    this._running?.changed.set(key.toString(), uri);
    this._scheduleFlush();
  }

  private _scheduleFlush(): void {
    this._flush.schedule(Math.max(FILE_CHANGE_DELAY_MS, this._settings.current.debounceMs));
  }

  private _queueApplyChanges(): Promise<void> {
    this._applying = this._applying.then(() => this._applyChanges()).catch((err) => console.error('newsmark: could not update the cross-source index', err));
    return this._applying;
  }

  /** Applies the queued changes, and those that come in while it reads, until none is left. */
  private async _applyChanges(): Promise<void> {
    let applied = false;
    while (this._changed.size && this._index && !this.isDisposed) {
      // Taken afresh each round: a build may have put a new index in place meanwhile.
      const index = this._index;
      const indexRegistry = this._registryKey;
      const changes = [...this._changed];
      this._changed.clear();
      for (const [key, uri] of changes) {
        const read = uri ? await readArticle(uri, this._settings) : undefined;
        if (read === undefined) {
          index.remove(key);
          this._lines.delete(key);
          this._unsaved.delete(key);
          continue;
        }
        const { text } = read;
        if (read.unsaved) this._unsaved.add(key);
        else this._unsaved.delete(key);
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
        const analysed = open && this._analyses.peek(open);
        // The editor analysed the article with its own sidecar's names: of use only where those are the story's, and
        // where it read the text as the index does (a Markdown file in Markdown mode).
        const reusable = analysed && analysed.text === text && analysed.registryKey === indexRegistry && analysed.format === formatOfPath(key);
        index.update(key, text, reusable ? analysed.analysis : undefined);
        this._lines.set(key, LineIndex.of(text));
      }
      applied = true;
    }
    if (applied) this._onDidChange.fire();
  }

  /** Other articles as links: uri, title, the line and column of the first span. */
  otherArticles(others: CrossReference['others'], note?: (other: CrossReference['others'][number]) => string | undefined): OtherArticle[] {
    const firstPerDoc = new Map<string, CrossReference['others'][number]>();
    for (const o of others) if (!firstPerDoc.has(o.docId)) firstPerDoc.set(o.docId, o);
    return [...firstPerDoc.values()].map((o) => {
      const uri = vscode.Uri.parse(o.docId);
      const at = this._lines.get(o.docId)?.position(o.start);
      return { uri, title: articleTitle(uri), position: at && new vscode.Position(at.line, at.character), note: note?.(o) };
    });
  }

  referencesAt(article: vscode.Uri, offset: number): { kind: CrossReference['kind']; label: string; others: OtherArticle[] }[] {
    const refs = this._index?.referencesAt(article.toString(), offset) ?? [];
    return refs
      .filter((r) => r.others.length)
      .map((r) => ({
        kind: r.kind,
        label: r.label,
        others: this.otherArticles(r.others, (o) => (r.kind === 'claim' && o.polarity && r.polarity && o.polarity !== r.polarity ? vscode.l10n.t('says the opposite') : undefined)),
      }));
  }
}
