// The Cross-source view: the entities, quotes and claims of the active article that other articles share, each
// with those articles; sources that say the opposite are marked.
import * as vscode from 'vscode';
import type { ClaimGroup, EntityGroup, QuoteGroup } from '../../core/corpus';
import type { ActiveArticle } from '../activeArticle';
import { Commands, Views } from '../constants';
import { Debouncer, Disposable } from '../dispose';
import { quoteRelationLabel } from '../uiText';
import { articleTitle, type WorkspaceIndex } from './workspaceIndex';

export type CrossSourceNode =
  | { kind: 'section'; section: 'entity' | 'quote' | 'claim'; groups: readonly (EntityGroup | QuoteGroup | ClaimGroup)[] }
  | { kind: 'entity'; group: EntityGroup }
  | { kind: 'quote'; group: QuoteGroup }
  | { kind: 'claim'; group: ClaimGroup }
  | { kind: 'source'; docId: string; start: number; end: number; label: string; detail: string; disagrees: boolean };

/** Another article's place in a group: its title, what it says there (the non-empty parts), and whether it disagrees. */
function sourceNode(m: { docId: string; start: number; end: number }, detail: readonly string[], disagrees: boolean): CrossSourceNode {
  return { kind: 'source', docId: m.docId, start: m.start, end: m.end, label: titleOf(m.docId), detail: detail.filter(Boolean).join(' · '), disagrees };
}

function sectionTitle(section: 'entity' | 'quote' | 'claim'): string {
  return section === 'entity' ? vscode.l10n.t('People, organisations, places') : section === 'quote' ? vscode.l10n.t('Quotes') : vscode.l10n.t('Claims');
}

/** A group holds two articles at least. */
function articleCount(n: number): string {
  return vscode.l10n.t('{0} articles', n);
}
const MAX_GROUPS = 200;

export class CrossSourceTree extends Disposable implements vscode.TreeDataProvider<CrossSourceNode> {
  private readonly _onDidChangeTreeData = this._register(new vscode.EventEmitter<CrossSourceNode | undefined>());
  readonly onDidChangeTreeData = this._onDidChangeTreeData.event;
  private readonly _refresh = this._register(new Debouncer(() => this._onDidChangeTreeData.fire(undefined)));

  constructor(
    private readonly _active: ActiveArticle,
    private readonly _workspace: WorkspaceIndex,
  ) {
    super();
    this._register(_active.onDidChange(() => this._refresh.schedule(100)));
    this._register(_workspace.onDidChange(() => this._refresh.schedule(100)));
  }

