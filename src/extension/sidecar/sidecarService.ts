// Keeps each open article's annotations in step with its edits and its sidecar file: live shifts, saves with the
// article, merges when the sidecar changes on disk, and diagnostics (never writes) for sidecars it cannot read.
import * as vscode from 'vscode';
import { decodeArticle, MAX_ARTICLE_BYTES } from '../../core';
import {
  ambiguousAnnotations,
  givesOnlyWords,
  annotationOffset,
  applyPatch,
  articleBaseName,
  createManual,
  DEFAULT_SIDECAR_LIMITS,
  emptySidecar,
  exportClaimReview,
  exportW3C,
  hasUserContent,
  heldBackFromExport,
  isSidecarPath,
  makeTarget,
  mergeSidecars,
  newAnnotationId,
  reanchorOne,
  refreshAutomatic,
  refreshContext,
  sha256Hex,
  SidecarStore,
  sidecarPathFor,
  syncWithText,
  storyRegistry,
  toConfirmedEntities,
  type Annotation,
  type ExportSource,
  type ParsedSidecar,
  type Sidecar,
  type SidecarLoad,
} from '../../core/sidecar';
import { SIDECAR_SUFFIX } from '../../core/sidecar/types';
import type { ConfirmedEntity } from '../../core';
import type { AnalysisProvider, AnnotationDraft, AnnotationPatch, SidecarEntity, SidecarFault, SidecarProblem, SidecarService, ArticleAddress } from './api';
import { escapeForNotification } from '../notificationText';
import { followTextChange } from './liveAnchoring';
import type { JournalFolder } from './journalFolder';
import { formatJournal, JOURNAL_REFRESH_MS, mayTakeBackJournal, restoreFromJournal, type ArticleJournal, type JournalRestore } from './sidecarJournal';
import { planSidecarRenames, type BlockedRename } from './renamePlan';
import { foldersToCheck, reportsToDrop } from './folderChecks';
import { registryKey } from '../registryKey';
import { workspaceFileSystem } from './workspaceFileSystem';
import { workspacePath } from '../workspacePath';

/** Delay before writing a change made while the article itself has no unsaved edits. */
const WRITE_DELAY_MS = 400;
/** Delay before journalling annotations not written yet (after a change of them, or of the unsaved text they sit on). */
const JOURNAL_DELAY_MS = 500;
/** Delay before looking again for orphans' words after edits (an undo brings them back). */
const RECOVER_DELAY_MS = 300;
const DIAGNOSTIC_SOURCE = 'newsmark';
/** At activation (and for a folder added), at most this many sidecars are checked for problems; the others are checked when their article opens. */
const MAX_SIDECARS_CHECKED_AT_START = 2000;

/** Schemes whose documents are never articles. */
const NON_ARTICLE_SCHEMES = new Set(['output', 'git', 'gitfs', 'vscode-userdata', 'vscode-settings', 'debug', 'walkThrough', 'vscode-notebook-cell', 'untitled']);

export function defaultIsArticle(document: vscode.TextDocument): boolean {
  if (NON_ARTICLE_SCHEMES.has(document.uri.scheme) || isSidecarPath(document.uri.path)) return false;
  return ['news', 'plaintext', 'markdown'].includes(document.languageId);
}

interface ArticleState {
  readonly article: vscode.Uri;
  readonly key: string;
  readonly sidecarUri: vscode.Uri;
  /** The sidecar file as last read or written; undefined when there is none. */
  base: ParsedSidecar | undefined;
  /** The annotations in offsets of the live text. */
  current: Sidecar;
  fault: SidecarFault | undefined;
  /** Counts a person's changes; a write clears `unsaved` only if none came in while it ran. */
  generation: number;
  unsaved: boolean;
  ready: Promise<void>;
  /** Serialises this article's disk work. */
  queue: Promise<void>;
  writeTimer: ReturnType<typeof setTimeout> | undefined;
  recoverTimer: ReturnType<typeof setTimeout> | undefined;
  journalTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether a journal of this article may be in the journal folder (written, or found at load), to remove once the sidecar is written. */
  journaled: boolean;
  /** Whether the user was already told that a broken sidecar holds up their annotations. */
  warnedFault: boolean;
  /** Whether the user was already told that the sidecar is written without its automatic annotations (too large with them). */
  warnedLeftOut: boolean;
  /** Length of the live text, to recognise a change that replaces all of it. */
  liveLength: number;
  /** The confirmed entities this article gives the story registry (see storyEntities), as JSON, as last announced. */
  registryKey: string;
}

export class SidecarServiceImpl implements SidecarService {
  private readonly states = new Map<string, ArticleState>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private readonly registryEmitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChangeRegistry = this.registryEmitter.event;
  /**
   * The confirmed entities of sidecars whose article is not open, by article key, as last read: the story registry
   * reads each sidecar once, and again only when the file watcher reports it changed.
   */
  private readonly closedRegistries = new Map<string, readonly SidecarEntity[]>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('newsmark-sidecars');
  private readonly store = new SidecarStore(workspaceFileSystem, { recoverInterruptedWrites: true });
  /**
   * No longer following documents, and the Problems entries are gone: set by dispose(), which the extension host
   * calls right after deactivate(), while the writes deactivate() waits for are still running.
   */
  private disposed = false;
  /** stopWithoutWriting(): nothing more is written, as by an extension host that stopped abruptly. */
  private abandoned = false;
  /** flushBeforeExit() ran: dispose() need not start the same writes again. */
  private flushedForExit = false;
  private closedSidecarChecks: Promise<void> = Promise.resolve();

