// Sidecars whose article is gone (renamed or deleted), in the folders a command was given or reads articles from.
import fs from 'node:fs/promises';
import path from 'node:path';
import { SIDECAR_SUFFIX } from '../core/sidecar/types';
import { articleForSidecar, collectFiles, uniqueFiles } from './articleFiles';
import { nodeFileSystem } from './nodeFileSystem';

/** Whether the article a sidecar belongs to is missing. */
export async function articleIsMissing(sidecarPath: string): Promise<boolean> {
  // (An article that cannot even be looked at, behind a looping link or a folder that may not be entered, is there.)
  return (await nodeFileSystem.stat(articleForSidecar(sidecarPath)).catch(() => ({}))) === undefined;
}

/**
 * The sidecars without their article under the folders given (walked as annotate walks them) and beside the files
 * given, in a stable order.
 */
export async function sidecarsWithoutArticle(paths: readonly string[]): Promise<string[]> {
  const sidecars: string[] = [];
  for (const given of paths) {
    const isFolder = (await fs.stat(given).catch(() => undefined))?.isDirectory() ?? false;
    if (isFolder) {
      // (A folder inside that cannot be read is skipped: the command reports it from its own walk.)
      sidecars.push(...(await collectFiles([given], (f) => f.endsWith(SIDECAR_SUFFIX), () => undefined, [])));
      continue;
    }
    const folder = path.dirname(given);
    const names = await fs.readdir(folder).catch(() => [] as string[]);
    sidecars.push(...names.filter((n) => n.endsWith(SIDECAR_SUFFIX)).sort().map((n) => path.join(folder, n)));
  }
  const unique = await uniqueFiles(sidecars.map((s) => path.resolve(s)));
  const missing: string[] = [];
  for (const s of unique) if (await articleIsMissing(s)) missing.push(s);
  return missing;
}
