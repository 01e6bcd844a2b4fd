// Finds and reads the workspace's article files through workspace.fs (works on disk and on virtual file systems).
import * as vscode from 'vscode';
import { decodeArticle } from '../core';
import type { DocumentAnalyses } from './documentAnalyses';
import type { Settings } from './settings';

/** Stop listing after this many articles: the cross-source index is for a story's sources, not a whole archive. */
export const MAX_WORKSPACE_ARTICLES = 5000;

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.vscode-test', '.vscode-test-web', 'dist', 'out']);

export async function listWorkspaceArticles(analyses: DocumentAnalyses, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found: vscode.Uri[] = [];
  const roots = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri);
  const rootKeys = new Set(roots.map((uri) => uri.toString()));
  const pending = [...roots];
  while (pending.length && found.length < MAX_WORKSPACE_ARTICLES && !token?.isCancellationRequested) {
    const folder = pending.shift()!;
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(folder);
    } catch {
      continue;
    }
    for (const [name, type] of entries.sort((a, b) => a[0].localeCompare(b[0]))) {
      const uri = vscode.Uri.joinPath(folder, name);
      if (type & vscode.FileType.Directory) {
        // A linked folder would list its articles a second time under other names (an article sharing everything with
        // itself), or loop when it links to a folder above; a workspace folder inside another is walked on its own.
        if (type & vscode.FileType.SymbolicLink || SKIPPED_FOLDERS.has(name) || rootKeys.has(uri.toString())) continue;
        if (!analyses.isExcludedFolder(uri)) pending.push(uri);
      } else if (type & vscode.FileType.File && analyses.isArticlePath(uri)) {
        found.push(uri);
      }
    }
  }
  return found;
}

/**
 * The text of an article: the open document's when it has unsaved edits, else the file's; undefined for binary,
 * undecodable, too large or deleted files (VS Code keeps a closed editor's document for a while, file or no file).
 */
export async function readArticle(uri: vscode.Uri, settings: Settings): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open?.isDirty) return open.getText();
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > settings.current.maxFileSize) return undefined;
    const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri));
    return decoded.ok ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}
