// Re-analyse Workspace: rebuilds the cross-source index over every article, with progress and cancellation.
import * as vscode from 'vscode';
import type { BuildResult } from '../../core/corpus';
import { Commands } from '../constants';
import type { WorkspaceIndex } from '../crossSource/workspaceIndex';

export function registerReanalyseWorkspaceCommand(workspace: WorkspaceIndex): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.reanalyseWorkspace, (): Thenable<BuildResult> =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Newsmark: analysing the workspace'), cancellable: true },
      async (progress, token) => {
        const result = await workspace.rebuild(progress, token);
        if (result.failed) void vscode.window.showWarningMessage(vscode.l10n.t('Newsmark: {0} file(s) could not be read as UTF-8 articles and were skipped.', result.failed));
        return result;
      },
    ),
  );
}
