// The file-system interface the sidecar store writes through: node:fs in the CLI, workspace.fs in the extension, memory in tests.

export interface FileStat {
  /** 'other': a device, named pipe or socket, never read (a pipe would wait for a writer, a device never end). */
  type: 'file' | 'directory' | 'other';
  /** Size in bytes. */
  size: number;
  /** Modification time in milliseconds since the epoch. */
  mtime: number;
}

/**
 * Paths are opaque strings: file-system paths in the CLI, URI strings in the extension. The store only ever derives a
 * path by appending a suffix to an article's path, so both work unchanged.
 */
export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  /** Creates or replaces the file. */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** Replaces `to` if it exists. Atomic on the file systems newsmark writes to (POSIX rename, workspace.fs rename). */
  rename(from: string, to: string): Promise<void>;
  delete(path: string): Promise<void>;
  /** undefined when nothing is at the path. */
  stat(path: string): Promise<FileStat | undefined>;
  /** Entries' names (not paths) and types: files and folders only. */
  readDirectory(path: string): Promise<[name: string, type: 'file' | 'directory'][]>;
}
