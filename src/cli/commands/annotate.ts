// `newsmark annotate PATH...`: analyses articles and brings each one's sidecar up to date through the sidecar store.
import fs from 'node:fs/promises';
import path from 'node:path';
import { analyze, DEFAULT_MAX_LENGTH, formatOfPath, type Analysis } from '../../core';
import { annotateArticle, awaitsReview, SidecarStore, sidecarPathFor } from '../../core/sidecar';
import { SIDECAR_SUFFIX } from '../../core/sidecar/types';
import { articleReason, collectFiles, formatTable, isArticleName, ProgressLine, readArticle, type SkippedFolder } from '../articleFiles';
import { parseArgs } from '../args';
import { terminalText, type Command } from '../io';
import { ambiguityMessage } from './check';
import { nodeFileSystem } from '../nodeFileSystem';
import { sidecarsWithoutArticle } from '../orphanedSidecars';

export const annotateCommand: Command = {
  name: 'annotate',
  summary: 'analyse .txt/.md/.news/.article files and folders; write each one’s <file>.annotations.yaml (manual annotations kept)',
  usage: 'newsmark annotate PATH...   (files or folders; sidecars, hidden folders, node_modules, dist and out are skipped; linked files are read, linked folders are not)',
  async run(argv, io) {
    const args = parseArgs(argv, [], []);
    const skippedFolders: SkippedFolder[] = [];
    const files = await collectFiles(args.positional, isArticleName, articleReason, skippedFolders);
    // Where the folder's one listing shows no temporary file of a sidecar, there is none to clean up after its write.
    const store = new SidecarStore(nodeFileSystem, { removeStaleTemporaryFiles: false });
    // A write interrupted where rename replaces by deleting first leaves only the temporary file, which this write
    // would delete as stale. A store that puts it back first lists the folder for every missing sidecar, so it is
    // used only where a folder listing, read once, shows such a file.
    const recovering = new SidecarStore(nodeFileSystem, { recoverInterruptedWrites: true });
    const leftovers = new TemporaryFiles();
    const progress = new ProgressLine(io.stderr, io.interactive, files.length);
    const rows: (string | number)[][] = [];
    const failures = skippedFolders.map(({ folder, reason }) => `${path.relative(process.cwd(), folder) || folder}: cannot read the folder (${reason}); its articles were skipped`);
    const notes: string[] = [];
    const warnings: string[] = [];
    const createdIn = new Map<string, string[]>();
    let orphanTotal = 0;
    let toReviewTotal = 0;
    for (const [i, file] of files.entries()) {
      progress.update(i, file);
      const shown = path.relative(process.cwd(), file) || file;
      const article = await readArticle(file);
      if (!article.ok) {
        failures.push(`${shown}: ${article.reason}`);
        continue;
      }
      try {
        const absolute = path.resolve(file);
        const outcome = await annotateArticle((await leftovers.besideSidecarOf(absolute)) ? recovering : store, absolute, article.text, (registry) => analyze(article.text, { registry, format: formatOfPath(file) }));
        const counts = countFindings(outcome.analysis);
        if (outcome.state === 'invalid') {
          failures.push(`${path.relative(process.cwd(), sidecarPathFor(file))}: left untouched: ${outcome.problems.map((p) => p.message).join('; ')}`);
          rows.push([shown, counts.quotes, counts.speakers, counts.hedges, counts.entities, '-', '-', 'sidecar invalid']);
          continue;
        }
        if (outcome.state === 'skipped') {
          if (outcome.reason === 'too-long') {
            notes.push(`${shown}: too long to analyse (${article.text.length.toLocaleString('en')} characters; the limit is ${DEFAULT_MAX_LENGTH.toLocaleString('en')}); no sidecar written`);
          }
          rows.push([shown, counts.quotes, counts.speakers, counts.hedges, counts.entities, '-', '-', outcome.reason === 'empty' ? 'no sidecar (no text)' : 'no sidecar (too long to analyse)']);
          continue;
        }
        if (outcome.automaticLeftOut) {
          notes.push(`${shown}: ${outcome.automaticLeftOut} automatic annotation(s) left out of the sidecar, which would otherwise be larger than newsmark reads; your own annotations are all in it`);
        }
        const sidecarShown = path.relative(process.cwd(), sidecarPathFor(file)) || sidecarPathFor(file);
        for (const ambiguous of outcome.ambiguous) warnings.push(`${sidecarShown}: ${ambiguityMessage(ambiguous, outcome.sidecar, article.text)}`);
        const manual = outcome.sidecar.annotations.filter((a) => a.origin === 'manual').length;
        const orphans = outcome.sidecar.annotations.filter((a) => a.status === 'orphaned').length;
        orphanTotal += orphans;
        toReviewTotal += outcome.sidecar.annotations.filter((a) => a.status === 'drifted' && awaitsReview(a)).length;
        const state = outcome.created ? 'created' : outcome.state;
        if (outcome.created) createdIn.set(path.dirname(absolute), [...(createdIn.get(path.dirname(absolute)) ?? []), path.basename(file)]);
        rows.push([shown, counts.quotes, counts.speakers, counts.hedges, counts.entities, manual, orphans, outcome.analysis.truncated ? `${state} (too long to analyse)` : state]);
      } catch (err) {
        failures.push(`${shown}: ${(err as Error).message}`);
      }
    }
    progress.clear();
    if (rows.length) io.stdout.write(terminalText(formatTable(['file', 'quotes', 'speakers', 'hedges', 'entities', 'manual', 'orphans', 'sidecar'], rows)));
    for (const f of [...notes, ...failures]) io.stderr.write(`newsmark annotate: ${terminalText(f)}\n`);
    for (const sidecar of await sidecarsWithoutArticle(args.positional)) warnings.push(withoutArticleWarning(sidecar, createdIn.get(path.dirname(sidecar)) ?? []));
    for (const w of warnings) io.stderr.write(`newsmark annotate: warning: ${terminalText(w)}\n`);
    if (orphanTotal) io.stderr.write(`newsmark annotate: ${orphanTotal} annotation(s) could not be found in the edited text; they are kept as orphaned (see 'newsmark check')\n`);
    if (toReviewTotal) io.stderr.write(`newsmark annotate: ${toReviewTotal} annotation(s) with a verdict or note drifted: their words changed; review them (see 'newsmark check')\n`);
    if (!files.length) {
      io.stderr.write('newsmark annotate: no article files (.txt, .md, .news, .article) found\n');
      // (Some may be in the folders that could not be read: a failure, not an empty folder.)
      return skippedFolders.length ? 1 : 2;
    }
    return failures.length ? 1 : 0;
  },
};

