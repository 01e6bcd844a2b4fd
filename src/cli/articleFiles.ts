// Finds the articles and sidecars named on the command line (files and folders), and reads articles as text.
import { closeSync, fstatSync, lstatSync, openSync, readSync, statSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { decodeArticle, DEFAULT_MAX_LENGTH, MAX_ARTICLE_BYTES } from '../core';
import { fileErrorReason, isSidecarPath } from '../core/sidecar';
import { SIDECAR_SUFFIX } from '../core/sidecar/types';
import { CliError, terminalText } from './io';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.news', '.article'];
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test', '.vscode-test-web']);

export function isArticleName(file: string): boolean {
  return !isSidecarPath(file) && ARTICLE_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

/** A folder inside those walked that could not be read, and why. */
export interface SkippedFolder {
  folder: string;
  reason: string;
}

/**
 * Every file under the given paths that `want` accepts, in a stable order. A file named directly is taken whatever
 * its name when `explicit` accepts it. A path that does not exist or cannot be read is an error before anything is done.
 */
export async function collectFiles(paths: string[], want: (file: string) => boolean, explicit: (file: string) => string | undefined, skipped?: SkippedFolder[]): Promise<string[]> {
  if (!paths.length) throw new CliError('name at least one file or folder');
  const out: string[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new CliError(`cannot read ${p}: ${code === 'ENOENT' ? 'no such file or folder' : (err as Error).message}`);
    }
    if (stat.isDirectory() && !(p.endsWith(SIDECAR_SUFFIX) && want(p))) {
      await walk(p, want, out, skipped);
    } else {
      const reason = explicit(p);
      if (reason) throw new CliError(`${p}: ${reason}`);
      out.push(p);
    }
  }
  return uniqueFiles(out);
}

/**
 * The files without repeats: one named twice (relative and absolute, or through a linked folder) is the same entry
 * of the same folder. A linked file is an entry of its own (it has its own sidecar). The first spelling is kept.
 */
export async function uniqueFiles(files: readonly string[]): Promise<string[]> {
  const seen = new Set<string>();
  const folders = new Map<string, Promise<string>>();
  const out: string[] = [];
  for (const f of files) {
    const key = await entryKey(f, folders);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/** A file's place as one real folder and a name in it; `folders` keeps the real paths of folders already resolved. */
export async function entryKey(file: string, folders = new Map<string, Promise<string>>()): Promise<string> {
  const absolute = path.resolve(file);
  const folder = path.dirname(absolute);
  let real = folders.get(folder);
  if (!real) {
    real = fs.realpath(folder).catch(() => folder);
    folders.set(folder, real);
  }
  return path.join(await real, path.basename(absolute));
}

/**
 * Walks `dir` for the files `want` takes. A folder inside it that cannot be read (no permission, say) is named in
 * `skipped` and the walk goes on, when the caller gives that list; the folder named itself must be readable.
 */
async function walk(dir: string, want: (file: string) => boolean, out: string[], skipped?: SkippedFolder[], top = true): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (err as Error).message;
    if (top || !skipped) throw new CliError(`cannot read folder ${dir}: ${reason}`);
    skipped.push({ folder: dir, reason });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory() && full.endsWith(SIDECAR_SUFFIX) && want(full)) {
      // A folder where a sidecar should be is taken as the sidecar, so that reading it reports it.
      out.push(full);
    } else if (e.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(e.name) && !e.name.startsWith('.')) await walk(full, want, out, skipped, false);
    } else if (e.isFile() && want(full)) {
      out.push(full);
    } else if (e.isSymbolicLink() && want(full) && !(await isFolderBehindLink(full))) {
      // A linked article is read like the editor reads it; linked folders are not walked (they can loop). A link to
      // nothing is taken too, so that reading it reports it by name.
      out.push(full);
    }
  }
}

