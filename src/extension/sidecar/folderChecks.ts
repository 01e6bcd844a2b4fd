// Workspace folders added or removed while the extension runs: which folders' sidecars are looked through for problems
// (as the whole workspace's are at start), and which Problems entries go with a removed folder. Free of vscode (the
// unit tests load it): folders and files are URI strings.

function withoutTrailingSlash(uri: string): string {
  return uri.replace(/\/+$/, '');
}

/** Whether `uri` is `folder` itself or lies under it. */
function isUnder(uri: string, folder: string): boolean {
  const base = withoutTrailingSlash(folder);
  const path = withoutTrailingSlash(uri);
  return path === base || path.startsWith(`${base}/`);
}

/**
 * The added folders whose sidecars are to be looked through: not one inside another folder of the workspace (`current`,
 * the folders after the change), whose own check covers it.
 */
export function foldersToCheck(added: readonly string[], current: readonly string[]): string[] {
  return added.filter((folder) => !current.some((other) => withoutTrailingSlash(other) !== withoutTrailingSlash(folder) && isUnder(folder, other)));
}

/** The sidecars `reported` that were in a removed folder and are in no folder of the workspace any more. */
export function reportsToDrop(reported: readonly string[], removed: readonly string[], current: readonly string[]): string[] {
  return reported.filter((sidecar) => removed.some((folder) => isUnder(sidecar, folder)) && !current.some((folder) => isUnder(sidecar, folder)));
}
