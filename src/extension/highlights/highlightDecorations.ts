// Paints the highlight kinds into visible editors: one decoration type per kind, colours from contributes.colors.
import * as vscode from 'vscode';
import { ContextKeys } from '../constants';
import type { Span } from '../../core';
import { rangeInDocument, rangesOf } from '../convert';
import { afterActivation, Disposable } from '../dispose';
import type { DocumentAnalyses } from '../documentAnalyses';
import type { Settings } from '../settings';
import { HIGHLIGHT_KINDS, type HighlightKind } from './highlightKinds';

/** Ranges per highlight kind, and `annotation` for the person's own annotations. */
export type RangesByKind = Record<HighlightKind | 'annotation', vscode.Range[]>;

/** Where the person's annotations are in an article (live offsets), and when they change. */
export interface AnnotationSpans {
  spansFor(article: vscode.Uri): readonly Span[];
  readonly onDidChange: vscode.Event<vscode.Uri>;
}

const color = (id: string) => new vscode.ThemeColor(`newsmark.${id}`);
const L = vscode.OverviewRulerLane;

function decorationStyle(kind: HighlightKind): vscode.DecorationRenderOptions {
  switch (kind) {
    case 'hedgeClaim':
      // Subtle on purpose: the claim is often a whole clause, the cue already carries the colour.
      return { borderWidth: '0 0 1px 0', borderStyle: 'dotted', borderColor: color('hedgeClaimBorder') };
    case 'speaker':
      return { backgroundColor: color('speakerBackground'), fontWeight: '600', overviewRulerColor: color('speakerRuler'), overviewRulerLane: L.Center };
    case 'anonymousSource':
      return {
        backgroundColor: color('anonymousSourceBackground'),
        borderWidth: '0 0 1px 0',
        borderStyle: 'dashed',
        borderColor: color('anonymousSourceRuler'),
        overviewRulerColor: color('anonymousSourceRuler'),
        overviewRulerLane: L.Center,
      };
    case 'hedgeCue':
      return { backgroundColor: color('hedgeCueBackground'), overviewRulerColor: color('hedgeCueRuler'), overviewRulerLane: L.Right };
    default:
      return { backgroundColor: color(`${kind}Background`), overviewRulerColor: color(`${kind}Ruler`), overviewRulerLane: L.Left };
  }
}

export class HighlightDecorations extends Disposable {
  private readonly _types = {} as Record<HighlightKind, vscode.TextEditorDecorationType>;
  private readonly _annotationType = this._register(
    vscode.window.createTextEditorDecorationType({
      borderWidth: '1px',
      borderStyle: 'solid',
      borderRadius: '2px',
      borderColor: color('annotationBorder'),
      overviewRulerColor: color('annotationRuler'),
      overviewRulerLane: L.Full,
    }),
  );
  /** What was last applied per document, so that tests and the status bar see what a person sees. */
  private readonly _applied = new Map<string, RangesByKind>();
  private readonly _onDidApply = this._register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidApply = this._onDidApply.event;

  constructor(
    private readonly _analyses: DocumentAnalyses,
    private readonly _settings: Settings,
    private readonly _annotations: AnnotationSpans,
  ) {
    super();
    // Only the annotation outlines: annotations move with every keystroke, the analysis waits for the debounce.
    this._register(_annotations.onDidChange((uri) => vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === uri.toString()).forEach((e) => this._decorateAnnotations(e))));
    for (const kind of HIGHLIGHT_KINDS) this._types[kind] = this._register(vscode.window.createTextEditorDecorationType(decorationStyle(kind)));
    this._register(vscode.window.onDidChangeVisibleTextEditors(() => this.refreshVisible()));
    this._register(_analyses.onDidUpdate((doc) => this._refreshDocument(doc)));
    this._register(_settings.onDidChange(() => this.refreshVisible()));
    this._register(vscode.workspace.onDidCloseTextDocument((doc) => this._applied.delete(doc.uri.toString())));
    this._register(afterActivation(() => this.refreshVisible()));
  }

  appliedRanges(uri: vscode.Uri): RangesByKind | undefined {
    return this._applied.get(uri.toString());
  }

  refreshVisible(): void {
    void vscode.commands.executeCommand('setContext', ContextKeys.highlightsEnabled, this._settings.current.highlightsEnabled);
    for (const editor of vscode.window.visibleTextEditors) this._decorate(editor);
  }

  private _refreshDocument(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document === document) this._decorate(editor);
    }
  }

  private _decorate(editor: vscode.TextEditor): void {
    const settings = this._settings.current;
    const analysed = settings.highlightsEnabled ? this._analyses.get(editor.document) : undefined;
    const applied = {} as RangesByKind;
    for (const kind of HIGHLIGHT_KINDS) {
      applied[kind] = analysed && settings.highlights[kind] ? rangesOf(analysed.lines, analysed.spans[kind]) : [];
      editor.setDecorations(this._types[kind], applied[kind]);
    }
    applied.annotation = this._annotationRanges(editor);
    editor.setDecorations(this._annotationType, applied.annotation);
    // Kept for every editor painted, so that what was cleared (highlights off, a language Newsmark does not analyse) is known too.
    this._applied.set(editor.document.uri.toString(), applied);
    this._onDidApply.fire(editor.document.uri);
  }

  private _annotationRanges(editor: vscode.TextEditor): vscode.Range[] {
    const settings = this._settings.current;
    if (!settings.highlightsEnabled || !settings.annotationsHighlighted || !this._analyses.isArticle(editor.document)) return [];
    return this._annotations.spansFor(editor.document.uri).map((s) => rangeInDocument(editor.document, s));
  }

  private _decorateAnnotations(editor: vscode.TextEditor): void {
    const ranges = this._annotationRanges(editor);
    editor.setDecorations(this._annotationType, ranges);
    const applied = this._applied.get(editor.document.uri.toString());
    if (applied) applied.annotation = ranges;
    this._onDidApply.fire(editor.document.uri);
  }
}

export function registerHighlights(analyses: DocumentAnalyses, settings: Settings, annotations: AnnotationSpans): HighlightDecorations {
  return new HighlightDecorations(analyses, settings, annotations);
}
