// `newsmark check PATH...`: validates sidecars and reports orphaned annotations; non-zero exit for a newsroom's CI.
import fs from 'node:fs/promises';
import path from 'node:path';
import { ambiguousAnnotations, annotationOffset, articleForConflictCopy, awaitsReview, conflictCopyNumber, DEFAULT_RECOVERY_WINDOW_MS, hasUserContent, sidecarOfTemporaryFile, workLackingIn, type AmbiguousAnnotation, isSidecarPath, SidecarStore, type Annotation, sidecarPathFor, syncWithText, type Sidecar } from '../../core/sidecar';
import { articleForSidecar, collectFiles, isArticleName, isLink, readArticle, uniqueFiles, type SkippedFolder } from '../articleFiles';
import { parseArgs } from '../args';
import { terminalText, type Command } from '../io';
import { nodeFileSystem } from '../nodeFileSystem';
import { articleIsMissing, sidecarsWithoutArticle } from '../orphanedSidecars';
import { SIDECAR_SUFFIX } from '../../core/sidecar/types';

export const checkCommand: Command = {
  name: 'check',
  summary: 'validate sidecars and report orphaned and drifted annotations (exit 1 when one is invalid, your work is orphaned, needs review or is only in an interrupted write, or a conflict copy waits)',
  usage: 'newsmark check PATH...   (sidecars, articles or folders)',
  async run(argv, io) {
    const args = parseArgs(argv, [], []);
    const { sidecars, conflictCopies, temporaries, skippedFolders } = await sidecarsUnder(args.positional);
    // The sidecars in a folder that cannot be read are not checked: that alone needs a person.
    for (const { folder, reason } of skippedFolders) io.stdout.write(terminalText(`${path.relative(process.cwd(), folder) || folder}: error: cannot read the folder (${reason}); its sidecars were not checked\n`));
    const store = new SidecarStore(nodeFileSystem);
    let unfinished = 0;
    let unfinishedWork = 0;
    await unfinishedWrites(temporaries, store, (line, error) => {
      unfinished++;
      if (error) unfinishedWork++;
      io.stdout.write(terminalText(line + '\n'));
    });
    for (const copy of conflictCopies) {
      const shown = path.relative(process.cwd(), copy) || copy;
      io.stdout.write(terminalText(`${shown}: error: a conflict copy: annotations changed both here and in ${path.basename(sidecarPathFor(articleForConflictCopy(copy)))} were kept in this file; merge what you want into the sidecar, then delete it\n`));
    }
    let invalid = 0;
    let unreadableArticles = 0;
    let orphaned = 0;
    let orphanedAutomatic = 0;
    let drifted = 0;
    let withoutArticle = 0;
    let workWithoutArticle = 0;
    let driftedToReview = 0;
    for (const file of sidecars) {
      const shown = path.relative(process.cwd(), file) || file;
      const loaded = await store.loadFile(file);
      if (loaded.state === 'missing') {
        // Found as a file a moment ago: a link to nothing (or deleted since).
        if (isLink(file)) {
          invalid++;
          io.stdout.write(terminalText(`${shown}: error: cannot read the sidecar: a link to a file that does not exist\n`));
        }
        continue;
      }
      if (loaded.state === 'invalid') {
        invalid++;
        const lineColumn = lineColumns(await readText(file));
        for (const p of loaded.problems) io.stdout.write(terminalText(`${shown}:${lineColumn(p.start)}: error: ${p.message}\n`));
        continue;
      }
      if (await articleIsMissing(file)) {
        // One message for the sidecar, not one per annotation: they are all where they were, the article is not.
        withoutArticle++;
        const yours = loaded.parsed.sidecar.annotations.filter(hasUserContent).length;
        if (yours) workWithoutArticle++;
        const held = `${loaded.parsed.sidecar.annotations.length} annotation(s)${yours ? `, ${yours} of them yours,` : ''}`;
        const article = path.basename(articleForSidecar(file));
        io.stdout.write(terminalText(`${shown}: ${yours ? 'error' : 'warning'}: its article ${article} is missing (renamed or deleted?): its ${held} belong to no article; if the article was renamed, rename this sidecar to its new name followed by ${SIDECAR_SUFFIX}, else delete it\n`));
        continue;
      }
      let unreadable: string | undefined;
      const { sidecar, text: articleText } = await anchoringInArticle(loaded.parsed.sidecar, articleForSidecar(file), (reason) => (unreadable = reason));
      if (articleText === undefined) {
        // One message for the sidecar: whether each annotation's words are still in the article cannot be told.
        unreadableArticles++;
        io.stdout.write(terminalText(`${shown}: error: the article ${unreadable}; its annotations were not checked against it\n`));
        continue;
      }
      const lineColumn = lineColumns(loaded.parsed.text);
      for (const ambiguous of ambiguousAnnotations(loaded.parsed.sidecar.annotations, articleText)) {
        const i = loaded.parsed.sidecar.annotations.indexOf(ambiguous.annotation);
        io.stdout.write(terminalText(`${shown}:${lineColumn(annotationOffset(loaded.parsed.yaml, i))}: warning: ${ambiguityMessage(ambiguous, sidecar, articleText)}\n`));
      }
      for (const [i, a] of sidecar.annotations.entries()) {
        if (a.status === 'anchored') continue;
        const where = lineColumn(annotationOffset(loaded.parsed.yaml, i));
        const words = shortQuote(a.target.exact);
        if (a.status === 'orphaned') {
          orphaned++;
          // Words found only among other surroundings (short ones, or a person's annotation) are not moved onto them:
          // they may be other words.
          const why = articleText?.includes(a.target.exact) ? `${words} is in the article, but not where it was (its surroundings changed); re-anchor it` : `${words} is no longer in the article`;
          // What the analysis made, it makes again: an orphan of its own is no one's lost work.
          const automatic = !hasUserContent(a);
          if (automatic) orphanedAutomatic++;
          const severity = automatic ? 'warning' : 'error';
          const regenerated = automatic ? "; 'newsmark annotate' regenerates automatic annotations" : '';
          io.stdout.write(terminalText(`${shown}:${where}: ${severity}: annotation '${a.id}' (${a.kind}, ${a.origin}) is orphaned: ${why}${regenerated}\n`));
        } else {
          drifted++;
          const annotated = a.target.original !== undefined ? ` (annotated: ${shortQuote(a.target.original)})` : '';
          if (awaitsReview(a)) {
            driftedToReview++;
            io.stdout.write(
              terminalText(`${shown}:${where}: error: annotation '${a.id}' (${a.kind}) drifted: its words changed, now ${words}${annotated}; its ${assessmentOf(a)} may not hold for them: review it, then re-anchor it or set its status to anchored\n`),
            );
          } else {
            io.stdout.write(terminalText(`${shown}:${where}: warning: annotation '${a.id}' (${a.kind}) drifted: its words changed, now ${words}${annotated}; review it\n`));
          }
        }
      }
    }
    const copies = conflictCopies.length ? `, ${conflictCopies.length} conflict cop${conflictCopies.length === 1 ? 'y' : 'ies'} to merge` : '';
    const automatic = orphanedAutomatic ? ` (${orphanedAutomatic} automatic)` : '';
    const toReview = driftedToReview ? ` (${driftedToReview} with a verdict or note to review)` : '';
    const lost = withoutArticle ? `, ${withoutArticle} without their article` : '';
    const interrupted = unfinished ? `, ${unfinished} unfinished write(s)` : '';
    const summary = `${sidecars.length} sidecar(s) checked: ${invalid} invalid, ${orphaned} orphaned annotation(s)${automatic}, ${drifted} drifted${toReview}${lost}${copies}${interrupted}`;
    io.stderr.write(`newsmark check: ${summary}\n`);
    return invalid || unreadableArticles || workWithoutArticle || orphaned - orphanedAutomatic || driftedToReview || conflictCopies.length || unfinishedWork || skippedFolders.length ? 1 : 0;
  },
};

