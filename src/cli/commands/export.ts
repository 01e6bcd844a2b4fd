// `newsmark export --format w3c|claimreview PATH... [--out FILE]`: sidecar annotations as JSON-LD.
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportClaimReview, exportW3C, heldBackFromExport, isSidecarPath, SidecarStore, sidecarPathFor, type ExportSource } from '../../core/sidecar';
import { SIDECAR_SUFFIX } from '../../core/sidecar/types';
import { articleForSidecar, collectFiles, isArticleName } from '../articleFiles';
import { parseArgs, stringOption } from '../args';
import { CliError, terminalText, type Command } from '../io';
import { nodeFileSystem } from '../nodeFileSystem';
import { assessmentOf, currentAnchoring } from './check';

export const exportCommand: Command = {
  name: 'export',
  summary: 'export sidecar annotations as W3C Web Annotation or schema.org ClaimReview JSON-LD',
  usage: 'newsmark export --format w3c|claimreview PATH... [--out FILE]   (articles, sidecars or folders)',
  async run(argv, io) {
    const args = parseArgs(argv, ['format', 'out'], []);
    const format = stringOption(args, 'format');
    if (format === undefined) throw new CliError('--format is required: w3c or claimreview');
    if (format !== 'w3c' && format !== 'claimreview') throw new CliError(`unknown format '${format}'; the formats are w3c and claimreview`);
    const out = stringOption(args, 'out');
    const files = await collectFiles(
      args.positional,
      (f) => f.endsWith(SIDECAR_SUFFIX),
      (f) => (isSidecarPath(f) || isArticleName(f) ? undefined : 'neither a sidecar (*.annotations.yaml) nor an article'),
    );
    // An empty collection published in place of the annotations would mislead as much as a partial one.
    if (!files.length) throw new CliError(`no sidecars (*${SIDECAR_SUFFIX}) under ${args.positional.join(', ')}; run 'newsmark annotate' first`);
    const store = new SidecarStore(nodeFileSystem);
    const sources: ExportSource[] = [];
    const articleOf = new Map<string, string>();
    const problems: string[] = [];
    for (const f of files) {
      const sidecarPath = f.endsWith(SIDECAR_SUFFIX) ? f : sidecarPathFor(f);
      const loaded = await store.loadFile(sidecarPath);
      if (loaded.state === 'missing') {
        if (!f.endsWith(SIDECAR_SUFFIX)) problems.push(`${f}: has no sidecar (run 'newsmark annotate' first)`);
        continue;
      }
      if (loaded.state === 'invalid') {
        problems.push(`${sidecarPath}: ${loaded.problems.map((p) => p.message).join('; ')}`);
        continue;
      }
      const article = articleForSidecar(sidecarPath);
      const source = pathToFileURL(path.resolve(article)).href;
      articleOf.set(source, path.relative(process.cwd(), article) || article);
      sources.push({ source, sidecar: await currentAnchoring(loaded.parsed.sidecar, article) });
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
    const json = JSON.stringify(format === 'w3c' ? exportW3C(sources) : exportClaimReview(sources), null, 2) + '\n';
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
