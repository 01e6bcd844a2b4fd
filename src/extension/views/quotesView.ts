// The Quotes view: who says what in the active article, grouped by speaker (a person's attribution first), each quote
// with its kind.
import * as vscode from 'vscode';
import type { Quote, QuoteKind } from '../../core';
import type { ActiveArticle } from '../activeArticle';
import { Commands, Views } from '../constants';
import type { AnalysedDocument, DocumentAnalyses } from '../documentAnalyses';
import { attributedSpeaker } from '../manualAttributions';
import type { Annotation, ArticleAnnotations } from '../sidecar/api';
import { ActiveAnalysisTree } from './activeAnalysisTree';
import { quoteTreeIds } from './quoteIds';

/**
 * Nodes carry what their items are made from (the article, the ids): VS Code may ask for an item of the tree before
 * the last refresh, and its id and words must be those it was listed with.
 */
export type QuoteNode =
  | { kind: 'speaker'; key: string; label: string; anonymous: boolean; quotes: readonly Quote[]; article: AnalysedDocument; ids: ReadonlyMap<Quote, string> }
  | { kind: 'quote'; speakerKey: string; quote: Quote; article: AnalysedDocument; id: string };

const UNATTRIBUTED = '\u0000unattributed';
const ANONYMOUS = '\u0000anonymous';
const KIND_ICONS = { direct: 'quote', partial: 'symbol-string', reported: 'comment' } as const;

export class QuotesTree extends ActiveAnalysisTree<QuoteNode> {
  private _speakers = new Map<string, QuoteNode & { kind: 'speaker' }>();
  /** The person's attributions of the active article as last listed (see attributionsKey). */
  private _attributions = '';

  constructor(
    active: ActiveArticle,
    analyses: DocumentAnalyses,
    private readonly _annotations: ArticleAnnotations,
  ) {
    super(active, analyses);
    this._register(
      _annotations.onDidChange((uri) => {
        // Annotations move with every keystroke; the tree changes only when an attribution does.
        if (uri.toString() !== this._active.document?.uri.toString()) return;
        const key = attributionsKey(_annotations.annotationsFor(uri));
        if (key === this._attributions) return;
        this._attributions = key;
        this.refreshSoon();
      }),
    );
  }

  getChildren(node?: QuoteNode): QuoteNode[] {
    if (node) return node.kind === 'speaker' ? node.quotes.map((quote) => quoteNode(node, quote)) : [];
    const analysed = this.current();
    this._speakers = new Map();
    if (!analysed) return [];
    const ids = quoteTreeIds(analysed.analysis.quotes);
    const annotations = this._annotations.annotationsFor(analysed.uri);
    this._attributions = attributionsKey(annotations);
    for (const quote of analysed.analysis.quotes) {
      const s = quote.speaker;
      const attributed = attributedSpeaker(quote, annotations, analysed.text);
      const key = attributed ?? (!s ? UNATTRIBUTED : s.anonymous ? ANONYMOUS : (s.name ?? analysed.text.slice(s.mention.start, s.mention.end)));
      const label = key === UNATTRIBUTED ? vscode.l10n.t('Not attributed') : key === ANONYMOUS ? vscode.l10n.t('Anonymous or vague sources') : key;
      const group = this._speakers.get(key) ?? { kind: 'speaker', key, label, anonymous: key === ANONYMOUS, quotes: [], article: analysed, ids };
      (group.quotes as Quote[]).push(quote);
      this._speakers.set(key, group);
    }
    // Named speakers by how much they say; the unattributed and anonymous groups last, where reviewers look for them.
    return [...this._speakers.values()].sort((a, b) => rank(a) - rank(b) || b.quotes.length - a.quotes.length || a.label.localeCompare(b.label));
  }

  getParent(node: QuoteNode): QuoteNode | undefined {
    return node.kind === 'quote' ? this._speakers.get(node.speakerKey) : undefined;
  }

  /** The node of the quote that starts at `start` in the current tree. */
  nodeOf(quote: Quote): QuoteNode | undefined {
    for (const group of this._speakers.values()) {
      if (group.quotes.includes(quote)) return quoteNode(group, quote);
    }
    return undefined;
  }

  getTreeItem(node: QuoteNode): vscode.TreeItem {
    if (node.kind === 'speaker') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.quotes.length);
      item.iconPath = new vscode.ThemeIcon(node.key === UNATTRIBUTED ? 'question' : node.anonymous ? 'eye-closed' : 'person');
      item.id = `speaker:${node.key}`;
      return item;
    }
    const { quote, article: analysed } = node;
    const words = quoteWords(analysed.text, quote);
    const item = new vscode.TreeItem(words.length > 90 ? words.slice(0, 89).trimEnd() + '…' : words, vscode.TreeItemCollapsibleState.None);
    const cue = quote.cue ? analysed.text.slice(quote.cue.start, quote.cue.end) : '';
    item.description = [quoteKindInList(quote.kind), cue].filter(Boolean).join(' · ');
    item.tooltip = words;
    item.iconPath = new vscode.ThemeIcon(KIND_ICONS[quote.kind]);
    item.id = node.id;
    item.command = { command: Commands.revealSpan, title: vscode.l10n.t('Reveal'), arguments: [analysed.uri, quote.start, quote.end] };
    return item;
  }
}

/**
 * The quote's kind as the item's description says it, beside its cue ("direct quote · said"): messages of their own, in
 * the case they are shown in (a translation's case is the translator's, never re-cased here).
 */
function quoteKindInList(kind: QuoteKind): string {
  switch (kind) {
    case 'direct':
      return vscode.l10n.t('direct quote');
    case 'partial':
      return vscode.l10n.t('partial quote');
    case 'reported':
      return vscode.l10n.t('reported speech');
  }
}

/** Which quotes the person attributed to whom, without positions (those shift with each edit). */
function attributionsKey(annotations: readonly Annotation[]): string {
  return JSON.stringify(annotations.filter((a) => a.kind === 'quote' && a.origin === 'manual' && a.speaker).map((a) => [a.id, a.speaker, a.status === 'orphaned']));
}

function quoteNode(group: QuoteNode & { kind: 'speaker' }, quote: Quote): QuoteNode {
  return { kind: 'quote', speakerKey: group.key, quote, article: group.article, id: group.ids.get(quote) ?? `quote:${quote.start}:${quote.end}` };
}

function rank(node: QuoteNode & { kind: 'speaker' }): number {
  return node.key === UNATTRIBUTED ? 2 : node.anonymous ? 1 : 0;
}

function quoteWords(text: string, quote: Quote): string {
  const parts = quote.parts.length ? quote.parts : [quote];
  return parts.map((p) => text.slice(p.start, p.end)).join(' … ').replace(/\s+/g, ' ').trim();
}

export function registerQuotesView(active: ActiveArticle, analyses: DocumentAnalyses, annotations: ArticleAnnotations): { tree: QuotesTree; view: vscode.TreeView<QuoteNode>; disposable: vscode.Disposable } {
  const tree = new QuotesTree(active, analyses, annotations);
  const view = vscode.window.createTreeView(Views.quotes, { treeDataProvider: tree, showCollapseAll: true });
  return { tree, view, disposable: vscode.Disposable.from(view, tree) };
}