/**
 * Sidecars named directly, the sidecars of named articles (when they exist), and every sidecar under named folders;
 * and the conflict copies among them or beside the named articles, which hold annotations not in any sidecar.
 */
async function sidecarsUnder(paths: string[]): Promise<{ sidecars: string[]; conflictCopies: string[]; temporaries: string[]; skippedFolders: SkippedFolder[] }> {
  const isTemporary = (f: string): boolean => sidecarOfTemporaryFile(f) !== undefined;
  const skippedFolders: SkippedFolder[] = [];
  const files = await collectFiles(
    paths,
    (f) => isSidecarPath(f) || isTemporary(f),
    (f) => (isSidecarPath(f) || isArticleName(f) || isTemporary(f) ? undefined : 'neither a sidecar (*.annotations.yaml) nor an article'),
    skippedFolders,
  );
  const sidecars: string[] = [];
  const conflictCopies: string[] = [];
  // Under folders they are among the files found; beside a sidecar or article named, its folder is listed for them.
  const temporaries: string[] = [];
  for (const f of files) {
    if (isTemporary(f)) temporaries.push(f);
    else if (f.endsWith(SIDECAR_SUFFIX)) {
      sidecars.push(f);
      if (paths.includes(f)) temporaries.push(...(await temporariesOf(f)));
    }
    else if (isSidecarPath(f)) conflictCopies.push(f);
    else {
      if (await nodeFileSystem.stat(sidecarPathFor(f))) sidecars.push(sidecarPathFor(f));
      // An article without a sidecar may be one renamed outside newsmark: its annotations are in a sidecar beside
      // it whose article is gone, which is checked (and named) with it.
      else sidecars.push(...(await sidecarsWithoutArticle([f])));
      conflictCopies.push(...(await conflictCopiesOf(f)));
      temporaries.push(...(await temporariesOf(sidecarPathFor(f))));
    }
  }
  return { sidecars: await uniqueFiles(sidecars), conflictCopies: await uniqueFiles(conflictCopies), temporaries: await uniqueFiles(temporaries), skippedFolders };
}

