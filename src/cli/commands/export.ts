// `newsmark export --format w3c|claimreview PATH... [--out FILE] [--base-url URL] [--author NAME]`: sidecar annotations as JSON-LD.
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportClaimReview, exportW3C, folderUrl, heldBackFromExport, publishedUrl, isSidecarPath, SidecarStore, sidecarPathFor, unpublishedEvidence, type ExportSource } from '../../core/sidecar';
import { SIDECAR_SUFFIX } from '../../core/sidecar/types';
import { articleForSidecar, collectFiles, entryKey, inputReplacedBy, isArticleName, isLink, type SkippedFolder } from '../articleFiles';
import { parseArgs, stringOption } from '../args';
import { CliError, terminalText, type Command } from '../io';
import { nodeFileSystem } from '../nodeFileSystem';
import { articleIsMissing } from '../orphanedSidecars';
import { assessmentOf, currentAnchoring } from './check';

export const exportCommand: Command = {
  name: 'export',
  summary: 'export sidecar annotations as W3C Web Annotation or schema.org ClaimReview JSON-LD',
  usage:
    'newsmark export --format w3c|claimreview PATH... [--out FILE] [--base-url URL] [--author NAME]   (articles, sidecars or folders; FILE may be - for standard output; --base-url is where the folders given are published, which gives each article its web address; claimreview: --author the organisation publishing the fact checks)',
  async run(argv, io) {
    const args = parseArgs(argv, ['format', 'out', 'base-url', 'author'], []);
    const format = stringOption(args, 'format');
    if (format === undefined) throw new CliError('--format is required: w3c or claimreview');
    if (format !== 'w3c' && format !== 'claimreview') throw new CliError(`unknown format '${format}'; the formats are w3c and claimreview`);
    // `--out -` is standard output, where the export goes without --out (a file named - is ./-).
    const outOption = stringOption(args, 'out');
    const out = outOption === '-' ? undefined : outOption;
    const author = stringOption(args, 'author');
    const baseUrlOption = stringOption(args, 'base-url');
    if (format === 'w3c' && author !== undefined) throw new CliError('--author is for --format claimreview');
    const baseUrl = baseUrlOption === undefined ? undefined : baseFolderUrl(baseUrlOption);
    if (!args.positional.length) throw new CliError('name at least one file or folder');
    // Each file with the folder its address is taken relative to: a folder given, or the folder of a file given.
    // A sidecar reached twice (its article and itself named, or one folder under two names) is exported once.
    const rootOf = new Map<string, string>();
    const seen = new Set<string>();
    const skippedFolders: SkippedFolder[] = [];
    for (const given of args.positional) {
      const found = await collectFiles(
        [given],
        (f) => f.endsWith(SIDECAR_SUFFIX),
        (f) => (isSidecarPath(f) || isArticleName(f) ? undefined : 'neither a sidecar (*.annotations.yaml) nor an article'),
        skippedFolders,
      );
      const root = (await fs.stat(given)).isDirectory() ? given : path.dirname(given);
      for (const f of found) {
        const key = await entryKey(f.endsWith(SIDECAR_SUFFIX) ? f : sidecarPathFor(f));
        if (seen.has(key)) continue;
        seen.add(key);
        rootOf.set(f, root);
      }
    }
    const files = [...rootOf.keys()];
    if (out) await refuseToReplaceAnInput(out, args.positional);
    // An empty collection published in place of the annotations would mislead as much as a partial one.
    // (A folder that could not be read may hold sidecars: the export would lack them.)
    const problems = skippedFolders.map(({ folder, reason }) => `${path.relative(process.cwd(), folder) || folder}: cannot read the folder (${reason}); its sidecars would be missing from the export`);
    if (!files.length && !problems.length) throw new CliError(`no sidecars (*${SIDECAR_SUFFIX}) under ${args.positional.join(', ')}; run 'newsmark annotate' first`);
    const store = new SidecarStore(nodeFileSystem);
    const sources: ExportSource[] = [];
    const articleOf = new Map<string, string>();
    for (const f of files) {
      const sidecarPath = f.endsWith(SIDECAR_SUFFIX) ? f : sidecarPathFor(f);
      const loaded = await store.loadFile(sidecarPath);
      if (loaded.state === 'missing') {
        if (!f.endsWith(SIDECAR_SUFFIX)) problems.push(`${f}: has no sidecar (run 'newsmark annotate' first)`);
        else if (isLink(f)) problems.push(`${f}: cannot read the sidecar: a link to a file that does not exist`);
        continue;
      }
      if (loaded.state === 'invalid') {
        problems.push(`${sidecarPath}: ${loaded.problems.map((p) => p.message).join('; ')}`);
        continue;
      }
      const article = articleForSidecar(sidecarPath);
      const source = baseUrl ? publishedUrl(baseUrl, path.relative(rootOf.get(f)!, article).split(path.sep)) : pathToFileURL(path.resolve(article)).href;
      const shown = path.relative(process.cwd(), article) || article;
      // One address for two articles would publish their annotations as one (the same ids), or one's as the other's.
      if (articleOf.has(source)) {
        throw new CliError(`${articleOf.get(source)} and ${shown} would both be published at ${source}: --base-url is the address of each folder given; export the folders one at a time, or name the folder that holds them`);
      }
      articleOf.set(source, shown);
      // Annotations are not exported against an article that is not there to hold their words.
      let unreadable: string | undefined;
      const sidecar = await currentAnchoring(loaded.parsed.sidecar, article, (_, reason) => (unreadable = reason));
      if (unreadable === undefined) {
        sources.push({ source, sidecar });
      } else if (await articleIsMissing(sidecarPath)) {
        problems.push(`${path.relative(process.cwd(), sidecarPath) || sidecarPath}: its article ${path.basename(article)} is missing (renamed or deleted?); see 'newsmark check'`);
      } else {
        problems.push(`${articleOf.get(source)}: ${unreadable}`);
      }
    }
    // All or nothing: an export that silently lacks some articles would mislead whoever publishes it.
    if (problems.length) {
      for (const p of problems) io.stderr.write(`newsmark export: ${terminalText(p)}\n`);
      io.stderr.write('newsmark export: nothing exported\n');
      return 1;
    }
    // A verdict or note on words that changed is not published as if it held for the new ones.
    const heldBack = heldBackFromExport(sources).filter(({ annotation }) => format === 'w3c' || annotation.verdict !== undefined);
    for (const { source, annotation: a } of heldBack) {
      const said = assessmentOf(a);
      const why = a.status === 'orphaned' ? 'its words can no longer be found in the article' : `its words changed since its ${said} ${said.includes(' and ') ? 'were' : 'was'} given`;
      io.stderr.write(terminalText(`newsmark export: warning: ${articleOf.get(source) ?? source}: annotation '${a.id}' (${a.kind}) left out: ${why}; review it ('newsmark check')\n`));
    }
    // Evidence that is no web address (a local path, a file: or javascript: link) is never published.
    for (const { source, annotation: a, link } of unpublishedEvidence(sources)) {
      if (format === 'claimreview' && !a.verdict) continue;
      io.stderr.write(terminalText(`newsmark export: warning: ${articleOf.get(source) ?? source}: annotation '${a.id}' (${a.kind}): evidence ${JSON.stringify(link.length > 80 ? link.slice(0, 77) + '...' : link)} left out: only web addresses (http:// or https://) are exported\n`));
    }
    const reviews = format === 'claimreview' ? exportClaimReview(sources, author) : undefined;
    // A local path would publish someone's home folder; a path relative to the page would resolve against whichever
    // page embeds the reviews. Without an address a review stands for the page it is published on.
    if (reviews?.length && !baseUrl) {
      io.stderr.write("newsmark export: note: without --base-url the reviews have no url (each is read as the page that publishes it); give --base-url URL, the address the folder is published at, to link each to its article\n");
    }
    // A W3C annotation must have an IRI for its id and its target's source: without an address, the article's file: URI.
    const collection = reviews ? undefined : exportW3C(sources);
    if (collection?.total && !baseUrl) {
      io.stderr.write("newsmark export: note: without --base-url the annotations' ids and sources are local paths (file:///...), which name a folder on this machine; give --base-url URL, the address the folder is published at, to use web addresses instead\n");
    }
    const json = JSON.stringify(reviews ?? collection, null, 2) + '\n';
    if (!out) {
      io.stdout.write(json);
      return 0;
    }
    const temp = path.join(path.dirname(path.resolve(out)), `.${path.basename(out)}.${process.pid}.tmp`);
    if ((await fs.stat(out).catch(() => undefined))?.isDirectory()) throw new CliError(`cannot write ${out}: it is a folder (name a file)`, 1);
    try {
      await fs.writeFile(temp, json);
      await fs.rename(temp, out);
    } catch (err) {
      await fs.rm(temp, { force: true });
      // The temporary file's name in the system's message would only confuse: say what is wrong with the target.
      const code = (err as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (err as Error).message;
      throw new CliError(`cannot write ${out}: ${reason}`, 1);
    }
    const count = (format === 'w3c' ? sources.reduce((n, s) => n + s.sidecar.annotations.length, 0) : sources.reduce((n, s) => n + s.sidecar.annotations.filter((a) => a.verdict).length, 0)) - heldBack.length;
    io.stderr.write(`newsmark export: ${count} annotation(s) from ${sources.length} article(s) -> ${out}\n`);
    return 0;
  },
};

/**
 * Fails before anything is read when --out would replace what the export reads: an article or sidecar named, one
 * under the folders named, or the article or sidecar beside one of them.
 */
async function refuseToReplaceAnInput(out: string, given: string[]): Promise<void> {
  const read = await collectFiles(given, (f) => isArticleName(f) || isSidecarPath(f), () => undefined, []);
  const inputs = read.flatMap((f) => (f.endsWith(SIDECAR_SUFFIX) ? [f, articleForSidecar(f)] : isArticleName(f) ? [f, sidecarPathFor(f)] : [f]));
  const replaced = await inputReplacedBy(out, inputs);
  if (replaced === undefined) return;
  const what = replaced.endsWith(SIDECAR_SUFFIX) ? 'the sidecar' : isSidecarPath(replaced) ? 'the conflict copy' : 'the article';
  const shown = path.relative(process.cwd(), replaced) || replaced;
  throw new CliError(`cannot write ${out}: it is ${what} ${shown}, which the export reads (name another file)`);
}

/** The --base-url as the address of a folder (ending in /), which article paths are resolved against. */
function baseFolderUrl(given: string): URL {
  const found = folderUrl(given);
  if ('url' in found) return found.url;
  if (found.problem === 'notWeb') throw new CliError(`--base-url must be an http or https address (such as https://example.org/stories/), not '${given}'`);
  throw new CliError(`--base-url must be the address of a folder, without ? or #: '${given}'`);
}
