// Hovers over highlights: who speaks and how, what a hedge does and whose it is, an entity's names, other articles.
import * as vscode from 'vscode';
import type { Entity, Hedge, Quote, Span } from '../../core';
import { contains, rangeInDocument, rangeOf } from '../convert';
import { Disposable } from '../dispose';
import type { Annotation } from '../sidecar/api';
import type { AnalysedDocument, DocumentAnalyses } from '../documentAnalyses';
import { attributedSpeaker } from '../manualAttributions';
import type { Settings } from '../settings';
import { hedgeExplanation, quoteKindExplanation, quoteKindTitle } from './hedgeExplanations';
import { escapeMarkdown } from './markdownText';

/** Another article where the same quote, entity or claim appears. */
export interface OtherArticle {
  uri: vscode.Uri;
  title: string;
  /** Where in that article, for the link to open it at the spot. */
  position?: vscode.Position;
  /** e.g. "different wording", "disagrees". */
  note?: string;
}

/** What the cross-source index knows about a place in an article; absent until the workspace has been analysed. */
export interface CrossSourceLookup {
  referencesAt(article: vscode.Uri, offset: number): { kind: 'entity' | 'quote' | 'claim'; label: string; others: OtherArticle[] }[];
}

/** The person's own annotations (manual ones, with notes and verdicts) at a place in an article. */
export type AnnotationLookup = (article: vscode.Uri, offset: number) => readonly Annotation[];
/** Every annotation of an article: a person's attribution of a quote may cover more than the place hovered. */
export type ArticleAnnotationsLookup = (article: vscode.Uri) => readonly Annotation[];

/** The heading over the list of other articles; `label` (an entity's name) is escaped markdown. */
function referenceHeading(kind: 'entity' | 'quote' | 'claim', label: string): string {
  if (kind === 'entity') return vscode.l10n.t('Also named in ({0}):', label);
  return kind === 'quote' ? vscode.l10n.t('The same quote in:') : vscode.l10n.t('The same claim in:');
}

function quoteSpans(quote: Quote) {
  return [quote, ...(quote.speaker ? [quote.speaker.mention] : []), ...(quote.cue ? [quote.cue] : [])];
}

