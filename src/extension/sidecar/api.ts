// The contract between the sidecar store and the rest of the extension (commands, tree views, decorations).
import type * as vscode from 'vscode';
import type { Analysis, ConfirmedEntity } from '../../core';
import type { Annotation, AnnotationDraft, AnnotationPatch, SidecarEntity, SidecarProblem } from '../../core/sidecar/types';

export type { Annotation, AnnotationDraft, AnnotationPatch, SidecarEntity, SidecarProblem };

/** Gives the sidecar store the current analysis of an open article (or undefined when none is ready yet). */
export type AnalysisProvider = (document: vscode.TextDocument) => Analysis | undefined;

/** Why an article's sidecar is not in use; the store also shows it as a Diagnostic on the sidecar file. */
export interface SidecarFault {
  sidecar: vscode.Uri;
  problems: SidecarProblem[];
}

/**
 * Annotations of open articles, kept in step with edits and persisted to `<article>.annotations.yaml`.
 * All offsets are UTF-16 offsets into the live document text (document.offsetAt / positionAt convert).
 * Methods that take an article uri work for any text document the store has seen opened; for other uris
 * they load the sidecar from disk first. An untitled document has no sidecar: it has no annotations or entities, and
 * changing them is refused (see whyCannotAnnotate), as it is on a read-only file system.
 */
export interface SidecarService extends vscode.Disposable {
  /** Fires with the article's uri whenever its annotations, orphans, entities or fault change. */
  readonly onDidChange: vscode.Event<vscode.Uri>;
  /**
   * Fires with an article's uri when the confirmed entities it gives the story registry changed: a name confirmed or
   * forgotten, its sidecar read, merged or changed on disk (also while the article is closed), or broken or fixed.
   * Never for edits of the article that only move annotations.
   */
  readonly onDidChangeRegistry: vscode.Event<vscode.Uri>;

  /**
   * Why a person cannot annotate the article (an untitled document, a read-only file system), as a sentence for a
   * notification; undefined when they can. The methods that change annotations or entities throw with this text.
   */
  whyCannotAnnotate(article: vscode.Uri): string | undefined;

  /** Every annotation of the article (anchored, drifted and orphaned; automatic and manual), in document order. */
  annotationsFor(article: vscode.Uri): readonly Annotation[];
  /** The annotations whose words could not be found; list them so the user can re-anchor them. */
  orphans(article: vscode.Uri): readonly Annotation[];
  /** The confirmed entity registry of the article's sidecar. */
  entitiesFor(article: vscode.Uri): readonly SidecarEntity[];
  /** The registry in the analyzer's shape: pass it as `analyze(text, { registry })`. */
  registryFor(article: vscode.Uri): ConfirmedEntity[];
  /**
   * The confirmed entities of every sidecar in the workspace (open articles as they are now), merged by name: the
   * cross-source index links the whole story with them.
   */
  storyRegistry(): Promise<ConfirmedEntity[]>;
  /** Set when the sidecar exists but cannot be used (syntax error, too large, wrong types, newer version). */
  faultFor(article: vscode.Uri): SidecarFault | undefined;

  /** Adds a manual annotation at draft.start..draft.end of the live text; saved with the article. */
  addManual(article: vscode.Uri, draft: AnnotationDraft): Promise<Annotation>;
  /**
   * Changes an annotation's fields. An automatic annotation a person changes becomes manual, so the next refresh
   * keeps it. Returns undefined when the id is unknown.
   */
  update(article: vscode.Uri, id: string, patch: AnnotationPatch): Promise<Annotation | undefined>;
  /** Deletes an annotation. Returns false when the id is unknown. */
  remove(article: vscode.Uri, id: string): Promise<boolean>;
  /** Moves an annotation (typically an orphan) onto start..end of the live text ("re-anchor here"). */
  reanchor(article: vscode.Uri, id: string, start: number, end: number): Promise<Annotation | undefined>;
  /** Adds or replaces (by name) a confirmed entity in the article's registry. */
  confirmEntity(article: vscode.Uri, entity: SidecarEntity): Promise<void>;
  /** Removes a confirmed entity by name. */
  forgetEntity(article: vscode.Uri, name: string): Promise<boolean>;

  /** Writes pending changes of one article (or all) now instead of waiting for the debounce or the save. */
  flush(article?: vscode.Uri): Promise<void>;
  /**
   * Writes every unsaved change now, for shutdown: also those of articles with unsaved edits (placed on the text on
   * disk), and those still waiting for their debounce.
   */
  flushBeforeExit(): Promise<void>;

  /**
   * W3C Web Annotation JSON-LD: an AnnotationCollection for one article, or for every article with a sidecar in the
   * workspace when `article` is undefined. Throws, naming them, when a sidecar it would read cannot be used: the
   * export would lack its annotations.
   */
  exportW3C(article?: vscode.Uri, addressOf?: ArticleAddress): Promise<object>;
  /** schema.org ClaimReview JSON-LD objects for annotations with a verdict (one article, or the workspace). */
  exportClaimReview(article?: vscode.Uri, addressOf?: ArticleAddress): Promise<object[]>;
}

/**
 * The address an export gives an article (its web address under newsmark.export.baseUrl), or undefined to keep the
 * article's own URI; it throws, saying why, when the article cannot be given one, and then nothing is exported. Two
 * articles given one address are refused too: their annotations would be published as one article's.
 */
export type ArticleAddress = (article: vscode.Uri) => string | undefined;

/** What a feature that follows the person's annotations reads: an article's annotations, and when they change. */
export type ArticleAnnotations = Pick<SidecarService, 'annotationsFor' | 'onDidChange'>;

/**
 * The entry point, exported by ./index as `registerSidecars(context, getAnalysis)`. It pushes its own disposables onto
 * context.subscriptions, loads the sidecar of each article as it opens, shifts annotations with every edit, writes
 * the sidecar when the article is saved (automatic annotations refreshed from `getAnalysis`), and reports bad
 * sidecars as diagnostics. A sidecar is only created once an article has a manual annotation or confirmed entity.
 * Annotations it cannot write yet (the article has unsaved edits, or its sidecar is broken) are journalled in the
 * extension's storage (workspace storage, or global storage without a workspace) and taken back when the article is
 * next opened or the extension next starts, should the extension host stop before writing them.
 */
export type RegisterSidecars = (
  context: vscode.ExtensionContext,
  getAnalysis: AnalysisProvider,
  /** Which open documents are articles (default: news, plain text and markdown files that are not sidecars). */
  isArticle?: (document: vscode.TextDocument) => boolean,
  /** Which files are the workspace's articles (include and exclude settings): only their sidecars are looked through. */
  isWorkspaceArticle?: (uri: vscode.Uri) => boolean,
) => SidecarService;
