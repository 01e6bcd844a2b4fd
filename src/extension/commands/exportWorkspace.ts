// Export Annotations of Workspace…: the annotations of every article as one W3C collection, or their verdicts as ClaimReview.
import * as vscode from 'vscode';
import { Commands } from '../constants';
import { escapeForNotification } from '../notificationText';
import type { SidecarService } from '../sidecar/api';
import { asUri } from './commandTargets';
import { publishedAddressOf } from './exportAddresses';
import { someReviewUnaddressed, unaddressedReviewsNotice } from './exportNotice';

export type WorkspaceExportFormat = 'w3c' | 'claimreview';

/** The choices, read when asked so that they are in the display language. */
function exportFormats(): { format: WorkspaceExportFormat; label: string; detail: string; fileName: string }[] {
  return [
    { format: 'w3c', label: vscode.l10n.t('Annotations (W3C Web Annotation JSON-LD)'), detail: vscode.l10n.t('Every annotation of every article, with its text selectors'), fileName: 'newsmark-annotations.jsonld' },
    { format: 'claimreview', label: vscode.l10n.t('Verdicts (schema.org ClaimReview JSON-LD)'), detail: vscode.l10n.t('Every claim with a verdict, in every article'), fileName: 'newsmark-claimreview.jsonld' },
  ];
}

export interface WorkspaceExportArgs {
  format?: WorkspaceExportFormat;
  /** Where to write; without it a save dialog asks, starting in the (first) workspace folder. */
  target?: vscode.Uri | string;
}

async function exportWorkspace(args: WorkspaceExportArgs | undefined, sidecars: SidecarService): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder && !args?.target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Newsmark: open a folder to export the annotations of its articles.'));
    return undefined;
  }
  const formats = exportFormats();
  const choice = args?.format ? formats.find((f) => f.format === args.format) : await vscode.window.showQuickPick(formats, { title: vscode.l10n.t('Newsmark: export the annotations of the workspace') });
  if (!choice) return undefined;

  // Each article under its workspace folder's newsmark.export.baseUrl, when the folder has one (an invalid one is
  // named, and nothing is written).
  let exported: { content: object; count: number; unaddressed: boolean };
  try {
    exported = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Newsmark: collecting annotations') }, async () => {
      if (choice.format === 'w3c') {
        const collection = (await sidecars.exportW3C(undefined, publishedAddressOf)) as { total?: number };
        return { content: collection, count: collection.total ?? 0, unaddressed: false };
      }
      const reviews = await sidecars.exportClaimReview(undefined, publishedAddressOf);
      return { content: reviews, count: reviews.length, unaddressed: someReviewUnaddressed(reviews) };
    });
  } catch (err) {
    // (An annotations file that cannot be read: the message names it.)
    void vscode.window.showErrorMessage(vscode.l10n.t('Newsmark: {0}', (err as Error).message));
    return undefined;
  }
  if (!exported.count) {
    void vscode.window.showInformationMessage(choice.format === 'w3c' ? vscode.l10n.t('Newsmark: no article of this workspace has annotations yet.') : vscode.l10n.t('Newsmark: no claim in this workspace has a verdict yet.'));
    return undefined;
  }

  const target = args?.target
    ? asUri(args.target)
    : await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(folder!.uri, choice.fileName), filters: { 'JSON-LD': ['jsonld', 'json'] }, title: vscode.l10n.t('Newsmark: {0}', choice.label) });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(JSON.stringify(exported.content, null, 2) + '\n'));
  if (!args?.target) {
    const path = escapeForNotification(vscode.workspace.asRelativePath(target));
    if (choice.format === 'w3c') void vscode.window.showInformationMessage(vscode.l10n.t('Newsmark: exported {0} annotation(s) to {1}.', exported.count, path));
    else {
      const done = vscode.l10n.t('Newsmark: exported {0} verdict(s) to {1}.', exported.count, path);
      void vscode.window.showInformationMessage(exported.unaddressed ? `${done} ${unaddressedReviewsNotice()}` : done);
    }
  }
  return target;
}

export function registerExportWorkspaceCommand(sidecars: SidecarService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.exportWorkspace, (args?: WorkspaceExportArgs) => exportWorkspace(args, sidecars));
}
