// The folder in the extension's storage that keeps the journals of annotations not written yet, over workspace.fs.
import * as vscode from 'vscode';
import { SidecarStore } from '../../core/sidecar';
import { journalFileName, MAX_JOURNAL_BYTES, readJournal, type JournalRead } from './sidecarJournal';
import { workspaceFileSystem } from './workspaceFileSystem';

/** The journals' folder: the workspace's storage, or the global one in a window without a workspace. */
export function journalFolderOf(context: Pick<vscode.ExtensionContext, 'storageUri' | 'globalStorageUri'>): vscode.Uri {
  return vscode.Uri.joinPath(context.storageUri ?? context.globalStorageUri, 'annotation-journals');
}

export class JournalFolder {
  /** Its atomic write (a temporary file, then a rename) serves journals as it serves sidecars. */
  private readonly writer = new SidecarStore(workspaceFileSystem);
  private created: Promise<void> | undefined;

  /**
   * `owner`: the session of this window (vscode.env.sessionId), written into each journal, and whether the folder is
   * shared with other windows (the global storage of windows without a workspace).
   */
  constructor(
    readonly folder: vscode.Uri,
    readonly owner: { session: string; shared: boolean } = { session: '', shared: false },
  ) {}

  uriOf(articleKey: string): vscode.Uri {
    return vscode.Uri.joinPath(this.folder, journalFileName(articleKey));
  }

  async write(articleKey: string, text: string): Promise<void> {
    this.created ??= Promise.resolve(vscode.workspace.fs.createDirectory(this.folder)).catch((err) => {
      this.created = undefined;
      throw err;
    });
    await this.created;
    await this.writer.writeAtomically(this.uriOf(articleKey).toString(), text);
  }

  /** The article's journal; undefined when it has none. */
  async read(articleKey: string): Promise<JournalRead | undefined> {
    return readJournalFile(this.uriOf(articleKey));
  }

  async remove(articleKey: string): Promise<void> {
    await workspaceFileSystem.delete(this.uriOf(articleKey).toString());
  }

  /** Every journal in the folder, with where it is. */
  async list(): Promise<{ uri: vscode.Uri; read: JournalRead }[]> {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(this.folder);
    } catch {
      return [];
    }
    const found: { uri: vscode.Uri; read: JournalRead }[] = [];
    for (const [name, type] of entries) {
      if (type !== vscode.FileType.File || !name.endsWith('.json')) continue;
      const uri = vscode.Uri.joinPath(this.folder, name);
      const read = await readJournalFile(uri);
      if (read) found.push({ uri, read });
    }
    return found;
  }
}

async function readJournalFile(uri: vscode.Uri): Promise<JournalRead | undefined> {
  let size: number;
  try {
    size = (await vscode.workspace.fs.stat(uri)).size;
  } catch {
    return undefined;
  }
  if (size > MAX_JOURNAL_BYTES) return { ok: false, problem: 'the journal is too large' };
  try {
    return readJournal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
  } catch (err) {
    return { ok: false, problem: `the journal cannot be read: ${(err as Error).message}` };
  }
}
