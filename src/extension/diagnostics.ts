// Problems-panel findings per rule (severity from settings) and the "Attribute to …" quick fixes.
import * as vscode from 'vscode';
import type { Analysis, Span } from '../core';
import type { TextChange } from '../core/sidecar';
import { Commands, DIAGNOSTIC_SOURCE } from './constants';
import { rangeOf, spanIn } from './convert';
import { afterActivation, Disposable } from './dispose';
import type { AnalysedDocument, DocumentAnalyses } from './documentAnalyses';
import { attributedSpeaker } from './manualAttributions';
import type { DiagnosticRule, RuleSeverity, Settings } from './settings';
import type { Annotation, ArticleAnnotations, SidecarService } from './sidecar/api';
import { spanAfterEdits } from './spansAfterEdits';

export const DiagnosticCodes: Record<DiagnosticRule, string> = {
  unattributedQuote: 'unattributed-quote',
  anonymousSource: 'anonymous-source',
  reporterHedge: 'reporter-hedge',
};

const SEVERITY: Record<Exclude<RuleSeverity, 'off'>, vscode.DiagnosticSeverity> = {
  hint: vscode.DiagnosticSeverity.Hint,
  information: vscode.DiagnosticSeverity.Information,
  warning: vscode.DiagnosticSeverity.Warning,
  error: vscode.DiagnosticSeverity.Error,
};

/**
 * The problems shown for a document and the analysis they come from, with the edits made since: until the next analysis
 * (debounced while the person types) their ranges are those of the text as it was.
 */
export interface ShownProblems {
  readonly analysed: AnalysedDocument;
  readonly unattributed: readonly { diagnostic: vscode.Diagnostic; span: Span }[];
  /** The edits since the analysis, in the order they were made. */
  readonly edits: TextChange[];
  /** The document version the edits bring the text to. */
  version: number;
}

export class ArticleDiagnostics extends Disposable {
  private readonly _collection = this._register(vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE));
  private readonly _shown = new Map<string, ShownProblems>();

  constructor(
    private readonly _analyses: DocumentAnalyses,
    private readonly _settings: Settings,
    private readonly _annotations: ArticleAnnotations,
  ) {
    super();
    this._register(_analyses.onDidUpdate((doc) => this._update(doc)));
    this._register(
      _annotations.onDidChange((uri) => {
        // Only with the analysis of the text as it is: while a typed edit waits for its analysis, that update follows.
        const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        const analysed = document && this._collection.has(uri) ? this._analyses.peek(document) : undefined;
        if (analysed) this._set(analysed);
      }),
    );
    this._register(vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this._updateIfMissing(e.document))));
    this._register(vscode.workspace.onDidCloseTextDocument((doc) => this._delete(doc.uri)));
    this._register(
      vscode.workspace.onDidChangeTextDocument((e) => {
        const shown = this._shown.get(e.document.uri.toString());
        // Problems shown from an analysis of this very version (during the change's own events) already hold it.
        if (!shown || e.document.version === shown.version) return;
        for (const c of e.contentChanges) shown.edits.push({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text });
        shown.version = e.document.version;
      }),
    );
    // Every article whose problems are listed (those in background tabs too, which the Problems panel shows), and the
    // editors on screen (a setting may have made one an article).
    this._register(
      _settings.onDidChange(() => {
        const documents = new Set([...vscode.window.visibleTextEditors.map((e) => e.document), ...vscode.workspace.textDocuments.filter((d) => this._shown.has(d.uri.toString()))]);
        documents.forEach((d) => this._update(d));
      }),
    );
    this._register(afterActivation(() => vscode.window.visibleTextEditors.forEach((e) => this._update(e.document))));
  }

  private _updateIfMissing(document: vscode.TextDocument): void {
    if (!this._collection.has(document.uri)) this._update(document);
  }

  /**
   * The problems shown for the document, when the edits since their analysis are known (they are, from the moment
   * the problems are shown); undefined when none are shown.
   */
  shownFor(document: vscode.TextDocument): ShownProblems | undefined {
    const shown = this._shown.get(document.uri.toString());
    return shown && shown.version === document.version ? shown : undefined;
  }

  private _update(document: vscode.TextDocument): void {
    const analysed = this._analyses.get(document);
    if (!analysed) {
      this._delete(document.uri);
      return;
    }
    this._set(analysed);
  }

  private _set(analysed: AnalysedDocument): void {
    const diagnostics = diagnosticsOf(analysed, this._settings.current.diagnostics, this._annotations.annotationsFor(analysed.uri));
    this._collection.set(analysed.uri, diagnostics);
    const unattributed = diagnostics.filter((d) => d.code === DiagnosticCodes.unattributedQuote).map((diagnostic) => ({ diagnostic, span: spanIn(analysed.lines, diagnostic.range) }));
    this._shown.set(analysed.uri.toString(), { analysed, unattributed, edits: [], version: analysed.version });
  }

  private _delete(uri: vscode.Uri): void {
    this._collection.delete(uri);
    this._shown.delete(uri.toString());
  }
}