export class NewsHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly _analyses: DocumentAnalyses,
    private readonly _settings: Settings,
    private readonly _crossSource: () => CrossSourceLookup | undefined,
    private readonly _annotations: AnnotationLookup,
    private readonly _articleAnnotations: ArticleAnnotationsLookup,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this._settings.current.hoversEnabled) return undefined;
    const analysed = this._analyses.get(document);
    if (!analysed) return this._unanalysedHover(document, position);
    const offset = document.offsetAt(position);
    const { analysis, text } = analysed;
    const quotes = analysis.quotes.filter((q) => quoteSpans(q).some((s) => contains(s, offset)));
    const hedges = analysis.hedges.filter((h) => contains(h, offset) || contains(h.claim, offset));
    const entityHits: { entity: Entity; start: number; end: number }[] = [];
    for (const entity of analysis.entities) {
      const mention = entity.mentions.find((m) => contains(m, offset));
      if (mention) entityHits.push({ entity, start: mention.start, end: mention.end });
    }
    const annotations = this._annotations(document.uri, offset);
    if (!quotes.length && !hedges.length && !entityHits.length && !annotations.length) return undefined;

    const sections: string[] = [];
    const lookup = this._crossSource();
    // Cue hits first: when the mouse is on "may" inside a quote, the hedge is what the person is asking about.
    const cueHedges = hedges.filter((h) => contains(h, offset));
    const claimHedges = hedges.filter((h) => !contains(h, offset));
    for (const hedge of cueHedges) sections.push(this._hedgeSection(hedge, analysed, text, true));
    const all = quotes.length ? this._articleAnnotations(document.uri) : [];
    for (const quote of quotes) sections.push(this._quoteSection(quote, text, attributedSpeaker(quote, all, text)));
    for (const { entity } of entityHits) sections.push(this._entitySection(entity));
    for (const hedge of claimHedges.slice(0, 1)) sections.push(this._hedgeSection(hedge, analysed, text, false));
    const elsewhere = (lookup?.referencesAt(document.uri, offset) ?? [])
      .filter((r) => r.kind !== 'claim' || !quotes.length)
      .map((r) => otherArticlesList(referenceHeading(r.kind, r.kind === 'entity' ? escapeMarkdown(r.label, 60) : ''), r.others))
      .filter(Boolean);
    if (elsewhere.length) sections.push(elsewhere.join('\n\n'));
    // The person's own notes come first: they are what the reader of this article decided.
    if (annotations.length) sections.unshift(annotationsSection(annotations));

    const spans = [...annotations.map((a) => a.target), ...cueHedges, ...quotes.flatMap(quoteSpans).filter((s) => contains(s, offset)), ...entityHits, ...claimHedges.map((h) => h.claim)];
    return new vscode.Hover(untrustedMarkdown(sections.join('\n\n---\n\n')), rangeOf(analysed.lines, narrowest(spans)));
  }

  /**
   * An article that is not analysed (over newsmark.maxFileSize) still outlines the person's own annotations: their
   * hover shows them, as in any article. Their offsets are those of the live text.
   */
  private _unanalysedHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this._analyses.isArticle(document)) return undefined;
    const annotations = this._annotations(document.uri, document.offsetAt(position));
    if (!annotations.length) return undefined;
    return new vscode.Hover(untrustedMarkdown(annotationsSection(annotations)), rangeInDocument(document, narrowest(annotations.map((a) => a.target))));
  }

  private _quoteSection(quote: Quote, text: string, attributed: string | undefined): string {
    const lines = [`$(quote) **${quoteKindTitle(quote.kind)}** — ${quoteKindExplanation(quote.kind)}`];
    const speaker = quote.speaker;
    if (attributed) {
      const yours = escapeMarkdown(attributed, 80);
      if (!speaker) lines.push(vscode.l10n.t('Speaker: **{0}** — *your attribution* (the text names no speaker)', yours));
      else if (speaker.anonymous) lines.push(vscode.l10n.t('Speaker: **{0}** — *your attribution* (the text gives an anonymous or vague source)', yours));
      else if (speaker.name && speaker.name !== attributed) lines.push(vscode.l10n.t('Speaker: **{0}** — *your attribution* (the analysis read {1})', yours, escapeMarkdown(speaker.name, 80)));
      else lines.push(vscode.l10n.t('Speaker: **{0}** — *your attribution*', yours));
    } else if (!speaker) lines.push(vscode.l10n.t('Speaker: *not attributed in the text*'));
    else {
      const written = text.slice(speaker.mention.start, speaker.mention.end);
      if (speaker.anonymous) lines.push(vscode.l10n.t('Speaker: *anonymous or vague source* “{0}”', escapeMarkdown(written, 80)));
      else if (speaker.name) {
        const name = escapeMarkdown(speaker.name, 80);
        const role = speaker.role ? escapeMarkdown(speaker.role, 80) : undefined;
        const via = written && written !== speaker.name ? escapeMarkdown(written, 80) : undefined;
        if (role !== undefined && via !== undefined) lines.push(vscode.l10n.t('Speaker: **{0}** ({1}) — written as “{2}”', name, role, via));
        else if (role !== undefined) lines.push(vscode.l10n.t('Speaker: **{0}** ({1})', name, role));
        else if (via !== undefined) lines.push(vscode.l10n.t('Speaker: **{0}** — written as “{1}”', name, via));
        else lines.push(vscode.l10n.t('Speaker: **{0}**', name));
      } else lines.push(vscode.l10n.t('Speaker: “{0}” *(not resolved to a name)*', escapeMarkdown(written, 80)));
    }
    if (quote.cue) {
      const cue = escapeMarkdown(text.slice(quote.cue.start, quote.cue.end), 60);
      lines.push(quote.cueLemma ? vscode.l10n.t('Cue: “{0}” ({1})', cue, escapeMarkdown(quote.cueLemma, 40)) : vscode.l10n.t('Cue: “{0}”', cue));
    }
    return lines.join('  \n');
  }

  private _hedgeSection(hedge: Hedge, analysed: AnalysedDocument, text: string, onCue: boolean): string {
    const { title, explanation } = hedgeExplanation(hedge.kind) ?? { title: hedge.kind, explanation: '' };
    if (!onCue) return `$(question) ${vscode.l10n.t('Hedged claim — “{0}” ({1})', escapeMarkdown(hedge.cue, 60), escapeMarkdown(title, 40))}`;
    const lines = [`$(question) ${vscode.l10n.t('**Hedge: {0}** — “{1}”', escapeMarkdown(title, 40), escapeMarkdown(hedge.cue, 60))}`, explanation];
    const quote = hedge.quoteIndex !== undefined ? analysed.analysis.quotes[hedge.quoteIndex] : undefined;
    if (hedge.voice === 'speaker') {
      lines.push(quote?.speaker?.name ? vscode.l10n.t('Hedged by: **{0}** (quoted)', escapeMarkdown(quote.speaker.name, 80)) : vscode.l10n.t('Hedged by: the quoted speaker'));
    } else lines.push(vscode.l10n.t('Hedged by: **the reporter** (in the article’s own voice)'));
    lines.push(vscode.l10n.t('Claim: “{0}”', escapeMarkdown(text.slice(hedge.claim.start, hedge.claim.end), 200)));
    return lines.join('  \n');
  }

  private _entitySection(entity: Entity): string {
    const icon = entity.type === 'person' ? '$(person)' : entity.type === 'org' ? '$(organization)' : '$(location)';
    const lines = [`${icon} ${entityHeading(entity)}`];
    if (entity.roles.length) lines.push(vscode.l10n.t('Roles: {0}', entity.roles.slice(0, 5).map((r) => escapeMarkdown(r, 60)).join(', ')));
    const aliases = entity.aliases.filter((a) => a !== entity.name);
    if (aliases.length) lines.push(vscode.l10n.t('Also written: {0}', aliases.slice(0, 8).map((a) => `“${escapeMarkdown(a, 60)}”`).join(', ')));
    return lines.join('  \n');
  }
}