async function temporariesOf(sidecarPath: string): Promise<string[]> {
  const folder = path.dirname(sidecarPath);
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  return names.map((n) => path.join(folder, n)).filter((f) => sidecarOfTemporaryFile(f) === sidecarPath);
}

/**
 * The temporary files of sidecar writes that did not finish, as the store's recovery reads them: where the sidecar
 * is missing, the newest one that is a complete sidecar is its only copy (put back by the next load that recovers,
 * if it is recent enough); where the sidecar is there, a write that was cut before its rename holds what the sidecar
 * lacks. Only work of a person's that is in no sidecar is an error; the next successful write deletes these files, but
 * for one that holds work of a person's the sidecar lacks.
 */
async function unfinishedWrites(temporaries: string[], store: SidecarStore, report: (line: string, error: boolean) => void): Promise<void> {
  const bySidecar = new Map<string, string[]>();
  for (const t of temporaries) {
    const sidecar = sidecarOfTemporaryFile(t)!;
    bySidecar.set(sidecar, [...(bySidecar.get(sidecar) ?? []), t]);
  }
  const now = Date.now();
  for (const [sidecarPath, temps] of bySidecar) {
    // Newest first, as their names sort by the time they were written.
    temps.sort((a, b) => (path.basename(a) < path.basename(b) ? 1 : -1));
    const name = path.basename(sidecarPath);
    const shown = (f: string): string => path.relative(process.cwd(), f) || f;
    const current = await store.loadFile(sidecarPath);
    if (current.state !== 'missing') {
      const kept = current.state === 'ok' ? current.parsed.sidecar.annotations : [];
      for (const t of temps) {
        const loaded = await store.loadFile(t);
        if (loaded.state !== 'ok') continue;
        const lacking = workLackingIn(loaded.parsed.sidecar.annotations, kept);
        if (!lacking.length) continue;
        const ids = lacking.map((a) => `'${a.id}'`).join(', ');
        report(`${shown(t)}: error: a write of ${name} that did not finish: this file holds ${lacking.length} annotation(s) of yours that the sidecar lacks (${ids}); merge what you want into the sidecar, then delete this file (newsmark leaves it be while it holds work the sidecar lacks)`, true);
      }
      continue;
    }
    let unreadable: { file: string; reason: string } | undefined;
    let found = false;
    for (const t of temps) {
      const loaded = await store.loadFile(t);
      if (loaded.state !== 'ok') {
        unreadable ??= { file: t, reason: loaded.state === 'invalid' ? (loaded.problems[0]?.message ?? 'invalid') : 'gone' };
        continue;
      }
      found = true;
      const all = loaded.parsed.sidecar.annotations.length;
      const yours = loaded.parsed.sidecar.annotations.filter(hasUserContent).length;
      const held = `${all} annotation(s)${yours ? `, ${yours} of them yours,` : ''}`;
      const severity = yours ? 'error' : 'warning';
      const mtime = (await fs.stat(t).catch(() => undefined))?.mtimeMs ?? 0;
      const article = path.basename(articleForSidecar(sidecarPath));
      if (now - mtime <= DEFAULT_RECOVERY_WINDOW_MS) {
        report(`${shown(t)}: ${severity}: the last write of ${name} was interrupted, and this file is its only copy: its ${held} are in no sidecar; 'newsmark annotate' (or opening ${article} in VS Code) puts it back`, yours > 0);
      } else {
        report(`${shown(t)}: ${severity}: the last write of ${name} was interrupted more than ${DEFAULT_RECOVERY_WINDOW_MS / 60000} minutes ago, too long ago for newsmark to put this copy back: its ${held} are in no sidecar; to keep them, rename this file to ${name} (a new sidecar written meanwhile leaves this file be), else delete it`, yours > 0);
      }
      break;
    }
    if (!found && unreadable) report(`${shown(unreadable.file)}: warning: a write of ${name} that did not finish and cannot be read (${unreadable.reason}); delete it`, false);
  }
}

