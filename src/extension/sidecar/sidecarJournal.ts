// The journal of an article's annotations not written yet (its text has unsaved edits): its format, and how it is taken back.
import {
  DEFAULT_SIDECAR_LIMITS,
  emptySidecar,
  hasUserContent,
  mergeSidecars,
  parseSidecar,
  renderWithinLimit,
  sha256Hex,
  syncWithText,
  type Annotation,
  type ParsedSidecar,
  type Sidecar,
  type SidecarEntity,
} from '../../core/sidecar';

/** The journal format this build writes and reads; a journal of another version is left alone. */
export const JOURNAL_VERSION = 1;

/**
 * What a journal holds. `sidecar` is the annotations as anchored on the unsaved text, in the sidecar's own YAML, whose
 * `document` block (length and sha256) identifies that text: the journal holds no more of the article than a sidecar
 * does (each annotation's exact words with their prefix and suffix). `base` is the sidecar file as it was on disk when
 * the unsaved changes started from it (undefined: there was none), for the same three-way merge as a sidecar changed on disk.
 */
export interface ArticleJournal {
  /** The article's uri, as a string. */
  article: string;
  /** When it was written (ISO 8601). */
  written: string;
  sidecar: Sidecar;
  base: ParsedSidecar | undefined;
  /** The session (vscode.env.sessionId) of the window that wrote it; undefined in journals of earlier builds. */
  session: string | undefined;
  /** Written as its window closed (hot exit keeps the unsaved text): nobody keeps it up to date any longer. */
  released: boolean;
}

interface JournalFile {
  newsmarkJournal: number;
  article: string;
  written: string;
  base: string | null;
  sidecar: string;
  session?: string;
  released?: boolean;
}

/** A journal is at most the unsaved sidecar and its base, each within the size a sidecar may have. */
export const MAX_JOURNAL_BYTES = 2 * DEFAULT_SIDECAR_LIMITS.maxBytes + 64 * 1024;

/** The name of an article's journal in the journal folder: the article's uri could be too long, or unsafe, as a file name. */
export function journalFileName(articleKey: string): string {
  return `${sha256Hex(articleKey).slice(0, 40)}.json`;
}

/**
 * The journal's text. `current` is the annotations in offsets of `text` (the live, unsaved text); their context is
 * taken from it again, so that re-anchoring after a lost edit finds them by their surroundings.
 */
export function formatJournal(
  article: string,
  articleName: string,
  current: Sidecar,
  text: string,
  base: ParsedSidecar | undefined,
  written: string,
  owner: { session?: string; released?: boolean } = {},
): string {
  const sidecar = syncWithText({ ...current, document: { ...current.document, length: text.length, sha256: sha256Hex(text) } }, text, articleName);
  // Within a sidecar's size, as the sidecar itself is, or the journal could not be read back: a long article's
  // automatic annotations are then left out (the analysis finds them again).
  const file: JournalFile = { newsmarkJournal: JOURNAL_VERSION, article, written, base: base?.text ?? null, sidecar: renderWithinLimit(sidecar, base).text };
  if (owner.session) file.session = owner.session;
  if (owner.released) file.released = true;
  return JSON.stringify(file);
}

export type JournalRead = { ok: true; journal: ArticleJournal } | { ok: false; problem: string };

/** Reads a journal's text; a journal that cannot be used says why (it is then left where it is, never deleted). */
export function readJournal(text: string): JournalRead {
  if (text.length > MAX_JOURNAL_BYTES) return { ok: false, problem: 'the journal is too large' };
  let file: Partial<JournalFile>;
  try {
    file = JSON.parse(text) as Partial<JournalFile>;
  } catch (err) {
    return { ok: false, problem: `the journal is not JSON: ${(err as Error).message}` };
  }
  if (typeof file !== 'object' || file === null) return { ok: false, problem: 'the journal is not a JSON object' };
  if (file.newsmarkJournal !== JOURNAL_VERSION) return { ok: false, problem: `the journal has version ${String(file.newsmarkJournal)}, this newsmark reads ${JOURNAL_VERSION}` };
  if (typeof file.article !== 'string' || typeof file.sidecar !== 'string' || (file.base !== null && typeof file.base !== 'string')) {
    return { ok: false, problem: 'the journal lacks its article, its annotations or its base' };
  }
  const sidecar = parseSidecar(file.sidecar);
  if (!sidecar.ok) return { ok: false, problem: `the journal's annotations cannot be read: ${sidecar.problems[0]?.message}` };
  let base: ParsedSidecar | undefined;
  if (typeof file.base === 'string') {
    const parsed = parseSidecar(file.base);
    if (!parsed.ok) return { ok: false, problem: `the journal's base cannot be read: ${parsed.problems[0]?.message}` };
    base = parsed.parsed;
  }
  return {
    ok: true,
    journal: {
      article: file.article,
      written: typeof file.written === 'string' ? file.written : '',
      sidecar: sidecar.parsed.sidecar,
      base,
      session: typeof file.session === 'string' ? file.session : undefined,
      released: file.released === true,
    },
  };
}

