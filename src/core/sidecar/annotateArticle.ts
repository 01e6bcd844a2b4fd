// One article's sidecar brought up to date: load, re-anchor after outside edits, refresh automatic annotations, save.
import type { Analysis, ConfirmedEntity } from '../types';
import { ambiguousAnnotations, type AmbiguousAnnotation } from './ambiguity';
import { emptySidecar, refreshAutomatic, syncWithText, toConfirmedEntities } from './refresh';
import { articleBaseName, type SidecarStore } from './store';
import type { Sidecar, SidecarProblem } from './types';

export type AnnotateOutcome =
  /**
   * `automaticLeftOut`: automatic annotations not written, as the sidecar would have grown too large to be read again.
   * `ambiguous`: hand-written annotations whose words occur several times; each was anchored to one of them.
   */
  | { state: 'written' | 'unchanged'; sidecar: Sidecar; analysis: Analysis; created: boolean; automaticLeftOut?: number; ambiguous: AmbiguousAnnotation[] }
  /** The sidecar exists but is unusable: it was left untouched; the analysis ran without its registry. */
  | { state: 'invalid'; problems: SidecarProblem[]; analysis: Analysis }
  /**
   * No sidecar was there and none was written: the article has no text (only white space), or is too long to analyse
   * (`analysis.truncated`). Either way it would have held nothing.
   */
  | { state: 'skipped'; reason: 'empty' | 'too-long'; analysis: Analysis };

/** How many times a save is retried when the sidecar changes on disk between reading and writing it. */
const SAVE_ATTEMPTS = 3;

export async function annotateArticle(
  store: SidecarStore,
  articlePath: string,
  text: string,
  analyzeWith: (registry: ConfirmedEntity[]) => Analysis,
  now: string = new Date().toISOString(),
): Promise<AnnotateOutcome> {
  for (let attempt = 1; ; attempt++) {
    const loaded = await store.load(articlePath);
    if (loaded.state === 'invalid') return { state: 'invalid', problems: loaded.problems, analysis: analyzeWith([]) };
    const base = loaded.state === 'ok' ? loaded.parsed : undefined;
    const synced = syncWithText(base?.sidecar ?? emptySidecar(articleBaseName(articlePath), text), text, articleBaseName(articlePath));
    const analysis = analyzeWith(toConfirmedEntities(synced.entities));
    if (!base && (analysis.truncated || text.trim() === '')) return { state: 'skipped', reason: analysis.truncated ? 'too-long' : 'empty', analysis };
    // A text too long to analyse keeps its earlier automatic annotations rather than losing them all.
    const sidecar = refreshAutomatic(synced, text, analysis.truncated ? undefined : analysis, now);
    const result = await store.save(articlePath, sidecar, base);
    if (result.state !== 'changed-on-disk') {
      const leftOut = result.automaticLeftOut ? { automaticLeftOut: result.automaticLeftOut } : {};
      const ambiguous = base ? ambiguousAnnotations(base.sidecar.annotations, text) : [];
      return { state: result.state, sidecar, analysis, created: !base, ambiguous, ...leftOut };
    }
    if (attempt >= SAVE_ATTEMPTS) throw new Error('the sidecar keeps changing on disk while newsmark writes it; try again');
  }
}
