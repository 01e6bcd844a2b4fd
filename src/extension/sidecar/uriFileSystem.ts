// The sidecar store's FileSystem over a file system addressed by uris (workspace.fs), with paths as URI strings.
import type { FileSystem } from '../../core/fs';

/** The part of vscode.workspace.fs the store needs; `type` is a vscode.FileType bit set. */
export interface UriFileOperations<U> {
  readFile(uri: U): PromiseLike<Uint8Array>;
  writeFile(uri: U, data: Uint8Array): PromiseLike<void>;
  rename(from: U, to: U, options: { overwrite: boolean }): PromiseLike<void>;
  delete(uri: U, options: { useTrash: boolean }): PromiseLike<void>;
  stat(uri: U): PromiseLike<{ type: number; size: number; mtime: number }>;
  readDirectory(uri: U): PromiseLike<[name: string, type: number][]>;
}

/** How uris are read from strings and extended by a name (vscode.Uri.parse and vscode.Uri.joinPath). */
export interface UriSyntax<U> {
  parse(value: string): U;
  joinPath(folder: U, name: string): U;
}

/** vscode.FileType's values (fixed by the API). */
const FILE_TYPE_FILE = 1;
const FILE_TYPE_DIRECTORY = 2;

function isNotFound(err: unknown): boolean {
  // vscode.FileSystemError carries the code too.
  const code = (err as { code?: unknown } | undefined)?.code;
  return code === 'FileNotFound' || code === 'EntryNotFound';
}

function typeOf(type: number): 'file' | 'directory' | undefined {
  if (type & FILE_TYPE_DIRECTORY) return 'directory';
  if (type & FILE_TYPE_FILE) return 'file';
  return undefined;
}

/**
 * Paths are URI strings (uri.toString(), so percent-encoded); the store derives sidecar and temporary paths by
 * appending to them. Directory entries are therefore named as they appear in such strings ("My%20story.txt", not
 * "My story.txt"): the store compares them with the end of a path, and joins them to the folder's path.
 */
export function uriFileSystem<U extends { toString(): string }>(files: UriFileOperations<U>, uris: UriSyntax<U>): FileSystem {
  return {
    async readFile(path) {
      return files.readFile(uris.parse(path));
    },
    async writeFile(path, data) {
      await files.writeFile(uris.parse(path), data);
    },
    async rename(from, to) {
      await files.rename(uris.parse(from), uris.parse(to), { overwrite: true });
    },
    async delete(path) {
      try {
        await files.delete(uris.parse(path), { useTrash: false });
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
    },
    async stat(path) {
      try {
        const s = await files.stat(uris.parse(path));
        // (VS Code reports a device or pipe as FileType.Unknown: something is there, but no file to read.)
        return { type: typeOf(s.type) ?? 'other', size: s.size, mtime: s.mtime };
      } catch (err) {
        if (isNotFound(err)) return undefined;
        throw err;
      }
    },
    async readDirectory(path) {
      const folder = uris.parse(path);
      const out: [string, 'file' | 'directory'][] = [];
      for (const [name, type] of await files.readDirectory(folder)) {
        const t = typeOf(type);
        if (!t) continue;
        const child = uris.joinPath(folder, name).toString();
        out.push([child.slice(child.lastIndexOf('/') + 1), t]);
      }
      return out;
    },
  };
}
