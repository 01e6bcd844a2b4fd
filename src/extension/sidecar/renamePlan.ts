// Where an article's sidecar and conflict copies go when the article is renamed or moved: beside it, never over a file.
import type { FileSystem } from '../../core/fs';
import { conflictCopyNumber, conflictPathFor, isSidecarPath, sidecarPathFor } from '../../core/sidecar/store';

/** An article's path before and after the rename (URI strings in the extension). */
export interface PathRename {
  from: string;
  to: string;
}

/** One article whose annotations cannot follow it: its new name has a sidecar already. */
export interface BlockedRename extends PathRename {
  /** The article's sidecar, left where it is. */
  sidecar: string;
  /** The sidecar already beside the new name, left as it is. */
  existing: string;
}

export interface SidecarRenamePlan {
  moves: PathRename[];
  blocked: BlockedRename[];
}

/**
 * The sidecar moves that keep the renamed articles' annotations beside them: `<article>.annotations.yaml` and each
 * conflict copy, to the new name. A sidecar that exists at the new name already is never replaced: that article's
 * files all stay (blocked), for the person to merge. Conflict copies take the first free numbers at the new name.
 * Nothing is planned for folders (their files move with them), for sidecars renamed themselves, or for an article
 * whose sidecar the same rename moves as well (the person chose where it goes).
 */
export async function planSidecarRenames(files: FileSystem, renames: readonly PathRename[]): Promise<SidecarRenamePlan> {
  const plan: SidecarRenamePlan = { moves: [], blocked: [] };
  const renamed = new Set(renames.map((r) => r.from));
  const claimed = new Set(renames.map((r) => r.to));
  for (const rename of renames) {
    if (rename.from === rename.to || isSidecarPath(rename.from) || renamed.has(sidecarPathFor(rename.from))) continue;
    if ((await files.stat(rename.from))?.type === 'directory') continue;
    const sidecar = sidecarPathFor(rename.from);
    const hasSidecar = (await files.stat(sidecar))?.type === 'file';
    const copies = await conflictCopiesOf(files, rename.from);
    if (!hasSidecar && !copies.length) continue;
    const target = sidecarPathFor(rename.to);
    if (claimed.has(target) || (await takenByAnotherFile(files, target, sidecar))) {
      plan.blocked.push({ ...rename, sidecar: hasSidecar ? sidecar : copies[0].path, existing: target });
      continue;
    }
    const move = (from: string, to: string) => {
      plan.moves.push({ from, to });
      claimed.add(to);
    };
    if (hasSidecar) move(sidecar, target);
    const taken = new Set((await conflictCopiesOf(files, rename.to)).map((c) => c.n));
    let n = 1;
    for (const copy of copies) {
      while (taken.has(n) || claimed.has(conflictPathFor(rename.to, n))) n++;
      taken.add(n);
      move(copy.path, conflictPathFor(rename.to, n));
    }
  }
  return plan;
}

/**
 * Whether a file is at `target` other than the article's own sidecar: renamed only in case (story.txt to Story.txt) on
 * a disk that ignores case (macOS, Windows), the new name finds the sidecar itself, which its folder lists under the
 * old name.
 */
async function takenByAnotherFile(files: FileSystem, target: string, sidecar: string): Promise<boolean> {
  if (!(await files.stat(target))) return false;
  if (target === sidecar || target.toLowerCase() !== sidecar.toLowerCase()) return true;
  const cut = target.lastIndexOf('/');
  try {
    return (await files.readDirectory(target.slice(0, cut))).some(([name]) => name === target.slice(cut + 1));
  } catch {
    return true;
  }
}

/** The article's conflict copies, by number (`…conflict.yaml` is 1, `…conflict-2.yaml` is 2). */
async function conflictCopiesOf(files: FileSystem, articlePath: string): Promise<{ n: number; path: string }[]> {
  const cut = articlePath.lastIndexOf('/');
  const folder = articlePath.slice(0, cut);
  const name = articlePath.slice(cut + 1);
  let entries: [string, 'file' | 'directory'][];
  try {
    entries = await files.readDirectory(folder);
  } catch {
    // A folder that cannot be listed: look for the copies by their names, as the store numbers them.
    const found: { n: number; path: string }[] = [];
    for (let n = 1; (await files.stat(conflictPathFor(articlePath, n)))?.type === 'file'; n++) found.push({ n, path: conflictPathFor(articlePath, n) });
    return found;
  }
  const found: { n: number; path: string }[] = [];
  for (const [entry, type] of entries) {
    const n = type === 'file' ? conflictCopyNumber(name, entry) : undefined;
    if (n !== undefined) found.push({ n, path: `${folder}/${entry}` });
  }
  return found.sort((a, b) => a.n - b.n);
}
