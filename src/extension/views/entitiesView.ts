// The Entities view: type -> entity -> mentions of the active article; a click reveals the mention.
import * as vscode from 'vscode';
import type { Entity, EntityMention, EntityType } from '../../core';
import type { ActiveArticle } from '../activeArticle';
import { Commands, Views } from '../constants';
import type { DocumentAnalyses } from '../documentAnalyses';
import type { SidecarEntity } from '../sidecar/api';
import { mentionKindLabel } from '../uiText';
import { ActiveAnalysisTree } from './activeAnalysisTree';
import { itemContext } from './itemContext';

/** The confirmed entities of an article's sidecar. */
export type ConfirmedEntitiesLookup = (article: vscode.Uri) => readonly SidecarEntity[];

export type EntityNode =
  | { kind: 'type'; type: EntityType; entities: readonly Entity[] }
  | { kind: 'entity'; type: EntityType; entity: Entity }
  | { kind: 'mention'; entity: Entity; mention: EntityMention };

/** A function, not a table: the texts are looked up in the display language when the tree asks. */
function typeLabel(type: EntityType): string {
  return type === 'person' ? vscode.l10n.t('People') : type === 'org' ? vscode.l10n.t('Organisations') : vscode.l10n.t('Places');
}
const TYPE_ICONS: Record<EntityType, string> = { person: 'person', org: 'organization', place: 'location' };
const TYPE_ORDER: EntityType[] = ['person', 'org', 'place'];

export class EntitiesTree extends ActiveAnalysisTree<EntityNode> {
  /** Nodes of the current tree by entity id, so that reveal() gets the very objects the view holds. */
  private _entityNodes = new Map<string, EntityNode & { kind: 'entity' }>();
  private _typeNodes = new Map<EntityType, EntityNode & { kind: 'type' }>();

  constructor(
    active: ActiveArticle,
    analyses: DocumentAnalyses,
    private readonly _confirmed: ConfirmedEntitiesLookup,
    private readonly _canAnnotate: (article: vscode.Uri) => boolean,
  ) {
    super(active, analyses);
  }

  getChildren(node?: EntityNode): EntityNode[] {
    if (!node) {
      const analysed = this.current();
      this._entityNodes = new Map();
      this._typeNodes = new Map();
      if (!analysed) return [];
      return TYPE_ORDER.flatMap((type) => {
        const entities = analysed.analysis.entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
        if (!entities.length) return [];
        const typeNode = { kind: 'type' as const, type, entities };
        this._typeNodes.set(type, typeNode);
        for (const entity of entities) this._entityNodes.set(entity.id, { kind: 'entity', type, entity });
        return [typeNode];
      });
    }
    if (node.kind === 'type') return node.entities.map((e) => this._entityNodes.get(e.id) ?? { kind: 'entity', type: node.type, entity: e });
    if (node.kind === 'entity') return node.entity.mentions.map((mention) => ({ kind: 'mention', entity: node.entity, mention }));
    return [];
  }

  getParent(node: EntityNode): EntityNode | undefined {
    if (node.kind === 'entity') return this._typeNodes.get(node.type);
    if (node.kind === 'mention') return this._entityNodes.get(node.entity.id);
    return undefined;
  }

  /** The node of an entity in the current tree (after getChildren() built it). */
  nodeOf(entityId: string): EntityNode | undefined {
    return this._entityNodes.get(entityId);
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    if (node.kind === 'type') {
      const item = new vscode.TreeItem(typeLabel(node.type), vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.entities.length);
      item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[node.type]);
      item.id = `type:${node.type}`;
      return item;
    }
    if (node.kind === 'entity') {
      const { entity } = node;
      const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.Collapsed);
      const count = entity.mentions.length;
      const article = this._active.document?.uri;
      const confirmed = !!article && this._confirmed(article).some((e) => e.name === entity.name);
      item.description = [count === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', count), entity.roles[0], confirmed ? vscode.l10n.t('confirmed') : ''].filter(Boolean).join(' · ');
      const aliases = entity.aliases.filter((a) => a !== entity.name);
      item.tooltip = [
        entity.name,
        ...entity.roles.slice(0, 3),
        aliases.length ? vscode.l10n.t('Also: {0}', aliases.slice(0, 6).join(', ')) : '',
        confirmed ? vscode.l10n.t('Confirmed (kept in the article’s annotations file)') : '',
      ]
        .filter(Boolean)
        .join('\n');
      item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[node.type]);
      item.id = `entity:${entity.id}`;
      item.contextValue = itemContext(confirmed ? 'newsmark.entity.confirmed' : 'newsmark.entity', !!article && this._canAnnotate(article));
      return item;
    }
    const { mention, entity } = node;
    const analysed = this.current();
    const line = analysed ? analysed.lines.position(mention.start).line + 1 : undefined;
    const item = new vscode.TreeItem(mention.text || entity.name, vscode.TreeItemCollapsibleState.None);
    item.description = [line !== undefined ? vscode.l10n.t('line {0}', line) : '', mention.kind !== 'name' ? mentionKindLabel(mention.kind, vscode.l10n) : ''].filter(Boolean).join(' · ');
    item.id = `mention:${entity.id}:${mention.start}`;
    if (analysed) item.command = { command: Commands.revealSpan, title: vscode.l10n.t('Reveal'), arguments: [analysed.uri, mention.start, mention.end] };
    return item;
  }
}

export function registerEntitiesView(
  active: ActiveArticle,
  analyses: DocumentAnalyses,
  confirmed: ConfirmedEntitiesLookup,
  canAnnotate: (article: vscode.Uri) => boolean,
): { tree: EntitiesTree; view: vscode.TreeView<EntityNode>; disposable: vscode.Disposable } {
  const tree = new EntitiesTree(active, analyses, confirmed, canAnnotate);
  const view = vscode.window.createTreeView(Views.entities, { treeDataProvider: tree, showCollapseAll: true });
  // A file over newsmark.maxFileSize is explained by the view's welcome text (context key newsmark.editorTooLarge).
  return { tree, view, disposable: vscode.Disposable.from(view, tree) };
}
