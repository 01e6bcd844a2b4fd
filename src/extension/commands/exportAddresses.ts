// Where the exports say an article is published: its path in its workspace folder under newsmark.export.baseUrl, by
// the rule of the command line's --base-url (src/core/sidecar/publishedUrl).
import * as vscode from 'vscode';
import { folderUrl, publishedUrl } from '../../core/sidecar';
import { globPathOf } from '../globPattern';
import { escapeForNotification } from '../notificationText';
import { exportBaseUrl } from '../settings';
import { workspacePath } from '../workspacePath';

/**
 * The web address of the article under its workspace folder's newsmark.export.baseUrl; undefined when the setting is
 * unset (the export keeps the article's own address, as before). Throws, naming the setting, when it is no folder's
 * web address, or when the article is in no workspace folder for its path to be taken from: nothing is exported then.
 */
export function publishedAddressOf(article: vscode.Uri): string | undefined {
  const setting = exportBaseUrl(article);
  if (!setting) return undefined;
  const base = folderUrl(setting);
  if ('problem' in base) {
    const shown = escapeForNotification(setting);
    throw new Error(
      base.problem === 'notWeb'
        ? vscode.l10n.t('newsmark.export.baseUrl must be an http or https address (such as https://example.org/stories/), not “{0}”, so nothing was exported. Change the setting, or clear it to export local addresses.', shown)
        : vscode.l10n.t('newsmark.export.baseUrl must be the address of a folder, without ? or #: “{0}”, so nothing was exported. Change the setting, or clear it to export local addresses.', shown),
    );
  }
  const relative = pathInFolder(article);
  if (!relative) {
    throw new Error(vscode.l10n.t('{0} is in no workspace folder, so newsmark.export.baseUrl gives it no address and nothing was exported. Open its folder, or clear the setting to export its local address.', escapeForNotification(workspacePath(article))));
  }
  return publishedUrl(base.url, relative);
}

/** The names on the way from the article's workspace folder to it (folders, then its own name); undefined outside every folder. */
function pathInFolder(article: vscode.Uri): string[] | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(article);
  return folder ? globPathOf(article.path, folder.uri.path).split('/') : undefined;
}
