// `newsmark xref PATH... [--json]`: one story across many articles — shared entities, quotes and claims, and disagreements.
import path from 'node:path';
import { DEFAULT_MAX_LENGTH, type ConfirmedEntity } from '../../core';
import { CrossSourceIndex, type ClaimGroup, type EntityGroup, type QuoteGroup } from '../../core/corpus';
import { SidecarStore, sidecarPathFor, storyRegistry } from '../../core/sidecar';
import type { SidecarEntity } from '../../core/sidecar/types';
import { ARTICLE_EXTENSIONS, articleReason, collectFiles, isArticleName, ProgressLine, readArticleNow, type SkippedFolder } from '../articleFiles';
import { AnalysisPool, analysedInputs, defaultWorkerCount, MIN_ARTICLES_FOR_WORKERS } from '../analysisPool';
import { parseArgs, stringOption } from '../args';
import { CliError, terminalText, type Command } from '../io';
import { nodeFileSystem } from '../nodeFileSystem';

export const xrefCommand: Command = {
  name: 'xref',
  summary: 'line up several articles on one story: shared entities, quotes (wording per source) and claims (who contradicts)',
  usage: `newsmark xref PATH... [--json] [--min-sources N] [--jobs N]   (files or folders of ${ARTICLE_EXTENSIONS.join('/')} articles; --jobs: threads, by default one per core)`,
  async run(argv, io) {
    const args = parseArgs(argv, ['min-sources', 'jobs'], ['json']);
    const minText = stringOption(args, 'min-sources');
    const minSources = minText === undefined ? 2 : Number(minText);
    if (!Number.isInteger(minSources) || minSources < 1) throw new CliError(`--min-sources needs a whole number of at least 1, not '${minText}'`);
    const jobsText = stringOption(args, 'jobs');
    const jobs = jobsText === undefined ? defaultWorkerCount() + 1 : Number(jobsText);
    if (!Number.isInteger(jobs) || jobs < 1) throw new CliError(`--jobs needs a whole number of at least 1, not '${jobsText}'`);
    // One job is the main thread, which indexes (and analyses when alone); each further job analyses on a worker.
    const workers = jobs - 1;
    const skippedFolders: SkippedFolder[] = [];
    const files = await collectFiles(args.positional, isArticleName, articleReason, skippedFolders);
    for (const { folder, reason } of skippedFolders) io.stderr.write(terminalText(`newsmark xref: ${path.relative(process.cwd(), folder) || folder}: cannot read the folder (${reason}); its articles were skipped\n`));
    if (!files.length) throw new CliError(`no articles (${ARTICLE_EXTENSIONS.join(', ')}) under ${args.positional.join(', ')}`, skippedFolders.length ? 1 : 2);

    const registry = await confirmedRegistry(files, (sidecar, reason) => {
      io.stderr.write(terminalText(`newsmark xref: ${path.relative(process.cwd(), sidecar) || sidecar}: its confirmed names are not used: ${reason} (see 'newsmark check')\n`));
    });
    const index = new CrossSourceIndex({ registry });
    const progress = new ProgressLine(io.stderr, io.interactive, files.length);
    const shown = new Map(files.map((f) => [f, path.relative(process.cwd(), f) || f]));
    const failures: string[] = [];
    const tooLong: string[] = [];
    const sources = files.map((file) => ({
      id: shown.get(file)!,
      read: async (): Promise<string> => {
        const article = readArticleNow(file);
        if (!article.ok) throw new Error(article.reason);
        // Indexed with nothing found in it, as analyze() leaves a longer text: the listing must not pass it off as read.
        if (article.text.length > DEFAULT_MAX_LENGTH) tooLong.push(`${shown.get(file)}: too long to analyse (${article.text.length.toLocaleString('en')} characters; the limit is ${DEFAULT_MAX_LENGTH.toLocaleString('en')}); nothing in it is listed`);
        return article.text;
      },
    }));
    // The same index either way: the articles are indexed in the same order, with the same analyses.
    let pool: AnalysisPool | undefined;
    try {
      pool = workers > 0 && files.length >= MIN_ARTICLES_FOR_WORKERS ? new AnalysisPool(workers) : undefined;
      await index.build(analysedInputs(sources, pool, (id) => index.analysisOptionsFor(id)), {
        onProgress: ({ done, docId }) => progress.update(done, docId ?? ''),
        onError: (docId, err) => failures.push(`${docId}: ${err instanceof Error ? err.message : String(err)}`),
      });
    } finally {
      await pool?.close();
    }
    progress.clear();
    if (pool?.firstFailure) io.stderr.write(`newsmark xref: analysis worker threads failed (${terminalText(pool.firstFailure)}); the articles were analysed on the main thread\n`);
    for (const f of failures) io.stderr.write(`newsmark xref: skipped ${terminalText(f)}\n`);
    for (const f of tooLong) io.stderr.write(`newsmark xref: ${terminalText(f)}\n`);
    if (!index.size) throw new CliError('no article could be read', 1);

    const entities = index.entities(minSources);
    const quotes = index.quotes(minSources);
    const claims = index.claims(minSources);
    if (args.options.has('json')) {
      io.stdout.write(JSON.stringify({ documents: index.documentIds(), entities, quotes, claims }, null, 2) + '\n');
    } else {
      io.stdout.write(terminalText(report(index.size, entities, quotes, claims, minSources)));
    }
    // The report stands for the articles read; a script must still learn that some were not.
    return failures.length || skippedFolders.length || tooLong.length ? 1 : 0;
  },
};

