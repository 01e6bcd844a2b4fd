// The status-bar item: quote, speaker and hedge counts of the active article; a click toggles highlights.
import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import { Commands } from './constants';
import { afterActivation, Disposable } from './dispose';
import type { DocumentAnalyses } from './documentAnalyses';
import type { Settings } from './settings';
import { statusBarTexts } from './uiText';

class StatusBarCounts extends Disposable {
  private readonly _item = this._register(vscode.window.createStatusBarItem('newsmark.counts', vscode.StatusBarAlignment.Right, 100));

  constructor(
    private readonly _active: ActiveArticle,
    private readonly _analyses: DocumentAnalyses,
    private readonly _settings: Settings,
  ) {
    super();
    this._item.name = vscode.l10n.t('Newsmark: quote, speaker and hedge counts');
    this._item.command = Commands.toggleHighlights;
    this._register(_active.onDidChange(() => this._update()));
    this._register(_settings.onDidChange(() => this._update()));
    this._register(afterActivation(() => this._update()));
  }

  private _update(): void {
    const document = this._active.document;
    if (!document) {
      this._item.hide();
      return;
    }
    const oversize = this._analyses.oversize(document);
    const analysed = this._analyses.get(document);
    const on = this._settings.current.highlightsEnabled;
    if (oversize || !analysed) {
      this._item.text = `$(warning) ${vscode.l10n.t('Newsmark: file too large')}`;
      this._item.tooltip = vscode.l10n.t('This file is over newsmark.maxFileSize and is not analysed.');
      this._item.accessibilityInformation = { label: vscode.l10n.t('Newsmark: this file is over newsmark.maxFileSize and is not analysed.') };
    } else {
      const { quotes, hedges } = analysed.analysis;
      const speakers = new Set(quotes.map((q) => q.speaker?.name ?? null).filter((n): n is string => !!n)).size;
      const texts = statusBarTexts(quotes.length, speakers, hedges.length, on, vscode.l10n);
      this._item.text = texts.text;
      // The text is icons and numbers: a screen reader hears the numbers with what they count.
      this._item.accessibilityInformation = { label: texts.accessibilityLabel, role: 'button' };
      const tooltip = new vscode.MarkdownString(undefined, false);
      tooltip.isTrusted = false;
      tooltip.appendText(texts.tooltip.join('\n\n'));
      this._item.tooltip = tooltip;
    }
    this._item.show();
  }
}

export function registerStatusBar(active: ActiveArticle, analyses: DocumentAnalyses, settings: Settings): vscode.Disposable {
  return new StatusBarCounts(active, analyses, settings);
}