  constructor(
    private readonly getAnalysis: AnalysisProvider,
    private readonly isArticle: (document: vscode.TextDocument) => boolean = defaultIsArticle,
    private readonly now: () => string = () => new Date().toISOString(),
    /**
     * Where annotations not written yet are journalled (the article has unsaved edits, or its sidecar is broken), so
     * that a crash of the extension host does not lose them; undefined: they are not.
     */
    private readonly journals?: JournalFolder,
    /**
     * Whether a file is one of the workspace's articles by the include and exclude settings: the sidecars of other
     * files are not read when the workspace's sidecars are looked through (an article opened is still served).
     */
    private readonly isWorkspaceArticle: (uri: vscode.Uri) => boolean = () => true,
  ) {
    this.disposables.push(
      this.emitter,
      this.registryEmitter,
      this.diagnostics,
      vscode.workspace.onDidOpenTextDocument((d) => this.opened(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.changed(e)),
      vscode.workspace.onDidSaveTextDocument((d) => this.saved(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.closed(d)),
      vscode.workspace.onWillRenameFiles((e) => e.waitUntil(this.sidecarsFollowingRename(e))),
      vscode.workspace.onWillDeleteFiles((e) => e.waitUntil(this.writeBeforeDelete(e))),
      vscode.workspace.onDidChangeWorkspaceFolders((e) => this.workspaceFoldersChanged(e)),
    );
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    this.disposables.push(
      watcher,
      watcher.onDidChange((u) => this.sidecarChangedOnDisk(u)),
      watcher.onDidCreate((u) => this.sidecarChangedOnDisk(u)),
      watcher.onDidDelete((u) => this.sidecarChangedOnDisk(u, true)),
    );
    for (const d of vscode.workspace.textDocuments) this.opened(d);
    // After activation returns: reading every sidecar must not hold up the extension's start.
    const startCheck = setTimeout(() => void this.checkWorkspaceSidecars().then(() => this.recoverJournalsOfClosedArticles()), 0);
    this.disposables.push({ dispose: () => clearTimeout(startCheck) });
    if (journals?.owner.shared) {
      // Other windows read the shared folder too: a journal written again now and then says its window is still open.
      const refresh = setInterval(() => this.refreshJournals(), JOURNAL_REFRESH_MS);
      this.disposables.push({ dispose: () => clearInterval(refresh) });
    }
  }

  async flushBeforeExit(): Promise<void> {
    this.flushedForExit = true;
    await Promise.all(
      [...this.states.values()].map((state) => {
        clearTimeout(state.writeTimer);
        clearTimeout(state.recoverTimer);
        clearTimeout(state.journalTimer);
        return this.enqueue(state, async () => {
          if (!state.unsaved) return;
          // Hot exit keeps the unsaved text: the journal keeps the annotations as they sit on it, beside the sidecar
          // written now on the text on disk.
          if (this.documentOf(state)?.isDirty) await this.writeJournal(state, true);
          await this.writeNow(state, 'close');
        });
      }),
    );
  }

  dispose(): void {
    if (this.disposed) return;
    // Last chance for pending work, unless deactivate() started it already: start the writes; the extension host gives
    // deactivation a moment to finish them. They finish after this returns, without the Problems entries.
    if (!this.flushedForExit) void this.flushBeforeExit();
    this.stop();
  }

  /**
   * Stops following documents and writes nothing more, leaving memory as it is: what an extension host that stops
   * abruptly leaves behind (the journals and the sidecars on disk). Tests of the recovery from a crash use it.
   */
  stopWithoutWriting(): void {
    this.abandoned = true;
    if (!this.disposed) this.stop();
  }

  private stop(): void {
    for (const state of this.states.values()) {
      clearTimeout(state.writeTimer);
      clearTimeout(state.recoverTimer);
      clearTimeout(state.journalTimer);
    }
    this.disposed = true;
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  // ---- queries ----

  whyCannotAnnotate(article: vscode.Uri): string | undefined {
    const name = shownName(article.path);
    if (article.scheme === 'untitled') return vscode.l10n.t('{0} is not saved yet: save it first, its annotations are kept in a file beside it.', name);
    if (!hasSidecar(article)) return vscode.l10n.t('{0} is not a file (a view of another version, say), so annotations cannot be saved beside it.', name);
    if (vscode.workspace.fs.isWritableFileSystem(article.scheme) === false) return vscode.l10n.t('{0} is on a read-only file system, so annotations cannot be saved beside it.', name);
    return undefined;
  }

  annotationsFor(article: vscode.Uri): readonly Annotation[] {
    return this.stateFor(article)?.current.annotations ?? [];
  }

  orphans(article: vscode.Uri): readonly Annotation[] {
    return this.annotationsFor(article).filter((a) => a.status === 'orphaned');
  }

  entitiesFor(article: vscode.Uri): readonly SidecarEntity[] {
    return this.stateFor(article)?.current.entities ?? [];
  }

  registryFor(article: vscode.Uri): ConfirmedEntity[] {
    return toConfirmedEntities(this.entitiesFor(article));
  }

  async storyRegistry(): Promise<ConfirmedEntity[]> {
    const registries: (readonly SidecarEntity[])[] = [];
    const listed = new Set<string>();
    for (const state of this.states.values()) {
      if (!vscode.workspace.getWorkspaceFolder(state.article)) continue;
      await state.ready;
      listed.add(state.key);
      registries.push(this.storyEntities(state));
    }
    for (const sidecarUri of await this.workspaceSidecars()) {
      const key = articleKeyOf(sidecarUri);
      if (listed.has(key)) continue;
      let entities = this.closedRegistries.get(key);
      if (!entities) {
        entities = await this.entitiesOnDisk(sidecarUri);
        // A change reported while the file was read has been read by its own check: that reading is newer.
        if (!this.closedRegistries.has(key) && !this.states.has(key)) this.closedRegistries.set(key, entities);
      }
      registries.push(entities);
    }
    return storyRegistry(registries);
  }

  faultFor(article: vscode.Uri): SidecarFault | undefined {
    return this.stateFor(article)?.fault;
  }

  // ---- changes a person makes ----

  async addManual(article: vscode.Uri, draft: AnnotationDraft): Promise<Annotation> {
    const state = await this.changeable(article);
    const text = await this.textOf(state);
    if (!(draft.start >= 0 && draft.end > draft.start && draft.end <= text.length)) throw new Error(vscode.l10n.t('select the words to annotate first'));
    const annotation = createManual(text, draft, newAnnotationId(), this.now());
    await this.commit(state, { ...state.current, annotations: sortByPosition([...state.current.annotations, annotation]) });
    return annotation;
  }

  async update(article: vscode.Uri, id: string, patch: AnnotationPatch): Promise<Annotation | undefined> {
    const state = await this.changeable(article);
    const existing = state.current.annotations.find((a) => a.id === id);
    if (!existing) return undefined;
    const next = applyPatch(existing, patch, this.now());
    await this.commit(state, { ...state.current, annotations: state.current.annotations.map((a) => (a.id === id ? next : a)) });
    return next;
  }

  async remove(article: vscode.Uri, id: string): Promise<boolean> {
    const state = await this.changeable(article);
    if (!state.current.annotations.some((a) => a.id === id)) return false;
    await this.commit(state, { ...state.current, annotations: state.current.annotations.filter((a) => a.id !== id) });
    return true;
  }

  async reanchor(article: vscode.Uri, id: string, start: number, end: number): Promise<Annotation | undefined> {
    const state = await this.changeable(article);
    const existing = state.current.annotations.find((a) => a.id === id);
    if (!existing) return undefined;
    const text = await this.textOf(state);
    if (!(start >= 0 && end > start && end <= text.length)) throw new Error(vscode.l10n.t('select the words to re-anchor the annotation on'));
    const next: Annotation = { ...existing, target: makeTarget(text, start, end), status: 'anchored', origin: 'manual', updated: this.now() };
    await this.commit(state, { ...state.current, annotations: sortByPosition(state.current.annotations.map((a) => (a.id === id ? next : a))) });
    return next;
  }

  async confirmEntity(article: vscode.Uri, entity: SidecarEntity): Promise<void> {
    const state = await this.changeable(article);
    const entities = [...state.current.entities.filter((e) => e.name !== entity.name), { ...entity, aliases: entity.aliases.slice() }];
    await this.commit(state, { ...state.current, entities });
  }

  async forgetEntity(article: vscode.Uri, name: string): Promise<boolean> {
    const state = await this.changeable(article);
    if (!state.current.entities.some((e) => e.name === name)) return false;
    await this.commit(state, { ...state.current, entities: state.current.entities.filter((e) => e.name !== name) });
    return true;
  }

  async flush(article?: vscode.Uri): Promise<void> {
    if (article && !hasSidecar(article)) return;
    const states = article ? [await this.ready(article)] : [...this.states.values()];
    await Promise.all(
      states.map((state) => {
        clearTimeout(state.writeTimer);
        return this.enqueue(state, () => this.writeNow(state, 'flush'));
      }),
    );
  }

  // ---- exports ----

  async exportW3C(article?: vscode.Uri, addressOf?: ArticleAddress): Promise<object> {
    const sources = addressed(await this.exportSources(article), addressOf);
    this.tellHeldBack(heldBackFromExport(sources).length);
    return exportW3C(sources);
  }

  async exportClaimReview(article?: vscode.Uri, addressOf?: ArticleAddress): Promise<object[]> {
    const sources = addressed(await this.exportSources(article), addressOf);
    this.tellHeldBack(heldBackFromExport(sources).filter(({ annotation }) => annotation.verdict !== undefined).length);
    return exportClaimReview(sources);
  }

  /** A person's verdicts and notes whose words changed since (or are gone) are not exported: they may not hold for the text as it is. */
  private tellHeldBack(count: number): void {
    if (!count) return;
    void vscode.window.showWarningMessage(
      vscode.l10n.t(
        'Newsmark: {0} annotation(s) with a verdict, note or evidence were not exported: their words changed since, or cannot be found. Review them in the Annotations view (Re-anchor Annotation to Selection), then export again.',
        count,
      ),
    );
  }

  private async exportSources(article?: vscode.Uri): Promise<ExportSource[]> {
    if (article) {
      if (!hasSidecar(article)) return [];
      const state = await this.ready(article);
      if (state.fault) throw new Error(unreadableMessage([state.sidecarUri]));
      return [{ source: article.toString(), sidecar: state.current }];
    }
    const sources: ExportSource[] = [];
    // A sidecar that cannot be read holds annotations the export would lack: nothing is exported then (as by the CLI).
    const unreadable: vscode.Uri[] = [];
    const found = await this.workspaceSidecars();
    for (const sidecarUri of found.sort((a, b) => a.toString().localeCompare(b.toString()))) {
      const articleUri = sidecarUri.with({ path: sidecarUri.path.slice(0, -SIDECAR_SUFFIX.length) });
      const open = this.states.get(articleUri.toString());
      if (open) {
        await open.ready;
        if (open.fault) unreadable.push(sidecarUri);
        else sources.push({ source: articleUri.toString(), sidecar: open.current });
        continue;
      }
      const loaded = await this.store.loadFile(sidecarUri.toString());
      if (loaded.state === 'invalid') unreadable.push(sidecarUri);
      if (loaded.state !== 'ok') continue;
      const text = await readArticleText(articleUri);
      const sidecar = text === undefined ? { ...loaded.parsed.sidecar, annotations: loaded.parsed.sidecar.annotations.map((a) => ({ ...a, status: 'orphaned' as const })) } : syncWithText(loaded.parsed.sidecar, text);
      sources.push({ source: articleUri.toString(), sidecar });
    }
    // Annotations of an open article whose sidecar is not written yet (the article has unsaved edits) count too.
    const listed = new Set(sources.map((s) => s.source));
    for (const state of [...this.states.values()].sort((a, b) => a.key.localeCompare(b.key))) {
      if (listed.has(state.key) || !vscode.workspace.getWorkspaceFolder(state.article)) continue;
      await state.ready;
      if (state.fault) {
        if (!unreadable.some((u) => u.toString() === state.sidecarUri.toString())) unreadable.push(state.sidecarUri);
      } else if (state.current.annotations.some(hasUserContent) || state.current.entities.length) sources.push({ source: state.key, sidecar: state.current });
    }
    if (unreadable.length) throw new Error(unreadableMessage(unreadable));
    return sources;
  }

  // ---- the article's life cycle ----

  private ensure(article: vscode.Uri): ArticleState {
    const key = article.toString();
    let state = this.states.get(key);
    if (state) return state;
    state = {
      article,
      key,
      sidecarUri: vscode.Uri.parse(sidecarPathFor(key)),
      base: undefined,
      current: emptySidecar(articleBaseName(article.path), ''),
      fault: undefined,
      generation: 0,
      unsaved: false,
      ready: Promise.resolve(),
      queue: Promise.resolve(),
      writeTimer: undefined,
      recoverTimer: undefined,
      journalTimer: undefined,
      journaled: false,
      warnedFault: false,
      warnedLeftOut: false,
      liveLength: -1,
      // What the story registry held for the article while it was closed, so that opening it announces no change.
      registryKey: registryKey(this.closedRegistries.get(key) ?? []),
    };
    this.states.set(key, state);
    const s = state;
    state.ready = this.enqueue(state, () => this.load(s));
    return state;
  }

  /** The article's state; undefined for an article that cannot have a sidecar (it has no annotations then). */
  private stateFor(article: vscode.Uri): ArticleState | undefined {
    return hasSidecar(article) ? this.ensure(article) : undefined;
  }

  /** The state of an article whose annotations a person may change; throws, saying why, when they cannot be saved. */
  private async changeable(article: vscode.Uri): Promise<ArticleState> {
    const reason = this.whyCannotAnnotate(article);
    if (reason) throw new Error(reason);
    return this.ready(article);
  }

  private async ready(article: vscode.Uri): Promise<ArticleState> {
    const state = this.ensure(article);
    await state.ready;
    return state;
  }

  private opened(document: vscode.TextDocument): void {
    if (isSidecarPath(document.uri.path) || !hasSidecar(document.uri) || !this.isArticle(document)) return;
    this.ensure(document.uri);
  }

  private async load(state: ArticleState): Promise<void> {
    const loaded = await this.store.load(state.key);
    const journal = await this.journals?.read(state.key);
    // The live text as it is now: edits made while the files were read are in it, so nothing needs shifting.
    const text = this.documentOf(state)?.getText() ?? (await readArticleText(state.article));
    if (journal?.ok && journal.journal.article === state.key && text !== undefined) {
      if (this.mayTakeBack(journal.journal)) {
        await this.takeBackJournal(state, loaded, journal.journal, text);
        return;
      }
      // Another window's, which still has the unsaved edits it describes: that window writes the sidecar itself.
      console.info(`newsmark: the journal of ${state.key} is another open window's; it is left to that window`);
    }
    // A journal that cannot be used stays where it is, for a person to look at; it is never deleted unread.
    if (journal && !journal.ok) console.error(`newsmark: the journal of ${state.key} in ${this.journals?.uriOf(state.key).toString()} is not used: ${journal.problem}`);
    this.adoptFromDisk(state, loaded, text ?? '');
  }

  /**
   * The annotations of a journal left by an extension host that stopped before writing them: placed on the text
   * (re-anchored when it is not the journaled one), merged with the sidecar on disk, and written as any change is.
   */
  private async takeBackJournal(state: ArticleState, loaded: SidecarLoad, journal: ArticleJournal, text: string): Promise<void> {
    state.journaled = true;
    // With no sidecar readable on disk, the journal's base stands for it: nothing the journal holds counts as deleted there.
    const onDisk = loaded.state === 'ok' ? loaded.parsed.sidecar : journal.base?.sidecar;
    const restored = restoreFromJournal(journal, text, onDisk, articleBaseName(state.article.path));
    state.current = restored.sidecar;
    state.unsaved = true;
    state.generation++;
    this.adoptFromDisk(state, loaded, text);
    if (loaded.state === 'invalid') this.warnHeldUp(state);
    if (restored.conflicts.length && loaded.state === 'ok') {
      const conflictPath = await this.store.saveConflictCopy(state.key, restored.mine, loaded.parsed);
      void this.tellConflict(state, vscode.Uri.parse(conflictPath), restored.conflicts.length);
    }
    if (restored.recovered) this.tellRecovered(state, restored);
    this.scheduleWrite(state);
  }

  private tellRecovered(state: ArticleState, restored: JournalRestore): void {
    const name = shownPath(state.article);
    const recovered =
      restored.how === 'same-text'
        ? vscode.l10n.t('Newsmark: recovered {0} annotation change(s) to {1} that were not saved when Newsmark last stopped. They are saved with the article.', restored.recovered, name)
        : vscode.l10n.t(
            "Newsmark: recovered {0} annotation change(s) to {1} that were not saved when Newsmark last stopped. The article's unsaved edits were not kept, so they were placed on its text again.",
            restored.recovered,
            name,
          );
    const orphans = restored.orphaned ? vscode.l10n.t('{0} of them could not be placed on its text: they are kept as orphaned, re-anchor them from the Annotations view.', restored.orphaned) : '';
    void vscode.window.showInformationMessage(orphans ? `${recovered} ${orphans}` : recovered);
  }

  /** Journals of articles that are not open (hot exit did not bring them back): taken back onto the text on disk and written. */
  private async recoverJournalsOfClosedArticles(): Promise<void> {
    if (!this.journals) return;
    for (const { read } of await this.journals.list()) {
      if (this.disposed) return;
      if (!read.ok || this.states.has(read.journal.article) || !this.mayTakeBack(read.journal)) continue;
      const article = vscode.Uri.parse(read.journal.article);
      // Without the article (moved, or its folder not mounted) the journal waits for it.
      if (!hasSidecar(article) || (await readArticleText(article)) === undefined || this.disposed) continue;
      const state = this.ensure(article);
      await state.ready;
      clearTimeout(state.writeTimer);
      await this.enqueue(state, () => this.writeNow(state, 'flush'));
      if (!this.documentOf(state) && !state.unsaved && this.states.get(state.key) === state) {
        clearTimeout(state.journalTimer);
        this.states.delete(state.key);
        this.closedRegistries.set(state.key, this.storyEntities(state));
      }
    }
  }

  /** Takes what is on disk as the truth when nothing is unsaved in memory. */
  private adoptFromDisk(state: ArticleState, loaded: SidecarLoad, text: string): void {
    state.liveLength = text.length;
    if (loaded.state === 'invalid') {
      this.setFault(state, loaded.problems);
      state.base = undefined;
      if (!state.unsaved) state.current = emptySidecar(articleBaseName(state.article.path), text);
    } else {
      this.clearFault(state);
      if (loaded.state === 'ok') this.warnAmbiguous(state.sidecarUri, loaded.parsed, text);
      state.base = loaded.state === 'ok' ? loaded.parsed : undefined;
      if (!state.unsaved) state.current = loaded.state === 'ok' ? syncWithText(loaded.parsed.sidecar, text, articleBaseName(state.article.path)) : emptySidecar(articleBaseName(state.article.path), text);
    }
    this.emitter.fire(state.article);
    this.announceRegistry(state);
  }

  private changed(event: vscode.TextDocumentChangeEvent): void {
    const state = this.states.get(event.document.uri.toString());
    if (!state) return;
    // Changes made while the article had unsaved edits wait for its save; an undo back to the saved text or a revert
    // makes it clean without one (an event that may carry no content change), so they are written now.
    if (state.unsaved && !event.document.isDirty) this.scheduleWrite(state);
    if (!event.contentChanges.length) return;
    const before = state.current.annotations;
    const previousLength = state.liveLength;
    state.liveLength = event.document.getText().length;
    const after = followTextChange(before, {
      changes: event.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text })),
      text: event.document.getText(),
      previousLength,
      clean: !event.document.isDirty,
    });
    // The journal identifies the unsaved text its annotations sit on: it follows the text.
    if (state.unsaved && event.document.isDirty) this.scheduleJournal(state);
    if (after.every((a, i) => a === before[i])) return;
    const orphanedNow = after.some((a, i) => a.status === 'orphaned' && before[i].status !== 'orphaned');
    // Shifts alone are not a reason to write: the sidecar is saved with the article, and until then the file's
    // positions match the article's text on disk.
    state.current = { ...state.current, annotations: after };
    this.emitter.fire(state.article);
    if (orphanedNow || after.some((a) => a.status === 'orphaned')) this.scheduleRecovery(state, event.document);
  }

