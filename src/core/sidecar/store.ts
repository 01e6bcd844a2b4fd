// The one sidecar store: loads with limits, never writes over a file it could not read, writes atomically and only when changed.
import type { FileSystem } from '../fs';
import { DEFAULT_SIDECAR_LIMITS, parseSidecar, tooLargeProblem, type ParsedSidecar, type SidecarLimits } from './parse';
import { renderSidecar } from './serialize';
import { CONFLICT_SUFFIX, SIDECAR_SUFFIX, type Sidecar, type SidecarProblem } from './types';

export type SidecarLoad =
  | { state: 'missing' }
  | { state: 'ok'; parsed: ParsedSidecar }
  /** The file exists but cannot be used; it must be left exactly as it is. */
  | { state: 'invalid'; problems: SidecarProblem[] };

export type SidecarWrite =
  | { state: 'written'; parsed: ParsedSidecar }
  | { state: 'unchanged'; parsed: ParsedSidecar }
  /** The file on disk is no longer the one the edit started from; nothing was written (merge, then try again). */
  | { state: 'changed-on-disk'; current: SidecarLoad };

export function sidecarPathFor(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

/** The n-th conflict copy: `<article>.annotations.conflict.yaml`, then `.annotations.conflict-2.yaml`, … */
export function conflictPathFor(articlePath: string, n = 1): string {
  return n <= 1 ? articlePath + CONFLICT_SUFFIX : `${articlePath}${CONFLICT_SUFFIX.slice(0, -'.yaml'.length)}-${n}.yaml`;
}

const NUMBERED_CONFLICT = /\.annotations\.conflict-\d+\.yaml$/;

/** Whether a path names a sidecar (or one of its conflict copies) rather than an article. */
export function isSidecarPath(path: string): boolean {
  return path.endsWith(SIDECAR_SUFFIX) || path.endsWith(CONFLICT_SUFFIX) || NUMBERED_CONFLICT.test(path);
}

/** The article's name as recorded in its sidecar: the last segment of its path or URI. */
export function articleBaseName(articlePath: string): string {
  const cut = Math.max(articlePath.lastIndexOf('/'), articlePath.lastIndexOf('\\'));
  return decodeURIComponentSafe(articlePath.slice(cut + 1));
}

/** The middle of a temporary file's name: 9 base-36 digits of time, 2 of counter. */
function isTempStamp(s: string): boolean {
  return /^[0-9a-z]{11}$/.test(s);
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A bound on the search for a free conflict-copy name; reaching it means something keeps conflicting unattended. */
const MAX_CONFLICT_COPIES = 1000;

export interface SidecarStoreOptions {
  limits?: SidecarLimits;
  /**
   * Some file systems replace a file on rename by deleting it first (VS Code's disk provider does), so a crash can
   * leave only the finished temporary file. With this set, a missing sidecar is restored from such a file.
   */
  recoverInterruptedWrites?: boolean;
  /**
   * How recent such a temporary file must be to be restored (default 30 minutes). An older one is more likely left
   * over from a failed write long ago than the only copy of the last one, and restoring it could bring back a sidecar
   * that someone deleted on purpose.
   */
  recoveryWindowMs?: number;
  /** The clock compared with file modification times (ms since the epoch). */
  now?: () => number;
}

/** See SidecarStoreOptions.recoveryWindowMs. */
export const DEFAULT_RECOVERY_WINDOW_MS = 30 * 60 * 1000;

export class SidecarStore {
  private readonly limits: SidecarLimits;
  /** Tells apart temporary files made in the same millisecond (a random start: by two stores too). */
  private tempCounter = Math.floor(Math.random() * 1296);
  constructor(
    private readonly fs: FileSystem,
    private readonly options: SidecarStoreOptions = {},
  ) {
    this.limits = options.limits ?? DEFAULT_SIDECAR_LIMITS;
  }

  async load(articlePath: string): Promise<SidecarLoad> {
    return this.loadFile(sidecarPathFor(articlePath));
  }

  async loadFile(sidecarPath: string): Promise<SidecarLoad> {
    const stat = await this.fs.stat(sidecarPath);
    if (!stat) return this.options.recoverInterruptedWrites ? this.recover(sidecarPath) : { state: 'missing' };
    if (stat.type !== 'file') return { state: 'invalid', problems: [{ message: 'the sidecar path is a folder', start: 0, end: 0 }] };
    // Refuse large files before reading them, so a 50 MB sidecar costs nothing.
    if (stat.size > this.limits.maxBytes) return { state: 'invalid', problems: [tooLargeProblem(stat.size, this.limits)] };
    let bytes: Uint8Array;
    try {
      bytes = await this.fs.readFile(sidecarPath);
    } catch (err) {
      if (!(await this.fs.stat(sidecarPath))) return { state: 'missing' };
      return { state: 'invalid', problems: [{ message: `cannot read the sidecar: ${(err as Error).message}`, start: 0, end: 0 }] };
    }
    if (bytes.length > this.limits.maxBytes) return { state: 'invalid', problems: [tooLargeProblem(bytes.length, this.limits)] };
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { state: 'invalid', problems: [{ message: 'the sidecar is not valid UTF-8 text', start: 0, end: 0 }] };
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const result = parseSidecar(text, this.limits);
    return result.ok ? { state: 'ok', parsed: result.parsed } : { state: 'invalid', problems: result.problems };
  }

  /**
   * Puts back the temporary file of an interrupted write when the sidecar is missing: the newest one, only if it is a
   * complete sidecar and younger than the recovery window. Successful writes delete older temporary files, so one
   * that is still there is from the last write, which failed.
   */
  private async recover(sidecarPath: string): Promise<SidecarLoad> {
    const windowMs = this.options.recoveryWindowMs ?? DEFAULT_RECOVERY_WINDOW_MS;
    const now = (this.options.now ?? Date.now)();
    for (const tempPath of await this.tempFilesOf(sidecarPath)) {
      const stat = await this.fs.stat(tempPath);
      // Newest first: once one is too old, so are the rest.
      if (!stat || now - stat.mtime > windowMs) break;
      const loaded = await this.loadFile(tempPath);
      if (loaded.state !== 'ok') continue;
      if (await this.fs.stat(sidecarPath)) break;
      await this.fs.rename(tempPath, sidecarPath);
      return this.loadFile(sidecarPath);
    }
    return { state: 'missing' };
  }

  /** Paths of the temporary files beside `path` (see writeAtomically), newest first. */
  private async tempFilesOf(path: string): Promise<string[]> {
    const cut = path.lastIndexOf('/');
    if (cut < 0) return [];
    const folder = path.slice(0, cut);
    const name = path.slice(cut + 1);
    let entries: [string, string][];
    try {
      entries = await this.fs.readDirectory(folder);
    } catch {
      return [];
    }
    return entries
      .filter(([entry, type]) => type === 'file' && entry.startsWith(name + '.') && entry.endsWith('.tmp') && isTempStamp(entry.slice(name.length + 1, -'.tmp'.length)))
      .map(([entry]) => `${folder}/${entry}`)
      .sort()
      .reverse();
  }

  /** After a successful write, the temporary files of earlier failed writes are stale: delete them (best effort). */
  private async removeStaleTemps(path: string, writtenTemp: string): Promise<void> {
    try {
      for (const temp of await this.tempFilesOf(path)) {
        // Only older ones: a newer name may be another writer's file between its write and its rename.
        if (temp < writtenTemp) await this.fs.delete(temp);
      }
    } catch {
      // Clean-up is not part of the write; the next write tries again.
    }
  }

  /**
   * Writes `sidecar`, editing `base` (the file as last read; undefined when there was none) so hand edits survive.
   * Checks first that the file on disk is still `base`: if someone changed, created or broke it meanwhile, nothing is
   * written and the current state is returned. Skips the write when the text would not change.
   */
  async save(articlePath: string, sidecar: Sidecar, base: ParsedSidecar | undefined): Promise<SidecarWrite> {
    const path = sidecarPathFor(articlePath);
    const current = await this.loadFile(path);
    const onDiskText = current.state === 'ok' ? current.parsed.text : undefined;
    if (current.state === 'invalid' || onDiskText !== base?.text || (current.state === 'missing') !== (base === undefined)) {
      return { state: 'changed-on-disk', current };
    }
    const text = renderSidecar(sidecar, base);
    if (base && text === base.text) return { state: 'unchanged', parsed: base };
    const parsed = parseSidecar(text, { ...this.limits, maxBytes: Number.MAX_SAFE_INTEGER });
    if (!parsed.ok) throw new Error(`newsmark produced a sidecar it cannot read back (${parsed.problems[0]?.message}); nothing was written`);
    await this.writeAtomically(path, text);
    return { state: 'written', parsed: parsed.parsed };
  }

  /**
   * Keeps the other side of an unmergeable conflict next to the sidecar, as `<article>.annotations.conflict.yaml` or,
   * when that exists already (an earlier conflict nobody has resolved yet), the first free `…conflict-N.yaml`: an
   * earlier copy is never replaced. Returns the path written, for telling the user.
   */
  async saveConflictCopy(articlePath: string, sidecar: Sidecar, base: ParsedSidecar | undefined): Promise<string> {
    const text = renderSidecar(sidecar, base);
    for (let n = 1; n <= MAX_CONFLICT_COPIES; n++) {
      const path = conflictPathFor(articlePath, n);
      if (await this.fs.stat(path)) continue;
      await this.writeAtomically(path, text);
      return path;
    }
    throw new Error(`there are already ${MAX_CONFLICT_COPIES} conflict copies beside ${articleBaseName(articlePath)}; resolve some of them first`);
  }

  /** Temporary file beside the target, then rename: a crash leaves the old file or the new one, never half of one. */
  async writeAtomically(path: string, text: string): Promise<void> {
    // Fixed-width time first, so that sorting the names sorts the files by age (see recover).
    const temp = `${path}.${Date.now().toString(36).padStart(9, '0')}${(this.tempCounter++ % 1296).toString(36).padStart(2, '0')}.tmp`;
    const existedBefore = (await this.fs.stat(path)) !== undefined;
    try {
      await this.fs.writeFile(temp, new TextEncoder().encode(text));
      await this.fs.rename(temp, path);
    } catch (err) {
      // If a failed rename already removed the target, the temporary file is the only copy left: keep it for recover().
      const lostTarget = existedBefore && !(await this.fs.stat(path).catch(() => undefined));
      if (!lostTarget) await this.fs.delete(temp).catch(() => undefined);
      throw err;
    }
    await this.removeStaleTemps(path, temp);
  }
}