function diagnosticsOf(analysed: AnalysedDocument, severities: Record<DiagnosticRule, RuleSeverity>, annotations: readonly Annotation[]): vscode.Diagnostic[] {
  const out: vscode.Diagnostic[] = [];
  const { analysis, text, lines } = analysed;
  const add = (rule: DiagnosticRule, span: { start: number; end: number }, message: string) => {
    const severity = severities[rule];
    if (severity === 'off') return;
    const d = new vscode.Diagnostic(rangeOf(lines, span), message, SEVERITY[severity]);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = DiagnosticCodes[rule];
    out.push(d);
  };
  for (const quote of analysis.quotes) {
    // A person who said who speaks (Attribute to …, Set Speaker…) has settled it.
    if (!quote.speaker && quote.kind !== 'reported' && !attributedSpeaker(quote, annotations, text)) add('unattributedQuote', quote, vscode.l10n.t('Quote with no attributed speaker.'));
    if (quote.speaker?.anonymous) {
      const words = text.slice(quote.speaker.mention.start, quote.speaker.mention.end).replace(/\s+/g, ' ');
      add('anonymousSource', quote.speaker.mention, vscode.l10n.t('Anonymous or vague source: “{0}”.', words));
    }
  }
  for (const hedge of analysis.hedges) {
    // The hedge kind stays the analysis's own term for it (epistemic, doxastic…), as the sidecar spells it.
    if (hedge.voice === 'reporter') add('reporterHedge', hedge, vscode.l10n.t('Hedged claim in the reporter’s own voice (“{0}”, {1}).', hedge.cue, hedge.kind));
  }
  return out;
}

/**
 * Named speakers of the article, those quoted nearest to `near` first (the likeliest speaker of an unattributed quote
 * is the one quoted just before it), then by how often they are quoted; people named in the article come after.
 */
export function speakerCandidates(analysis: Analysis, near?: number): string[] {
  const score = new Map<string, { distance: number; count: number }>();
  for (const q of analysis.quotes) {
    const name = q.speaker && !q.speaker.anonymous ? q.speaker.name : null;
    if (!name) continue;
    const distance = near === undefined ? 0 : Math.abs(near - q.start);
    const s = score.get(name) ?? { distance: Infinity, count: 0 };
    score.set(name, { distance: Math.min(s.distance, distance), count: s.count + 1 });
  }
  const speakers = [...score.entries()].sort((a, b) => a[1].distance - b[1].distance || b[1].count - a[1].count).map(([name]) => name);
  const people = analysis.entities.filter((e) => e.type === 'person' && !score.has(e.name)).sort((a, b) => b.mentions.length - a.mentions.length).map((e) => e.name);
  return [...speakers, ...people];
}

/**
 * "Attribute to …" on the unattributed quotes shown. While the next analysis waits for the typing to stop, the problems
 * and their ranges are those of the text before the edits: each quote is found where it is now (the edits before it
 * moved it), and one whose words were edited is offered no fix until it is analysed again, since the fix would
 * annotate other words. The speakers offered are those of that same analysis.
 */
export class AttributeQuoteActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly _problems: Pick<ArticleDiagnostics, 'shownFor'>,
    /** Whether the article's annotations can be saved: an untitled one's cannot, so the fix is not offered there. */
    private readonly _canAnnotate: (article: vscode.Uri) => boolean = () => true,
  ) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range): vscode.CodeAction[] {
    if (!this._canAnnotate(document.uri)) return [];
    const shown = this._problems.shownFor(document);
    if (!shown?.unattributed.length) return [];
    // The quotes under the cursor as the text is now (the ranges VS Code matched against the request are older).
    const asked = { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
    return shown.unattributed.flatMap(({ diagnostic, span }) => {
      const now = spanAfterEdits(span, shown.edits);
      if (!now || now.end < asked.start || asked.end < now.start) return [];
      return speakerCandidates(shown.analysed.analysis, span.start).slice(0, 5).map((name, i) => {
        const title = vscode.l10n.t('Attribute to {0}', name);
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = i === 0;
        action.command = { command: Commands.attributeQuote, title, arguments: [{ uri: document.uri, start: now.start, end: now.end, speaker: name }] };
        return action;
      });
    });
  }
}

/**
 * Offers the quick fixes in the languages Newsmark analyses (registered again when the setting changes), in any
 * scheme: articles live on disk, in untitled editors and on virtual file systems; the provider asks the problems shown.
 */
class AttributeQuoteActionsRegistration extends Disposable {
  private readonly _provider: AttributeQuoteActions;
  private _registration: vscode.Disposable | undefined;
  private _languages = '';

  constructor(problems: ArticleDiagnostics, private readonly _settings: Settings, canAnnotate: (article: vscode.Uri) => boolean) {
    super();
    this._provider = new AttributeQuoteActions(problems, canAnnotate);
    this._register({ dispose: () => this._registration?.dispose() });
    this._register(_settings.onDidChange(() => this._update()));
    this._update();
  }

  private _update(): void {
    const languages = this._settings.current.languages;
    if (languages.join('\n') === this._languages) return;
    this._languages = languages.join('\n');
    this._registration?.dispose();
    this._registration = vscode.languages.registerCodeActionsProvider(
      languages.map((language) => ({ language })),
      this._provider,
      { providedCodeActionKinds: AttributeQuoteActions.kinds },
    );
  }
}

export function registerDiagnostics(analyses: DocumentAnalyses, settings: Settings, annotations: ArticleAnnotations & Pick<SidecarService, 'whyCannotAnnotate'>): vscode.Disposable {
  const problems = new ArticleDiagnostics(analyses, settings, annotations);
  return vscode.Disposable.from(problems, new AttributeQuoteActionsRegistration(problems, settings, (article) => !annotations.whyCannotAnnotate(article)));
}