/** How often a window that shares its journal folder with other windows writes its live journals again. */
export const JOURNAL_REFRESH_MS = 2 * 60_000;
/** A journal of another window not written again for this long has lost its window (it stopped without closing). */
export const JOURNAL_STALE_MS = 10 * 60_000;

/**
 * Whether this window may take a journal back (merge it into the sidecar, write it, delete the journal). Windows
 * without a workspace share one journal folder, so a journal there may belong to another window that is still open,
 * with the unsaved edits it describes: that one is left alone. It is taken back when it is this window's (the extension
 * host restarted), its window closed (it was released), hot exit brought its very unsaved text into this window, or its
 * window has not kept it up to date for JOURNAL_STALE_MS (that window stopped; a live one writes it every
 * JOURNAL_REFRESH_MS). In a workspace's own folder every journal is the workspace's, and is taken back.
 */
export function mayTakeBackJournal(journal: ArticleJournal, here: { session: string; sharedFolder: boolean; now: number; dirtyText?: string }): boolean {
  if (!here.sharedFolder || journal.session === undefined || journal.session === here.session || journal.released) return true;
  if (here.dirtyText !== undefined && isJournaledText(journal, here.dirtyText)) return true;
  const written = Date.parse(journal.written);
  return !Number.isFinite(written) || here.now - written >= JOURNAL_STALE_MS;
}

/** Whether `text` is the text the journal's annotations were anchored on (hot exit restored the unsaved edits). */
export function isJournaledText(journal: ArticleJournal, text: string): boolean {
  const { length, sha256 } = journal.sidecar.document;
  return length === text.length && sha256 === sha256Hex(text);
}

export interface JournalRestore {
  /** same-text: the journaled text is back; reanchored: it is not (the unsaved edits were discarded), so the annotations were found again. */
  how: 'same-text' | 'reanchored';
  /** The annotations to use now, in offsets of the text: the journal's merged with the sidecar on disk. */
  sidecar: Sidecar;
  /** The journal's annotations on the text, before the merge: what a conflict copy keeps. */
  mine: Sidecar;
  /** Ids (and entity names) changed differently in the journal and on disk: the disk's side is in `sidecar`. */
  conflicts: string[];
  /** The journal's annotations (with a person's work) and confirmed names that the sidecar on disk lacks or holds otherwise. */
  recovered: number;
  /** Of those annotations, the ones whose words were not found in the text (kept as orphans). */
  orphaned: number;
}

/**
 * Takes a journal back onto the article's text. On the journaled text its annotations are used as they are; on
 * another text they are found again as an outside edit finds them (exact words, then fuzzy), and what cannot be placed
 * is kept as orphaned. Then they are merged by id with the sidecar on disk (undefined: none, or unreadable) against
 * the journal's base, as a sidecar changed on disk is merged: what is on disk is never overwritten, and a
 * conflicting change is reported so that the journal's side can be kept in a conflict copy.
 */
export function restoreFromJournal(journal: ArticleJournal, text: string, onDisk: Sidecar | undefined, articleName: string): JournalRestore {
  const how = isJournaledText(journal, text) ? 'same-text' : 'reanchored';
  const journaled = { ...journal.sidecar, document: { ...journal.sidecar.document, path: articleName } };
  const mine = how === 'same-text' ? journaled : syncWithText(journaled, text, articleName);
  const base = journal.base ? syncWithText(journal.base.sidecar, text, articleName) : emptySidecar(articleName, text);
  const theirs = onDisk ? syncWithText(onDisk, text, articleName) : emptySidecar(articleName, text);
  const { merged, conflicts } = mergeSidecars(base, mine, theirs);
  const theirsById = new Map(theirs.annotations.map((a) => [a.id, a]));
  const recoveredAnnotations = merged.annotations.filter((a) => hasUserContent(a) && !sameWork(a, theirsById.get(a.id)));
  const theirNames = new Map(theirs.entities.map((e) => [e.name, e]));
  const recoveredNames = merged.entities.filter((e) => !sameEntity(e, theirNames.get(e.name)));
  return {
    how,
    sidecar: merged,
    mine,
    conflicts,
    recovered: recoveredAnnotations.length + recoveredNames.length,
    orphaned: recoveredAnnotations.filter((a) => a.status === 'orphaned').length,
  };
}

/** The same annotation as far as a person's work goes (where it sits is anchoring's business). */
function sameWork(a: Annotation, b: Annotation | undefined): boolean {
  const work = (x: Annotation) => JSON.stringify([x.kind, x.speaker, x.cue, x.hedge, x.verdict, x.note, x.evidence, x.origin]);
  return b !== undefined && work(a) === work(b);
}

function sameEntity(a: SidecarEntity, b: SidecarEntity | undefined): boolean {
  return b !== undefined && JSON.stringify([a.type, a.aliases, a.wikidata]) === JSON.stringify([b.type, b.aliases, b.wikidata]);
}