  /** After an undo or a paste, an orphan's exact words with their context may be back: anchor it there again. */
  private scheduleRecovery(state: ArticleState, document: vscode.TextDocument): void {
    clearTimeout(state.recoverTimer);
    state.recoverTimer = setTimeout(() => {
      if (document.isClosed) return;
      const text = document.getText();
      let changed = false;
      const annotations = state.current.annotations.map((a) => {
        if (a.status !== 'orphaned') return a;
        const found = reanchorOne(a, text);
        if (found.status !== 'anchored') return a;
        changed = true;
        return found;
      });
      if (!changed) return;
      state.current = { ...state.current, annotations };
      this.emitter.fire(state.article);
    }, RECOVER_DELAY_MS);
  }

  private saved(document: vscode.TextDocument): void {
    if (isSidecarPath(document.uri.path)) {
      this.sidecarChangedOnDisk(document.uri);
      return;
    }
    const state = this.states.get(document.uri.toString());
    if (!state) return;
    clearTimeout(state.writeTimer);
    void this.enqueue(state, () => this.writeNow(state, 'save'));
  }

  private closed(document: vscode.TextDocument): void {
    const state = this.states.get(document.uri.toString());
    if (!state) return;
    clearTimeout(state.writeTimer);
    clearTimeout(state.recoverTimer);
    clearTimeout(state.journalTimer);
    void this.enqueue(state, async () => {
      let failure: string | undefined;
      if (state.unsaved) {
        try {
          await this.writeNow(state, 'close');
          // The annotations are placed on the article's text on disk: without it nothing could be written.
          if (state.unsaved && (await readArticleText(state.article)) === undefined) failure = vscode.l10n.t('the article could not be read');
        } catch (err) {
          failure = (err as Error).message;
        }
      }
      if (failure !== undefined) {
        await this.keepAfterFailedClose(state, failure);
        return;
      }
      // Reopened meanwhile: keep the state that the new editor uses.
      if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === state.key)) return;
      this.states.delete(state.key);
      this.closedRegistries.set(state.key, this.storyEntities(state));
    });
  }

  /**
   * The annotations of an article whose sidecar could not be written at close stay in memory, placed on the text on
   * disk (which is what reopening shows): reopening the article brings them back, and its next save, an annotation,
   * or the window closing writes them again.
   */
  private async keepAfterFailedClose(state: ArticleState, failure: string): Promise<void> {
    // Unless the article was reopened meanwhile: then the annotations follow its live text already.
    const text = this.documentOf(state) ? undefined : await readArticleText(state.article);
    if (text !== undefined && !this.documentOf(state)) {
      state.current = syncWithText(state.current, text, articleBaseName(state.article.path));
      state.liveLength = text.length;
      this.emitter.fire(state.article);
    }
    void vscode.window.showErrorMessage(
      vscode.l10n.t(
        'Newsmark: could not save the annotations of {0} ({1}). They are kept while this window is open: reopen the article to see them; its next save or change of annotations tries again.',
        shownPath(state.article),
        escapeForNotification(failure),
      ),
    );
  }

  private sidecarChangedOnDisk(sidecarUri: vscode.Uri, deleted = false): void {
    if (!sidecarUri.path.endsWith(SIDECAR_SUFFIX)) return;
    const state = this.states.get(articleKeyOf(sidecarUri));
    if (!state) {
      // (One beside a file that is not among the workspace's articles, in an excluded folder say, is not read.)
      if (this.isWorkspaceArticle(vscode.Uri.parse(articleKeyOf(sidecarUri)))) void this.checkSidecarOfClosedArticle(sidecarUri, deleted);
      return;
    }
    void this.enqueue(state, async () => {
      const loaded = await this.store.loadFile(state.sidecarUri.toString());
      if (loaded.state === 'ok' && loaded.parsed.text === state.base?.text) return; // our own write
      await this.reconcile(state, loaded, await this.textOf(state));
      if (state.unsaved && !state.fault) this.scheduleWrite(state);
    });
  }

  /** The sidecar on disk is not what we last saw: adopt it, or merge it with unsaved annotations, never overwrite it. */
  private async reconcile(state: ArticleState, loaded: SidecarLoad, text: string): Promise<void> {
    if (!state.unsaved || loaded.state === 'invalid' || loaded.state === 'missing') {
      this.adoptFromDisk(state, loaded, text);
      if (loaded.state === 'invalid' && state.unsaved) this.warnHeldUp(state);
      return;
    }
    const theirs = syncWithText(loaded.parsed.sidecar, text);
    const base = state.base ? syncWithText(state.base.sidecar, text) : emptySidecar(articleBaseName(state.article.path), text);
    const { merged, conflicts } = mergeSidecars(base, state.current, theirs);
    if (conflicts.length) {
      const conflictPath = await this.store.saveConflictCopy(state.key, state.current, loaded.parsed);
      void this.tellConflict(state, vscode.Uri.parse(conflictPath), conflicts.length);
    }
    this.clearFault(state);
    state.base = loaded.parsed;
    state.current = merged;
    this.emitter.fire(state.article);
    this.announceRegistry(state);
  }

  // ---- renames ----

  /**
   * The edit that moves renamed articles' sidecars and conflict copies along with them (VS Code applies it before the
   * rename). Annotations not written yet are written first, so that they go along too. A sidecar already at a new
   * name is never replaced: both stay, and the person is told.
   */
  private async sidecarsFollowingRename(event: vscode.FileWillRenameEvent): Promise<vscode.WorkspaceEdit> {
    const edit = new vscode.WorkspaceEdit();
    // The articles renamed, and those inside a folder renamed: every one's annotations are written before they move.
    const moving = [...this.states.values()].filter((state) => event.files.some(({ oldUri }) => state.key === oldUri.toString() || state.key.startsWith(`${oldUri.toString().replace(/\/+$/, '')}/`)));
    for (const state of moving) {
      if (event.token.isCancellationRequested) break;
      clearTimeout(state.writeTimer);
      // With unsaved article edits the annotations are placed on the text on disk, as when the article closes; beside
      // a broken sidecar they go to a conflict copy, which moves along with it.
      await this.enqueue(state, async () => {
        if (state.unsaved) await this.writeNow(state, this.documentOf(state)?.isDirty || state.fault ? 'close' : 'flush');
        // What it journalled is in the sidecar that moves along; under the new name the article journals afresh.
        if (!state.unsaved) await this.removeJournal(state);
      });
    }
    if (event.token.isCancellationRequested) return edit;
    const plan = await planSidecarRenames(
      workspaceFileSystem,
      event.files.map((f) => ({ from: f.oldUri.toString(), to: f.newUri.toString() })),
    );
    for (const move of plan.moves) edit.renameFile(vscode.Uri.parse(move.from), vscode.Uri.parse(move.to), { overwrite: false, ignoreIfExists: true });
    for (const blocked of plan.blocked) void this.tellSidecarLeftBehind(blocked);
    return edit;
  }

  /**
   * Articles deleted in VS Code (the Explorer, a workspace edit): annotations not written yet are written into the
   * sidecar first, placed on the text on disk, as when the article closes; the sidecar stays beside the deleted file
   * (`newsmark check` names it), and nothing is left for the close that follows to fail on.
   */
  private async writeBeforeDelete(event: vscode.FileWillDeleteEvent): Promise<void> {
    const going = [...this.states.values()].filter((state) => event.files.some((uri) => state.key === uri.toString() || state.key.startsWith(`${uri.toString().replace(/\/+$/, '')}/`)));
    for (const state of going) {
      if (event.token.isCancellationRequested) break;
      clearTimeout(state.writeTimer);
      await this.enqueue(state, async () => {
        if (state.unsaved) await this.writeNow(state, this.documentOf(state)?.isDirty || state.fault ? 'close' : 'flush');
        // The unsaved edits go with the file: what the journal kept on them is in the sidecar now.
        if (!state.unsaved) await this.removeJournal(state);
      });
    }
  }

  private async tellSidecarLeftBehind(blocked: BlockedRename): Promise<void> {
    const compare = vscode.l10n.t('Compare');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t(
        'Newsmark: {0} already has an annotations file, so the annotations of {1} were not moved with it: they are still in {2}. Merge the two files by hand.',
        shownPath(vscode.Uri.parse(blocked.to)),
        shownPath(vscode.Uri.parse(blocked.from)),
        shownPath(vscode.Uri.parse(blocked.sidecar)),
      ),
      compare,
    );
    if (choice === compare) {
      await vscode.commands.executeCommand('vscode.diff', vscode.Uri.parse(blocked.existing), vscode.Uri.parse(blocked.sidecar), vscode.l10n.t('Annotations: new name ↔ old name'));
    }
  }

  // ---- writing ----

  /**
   * Records a person's change, tells listeners, and makes it durable before returning: written into the sidecar, or,
   * while the article has unsaved edits, into its journal. (Waiting even a moment to gather changes would lose the
   * change to an extension host that stops within it.)
   */
  private async commit(state: ArticleState, next: Sidecar): Promise<void> {
    state.current = next;
    state.generation++;
    state.unsaved = true;
    this.emitter.fire(state.article);
    this.announceRegistry(state);
    clearTimeout(state.writeTimer);
    if (this.documentOf(state)?.isDirty) {
      // A change that comes in as the window closes is journalled all the same (no timer runs any more to do it later).
      if (!this.journals || this.abandoned) return;
      clearTimeout(state.journalTimer);
      await this.enqueue(state, () => this.writeJournal(state));
      return;
    }
    await this.enqueue(state, () => this.writeNow(state, 'change'));
  }

  /** The confirmed entities an article gives the story registry: its own, none while its sidecar is broken. */
  private storyEntities(state: ArticleState): readonly SidecarEntity[] {
    return state.fault ? [] : state.current.entities;
  }

  /** Tells listeners when the article's part of the story registry is not what it was. */
  private announceRegistry(state: ArticleState): void {
    const key = registryKey(this.storyEntities(state));
    if (key === state.registryKey) return;
    state.registryKey = key;
    if (vscode.workspace.getWorkspaceFolder(state.article)) this.registryEmitter.fire(state.article);
  }

  /** The confirmed entities of a sidecar file; none when it is missing or cannot be used. */
  private async entitiesOnDisk(sidecarUri: vscode.Uri): Promise<readonly SidecarEntity[]> {
    const loaded = await this.store.loadFile(sidecarUri.toString());
    return loaded.state === 'ok' ? loaded.parsed.sidecar.entities : [];
  }

  private scheduleWrite(state: ArticleState): void {
    const document = this.documentOf(state);
    // With unsaved article edits the sidecar waits for the article's save, so the two stay in step on disk; until
    // then the journal keeps the annotations.
    if (document?.isDirty) {
      this.scheduleJournal(state);
      return;
    }
    clearTimeout(state.writeTimer);
    state.writeTimer = setTimeout(() => void this.enqueue(state, () => this.writeNow(state, 'change')), WRITE_DELAY_MS);
  }

  private scheduleJournal(state: ArticleState): void {
    if (!this.journals || this.disposed) return;
    clearTimeout(state.journalTimer);
    state.journalTimer = setTimeout(() => void this.enqueue(state, () => this.writeJournal(state)), JOURNAL_DELAY_MS);
  }

  /**
   * Journals the annotations not written yet, as they sit on the live text (the unsaved one, when there is one).
   * `released`: the window is closing, so nobody keeps the journal up to date any longer.
   */
  private async writeJournal(state: ArticleState, released = false): Promise<void> {
    if (!this.journals || !state.unsaved) return;
    const document = this.documentOf(state);
    const text = document ? document.getText() : await readArticleText(state.article);
    if (text === undefined) return;
    const owner = { session: this.journals.owner.session, released };
    await this.journals.write(state.key, formatJournal(state.key, articleBaseName(state.article.path), state.current, text, state.base, this.now(), owner));
    state.journaled = true;
  }

  /** Whether this window may take the journal back (see mayTakeBackJournal): never one another open window keeps. */
  private mayTakeBack(journal: ArticleJournal): boolean {
    const owner = this.journals?.owner;
    if (!owner) return true;
    const document = this.textDocumentOf(journal.article);
    return mayTakeBackJournal(journal, { session: owner.session, sharedFolder: owner.shared, now: Date.parse(this.now()), dirtyText: document?.isDirty ? document.getText() : undefined });
  }

  /** Writes again the journals this window keeps, so that other windows sharing the folder see they are live. */
  private refreshJournals(): void {
    if (this.disposed) return;
    for (const state of this.states.values()) {
      if (state.journaled && state.unsaved) void this.enqueue(state, () => this.writeJournal(state));
    }
  }

  private async removeJournal(state: ArticleState): Promise<void> {
    if (!this.journals || !state.journaled) return;
    clearTimeout(state.journalTimer);
    await this.journals.remove(state.key);
    state.journaled = false;
  }

  /**
   * Writes the sidecar (see writeSidecar). Annotations it could not write yet (the article has unsaved edits, or the
   * sidecar is broken) are journalled; once the sidecar holds them and the article has no unsaved edits, the journal
   * goes. A write at shutdown of an article with unsaved edits leaves it, for hot exit to bring back with that text.
   */
  private async writeNow(state: ArticleState, reason: 'save' | 'change' | 'flush' | 'close'): Promise<void> {
    try {
      await this.writeSidecar(state, reason);
    } catch (err) {
      // The sidecar could not be written (a folder that may not be written to, a full disk, a name too long): what
      // it would hold is journalled at once, so that closing the window loses nothing; the failure is still reported.
      if (state.unsaved) await this.writeJournal(state, reason === 'flush' && this.flushedForExit).catch(() => undefined);
      throw err;
    }
    // Held up (the sidecar is broken or cannot be read): a person's change is journalled at once, so that it is on
    // disk when the command that made it returns, as a saved one is in the sidecar.
    if (state.unsaved && reason === 'change') await this.writeJournal(state);
    else if (state.unsaved) this.scheduleJournal(state);
    else if (!this.documentOf(state)?.isDirty) await this.removeJournal(state);
  }

  private async writeSidecar(state: ArticleState, reason: 'save' | 'change' | 'flush' | 'close'): Promise<void> {
    const document = this.documentOf(state);
    if (document?.isDirty && reason !== 'close') return;
    // A closed (or discarded) editor's annotations are placed on the text that is on disk.
    const text = document && !document.isDirty ? document.getText() : await readArticleText(state.article);
    if (text === undefined) return;
    if (state.fault) {
      if (reason === 'close' && state.unsaved) await this.keepBesideBrokenSidecar(state);
      else if (state.unsaved) this.warnHeldUp(state);
      return;
    }
    const generation = state.generation;
    const live = document && !document.isDirty;
    const synced = live
      ? { ...state.current, document: { path: articleBaseName(state.article.path), length: text.length, sha256: sha256Hex(text) }, annotations: refreshContext(state.current.annotations, text) }
      : syncWithText(state.current, text, articleBaseName(state.article.path));
    // On close (and at shutdown) the analyses may be gone already: keep the automatic annotations as they are.
    // An incomplete analysis (a detector failed, or the text is too long) must not replace them either.
    const provided = live && document && reason !== 'close' && !this.disposed ? this.getAnalysis(document) : undefined;
    const analysis = provided?.truncated ? undefined : provided;
    const sidecar = refreshAutomatic(synced, text, analysis, this.now());
    if (live) state.current = sidecar;
    // Opening and saving an article does not create a sidecar; a person's annotation or confirmed name does.
    if (!state.base && !sidecar.annotations.some(hasUserContent) && !sidecar.entities.length) {
      if (state.generation === generation) state.unsaved = false;
      this.emitter.fire(state.article);
      return;
    }
    let result = await this.store.save(state.key, sidecar, state.base);
    if (result.state === 'changed-on-disk') {
      await this.reconcile(state, result.current, text);
      if (state.fault) return;
      const again = live ? state.current : syncWithText(state.current, text);
      result = await this.store.save(state.key, refreshAutomatic(again, text, analysis, this.now()), state.base);
      if (result.state === 'changed-on-disk') {
        this.scheduleWrite(state);
        return;
      }
    }
    state.base = result.parsed;
    // The written annotations carry their position and context: hand-written words are no longer ambiguous.
    if (!state.fault) this.clearProblems(state.sidecarUri);
    if (state.generation === generation) state.unsaved = false;
    if (result.automaticLeftOut) this.tellAutomaticLeftOut(state, result.automaticLeftOut);
    this.emitter.fire(state.article);
  }

  /** Once per article: its sidecar would be too large to read again with the automatic annotations, so they were left out. */
  private tellAutomaticLeftOut(state: ArticleState, count: number): void {
    if (state.warnedLeftOut) return;
    state.warnedLeftOut = true;
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Newsmark: {0} keeps only the annotations made by hand: with the {1} found automatically it would pass the size newsmark reads. They are still shown, found again from the text.',
        shownPath(state.sidecarUri),
        count,
      ),
    );
  }

  /** Unsaved annotations of a closing article whose sidecar is broken go next to it rather than being lost. */
  private async keepBesideBrokenSidecar(state: ArticleState): Promise<void> {
    const path = await this.store.saveConflictCopy(state.key, state.current, undefined);
    state.unsaved = false;
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Newsmark: {0} has errors, so your annotations were saved to {1} instead.', shownPath(state.sidecarUri), shownPath(vscode.Uri.parse(path))),
    );
  }

  private warnHeldUp(state: ArticleState): void {
    if (state.warnedFault) return;
    state.warnedFault = true;
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Newsmark: {0} has errors (see Problems), so your new annotations are not saved yet. Fix the file and they will be merged into it.', shownPath(state.sidecarUri)),
    );
  }

  private async tellConflict(state: ArticleState, conflictUri: vscode.Uri, count: number): Promise<void> {
    const compare = vscode.l10n.t('Compare');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t(
        "Newsmark: {0} changed on disk while you were annotating, and {1} annotation(s) were changed on both sides. The file's version is kept; yours is in {2}.",
        shownPath(state.sidecarUri),
        count,
        shownPath(conflictUri),
      ),
      compare,
    );
    if (choice === compare) await vscode.commands.executeCommand('vscode.diff', state.sidecarUri, conflictUri, vscode.l10n.t('Annotations: on disk ↔ yours'));
  }

  /**
   * Hand-written annotations that give only words occurring several times in the article: anchoring takes the first,
   * which may not be the one meant. A warning on each in the sidecar says so, until the sidecar is written with their
   * positions and context.
   */
  private warnAmbiguous(sidecarUri: vscode.Uri, parsed: ParsedSidecar, text: string): void {
    const ambiguous = ambiguousAnnotations(parsed.sidecar.annotations, text);
    if (!ambiguous.length) {
      this.clearProblems(sidecarUri);
      return;
    }
    this.showProblems(
      sidecarUri,
      ambiguous.map(({ annotation, occurrences }) => {
        const at = positionAt(parsed.text, annotationOffset(parsed.yaml, parsed.sidecar.annotations.indexOf(annotation)));
        const words = annotation.target.exact.length > 60 ? annotation.target.exact.slice(0, 57) + '...' : annotation.target.exact;
        const d = new vscode.Diagnostic(
          new vscode.Range(at, at),
          vscode.l10n.t(
            'Annotation \'{0}\': "{1}" occurs {2} times in the article; it is anchored to the first. To choose another, add a prefix or suffix (the words just before or after it) to its target.',
            annotation.id,
            words,
            occurrences,
          ),
          vscode.DiagnosticSeverity.Warning,
        );
        d.source = DIAGNOSTIC_SOURCE;
        return d;
      }),
    );
  }

  // ---- faults ----

  private setFault(state: ArticleState, problems: SidecarFault['problems']): void {
    state.fault = { sidecar: state.sidecarUri, problems };
    const sidecarUri = state.sidecarUri;
    void readSidecarText(sidecarUri).then((text) => {
      if (state.fault?.problems === problems) this.showProblems(sidecarUri, problemDiagnostics(text, problems));
    });
  }

  /**
   * A sidecar whose article is not open is checked as well, so that a broken one is reported before anyone opens the
   * article (its annotations would otherwise be held up unnoticed). Checks run one at a time, in the order of events.
   */
  private checkSidecarOfClosedArticle(sidecarUri: vscode.Uri, deleted = false): Promise<void> {
    this.closedSidecarChecks = this.closedSidecarChecks.then(async () => {
      if (this.disposed || this.states.has(articleKeyOf(sidecarUri))) return;
      const loaded = deleted ? undefined : await this.store.loadFile(sidecarUri.toString());
      const text = loaded?.state === 'invalid' ? await readSidecarText(sidecarUri) : '';
      // The article may have opened meanwhile: then its own state reports the sidecar.
      if (this.disposed || this.states.has(articleKeyOf(sidecarUri))) return;
      // Hand-written words that occur several times are reported before the article opens, as a broken file is.
      const article = loaded?.state === 'ok' && loaded.parsed.sidecar.annotations.some(givesOnlyWords) ? await readArticleText(vscode.Uri.parse(articleKeyOf(sidecarUri))) : undefined;
      if (this.disposed || this.states.has(articleKeyOf(sidecarUri))) return;
      if (loaded?.state === 'invalid') this.showProblems(sidecarUri, problemDiagnostics(text, loaded.problems));
      else if (loaded?.state === 'ok' && article !== undefined) this.warnAmbiguous(sidecarUri, loaded.parsed, article);
      else this.clearProblems(sidecarUri);
      this.closedSidecarRead(sidecarUri, !loaded ? undefined : loaded.state === 'ok' ? loaded.parsed.sidecar.entities : []);
    }).catch((err) => console.error(`newsmark: could not check ${sidecarUri.toString()}`, err));
    return this.closedSidecarChecks;
  }

  /** Records what a closed article's sidecar now gives the story registry (undefined: the file is gone). */
  private closedSidecarRead(sidecarUri: vscode.Uri, entities: readonly SidecarEntity[] | undefined): void {
    const key = articleKeyOf(sidecarUri);
    const before = registryKey(this.closedRegistries.get(key) ?? []);
    if (entities) this.closedRegistries.set(key, entities);
    else this.closedRegistries.delete(key);
    if (registryKey(entities ?? []) !== before && vscode.workspace.getWorkspaceFolder(sidecarUri)) this.registryEmitter.fire(vscode.Uri.parse(key));
  }

  /**
   * Looks through the workspace's sidecars once, after activation (which a sidecar in the workspace triggers), and
   * those of a folder added to the workspace later.
   */
  private async checkWorkspaceSidecars(folder?: vscode.Uri): Promise<void> {
    // A workspace without file search (some virtual file systems) finds none: sidecars are then checked as articles open.
    for (const sidecarUri of await this.workspaceSidecars(MAX_SIDECARS_CHECKED_AT_START, folder)) {
      if (this.disposed) return;
      await this.checkSidecarOfClosedArticle(sidecarUri);
    }
  }

  /**
   * A folder added to the workspace has its sidecars looked through as the workspace's are at start; the problems
   * reported of closed articles' sidecars in a folder removed go with it (an open article's state keeps reporting its own).
   */
  private workspaceFoldersChanged(event: vscode.WorkspaceFoldersChangeEvent): void {
    if (this.disposed) return;
    const current = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString());
    const reported = new Map<string, vscode.Uri>();
    this.diagnostics.forEach((uri) => void reported.set(uri.toString(), uri));
    for (const sidecar of reportsToDrop([...reported.keys()], event.removed.map((f) => f.uri.toString()), current)) {
      const uri = reported.get(sidecar);
      if (uri && !this.states.has(articleKeyOf(uri))) this.clearProblems(uri);
    }
    const added = new Map(event.added.map((f) => [f.uri.toString(), f.uri]));
    for (const folder of foldersToCheck([...added.keys()], current)) void this.checkWorkspaceSidecars(added.get(folder));
  }

  private clearFault(state: ArticleState): void {
    if (!state.fault) return;
    state.fault = undefined;
    state.warnedFault = false;
    this.clearProblems(state.sidecarUri);
  }

  /** Shows a sidecar's problems; not once disposed, when the collection is gone but writes at shutdown still finish. */
  private showProblems(sidecarUri: vscode.Uri, problems: vscode.Diagnostic[]): void {
    if (!this.disposed) this.diagnostics.set(sidecarUri, problems);
  }

  private clearProblems(sidecarUri: vscode.Uri): void {
    if (!this.disposed) this.diagnostics.delete(sidecarUri);
  }

  // ---- helpers ----

  private enqueue(state: ArticleState, work: () => Promise<void>): Promise<void> {
    const run = state.queue.then(work);
    state.queue = run.catch((err) => {
      // At shutdown no notification would be seen: the log keeps what failed.
      if (this.disposed) console.error(`newsmark: could not write the annotations of ${state.key} as the window closed`, err);
      else void vscode.window.showErrorMessage(vscode.l10n.t('Newsmark: could not update the annotations of {0}: {1}', shownPath(state.article), escapeForNotification((err as Error).message)));
    });
    return state.queue;
  }

  /** The sidecars of the workspace's articles (include and exclude settings honoured), or of one folder's. */
  private async workspaceSidecars(max?: number, folder?: vscode.Uri): Promise<vscode.Uri[]> {
    return (await findWorkspaceSidecars(max, folder)).filter((sidecar) => this.isWorkspaceArticle(vscode.Uri.parse(articleKeyOf(sidecar))));
  }

  private documentOf(state: ArticleState): vscode.TextDocument | undefined {
    return this.textDocumentOf(state.key);
  }

  private textDocumentOf(key: string): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
  }

  private async textOf(state: ArticleState): Promise<string> {
    return this.documentOf(state)?.getText() ?? (await readArticleText(state.article)) ?? '';
  }
}

