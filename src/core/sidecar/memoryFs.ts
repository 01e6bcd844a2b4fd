// An in-memory FileSystem for tests and previews; `failures` lets a test make chosen operations fail.
import type { FileStat, FileSystem } from '../fs';

export type FileOperation = 'readFile' | 'writeFile' | 'rename' | 'delete' | 'stat' | 'readDirectory';

export class MemoryFileSystem implements FileSystem {
  readonly files = new Map<string, Uint8Array>();
  /** Called before each operation; throw from it to simulate a failure or a crash at that point. */
  beforeOperation: ((op: FileOperation, path: string) => void) | undefined;
  /** The clock that stamps modification times (ms since the epoch); a test may move it. */
  now: () => number = () => Date.now();
  private lastMtime = 0;

  private readonly mtimes = new Map<string, number>();

  constructor(initial: Record<string, string> = {}) {
    for (const [path, text] of Object.entries(initial)) this.put(path, text);
  }

  put(path: string, text: string | Uint8Array): void {
    this.files.set(path, typeof text === 'string' ? new TextEncoder().encode(text) : text);
    // Strictly increasing, so that files written one after the other are told apart even within a millisecond.
    this.lastMtime = Math.max(this.lastMtime + 1, this.now());
    this.mtimes.set(path, this.lastMtime);
  }

  text(path: string): string | undefined {
    const bytes = this.files.get(path);
    return bytes && new TextDecoder().decode(bytes);
  }

  async readFile(path: string): Promise<Uint8Array> {
    this.beforeOperation?.('readFile', path);
    const bytes = this.files.get(path);
    if (!bytes) throw Object.assign(new Error(`no such file: ${path}`), { code: 'ENOENT' });
    return bytes.slice();
  }

  async writeFile(path: string, data: Uint8Array): Promise<void> {
    this.beforeOperation?.('writeFile', path);
    this.put(path, data.slice());
  }

  /** Replace on rename the way VS Code's disk provider does: delete the target, then move (not atomic). */
  replaceByDeleteThenMove = false;

  async rename(from: string, to: string): Promise<void> {
    if (this.replaceByDeleteThenMove && this.files.has(to)) {
      this.beforeOperation?.('delete', to);
      this.files.delete(to);
    }
    this.beforeOperation?.('rename', from);
    const bytes = this.files.get(from);
    if (!bytes) throw new Error(`no such file: ${from}`);
    this.files.delete(from);
    this.put(to, bytes);
  }

  async delete(path: string): Promise<void> {
    this.beforeOperation?.('delete', path);
    this.files.delete(path);
  }

  async stat(path: string): Promise<FileStat | undefined> {
    this.beforeOperation?.('stat', path);
    const bytes = this.files.get(path);
    if (bytes) return { type: 'file', size: bytes.length, mtime: this.mtimes.get(path) ?? 0 };
    const prefix = path.endsWith('/') ? path : path + '/';
    for (const p of this.files.keys()) if (p.startsWith(prefix)) return { type: 'directory', size: 0, mtime: 0 };
    return undefined;
  }

  async readDirectory(path: string): Promise<[string, 'file' | 'directory'][]> {
    this.beforeOperation?.('readDirectory', path);
    const prefix = path.endsWith('/') ? path : path + '/';
    const out = new Map<string, 'file' | 'directory'>();
    for (const p of this.files.keys()) {
      if (!p.startsWith(prefix)) continue;
      const rest = p.slice(prefix.length);
      const slash = rest.indexOf('/');
      out.set(slash < 0 ? rest : rest.slice(0, slash), slash < 0 ? 'file' : 'directory');
    }
    return [...out];
  }
}
