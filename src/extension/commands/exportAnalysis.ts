// Export: the active article's analysis as JSON, or its annotations as W3C Web Annotations / schema.org ClaimReview.
import * as vscode from 'vscode';
import type { ActiveArticle } from '../activeArticle';
import { Commands } from '../constants';
import type { DocumentAnalyses } from '../documentAnalyses';
import { escapeForNotification } from '../notificationText';
import type { SidecarService } from '../sidecar/api';
import { asUri } from './commandTargets';
import { exportBaseUrl } from '../settings';
import { publishedAddressOf } from './exportAddresses';
import { someReviewUnaddressed, unaddressedReviewsNotice } from './exportNotice';

export type ExportFormat = 'analysis' | 'w3c' | 'claimreview';

/** The choices, read when asked so that they are in the display language. */
function exportFormats(): { format: ExportFormat; label: string; detail: string; suffix: string }[] {
  return [
    { format: 'analysis', label: vscode.l10n.t('Analysis (JSON)'), detail: vscode.l10n.t('Quotes, speakers, hedges and entities with their offsets'), suffix: '.newsmark.json' },
    { format: 'w3c', label: vscode.l10n.t('Annotations (W3C Web Annotation JSON-LD)'), detail: vscode.l10n.t('Every annotation with its text selectors'), suffix: '.annotations.jsonld' },
    { format: 'claimreview', label: vscode.l10n.t('Verdicts (schema.org ClaimReview JSON-LD)'), detail: vscode.l10n.t('Claims that have a verdict'), suffix: '.claimreview.jsonld' },
  ];
}

export interface ExportArgs {
  uri?: vscode.Uri | string;
  format?: ExportFormat;
  /** Where to write; without it a save dialog asks. */
  target?: vscode.Uri | string;
}

async function exportArticle(args: ExportArgs | undefined, active: ActiveArticle, analyses: DocumentAnalyses, sidecars: SidecarService | undefined): Promise<vscode.Uri | undefined> {
  const document = args?.uri ? await vscode.workspace.openTextDocument(asUri(args.uri)) : active.document;
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Newsmark: open an article to export.'));
    return undefined;
  }
  const formats = exportFormats();
  const available = sidecars ? formats : formats.filter((f) => f.format === 'analysis');
  const choice = args?.format ? available.find((f) => f.format === args.format) : await vscode.window.showQuickPick(available, { title: vscode.l10n.t('Newsmark: export') });
  if (!choice) return undefined;
  let content: unknown;
  if (choice.format === 'analysis') {
    const analysed = analyses.get(document);
    if (!analysed) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Newsmark: this file is not analysed (not an article, or over the size limit).'));
      return undefined;
    }
    content = { document: document.uri.toString(), version: NEWSMARK_VERSION, analysis: analysed.analysis };
  } else {
    try {
      // Under newsmark.export.baseUrl, the article's web address (an invalid setting is named, and nothing is written).
      content = choice.format === 'w3c' ? await sidecars!.exportW3C(document.uri, publishedAddressOf) : await sidecars!.exportClaimReview(document.uri, publishedAddressOf);
    } catch (err) {
      // (The article's annotations file cannot be read: the message names it.)
      void vscode.window.showErrorMessage(vscode.l10n.t('Newsmark: {0}', (err as Error).message));
      return undefined;
    }
  }

  const target = args?.target
    ? asUri(args.target)
    : await vscode.window.showSaveDialog({ defaultUri: document.uri.with({ path: document.uri.path + choice.suffix }), title: vscode.l10n.t('Newsmark: {0}', choice.label) });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(JSON.stringify(content, null, 2) + '\n'));
  if (!args?.target) {
    const exported = vscode.l10n.t('Newsmark: exported to {0}.', escapeForNotification(vscode.workspace.asRelativePath(target)));
    // (No review at all: the notice still says how reviews would get an address, unless the setting gives one.)
    const reviews = choice.format === 'claimreview' ? (content as object[]) : undefined;
    const unaddressed = reviews !== undefined && (reviews.length ? someReviewUnaddressed(reviews) : !exportBaseUrl(document.uri));
    void vscode.window.showInformationMessage(unaddressed ? `${exported} ${unaddressedReviewsNotice()}` : exported);
  }
  return target;
}

export function registerExportCommand(active: ActiveArticle, analyses: DocumentAnalyses, sidecars: SidecarService | undefined): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.export, (args?: ExportArgs) => exportArticle(args, active, analyses, sidecars));
}
