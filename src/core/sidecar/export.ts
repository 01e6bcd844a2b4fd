// Exports sidecar annotations as W3C Web Annotation JSON-LD and schema.org ClaimReview JSON-LD.
import type { Annotation, Sidecar, Verdict } from './types';

/** The schema.org rating for each verdict: 1 (worst) to 5 (best); unsupported claims have no numeric rating. */
export const VERDICT_RATINGS: Record<Verdict, { ratingValue?: number; alternateName: string }> = {
  accurate: { ratingValue: 5, alternateName: 'Accurate' },
  'mostly-accurate': { ratingValue: 4, alternateName: 'Mostly accurate' },
  mixed: { ratingValue: 3, alternateName: 'Mixed' },
  'mostly-inaccurate': { ratingValue: 2, alternateName: 'Mostly inaccurate' },
  misleading: { ratingValue: 2, alternateName: 'Misleading' },
  inaccurate: { ratingValue: 1, alternateName: 'Inaccurate' },
  unsupported: { alternateName: 'Unsupported' },
};

/** One article's sidecar and the address its annotations target (a file: URI, or any URL the article is published at). */
export interface ExportSource {
  source: string;
  sidecar: Sidecar;
}

const MOTIVATION: Record<Annotation['kind'], string> = {
  quote: 'identifying',
  speaker: 'identifying',
  claim: 'assessing',
  hedge: 'classifying',
  entity: 'identifying',
  note: 'commenting',
};

export function toW3CAnnotation(source: string, a: Annotation): Record<string, unknown> {
  const body: Record<string, unknown>[] = [{ type: 'TextualBody', purpose: 'tagging', value: a.kind }];
  if (a.speaker) body.push({ type: 'TextualBody', purpose: 'identifying', value: a.speaker });
  if (a.cue) body.push({ type: 'TextualBody', purpose: 'describing', value: `cue: ${a.cue}` });
  if (a.hedge) body.push({ type: 'TextualBody', purpose: 'classifying', value: `hedge: ${a.hedge}` });
  if (a.verdict) body.push({ type: 'TextualBody', purpose: 'assessing', value: VERDICT_RATINGS[a.verdict].alternateName });
  if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
  for (const link of publishedEvidence(a)) body.push({ id: link, purpose: 'linking' });
  const { exact, prefix, suffix, start, end } = a.target;
  const selector: Record<string, unknown>[] = [{ type: 'TextQuoteSelector', exact, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) }];
  if (a.status !== 'orphaned' && start >= 0) selector.push({ type: 'TextPositionSelector', start, end });
  const out: Record<string, unknown> = {
    id: `${source}#annotation-${encodeURIComponent(a.id)}`,
    type: 'Annotation',
    motivation: a.verdict ? 'assessing' : a.note && a.kind !== 'note' ? ['commenting', MOTIVATION[a.kind]] : MOTIVATION[a.kind],
    body,
    target: { source, selector },
    generator: { type: 'Software', name: 'newsmark' },
  };
  if (a.created) out.created = a.created;
  if (a.updated) out.modified = a.updated;
  if (a.origin === 'auto') out.creator = { type: 'Software', name: 'newsmark' };
  return out;
}

/**
 * Whether the annotation holds a person's assessment (a verdict, note or evidence) of words that changed since
 * (drifted) or cannot be found (orphaned): it may not hold for the text as it is, so it awaits review and is not
 * exported as if it did.
 */
export function awaitsReview(a: Annotation): boolean {
  return a.status !== 'anchored' && (a.verdict !== undefined || a.note !== undefined || (a.evidence !== undefined && a.evidence.length > 0));
}

/** The annotations exportW3C and exportClaimReview leave out (see awaitsReview), for telling the user. */
export function heldBackFromExport(sources: readonly ExportSource[]): { source: string; annotation: Annotation }[] {
  return sources.flatMap(({ source, sidecar }) => sidecar.annotations.filter(awaitsReview).map((annotation) => ({ source, annotation })));
}

/** A W3C AnnotationCollection of every article given, in order, but for the annotations that await review. */
export function exportW3C(sources: readonly ExportSource[], label = 'newsmark annotations'): Record<string, unknown> {
  const items = sources.flatMap((s) => s.sidecar.annotations.filter((a) => !awaitsReview(a)).map((a) => toW3CAnnotation(s.source, a)));
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}

/**
 * Whether an evidence entry may be published as a link: a web address. A file: URI or a path names a place on someone's
 * machine, and a javascript: or data: URI would be code or content of its own in whatever shows the link.
 */
function isWebLink(link: string): boolean {
  return /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(link);
}

/** The annotation's evidence that exports publish: its web links. */
function publishedEvidence(a: Annotation): string[] {
  return (a.evidence ?? []).filter(isWebLink);
}

/** Evidence entries the exports leave out (not web links), for telling the user. */
export function unpublishedEvidence(sources: readonly ExportSource[]): { source: string; annotation: Annotation; link: string }[] {
  return sources.flatMap(({ source, sidecar }) => sidecar.annotations.filter((a) => !awaitsReview(a)).flatMap((annotation) => (annotation.evidence ?? []).filter((link) => !isWebLink(link)).map((link) => ({ source, annotation, link }))));
}

/**
 * The address a ClaimReview may publish for an article: a web address only. A file: URI names a folder on someone's
 * machine (their home directory), and an editor's untitled: or remote address means nothing to a reader.
 */
function publishedAddress(source: string): string | undefined {
  return isWebLink(source) ? source : undefined;
}

/**
 * When the verdict was given, as far as the sidecar records it: a person's last change to the annotation (`updated`),
 * else its creation if a person made it. An automatic annotation's creation is when the analysis found the words.
 */
function verdictDate(a: Annotation): string | undefined {
  const when = a.updated ?? (a.origin === 'manual' ? a.created : undefined);
  return when?.slice(0, 10);
}

/**
 * schema.org ClaimReview objects for the annotations that carry a verdict on the words as they are (see awaitsReview).
 * Only a source that is a web address becomes the review's url (the article plus a page jump to the annotation) and
 * the claim's appearance; without one both are left out, which Google reads as the page that publishes the review.
 * `author` is the organisation publishing the fact checks.
 */
export function exportClaimReview(sources: readonly ExportSource[], author?: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const { source, sidecar } of sources) {
    const address = publishedAddress(source);
    for (const a of sidecar.annotations) {
      if (!a.verdict || awaitsReview(a)) continue;
      const rating = VERDICT_RATINGS[a.verdict];
      const claim: Record<string, unknown> = { '@type': 'Claim' };
      if (address) claim.appearance = { '@type': 'CreativeWork', url: address };
      if (a.speaker) claim.author = { '@type': 'Person', name: a.speaker };
      const review: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'ClaimReview' };
      if (address) review.url = `${address}#annotation-${encodeURIComponent(a.id)}`;
      review.claimReviewed = a.target.exact;
      review.itemReviewed = claim;
      review.reviewRating = {
        '@type': 'Rating',
        ...(rating.ratingValue !== undefined ? { ratingValue: rating.ratingValue, bestRating: 5, worstRating: 1 } : {}),
        alternateName: rating.alternateName,
      };
      if (a.note) review.reviewBody = a.note;
      const date = verdictDate(a);
      if (date) review.datePublished = date;
      if (author) review.author = { '@type': 'Organization', name: author };
      const citations = publishedEvidence(a);
      if (citations.length) review.citation = citations.map((url) => ({ '@type': 'CreativeWork', url }));
      out.push(review);
    }
  }
  return out;
}