/** The sidecar files of the workspace, or of one folder (never under node_modules or .git); none where file search is not offered. */
async function findWorkspaceSidecars(max?: number, folder?: vscode.Uri): Promise<vscode.Uri[]> {
  const pattern = `**/*${SIDECAR_SUFFIX}`;
  try {
    return await vscode.workspace.findFiles(folder ? new vscode.RelativePattern(folder, pattern) : pattern, '{**/node_modules/**,**/.git/**}', max);
  } catch {
    return [];
  }
}

/**
 * Whether the article can have a sidecar at all: an untitled document has no folder to keep one in (reading
 * `untitled:Untitled-1.annotations.yaml` fails), so it has no annotations until it is saved. Nor has a document that
 * no file system holds (another version of a file, shown by a source-control or history extension's content
 * provider), nor one whose address names a version by its query or fragment (VS Code's local history): there is no
 * file beside it to read a sidecar from (the sidecar's suffix would land in the query).
 */
function hasSidecar(article: vscode.Uri): boolean {
  return article.scheme !== 'untitled' && !article.query && !article.fragment && vscode.workspace.fs.isWritableFileSystem(article.scheme) !== undefined;
}

/**
 * The sources under the addresses `addressOf` gives their articles. Two articles at one address are refused, as by the
 * command line: their annotations would be published as one article's (the same ids), or one's as the other's.
 */
