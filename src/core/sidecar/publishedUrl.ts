// Where articles are published: a folder's web address (the CLI's --base-url, the editor's newsmark.export.baseUrl)
// and an article's address under it. Shared so that both give an article the same address.

/** Why a base address cannot be used: not an http(s) address, or not a folder's (it has a query or fragment). */
export type FolderUrlProblem = 'notWeb' | 'notFolder';

/**
 * The given text as the address of a folder (ending in /), which article paths are resolved against; or why it is
 * none. `https://example.org/news` is the folder `https://example.org/news/`.
 */
export function folderUrl(given: string): { url: URL } | { problem: FolderUrlProblem } {
  const url = parsedUrl(given);
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') return { problem: 'notWeb' };
  if (url.search || url.hash) return { problem: 'notFolder' };
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { url };
}

function parsedUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/**
 * The published address of an article under the base folder, from its path relative to that folder as a list of
 * names (folders, then the file's name): each name is encoded, so a space, `#` or `?` in it stays part of the name.
 */
export function publishedUrl(base: URL, relativePath: readonly string[]): string {
  return new URL(relativePath.map(encodeURIComponent).join('/'), base).href;
}