async function isFolderBehindLink(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The input that writing `out` would replace, if any: `out` names it (as its real folder and name), or leads to it,
 * or to the file it leads to, through links.
 */
export async function inputReplacedBy(out: string, inputs: Iterable<string>): Promise<string | undefined> {
  const folders = new Map<string, Promise<string>>();
  const identities = async (file: string): Promise<string[]> => {
    const key = await entryKey(file, folders);
    return isLink(file) ? [key, await fs.realpath(file).catch(() => key)] : [key];
  };
  const target = new Set(await identities(out));
  const all = [...inputs];
  // The input named as the file itself comes before a link that leads to it.
  for (const input of all) if (target.has(await entryKey(input, folders))) return input;
  for (const input of all) if ((await identities(input)).some((i) => target.has(i))) return input;
  return undefined;
}

export function articleReason(file: string): string | undefined {
  if (isSidecarPath(file)) return 'is a sidecar, not an article (name the article instead)';
  return isArticleName(file) ? undefined : `not an article file (expected ${ARTICLE_EXTENSIONS.join(', ')})`;
}

/** The article a sidecar belongs to. */
export function articleForSidecar(sidecarPath: string): string {
  return sidecarPath.slice(0, -SIDECAR_SUFFIX.length);
}

export type ArticleText = { ok: true; text: string } | { ok: false; reason: string };

export async function readArticle(file: string): Promise<ArticleText> {
  let handle: fs.FileHandle | undefined;
  try {
    // Looked at before it is opened: opening a named pipe would wait for a writer.
    const before = refusal(await fs.stat(file));
    if (before) return before;
    handle = await fs.open(file, 'r');
    const stat = await handle.stat();
    const refused = refusal(stat);
    if (refused) return refused;
    const reading = new BoundedRead(stat.size);
    for (;;) {
      const { bytesRead } = await handle.read(reading.buffer, reading.length, reading.room, null);
      if (!reading.took(bytesRead)) break;
    }
    return reading.result();
  } catch (err) {
    return unreadable(err, file);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * The same, read at once: for a command that reads thousands of articles one after another, a blocking read costs
 * a fraction of a promise's round trip through the thread pool.
 */
export function readArticleNow(file: string): ArticleText {
  let fd: number | undefined;
  try {
    const before = refusal(statSync(file));
    if (before) return before;
    fd = openSync(file, 'r');
    const stat = fstatSync(fd);
    const refused = refusal(stat);
    if (refused) return refused;
    const reading = new BoundedRead(stat.size);
    while (reading.took(readSync(fd, reading.buffer, reading.length, reading.room, null)));
    return reading.result();
  } catch (err) {
    return unreadable(err, file);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The bytes of a file read in pieces up to MAX_ARTICLE_BYTES and one byte more (which tells a larger file): room for
 * the size found first, grown when the file grew meanwhile.
 */
class BoundedRead {
  buffer: Uint8Array;
  length = 0;
  constructor(size: number) {
    this.buffer = new Uint8Array(Math.min(size, MAX_ARTICLE_BYTES) + 1);
  }
  get room(): number {
    return this.buffer.length - this.length;
  }
  /** Counts the bytes a read gave; false when there is nothing more to read (the end, or past the bound). */
  took(bytes: number): boolean {
    if (bytes === 0) return false;
    this.length += bytes;
    if (this.length < this.buffer.length) return true;
    if (this.length > MAX_ARTICLE_BYTES) return false;
    const grown = new Uint8Array(Math.min(this.buffer.length * 2, MAX_ARTICLE_BYTES + 1));
    grown.set(this.buffer);
    this.buffer = grown;
    return true;
  }
  result(): ArticleText {
    return this.length > MAX_ARTICLE_BYTES ? tooLarge(this.length) : decoded(this.buffer.subarray(0, this.length));
  }
}

/**
 * Why a file is not read at all: a device, pipe or folder named like an article (a link to /dev/zero would never
 * end), or a file larger than any article newsmark analyses.
 */
function refusal(stat: { isFile(): boolean; size: number }): ArticleText | undefined {
  if (!stat.isFile()) return { ok: false, reason: 'cannot read: not a regular file (a device, pipe or folder)' };
  return stat.size > MAX_ARTICLE_BYTES ? tooLarge(stat.size) : undefined;
}

function tooLarge(bytes: number): ArticleText {
  return { ok: false, reason: `too large to read (${bytes.toLocaleString('en')} bytes; an article of more than ${MAX_ARTICLE_BYTES.toLocaleString('en')} bytes holds more than the ${DEFAULT_MAX_LENGTH.toLocaleString('en')} characters newsmark analyses)` };
}

function unreadable(err: unknown, file: string): ArticleText {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { ok: false, reason: `cannot read: ${isLink(file) ? 'a link to a file that does not exist' : 'no such file'}` };
  return { ok: false, reason: `cannot read: ${fileErrorReason(err)}` };
}

/** Whether the file is a symbolic link (to something or to nothing). */
export function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function decoded(bytes: Uint8Array): ArticleText {
  const result = decodeArticle(bytes);
  return result.ok ? { ok: true, text: result.text } : { ok: false, reason: result.reason };
}

/** Draws a progress line on the terminal (stderr) for long runs, and nothing when output is piped. */
export class ProgressLine {
  private lastDraw = 0;
  private drawn = false;
  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly enabled: boolean,
    private readonly total: number,
  ) {}

  update(done: number, current: string): void {
    if (!this.enabled || this.total < 2) return;
    const now = Date.now();
    if (now - this.lastDraw < 100 && done < this.total) return;
    this.lastDraw = now;
    this.drawn = true;
    const width = (process.stderr as { columns?: number }).columns ?? 80;
    const line = `[${done}/${this.total}] ${terminalText(current)}`;
    this.stream.write(`\r${line.length > width - 1 ? line.slice(0, width - 2) + '…' : line}\x1b[K`);
  }

  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
  }
}

/** Left-aligned first column, right-aligned numbers. */
export function formatTable(header: string[], rows: (string | number)[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