/** A sidecar whose article is missing; when articles beside it got a new sidecar just now, one may be that article renamed. */
function withoutArticleWarning(sidecar: string, createdBeside: string[]): string {
  const shown = path.relative(process.cwd(), sidecar) || sidecar;
  const article = path.basename(sidecar).slice(0, -SIDECAR_SUFFIX.length);
  const message = `${shown}: its article ${article} is missing (renamed or deleted?); its annotations belong to no article`;
  if (!createdBeside.length) return `${message}; if the article was renamed, rename the sidecar with it, else delete it`;
  const which = createdBeside.length === 1 ? `${createdBeside[0]} got a new sidecar: if it is ${article} renamed` : `${createdBeside.join(', ')} got new sidecars: if one of them is ${article} renamed`;
  return `${message}; ${which}, rename ${path.basename(sidecar)} to its name followed by ${SIDECAR_SUFFIX} (in place of the new one) and run annotate again`;
}

function countFindings(analysis: Analysis): { quotes: number; speakers: number; hedges: number; entities: number } {
  const speakers = new Set<string>();
  for (const q of analysis.quotes) if (q.speaker) speakers.add(q.speaker.entityId ?? q.speaker.name ?? `mention@${q.speaker.mention.start}`);
  return { quotes: analysis.quotes.length, speakers: speakers.size, hedges: analysis.hedges.length, entities: analysis.entities.length };
}

/** Whether a sidecar's temporary files lie beside it, from one listing per folder. */
class TemporaryFiles {
  private readonly byFolder = new Map<string, Promise<string[]>>();

  async besideSidecarOf(articlePath: string): Promise<boolean> {
    const folder = path.dirname(articlePath);
    let names = this.byFolder.get(folder);
    if (!names) {
      names = fs.readdir(folder).then((all) => all.filter((n) => n.endsWith('.tmp')), () => []);
      this.byFolder.set(folder, names);
    }
    const prefix = path.basename(sidecarPathFor(articlePath)) + '.';
    return (await names).some((n) => n.startsWith(prefix));
  }
}
