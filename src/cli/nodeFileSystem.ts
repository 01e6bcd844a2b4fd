// The sidecar store's FileSystem over node:fs, for the CLI.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FileStat, FileSystem } from '../core/fs';

export const nodeFileSystem: FileSystem = {
  async readFile(path) {
    return new Uint8Array(await fs.readFile(path));
  },
  async writeFile(file, data) {
    try {
      // flush: the bytes reach the disk before the rename that publishes them.
      await fs.writeFile(file, data, { flush: true });
    } catch (err) {
      throw writeFailure(err, file);
    }
  },
  async rename(from, to) {
    // A sidecar that is a symbolic link (to a shared annotations folder, say) is written where it points: renaming
    // onto the link would replace it with a file of its own, and the linked file would silently stop changing.
    const target = (await linkTarget(to)) ?? to;
    // A sidecar made read-only (chmod a-w: a desk's finished check) is not replaced, though its folder would allow it.
    const mode = (await fs.stat(target).catch(() => undefined))?.mode;
    if (mode !== undefined && (mode & 0o222) === 0) {
      await fs.rm(from, { force: true });
      throw Object.assign(new Error(`${path.basename(target)} is read-only (make it writable to let newsmark update it)`), { code: 'EACCES' });
    }
    try {
      await fs.rename(from, target);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
      // The link points to another file system: the new bytes go beside the target first, still by one rename.
      const beside = `${target}.${Date.now().toString(36)}.tmp`;
      await fs.copyFile(from, beside);
      await fs.rename(beside, target);
      await fs.rm(from, { force: true });
    }
  },
  async delete(path) {
    await fs.rm(path, { force: true });
  },
  async stat(path): Promise<FileStat | undefined> {
    try {
      const s = await fs.stat(path);
      return { type: s.isDirectory() ? 'directory' : s.isFile() ? 'file' : 'other', size: s.size, mtime: s.mtimeMs };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
      throw err;
    }
  },
  async readDirectory(path) {
    const entries = await fs.readdir(path, { withFileTypes: true });
    return entries.filter((e) => e.isFile() || e.isDirectory()).map((e) => [e.name, e.isDirectory() ? 'directory' : 'file'] as [string, 'file' | 'directory']);
  },
};

/** Where a symbolic link at `file` finally points (followed through links, even to a file not there yet); undefined when it is no link. */
async function linkTarget(file: string): Promise<string | undefined> {
  let at = file;
  for (let hops = 0; hops < 40; hops++) {
    let stat;
    try {
      stat = await fs.lstat(at);
    } catch {
      return at === file ? undefined : at;
    }
    if (!stat.isSymbolicLink()) return at === file ? undefined : at;
    at = path.resolve(path.dirname(at), await fs.readlink(at));
  }
  throw new Error(`${file}: too many levels of symbolic links`);
}

/**
 * A failed write told by the file it was for: the system's message names the temporary file written first
 * (`<sidecar>.<stamp>.tmp`), a name the user never chose. Other failures are left as they are.
 */
function writeFailure(err: unknown, file: string): unknown {
  const code = (err as NodeJS.ErrnoException).code;
  const reason = code === 'EACCES' || code === 'EPERM' ? 'its folder may not be written (permission denied)' : code === 'EROFS' ? 'its folder is on a read-only file system' : code === 'ENOSPC' ? 'the disk is full' : undefined;
  if (!reason) return err;
  const target = path.basename(file).replace(/\.[0-9a-z]{11}\.tmp$/, '');
  return Object.assign(new Error(`cannot write ${target}: ${reason}; nothing was written`), { code });
}
