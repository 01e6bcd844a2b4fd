// The sidecar store's FileSystem over node:fs, for the CLI.
import fs from 'node:fs/promises';
import type { FileStat, FileSystem } from '../core/fs';

export const nodeFileSystem: FileSystem = {
  async readFile(path) {
    return new Uint8Array(await fs.readFile(path));
  },
  async writeFile(path, data) {
    // flush: the bytes reach the disk before the rename that publishes them.
    await fs.writeFile(path, data, { flush: true });
  },
  async rename(from, to) {
    await fs.rename(from, to);
  },
  async delete(path) {
    await fs.rm(path, { force: true });
  },
  async stat(path): Promise<FileStat | undefined> {
    try {
      const s = await fs.stat(path);
      return { type: s.isDirectory() ? 'directory' : 'file', size: s.size, mtime: s.mtimeMs };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
      throw err;
    }
  },
  async readDirectory(path) {
    const entries = await fs.readdir(path, { withFileTypes: true });
    return entries.filter((e) => e.isFile() || e.isDirectory()).map((e) => [e.name, e.isDirectory() ? 'directory' : 'file'] as [string, FileStat['type']]);
  },
};