  getChildren(node?: CrossSourceNode): CrossSourceNode[] {
    const index = this._workspace.index;
    if (!index) return [];
    // The active article's shared items; with no article open (or one outside the index), the whole story.
    const docId = this._active.document?.uri.toString();
    const focus = docId && index.has(docId) ? docId : undefined;
    if (!node) {
      // Only the active article's groups are made: in a large workspace, a group of everything on every change is slow.
      const entities = index.entities(2, focus);
      const quotes = index.quotes(2, focus);
      const claims = index.claims(2, focus);
      // Where sources disagree is what this view is for: claims first, disputed ones at the top; names last, as the
      // Entities view lists them too.
      const disputedFirst = claims.filter((g) => g.contradicting.length).concat(claims.filter((g) => !g.contradicting.length));
      const sections: CrossSourceNode[] = [];
      if (claims.length) sections.push({ kind: 'section', section: 'claim', groups: disputedFirst.slice(0, MAX_GROUPS) });
      if (quotes.length) sections.push({ kind: 'section', section: 'quote', groups: quotes.slice(0, MAX_GROUPS) });
      if (entities.length) sections.push({ kind: 'section', section: 'entity', groups: entities.slice(0, MAX_GROUPS) });
      return sections;
    }
    switch (node.kind) {
      case 'section':
        return node.groups.map((group) => ({ kind: node.section, group }) as CrossSourceNode);
      case 'entity':
        return node.group.documents
          .filter((d) => d.docId !== focus && d.mentions.length)
          .map((d) => sourceNode({ docId: d.docId, start: d.mentions[0].start, end: d.mentions[0].end }, [d.mentions.length === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', d.mentions.length)], false));
      case 'quote':
        return node.group.members
          .filter((m) => m.docId !== focus)
          .map((m) =>
            sourceNode(
              m,
              [
                quoteRelationLabel(m.relation, vscode.l10n),
                m.speaker && m.speaker !== node.group.speaker ? vscode.l10n.t('speaker: {0}', m.speaker) : '',
                m.differences.added.length ? vscode.l10n.t('adds “{0}”', m.differences.added.slice(0, 3).join(' ')) : '',
              ],
              !!(m.speaker && node.group.speaker && m.speaker !== node.group.speaker),
            ),
          );
      case 'claim': {
        const contradicting = new Set(node.group.contradicting);
        return node.group.members
          .filter((m) => m.docId !== focus)
          .map((m) => sourceNode(m, [contradicting.has(m.docId) ? vscode.l10n.t('says the opposite') : vscode.l10n.t('agrees'), m.hedged ? vscode.l10n.t('hedged') : '', m.text], contradicting.has(m.docId)));
      }
      default:
        return [];
    }
  }

  getTreeItem(node: CrossSourceNode): vscode.TreeItem {
    const collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    switch (node.kind) {
      case 'section': {
        const item = new vscode.TreeItem(sectionTitle(node.section), vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.groups.length);
        item.id = `section:${node.section}`;
        return item;
      }
      case 'entity': {
        const item = new vscode.TreeItem(node.group.name, collapsed);
        item.description = articleCount(node.group.documents.length);
        item.iconPath = new vscode.ThemeIcon(node.group.type === 'person' ? 'person' : node.group.type === 'org' ? 'organization' : 'location');
        item.tooltip = node.group.aliases.length ? vscode.l10n.t('Also written: {0}', node.group.aliases.slice(0, 8).join(', ')) : undefined;
        item.id = `xentity:${node.group.id}`;
        return item;
      }
      case 'quote': {
        const text = node.group.text.replace(/\s+/g, ' ');
        const item = new vscode.TreeItem(text.length > 80 ? text.slice(0, 79) + '…' : text, collapsed);
        item.description = [node.group.speaker, articleCount(node.group.documents.length)].filter(Boolean).join(' · ');
        item.tooltip = text;
        item.iconPath = new vscode.ThemeIcon('quote');
        item.id = `xquote:${node.group.id}`;
        return item;
      }
      case 'claim': {
        const { supporting, contradicting } = node.group;
        const disputed = contradicting.length > 0;
        const here = this._active.document?.uri.toString();
        // A dispute is shown open, with the articles on each side.
        // A list marker or heading mark that opens the sentence says nothing about the claim.
        const label = node.group.label.replace(/^\s*(?:[-*•#>]+\s+)+/, '');
        const item = new vscode.TreeItem(label.length > 80 ? label.slice(0, 79) + '…' : label, disputed ? vscode.TreeItemCollapsibleState.Expanded : collapsed);
        item.description = !disputed
          ? vscode.l10n.t('{0} articles agree', supporting.length)
          : here && contradicting.includes(here)
            ? vscode.l10n.t('this article says the opposite of {0}', supporting.length)
            : vscode.l10n.t('disputed: {0} for, {1} against', supporting.length, contradicting.length);
        item.tooltip = node.group.label;
        item.iconPath = new vscode.ThemeIcon(disputed ? 'warning' : 'law');
        item.id = `xclaim:${node.group.id}`;
        return item;
      }
      case 'source': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
        item.description = node.detail;
        item.tooltip = node.detail;
        item.iconPath = new vscode.ThemeIcon(node.disagrees ? 'warning' : 'file');
        item.command = { command: Commands.revealSpan, title: vscode.l10n.t('Open'), arguments: [vscode.Uri.parse(node.docId), node.start, node.end] };
        return item;
      }
    }
  }
}

function titleOf(docId: string): string {
  return articleTitle(vscode.Uri.parse(docId));
}

export function registerCrossSourceView(active: ActiveArticle, workspace: WorkspaceIndex): { tree: CrossSourceTree; disposable: vscode.Disposable } {
  const tree = new CrossSourceTree(active, workspace);
  const view = vscode.window.createTreeView(Views.crossSource, { treeDataProvider: tree, showCollapseAll: true });
  // The index is built the first time the view is shown, so that opening the sidebar is enough.
  const firstShow = view.onDidChangeVisibility((e) => {
    if (e.visible && !workspace.index && !workspace.building) void vscode.commands.executeCommand(Commands.reanalyseWorkspace);
  });
  return { tree, disposable: vscode.Disposable.from(firstShow, view, tree) };
}
