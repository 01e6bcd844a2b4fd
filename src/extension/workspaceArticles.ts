// Finds and reads the workspace's article files through workspace.fs (works on disk and on virtual file systems).
import * as vscode from 'vscode';
import { decodeArticle } from '../core';
import type { DocumentAnalyses } from './documentAnalyses';
import type { Settings } from './settings';

/** How many articles the walk lists at most, and what it does when there are more. */
export interface ArticleLimit {
  max: number;
  reached(max: number): void;
}

/**
 * Stop listing after 5,000 articles: the cross-source index is for a story's sources, not a whole archive. Reaching
 * the limit is said, not hidden.
 */
export const WORKSPACE_ARTICLE_LIMIT: ArticleLimit = { max: 5000, reached: reportArticleLimit };

/**
 * Folders the walk never enters, as `newsmark` on the command line does: dependencies and build output, and every
 * folder whose name starts with a dot (.git, .vscode, .github, .vscode-test…), which hold tools' files, not copy.
 * The exclude setting's description says so. An article in one of them is still analysed when it is opened.
 */
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'out']);

export function isSkippedFolderName(name: string): boolean {
  return SKIPPED_FOLDERS.has(name) || name.startsWith('.');
}

/** Whether the file lies in a folder the walk skips, below its workspace folder. */
export function isInSkippedFolder(uri: vscode.Uri): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const root = folder ? folder.uri.path.replace(/\/+$/, '') : '';
  const folders = uri.path.slice(root.length).split('/').slice(0, -1);
  return folders.some((name) => name && isSkippedFolderName(name));
}

/** What the walk asks of the article settings. */
export type ArticlePaths = Pick<DocumentAnalyses, 'isArticlePath' | 'isExcludedFolder'>;

/** The workspace folders' articles in a stable order, at most `limit.max` of them. */
export async function listWorkspaceArticles(analyses: ArticlePaths, token?: vscode.CancellationToken, limit = WORKSPACE_ARTICLE_LIMIT): Promise<vscode.Uri[]> {
  const found: vscode.Uri[] = [];
  const roots = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri);
  const rootKeys = new Set(roots.map((uri) => uri.toString()));
  const pending = [...roots];
  let moreLeft = false;
  while (pending.length && !moreLeft && !token?.isCancellationRequested) {
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
        if (type & vscode.FileType.SymbolicLink || isSkippedFolderName(name) || rootKeys.has(uri.toString())) continue;
        if (!analyses.isExcludedFolder(uri)) pending.push(uri);
      } else if (type & vscode.FileType.File && analyses.isArticlePath(uri)) {
        if (found.length === limit.max) {
          moreLeft = true;
          break;
        }
        found.push(uri);
      }
    }
  }
  if (moreLeft) limit.reached(limit.max);
  return found;
}

function reportArticleLimit(limit: number): void {
  console.warn(`newsmark: the workspace holds more than ${limit} articles; the cross-source index holds the first ${limit} in folder order`);
  void vscode.window.showWarningMessage(
    vscode.l10n.t(
      'Newsmark: this workspace holds more than {0} articles, so the cross-source index holds only the first {0} (in folder order). Narrow newsmark.include or newsmark.exclude to the story’s articles.',
      limit.toLocaleString(vscode.env.language),
    ),
  );
}

/** An article's text as read, and whether it is an editor's unsaved text (which may be thrown away without a file event). */
export interface ArticleRead {
  text: string;
  unsaved: boolean;
}

/**
 * The text of an article: the open document's when it has unsaved edits, else the file's; undefined for binary,
 * undecodable, too large or deleted files (VS Code keeps a closed editor's document for a while, file or no file).
 */
export async function readArticle(uri: vscode.Uri, settings: Settings): Promise<ArticleRead | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open?.isDirty) return { text: open.getText(), unsaved: true };
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    // (A device or pipe named like an article, such as a link to /dev/zero, reports no size and would never end.)
    if ((stat.type & vscode.FileType.File) === 0 || stat.size > settings.current.maxFileSize) return undefined;
    const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri));
    return decoded.ok ? { text: decoded.text, unsaved: false } : undefined;
  } catch {
    return undefined;
  }
}