function addressed(sources: ExportSource[], addressOf: ArticleAddress | undefined): ExportSource[] {
  if (!addressOf) return sources;
  const articleAt = new Map<string, vscode.Uri>();
  return sources.map(({ source, sidecar }) => {
    const article = vscode.Uri.parse(source);
    const address = addressOf(article) ?? source;
    const other = articleAt.get(address);
    if (other) {
      throw new Error(
        vscode.l10n.t(
          '{0} and {1} would both be published at {2}, so nothing was exported: newsmark.export.baseUrl is the address of each workspace folder, followed by each article’s path in its folder. Give the folders addresses that do not overlap.',
          shownPath(other),
          shownPath(article),
          escapeForNotification(address),
        ),
      );
    }
    articleAt.set(address, article);
    return { source: address, sidecar };
  });
}

/** Why nothing is exported: annotation files that cannot be read, whose annotations the export would lack. */
function unreadableMessage(sidecars: readonly vscode.Uri[]): string {
  const names = sidecars.slice(0, 5).map(shownPath);
  return sidecars.length === 1
    ? vscode.l10n.t('{0} cannot be read (see the Problems panel), so nothing was exported: the export would lack its annotations. Fix the file and export again.', names[0])
    : vscode.l10n.t('{0} annotation files cannot be read (see the Problems panel), so nothing was exported: the export would lack their annotations. Fix them and export again: {1}', sidecars.length, names.join(', '));
}

