// Brings a sidecar up to date with its article: re-anchors after outside edits, regenerates automatic annotations,
// keeps every manual one, and turns the entity registry into what the analyzer takes.
import type { Analysis, ConfirmedEntity } from '../types';
import { isOnItsWords, makeTarget, reanchorAnnotations, reanchorOne, refreshContext } from './anchoring';
import { sha256Hex } from './sha256';
import { SIDECAR_VERSION, type Annotation, type AnnotationDraft, type AnnotationPatch, type Sidecar, type SidecarEntity } from './types';
import { hasUserContent } from './userContent';

export function emptySidecar(articleName: string, text: string): Sidecar {
  return { version: SIDECAR_VERSION, document: { path: articleName, length: text.length, sha256: sha256Hex(text) }, annotations: [], entities: [] };
}

/** The confirmed registry in the analyzer's shape: `analyze(text, { registry: toConfirmedEntities(sidecar.entities) })`. */
export function toConfirmedEntities(entities: readonly SidecarEntity[]): ConfirmedEntity[] {
  return entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases.slice(), ...(e.wikidata ? { wikidata: e.wikidata } : {}) }));
}

/**
 * The registries of a story's articles as one: one story shares one set of confirmed names. Entities of the same
 * name are one, with the aliases of all (and the first Wikidata id given).
 */
export function storyRegistry(registries: Iterable<readonly SidecarEntity[]>): ConfirmedEntity[] {
  const byName = new Map<string, ConfirmedEntity>();
  for (const entities of registries) {
    for (const e of toConfirmedEntities(entities)) {
      const known = byName.get(e.name);
      if (!known) byName.set(e.name, e);
      else {
        known.aliases = [...new Set([...known.aliases, ...e.aliases])];
        if (!known.wikidata && e.wikidata) known.wikidata = e.wikidata;
      }
    }
  }
  return [...byName.values()];
}

/**
 * Re-anchors the annotations when the article is not the text the sidecar was written for (its sha256 differs),
 * and records the current text's length and hash.
 */
export function syncWithText(sidecar: Sidecar, text: string, articleName = sidecar.document.path): Sidecar {
  const sha256 = sha256Hex(text);
  const unchanged = sidecar.document.sha256 === sha256 && sidecar.document.length === text.length;
  // Even for the same text, a hand-written annotation (no position, or a wrong one) needs finding.
  const annotations = unchanged
    ? refreshContext(
        sidecar.annotations.map((a) => (a.status === 'orphaned' || isOnItsWords(a.target, text) ? a : reanchorOne(a, text))),
        text,
      )
    : reanchorAnnotations(sidecar.annotations, text, { previousLength: sidecar.document.length > 0 ? sidecar.document.length : undefined });
  return { ...sidecar, document: { path: articleName, length: text.length, sha256 }, annotations };
}