async function conflictCopiesOf(articlePath: string): Promise<string[]> {
  const folder = path.dirname(articlePath);
  const name = path.basename(articlePath);
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  return names.filter((n) => conflictCopyNumber(name, n) !== undefined).sort().map((n) => path.join(folder, n));
}


/** The annotations as they would anchor in the article now (re-anchored in memory when the article changed; nothing is written). */
export async function currentAnchoring(sidecar: Sidecar, articlePath: string, onMissing?: (reason: string, readReason: string) => void): Promise<Sidecar> {
  return (await anchoringInArticle(sidecar, articlePath, onMissing)).sidecar;
}

/** currentAnchoring, with the article's text when it could be read. */
async function anchoringInArticle(sidecar: Sidecar, articlePath: string, onMissing?: (reason: string, readReason: string) => void): Promise<{ sidecar: Sidecar; text?: string }> {
  const article = await readArticle(articlePath);
  if (!article.ok) {
    onMissing?.(`${path.basename(articlePath)} cannot be read (${article.reason})`, article.reason);
    return { sidecar: { ...sidecar, annotations: sidecar.annotations.map((a) => ({ ...a, status: 'orphaned' as const })) } };
  }
  return { sidecar: syncWithText(sidecar, article.text), text: article.text };
}

/** What to tell of a hand-written annotation whose words occur several times, given where it was anchored in `synced`. */
export function ambiguityMessage({ annotation: a, occurrences }: AmbiguousAnnotation, synced: Sidecar, articleText: string): string {
  const placed = synced.annotations.find((s) => s.id === a.id);
  const where = placed && placed.status !== 'orphaned' ? ` the one at line ${lineColumns(articleText)(placed.target.start).replace(':', ', column ')}` : ' one of them';
  return `annotation '${a.id}' (${a.kind}): ${shortQuote(a.target.exact)} occurs ${occurrences} times in the article; anchored to${where}: to choose another, add a prefix or suffix (the words just before or after it) to its target`;
}

function shortQuote(words: string): string {
  return JSON.stringify(words.length > 60 ? words.slice(0, 57) + '...' : words);
}

/** "verdict", "note", "verdict and note", … : what a person said of the words. */
export function assessmentOf(a: Annotation): string {
  const parts = [a.verdict !== undefined && 'verdict', a.note !== undefined && 'note', a.evidence?.length && 'evidence'].filter((p): p is string => Boolean(p));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? 'assessment');
}

async function readText(file: string): Promise<string> {
  try {
    return new TextDecoder().decode(await nodeFileSystem.readFile(file));
  } catch {
    return '';
  }
}


/** "line:column" (from 1) of offsets into one text; the line starts are found once, as a sidecar may hold thousands of annotations. */
function lineColumns(text: string): (offset: number) => string {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return `${lo + 1}:${at - starts[lo] + 1}`;
  };
}
