// The sidecar store's FileSystem over vscode.workspace.fs (local disks, remote and virtual workspaces, VS Code for the Web).
import * as vscode from 'vscode';
import type { FileStat, FileSystem } from '../../core/fs';

function isNotFound(err: unknown): boolean {
  return err instanceof vscode.FileSystemError ? err.code === 'FileNotFound' || err.code === 'EntryNotFound' : (err as { code?: string })?.code === 'FileNotFound';
}

function typeOf(type: vscode.FileType): FileStat['type'] | undefined {
  if (type & vscode.FileType.Directory) return 'directory';
  if (type & vscode.FileType.File) return 'file';
  return undefined;
}

/** Paths are URI strings (uri.toString()); the store derives sidecar paths by appending to them. */
export const workspaceFileSystem: FileSystem = {
  async readFile(path) {
    return vscode.workspace.fs.readFile(vscode.Uri.parse(path));
  },
  async writeFile(path, data) {
    await vscode.workspace.fs.writeFile(vscode.Uri.parse(path), data);
  },
  async rename(from, to) {
    await vscode.workspace.fs.rename(vscode.Uri.parse(from), vscode.Uri.parse(to), { overwrite: true });
  },
  async delete(path) {
    try {
      await vscode.workspace.fs.delete(vscode.Uri.parse(path), { useTrash: false });
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  },
  async stat(path) {
    try {
      const s = await vscode.workspace.fs.stat(vscode.Uri.parse(path));
      const type = typeOf(s.type);
      return type ? { type, size: s.size, mtime: s.mtime } : undefined;
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  },
  async readDirectory(path) {
    const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.parse(path));
    const out: [string, FileStat['type']][] = [];
    for (const [name, type] of entries) {
      const t = typeOf(type);
      if (t) out.push([name, t]);
    }
    return out;
  },
};