/** The automatic annotations for an analysis: quotes, their speakers, hedges, and each entity's first mention. */
export function automaticAnnotations(text: string, analysis: Analysis): Annotation[] {
  const drafts: { kind: Annotation['kind']; start: number; end: number; extra: Partial<Annotation> }[] = [];
  // One speaker's words that introduce two quotes ("Putin congratulated Trump, praising …") are one annotation.
  const speakerSpans = new Set<string>();
  for (const q of analysis.quotes) {
    const cue = q.cue ? text.slice(q.cue.start, q.cue.end) : undefined;
    const speakerName = q.speaker ? (q.speaker.name ?? text.slice(q.speaker.mention.start, q.speaker.mention.end)) : undefined;
    drafts.push({ kind: 'quote', start: q.start, end: q.end, extra: { speaker: speakerName, cue } });
    if (!q.speaker) continue;
    const span = `${q.speaker.mention.start}:${q.speaker.mention.end}:${speakerName}`;
    if (speakerSpans.has(span)) continue;
    speakerSpans.add(span);
    drafts.push({ kind: 'speaker', start: q.speaker.mention.start, end: q.speaker.mention.end, extra: { speaker: speakerName } });
  }
  for (const h of analysis.hedges) drafts.push({ kind: 'hedge', start: h.start, end: h.end, extra: { hedge: h.kind, cue: h.cue } });
  for (const e of analysis.entities) {
    const first = e.mentions.find((m) => m.kind === 'name') ?? e.mentions[0];
    if (first) drafts.push({ kind: 'entity', start: first.start, end: first.end, extra: { speaker: e.name } });
  }
  drafts.sort((x, y) => x.start - y.start || x.end - y.end);
  // Ids come from kind, words, which repeat of them this is and what the analysis says of them (speaker, cue, hedge
  // kind), so they survive edits elsewhere and refreshes. An annotation of the same id with other words or fields
  // was corrected by a person; an analysis that reads the words otherwise gives them a new id.
  const seen = new Map<string, number>();
  const out: Annotation[] = [];
  for (const d of drafts) {
    if (d.end <= d.start || d.end > text.length) continue;
    const exact = text.slice(d.start, d.end);
    const key = `${d.kind}\u0000${exact}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const id = generatedId(d.kind, exact, n, saidOf(d.extra));
    const annotation: Annotation = { id, kind: d.kind, target: makeTarget(text, d.start, d.end), origin: 'auto', status: 'anchored' };
    for (const [k, v] of Object.entries(d.extra)) if (v !== undefined && v !== null && v !== '') (annotation as unknown as Record<string, unknown>)[k] = v;
    out.push(annotation);
  }
  return out;
}

/**
 * Replaces the automatic annotations with fresh ones from `analysis` (of `text`, which the sidecar must already be
 * synced to). Annotations with user content stay, becoming manual; so does an automatic annotation whose kind,
 * speaker, cue or hedge kind differs from what the analysis gives for the same id, or whose words do while it is
 * anchored: someone corrected it by hand (in the YAML), and a refresh must not revert the correction. An unchanged
 * automatic annotation keeps its created time, so refreshing an unchanged article changes nothing. Without a complete
 * analysis (none, or `truncated`) the automatic annotations stay as they are.
 */
export function refreshAutomatic(sidecar: Sidecar, text: string, analysis: Analysis | undefined, now: string): Sidecar {
  const kept: Annotation[] = [];
  const previousAuto = new Map<string, Annotation>();
  for (const a of sidecar.annotations) {
    if (hasUserContent(a)) kept.push(a.origin === 'manual' ? a : asManual(a, now));
    else previousAuto.set(a.id, a);
  }
  // An incomplete analysis (text too long, or a detector failed) says nothing about what is in the text.
  if (!analysis || analysis.truncated) return { ...sidecar, annotations: sortByPosition([...kept, ...previousAuto.values()]) };
  const keptIds = new Set(kept.map((a) => a.id));
  const fresh: Annotation[] = [];
  const given = new Set<string>();
  for (const a of automaticAnnotations(text, analysis)) {
    given.add(a.id);
    if (keptIds.has(a.id)) continue;
    const before = previousAuto.get(a.id);
    if (before && (!sameEditableFields(before, a) || correctedWords(before, a))) kept.push(asManual(before, now));
    else if (before && sameAnnotation(before, { ...a, created: before.created })) fresh.push(before);
    else fresh.push({ ...a, created: before?.created ?? now });
  }
  // An automatic annotation the analysis no longer gives (its words changed, or went) was the analysis's own only
  // if its id still says what it holds: one whose speaker, cue, hedge kind or words a person changed in the YAML
  // and whose words then changed too is that person's correction, kept (as manual) rather than regenerated away.
  const corrected = [...previousAuto.values()].filter((a) => !given.has(a.id) && !keptIds.has(a.id));
  if (corrected.length) {
    const generated = new GeneratedIds(sidecar.annotations);
    for (const a of corrected) if (!generated.holds(a)) kept.push(asManual(a, now));
  }
  return { ...sidecar, annotations: sortByPosition([...kept, ...fresh]) };
}

/** The id automaticAnnotations gives the n-th annotation of a kind on the same words, with what the analysis said of them. */
function generatedId(kind: Annotation['kind'], exact: string, n: number, said: string): string {
  return `${kind}-${sha256Hex(`${kind}\u0000${exact}\u0000${n}\u0000${said}`).slice(0, 10)}`;
}

/** What the analysis said of an annotation's words, as its id holds it. */
function saidOf(a: Pick<Annotation, 'speaker' | 'cue' | 'hedge'>): string {
  return [a.speaker, a.cue, a.hedge].map((v) => v ?? '').join('\u0000');
}

/** The id of the same annotation before ids held what the analysis said (sidecars written by earlier versions). */
function earlierGeneratedId(kind: Annotation['kind'], exact: string, n: number): string {
  return `${kind}-${sha256Hex(`${kind}\u0000${exact}\u0000${n}`).slice(0, 10)}`;
}

/** Repeats of the same words beyond those the sidecar holds that an id may count (annotations deleted since). */
const REPEAT_SLACK = 8;

/**
 * Whether an automatic annotation's id is the one its own kind, words and fields give: the words' repeat number is
 * not kept, so the ids of every repeat up to the number of such annotations in the sidecar are tried (once for each
 * kind, words and fields, however many annotations share them).
 */
class GeneratedIds {
  private readonly repeats = new Map<string, number>();
  private readonly ids = new Map<string, Set<string>>();

  constructor(annotations: readonly Annotation[]) {
    for (const a of annotations) {
      const key = `${a.kind}\u0000${wordsOf(a)}`;
      this.repeats.set(key, (this.repeats.get(key) ?? 0) + 1);
    }
  }

  holds(a: Annotation): boolean {
    const words = wordsOf(a);
    const said = saidOf(a);
    const key = `${a.kind}\u0000${words}`;
    const group = `${key}\u0000${said}`;
    let ids = this.ids.get(group);
    if (!ids) {
      ids = new Set();
      const repeats = (this.repeats.get(key) ?? 1) + REPEAT_SLACK;
      for (let n = 0; n < repeats; n++) {
        ids.add(generatedId(a.kind, words, n, said));
        ids.add(earlierGeneratedId(a.kind, words, n));
      }
      this.ids.set(group, ids);
    }
    return ids.has(a.id);
  }
}

/** The words an annotation was made on: those it was first given, when it has drifted from them. */
function wordsOf(a: Annotation): string {
  return a.target.original ?? a.target.exact;
}

function asManual(a: Annotation, now: string): Annotation {
  return { ...a, origin: 'manual', updated: a.updated ?? now };
}

/** The fields of an automatic annotation that a person corrects: the analyzer never changes them for the same id. */
function sameEditableFields(a: Annotation, b: Annotation): boolean {
  return a.kind === b.kind && a.speaker === b.speaker && a.cue === b.cue && a.hedge === b.hedge;
}

/**
 * An id is made from the words the analysis marked, so an automatic annotation found on its own words still holds
 * them; other words there were put by a person. (An edit inside its words leaves it drifted, not anchored.)
 */
function correctedWords(before: Annotation, fresh: Annotation): boolean {
  return before.status === 'anchored' && before.target.exact !== fresh.target.exact;
}

function sameAnnotation(a: Annotation, b: Annotation): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

function normalise(a: Annotation): unknown[] {
  const t = a.target;
  return [a.id, a.kind, a.origin, a.status, a.speaker, a.cue, a.hedge, a.verdict, a.note, a.evidence, a.created, a.updated, t.start, t.end, t.exact, t.prefix, t.suffix, t.original];
}

export function annotationsEqual(a: Annotation, b: Annotation): boolean {
  return sameAnnotation(a, b);
}

function sortByPosition(annotations: Annotation[]): Annotation[] {
  return annotations.sort((x, y) => x.target.start - y.target.start || x.target.end - y.target.end);
}

/** A new manual annotation on text[draft.start, draft.end). */
export function createManual(text: string, draft: AnnotationDraft, id: string, now: string): Annotation {
  const annotation: Annotation = { id, kind: draft.kind, target: makeTarget(text, draft.start, draft.end), origin: 'manual', status: 'anchored', created: now, updated: now };
  return applyPatch(annotation, draft, now, false);
}

/** Applies a person's edit; user content makes an automatic annotation manual so refreshes keep it. */
export function applyPatch(a: Annotation, patch: AnnotationPatch, now: string, touch = true): Annotation {
  const next: Annotation = { ...a };
  const record = next as unknown as Record<string, unknown>;
  for (const key of ['kind', 'speaker', 'cue', 'hedge', 'verdict', 'note', 'evidence'] as const) {
    if (!(key in patch)) continue;
    const v = patch[key];
    if (v === undefined) continue;
    if (v === null || (Array.isArray(v) && v.length === 0) || v === '') delete record[key];
    else record[key] = Array.isArray(v) ? v.slice() : v;
  }
  if (touch) next.updated = now;
  if (hasUserContent(next) || touch) next.origin = 'manual';
  return next;
}

/** A fresh id for a manual annotation: time plus randomness, so two people annotating at once do not collide. */
export function newAnnotationId(now: Date = new Date(), random: () => number = Math.random): string {
  return `m-${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
}