/** A file's name alone, as a notification shows it (a crafted name cannot become a link there). */
function shownName(path: string): string {
  return escapeForNotification(articleBaseName(path));
}

/**
 * A file as a notification names it: by its path in the workspace (see workspacePath), so that two files of one name in
 * different folders are told apart; a crafted name cannot become a link there.
 */
function shownPath(uri: vscode.Uri): string {
  return escapeForNotification(workspacePath(uri));
}

function sortByPosition(annotations: Annotation[]): Annotation[] {
  return annotations.sort((x, y) => x.target.start - y.target.start || x.target.end - y.target.end);
}

/**
 * The text of an article that is not open, or undefined when it cannot be read. Only a regular file no larger than any
 * article newsmark analyses is read: a link to a device (/dev/zero) or a huge file beside a sidecar would fill memory.
 */
async function readArticleText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if ((stat.type & vscode.FileType.File) === 0 || stat.size > MAX_ARTICLE_BYTES) return undefined;
    const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri));
    return decoded.ok ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}

/** The sidecar's text for placing diagnostics; empty when it is too large or unreadable (the diagnostic then sits at the top). */
async function readSidecarText(uri: vscode.Uri): Promise<string> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > DEFAULT_SIDECAR_LIMITS.maxBytes) return '';
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return '';
  }
}

/** The article a sidecar belongs to, as the key of its state. */
function articleKeyOf(sidecarUri: vscode.Uri): string {
  return sidecarUri.with({ path: sidecarUri.path.slice(0, -SIDECAR_SUFFIX.length) }).toString();
}

function problemDiagnostics(sidecarText: string, problems: readonly SidecarProblem[]): vscode.Diagnostic[] {
  return problems.map((p) => {
    const range = new vscode.Range(positionAt(sidecarText, p.start), positionAt(sidecarText, Math.max(p.start, p.end)));
    // The problem comes from the core's sidecar parser, which speaks English only.
    const d = new vscode.Diagnostic(range, vscode.l10n.t('{0}. Newsmark will not write to this file until it is fixed.', p.message), vscode.DiagnosticSeverity.Error);
    d.source = DIAGNOSTIC_SOURCE;
    return d;
  });
}

function positionAt(text: string, offset: number): vscode.Position {
  let line = 0;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return new vscode.Position(line, end - lineStart);
}

