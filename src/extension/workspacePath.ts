// How the extension names a file to a person: by its path in the workspace, so that two files of one name are told apart.
import * as vscode from 'vscode';

/**
 * The file's path relative to its workspace folder, after the folder's name in a multi-root workspace (its full path
 * when it is in no folder).
 */
export function workspacePath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}