/** The entity's name, what it is and how often the article names it: one sentence per type and number. */
function entityHeading(entity: Entity): string {
  const name = escapeMarkdown(entity.name, 80);
  const count = entity.mentions.length;
  if (entity.type === 'person') return count === 1 ? vscode.l10n.t('**{0}** — person, 1 mention in this article', name) : vscode.l10n.t('**{0}** — person, {1} mentions in this article', name, count);
  if (entity.type === 'org') return count === 1 ? vscode.l10n.t('**{0}** — organisation, 1 mention in this article', name) : vscode.l10n.t('**{0}** — organisation, {1} mentions in this article', name, count);
  return count === 1 ? vscode.l10n.t('**{0}** — place, 1 mention in this article', name) : vscode.l10n.t('**{0}** — place, {1} mentions in this article', name, count);
}

/** Hover text of escaped article and sidecar text: never trusted (no command links), no HTML; theme icons are the hover's own. */
function untrustedMarkdown(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value, true);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

function narrowest(spans: readonly Span[]): Span {
  return spans.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
}

/** The person's own annotations at the place hovered (the first three). */
function annotationsSection(annotations: readonly Annotation[]): string {
  return annotations.slice(0, 3).map(annotationLine).join('  \n');
}

function annotationLine(a: Annotation): string {
  // The kind is the sidecar's own word for it (as the Annotations view shows it).
  const parts = [`$(note) ${vscode.l10n.t('**Your {0} annotation**', a.kind)}`];
  if (a.speaker) parts.push(vscode.l10n.t('speaker: {0}', escapeMarkdown(a.speaker, 80)));
  if (a.verdict) parts.push(vscode.l10n.t('verdict: **{0}**', escapeMarkdown(a.verdict, 40)));
  if (a.status === 'drifted') parts.push(vscode.l10n.t('*the words changed since*'));
  const head = parts.join(' · ');
  return a.note ? `${head}  \n${escapeMarkdown(a.note, 400)}` : head;
}

function otherArticlesList(heading: string, others: OtherArticle[]): string {
  if (!others.length) return '';
  const links = others.slice(0, 6).map((o) => {
    // A #L<line>,<col> fragment makes the link open the article at the spot; plain links work in untrusted hovers.
    const target = o.position ? o.uri.with({ fragment: `L${o.position.line + 1},${o.position.character + 1}` }) : o.uri;
    const note = o.note ? ` — ${escapeMarkdown(o.note, 60)}` : '';
    return `[${escapeMarkdown(o.title, 80)}](${target.toString()})${note}`;
  });
  const more = others.length > 6 ? [`- ${vscode.l10n.t('…and {0} more', others.length - 6)}`] : [];
  return [heading, '', ...links.map((l) => `- ${l}`), ...more].join('\n');
}

/** Registers the hover for the configured languages, again whenever they change. */
export function registerHovers(
  analyses: DocumentAnalyses,
  settings: Settings,
  crossSource: () => CrossSourceLookup | undefined,
  annotations: AnnotationLookup,
  articleAnnotations: ArticleAnnotationsLookup,
): vscode.Disposable {
  const provider = new NewsHoverProvider(analyses, settings, crossSource, annotations, articleAnnotations);
  const registration = new (class extends Disposable {
    private _current: vscode.Disposable | undefined;
    private _languages = '';
    constructor() {
      super();
      this._register({ dispose: () => this._current?.dispose() });
      this._register(settings.onDidChange(() => this.update()));
      this.update();
    }
    update() {
      const languages = settings.current.languages;
      if (languages.join('\n') === this._languages) return;
      this._languages = languages.join('\n');
      this._current?.dispose();
      this._current = vscode.languages.registerHoverProvider(
        languages.map((language) => ({ language })),
        provider,
      );
    }
  })();
  return registration;
}
