// What the export commands tell a person about the ClaimReviews they wrote when the reviews name no address.
import * as vscode from 'vscode';

/**
 * Without newsmark.export.baseUrl the editor knows articles only by their local (or remote) address, which must not be
 * published; the reviews are written without a url, which stands for the page they are published on. The setting (or
 * the command line's `newsmark export --base-url`) gives each its article's web address.
 */
export function unaddressedReviewsNotice(): string {
  return vscode.l10n.t('The reviews have no url (local paths are not published): each stands for the page it is published on. Set newsmark.export.baseUrl to the address your workspace folder is published at (or use `newsmark export --base-url`) to link them to their articles.');
}

/** Whether some of the reviews written have no url: their articles' folders have no newsmark.export.baseUrl. */
export function someReviewUnaddressed(reviews: readonly object[]): boolean {
  return reviews.some((review) => (review as { url?: unknown }).url === undefined);
}
