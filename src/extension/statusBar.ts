// The status-bar item: quote, speaker and hedge counts of the active article; a click toggles highlights.
import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import { Commands } from './constants';
import { afterActivation, Disposable } from './dispose';
import type { DocumentAnalyses } from './documentAnalyses';
import type { Settings } from './settings';

class StatusBarCounts extends Disposable {
  private readonly _item = this._register(vscode.window.createStatusBarItem('newsmark.counts', vscode.StatusBarAlignment.Right, 100));

  constructor(
    private readonly _active: ActiveArticle,
    private readonly _analyses: DocumentAnalyses,
    private readonly _settings: Settings,
  ) {
    super();
    this._item.name = 'Newsmark';
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
    } else {
      const { quotes, hedges } = analysed.analysis;
      const speakers = new Set(quotes.map((q) => q.speaker?.name ?? null).filter((n): n is string => !!n)).size;
      this._item.text = `${on ? '$(eye)' : '$(eye-closed)'} $(quote) ${quotes.length}  $(person) ${speakers}  $(question) ${hedges.length}`;
      const tooltip = new vscode.MarkdownString(undefined, true);
      tooltip.isTrusted = false;
      tooltip.appendMarkdown(`**Newsmark** — ${vscode.l10n.t('{0} quotes, {1} named speakers, {2} hedges', quotes.length, speakers, hedges.length)}\n\n${on ? vscode.l10n.t('Click to hide highlights.') : vscode.l10n.t('Click to show highlights.')}`);
      this._item.tooltip = tooltip;
    }
    this._item.show();
  }
}

export function registerStatusBar(active: ActiveArticle, analyses: DocumentAnalyses, settings: Settings): vscode.Disposable {
  return new StatusBarCounts(active, analyses, settings);
}
