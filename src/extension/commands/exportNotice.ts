// What the export commands tell a person about the ClaimReviews they wrote: the reviews name no address.
import * as vscode from 'vscode';

/**
 * The editor knows articles only by their local (or remote) address, which must not be published; the reviews are
 * written without a url, which stands for the page they are published on (`newsmark export --base-url` adds one).
 */
export function unaddressedReviewsNotice(): string {
  return vscode.l10n.t('The reviews have no url (local paths are not published): each stands for the page it is published on; `newsmark export --base-url` links them to their articles.');
}