/** The confirmed entities of every article's sidecar, merged: one story shares one registry. */
async function confirmedRegistry(files: string[], onInvalid: (sidecar: string, reason: string) => void): Promise<ConfirmedEntity[]> {
  const store = new SidecarStore(nodeFileSystem);
  const registries: SidecarEntity[][] = [];
  for (const file of files) {
    const loaded = await store.load(file);
    if (loaded.state === 'ok') registries.push(loaded.parsed.sidecar.entities);
    else if (loaded.state === 'invalid') onInvalid(sidecarPathFor(file), loaded.problems.map((p) => p.message).join('; '));
  }
  return storyRegistry(registries);
}

function quoted(text: string, max = 110): string {
  const t = text.replace(/\s+/g, ' ').trim().replace(/^[“"‘']+|[”"’']+$/g, '');
  return `“${t.length > max ? t.slice(0, max - 1) + '…' : t}”`;
}

function report(documents: number, entities: EntityGroup[], quotes: QuoteGroup[], claims: ClaimGroup[], minSources: number): string {
  const lines: string[] = [];
  const sources = minSources === 1 ? 'any article' : `${minSources}+ articles`;
  lines.push(`${documents} article(s): ${entities.length} entities, ${quotes.length} quotes and ${claims.length} claims in ${sources}`);

  lines.push('', `Entities (${entities.length})`);
  for (const e of entities) {
    const aliases = e.aliases.length ? `  also: ${e.aliases.slice(0, 6).join(', ')}` : '';
    lines.push(`  ${e.name} (${e.type}${e.confirmed ? ', confirmed' : ''}) — ${e.documents.length} articles, ${e.mentionCount} mentions${aliases}`);
    lines.push(`    ${e.documents.map((d) => `${d.docId} (${d.mentions.length})`).join(', ')}`);
  }

  lines.push('', `Quotes across sources (${quotes.length})`);
  for (const q of quotes) {
    lines.push(`  ${q.speaker ?? 'unattributed'}: ${quoted(q.text)}`);
    for (const m of q.members) {
      const diff = m.relation === 'verbatim' ? '' : `  [${[...m.differences.added.slice(0, 5).map((w) => `+${w}`), ...m.differences.missing.slice(0, 5).map((w) => `-${w}`)].join(' ')}]`;
      lines.push(`    ${m.docId}  ${m.kind}, ${m.relation}: ${quoted(m.text, 90)}${diff}`);
    }
  }

  lines.push('', `Claims across sources (${claims.length})`);
  for (const c of claims) {
    lines.push(`  ${quoted(c.label, 140)}`);
    lines.push(`    about: ${c.terms.slice(0, 8).join(', ')}`);
    lines.push(`    supported by: ${c.supporting.join(', ') || '-'}`);
    if (c.contradicting.length) {
      lines.push(`    contradicted by: ${c.contradicting.join(', ')}`);
      for (const m of c.members) if (m.polarity === 'negative' && c.contradicting.includes(m.docId)) lines.push(`      ${m.docId}: ${quoted(m.text, 120)}`);
    }
  }
  return lines.join('\n') + '\n';
}
