// The workspace's cross-source index: built by "Re-analyse Workspace" with progress, then kept up to date as
// articles are edited, saved, created and deleted (debounced).
import * as vscode from 'vscode';
import type { ConfirmedEntity } from '../../core';
import { CrossSourceIndex, type BuildResult, type CrossReference } from '../../core/corpus';
import { ContextKeys } from '../constants';
import { Debouncer, Disposable } from '../dispose';
import type { DocumentAnalyses } from '../documentAnalyses';
import type { CrossSourceLookup, OtherArticle } from '../hovers/hoverProvider';
import { LineIndex } from '../lineIndex';
import type { Settings } from '../settings';
import { listWorkspaceArticles, readArticle } from '../workspaceArticles';

/** Delay before re-indexing files changed on disk (several saves or a checkout come in bursts). */
const FILE_CHANGE_DELAY_MS = 500;

/** Where the story's confirmed names come from: the sidecars of the workspace. */
export interface StoryRegistrySource {
  storyRegistry(): Promise<ConfirmedEntity[]>;
  /** Fires when any sidecar's contents may have changed. */
  readonly onDidChange: vscode.Event<vscode.Uri>;
}

export function articleTitle(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.toString();
}

export class WorkspaceIndex extends Disposable implements CrossSourceLookup {
  private _index: CrossSourceIndex | undefined;
  /** Line starts of each indexed article, so that links can open other articles at the spot without reading them again. */
  private readonly _lines = new Map<string, LineIndex>();
  private readonly _changed = new Map<string, vscode.Uri | null>();
  private readonly _flush = this._register(new Debouncer(() => void this._applyChanges()));
  private _building: Promise<BuildResult> | undefined;
  /** File watchers of the include globs, made after the first build (see _watchArticles). */
  private _watchers: vscode.Disposable | undefined;
  private _watchedInclude = '';
  private readonly _onDidChange = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this._onDidChange.event;
  /** The registry the index links with, as JSON, to tell a real change from a sidecar write that kept it. */
  private _registryKey = '[]';
  private readonly _registryRefresh = this._register(new Debouncer(() => void this._refreshRegistry()));

  constructor(
    private readonly _analyses: DocumentAnalyses,
    private readonly _settings: Settings,
    private readonly _registry?: StoryRegistrySource,
  ) {
    super();
    if (_registry) this._register(_registry.onDidChange(() => this._index && this._registryRefresh.schedule(FILE_CHANGE_DELAY_MS)));
    void vscode.commands.executeCommand('setContext', ContextKeys.crossSourceIndexed, false);
    this._register(
      _analyses.onDidUpdate((doc) => {
        if (this._index?.has(doc.uri.toString())) this._queue(doc.uri, doc.uri);
      }),
    );
    this._register(_settings.onDidChange(() => this._index && this._watchArticles()));
    this._register({ dispose: () => this._watchers?.dispose() });
  }

  /**
   * Watches the files the include globs name, once there is an index to keep up to date: until the first build
   * nothing needs watching, and a watcher of every file would wake up for each build output and dependency install.
   */
  private _watchArticles(): void {
    const include = [...new Set(this._settings.current.include)];
    const key = JSON.stringify(include);
    if (this._watchers && key === this._watchedInclude) return;
    this._watchers?.dispose();
    this._watchedInclude = key;
    const onFile = (uri: vscode.Uri, deleted: boolean) => {
      if (this._index && this._analyses.isArticlePath(uri)) this._queue(uri, deleted ? null : uri);
    };
    const disposables: vscode.Disposable[] = [];
    for (const glob of include) {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      disposables.push(
        watcher,
        watcher.onDidCreate((uri) => onFile(uri, false)),
        watcher.onDidChange((uri) => onFile(uri, false)),
        watcher.onDidDelete((uri) => onFile(uri, true)),
      );
    }
    this._watchers = vscode.Disposable.from(...disposables);
  }

  get index(): CrossSourceIndex | undefined {
    return this._index;
  }

  /** Reads and analyses every article of the workspace into a fresh index. */
  rebuild(progress?: vscode.Progress<{ message?: string; increment?: number }>, token?: vscode.CancellationToken): Promise<BuildResult> {
    if (this._building) return this._building;
    this._building = this._build(progress, token).finally(() => (this._building = undefined));
    return this._building;
  }

  private async _build(progress?: vscode.Progress<{ message?: string; increment?: number }>, token?: vscode.CancellationToken): Promise<BuildResult> {
    progress?.report({ message: 'listing articles…' });
    const uris = await listWorkspaceArticles(this._analyses, token);
    const registry = (await this._registry?.storyRegistry()) ?? [];
    const index = new CrossSourceIndex({ registry, analyzeOptions: { maxLength: this._settings.current.maxFileSize } });
    const lines = new Map<string, LineIndex>();
    const inputs = uris.map((uri) => ({
      id: uri.toString(),
      text: async () => {
        const text = await readArticle(uri, this._settings);
        if (text === undefined) throw new Error('not readable as a UTF-8 article within the size limit');
        lines.set(uri.toString(), LineIndex.of(text));
        return text;
      },
    }));
    let lastDone = 0;
    const result = await index.build(inputs, {
      shouldCancel: () => !!token?.isCancellationRequested,
      onError: () => undefined,
      onProgress: ({ done, total, docId }) => {
        if (!total) return;
        const name = docId ? articleTitle(vscode.Uri.parse(docId)) : '';
        progress?.report({ message: `${done}/${total} ${name}`, increment: ((done - lastDone) / total) * 100 });
        lastDone = done;
      },
    });
    if (!result.cancelled) {
      this._index = index;
      this._registryKey = JSON.stringify(registry);
      this._lines.clear();
      lines.forEach((v, k) => this._lines.set(k, v));
      void vscode.commands.executeCommand('setContext', ContextKeys.crossSourceIndexed, true);
      if (!this.isDisposed) this._watchArticles();
      this._onDidChange.fire();
    }
    return result;
  }

  /** A sidecar changed: when the story's confirmed names did, the index links with the new ones. */
  private async _refreshRegistry(): Promise<void> {
    if (!this._index || !this._registry) return;
    const registry = await this._registry.storyRegistry();
    const key = JSON.stringify(registry);
    if (key === this._registryKey || !this._index || this.isDisposed) return;
    this._registryKey = key;
    this._index.setRegistry(registry);
    this._onDidChange.fire();
  }

  private _queue(key: vscode.Uri, uri: vscode.Uri | null): void {
    this._changed.set(key.toString(), uri);
    this._flush.schedule(Math.max(FILE_CHANGE_DELAY_MS, this._settings.current.debounceMs));
  }

  private async _applyChanges(): Promise<void> {
    const index = this._index;
    if (!index) return;
    const changes = [...this._changed];
    this._changed.clear();
    for (const [key, uri] of changes) {
      const text = uri && (await readArticle(uri, this._settings));
      if (text === undefined || text === null) {
        index.remove(key);
        this._lines.delete(key);
        continue;
      }
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      const analysed = open && this._analyses.peek(open);
      index.update(key, text, analysed && analysed.text === text ? analysed.analysis : undefined);
      this._lines.set(key, LineIndex.of(text));
    }
    if (changes.length) this._onDidChange.fire();
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
        others: this.otherArticles(r.others, (o) => (r.kind === 'claim' && o.polarity && r.polarity && o.polarity !== r.polarity ? 'says the opposite' : undefined)),
      }));
  }
}
