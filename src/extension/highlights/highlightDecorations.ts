// Paints the highlight kinds into visible editors: one decoration type per kind, colours from contributes.colors.
import * as vscode from 'vscode';
import { ContextKeys } from '../constants';
import { rangesOf } from '../convert';
import { Disposable } from '../dispose';
import type { DocumentAnalyses } from '../documentAnalyses';
import type { Settings } from '../settings';
import { HIGHLIGHT_KINDS, type HighlightKind } from './highlightKinds';

export type RangesByKind = Record<HighlightKind, vscode.Range[]>;

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
  /** What was last applied per document, so that tests and the status bar see what a person sees. */
  private readonly _applied = new Map<string, RangesByKind>();
  private readonly _onDidApply = this._register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidApply = this._onDidApply.event;

  constructor(
    private readonly _analyses: DocumentAnalyses,
    private readonly _settings: Settings,
  ) {
    super();
    for (const kind of HIGHLIGHT_KINDS) this._types[kind] = this._register(vscode.window.createTextEditorDecorationType(decorationStyle(kind)));
    this._register(vscode.window.onDidChangeVisibleTextEditors(() => this.refreshVisible()));
    this._register(_analyses.onDidUpdate((doc) => this._refreshDocument(doc)));
    this._register(_settings.onDidChange(() => this.refreshVisible()));
    this._register(vscode.workspace.onDidCloseTextDocument((doc) => this._applied.delete(doc.uri.toString())));
    this.refreshVisible();
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
    if (analysed || this._analyses.isArticle(editor.document)) this._applied.set(editor.document.uri.toString(), applied);
    this._onDidApply.fire(editor.document.uri);
  }
}

export function registerHighlights(analyses: DocumentAnalyses, settings: Settings): HighlightDecorations {
  return new HighlightDecorations(analyses, settings);
}
