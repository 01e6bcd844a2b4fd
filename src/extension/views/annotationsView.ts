// The Annotations view: the active article's manual annotations with their verdicts and notes; orphans listed apart.
import * as vscode from 'vscode';
import type { ActiveArticle } from '../activeArticle';
import { Commands, ContextKeys, Views } from '../constants';
import { Debouncer, Disposable } from '../dispose';
import type { EditorContextKeys } from '../editorContextKeys';
import type { Annotation, SidecarService } from '../sidecar/api';
import { annotationTooltip } from '../uiText';
import { itemContext } from './itemContext';

/** An orphan says whether its words are still somewhere in the article (`wordsElsewhere`), found when it is listed. */
export type AnnotationNode = { kind: 'orphans'; annotations: readonly Annotation[] } | { kind: 'annotation'; article: vscode.Uri; annotation: Annotation; wordsElsewhere?: boolean };

const KIND_ICONS: Record<Annotation['kind'], string> = { quote: 'quote', speaker: 'person', claim: 'law', hedge: 'question', entity: 'symbol-class', note: 'note' };

/** The annotations the view lists: those a person made, or gave a verdict or a note. */
export function isListed(a: Annotation): boolean {
  return a.origin === 'manual' || !!a.verdict || !!a.note;
}

/** Listed annotations whose words are gone (orphaned) or changed (drifted): Re-anchor Annotation to Selection applies. */
export function needsReanchoring(a: Annotation): boolean {
  return isListed(a) && (a.status === 'orphaned' || a.status === 'drifted');
}

export class AnnotationsTree extends Disposable implements vscode.TreeDataProvider<AnnotationNode> {
  private readonly _onDidChangeTreeData = this._register(new vscode.EventEmitter<AnnotationNode | undefined>());
  readonly onDidChangeTreeData = this._onDidChangeTreeData.event;
  private readonly _refresh = this._register(new Debouncer(() => this._onDidChangeTreeData.fire(undefined)));

  constructor(
    private readonly _active: ActiveArticle,
    private readonly _sidecars: SidecarService,
  ) {
    super();
    this._register(_active.onDidChange(() => this._refresh.schedule(50)));
    this._register(
      _sidecars.onDidChange((uri) => {
        if (uri.toString() === this._active.document?.uri.toString()) this._refresh.schedule(100);
      }),
    );
  }

  getChildren(node?: AnnotationNode): AnnotationNode[] {
    const article = this._active.document?.uri;
    if (!article) return [];
    if (node?.kind === 'orphans') {
      // The article's text is read once for all its orphans.
      const text = this._active.document?.getText() ?? '';
      return node.annotations.map((annotation) => ({ kind: 'annotation', article, annotation, wordsElsewhere: !!annotation.target.exact && text.includes(annotation.target.exact) }));
    }
    if (node) return [];
    const manual = this._sidecars.annotationsFor(article).filter(isListed);
    const orphans = manual.filter((a) => a.status === 'orphaned');
    const placed: AnnotationNode[] = manual.filter((a) => a.status !== 'orphaned').map((annotation) => ({ kind: 'annotation', article, annotation }));
    return orphans.length ? [...placed, { kind: 'orphans', annotations: orphans }] : placed;
  }

  getTreeItem(node: AnnotationNode): vscode.TreeItem {
    if (node.kind === 'orphans') {
      const item = new vscode.TreeItem(vscode.l10n.t('Lost their place'), vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.annotations.length);
      item.tooltip = vscode.l10n.t(
        'These annotations could not be placed again after edits made elsewhere: their words are gone, or they are short and everything around them changed, so newsmark will not guess where they belong. Select the words they belong to in the article, then run Re-anchor Annotation to Selection (the pin on each annotation here, or the editor’s Newsmark menu).',
      );
      item.iconPath = new vscode.ThemeIcon('warning');
      return item;
    }
    const { annotation: a } = node;
    const exact = a.target.exact.replace(/\s+/g, ' ').trim();
    const item = new vscode.TreeItem(exact.length > 80 ? exact.slice(0, 79).trimEnd() + '…' : exact || vscode.l10n.t('(empty)'), vscode.TreeItemCollapsibleState.None);
    item.description = [a.kind, a.speaker, a.verdict ? vscode.l10n.t('verdict: {0}', a.verdict) : '', statusNote(node)].filter(Boolean).join(' · ');
    const tooltip = new vscode.MarkdownString(undefined, false);
    tooltip.isTrusted = false;
    tooltip.supportHtml = false;
    tooltip.appendMarkdown(annotationTooltip(exact, a.target.original, a.note, vscode.l10n));
    item.tooltip = tooltip;
    item.iconPath = new vscode.ThemeIcon(a.verdict ? 'verified' : KIND_ICONS[a.kind] ?? 'note');
    item.id = `annotation:${a.id}`;
    item.contextValue = itemContext(`newsmark.annotation.${a.status}`, !this._sidecars.whyCannotAnnotate(node.article));
    if (a.status !== 'orphaned') item.command = { command: Commands.revealSpan, title: vscode.l10n.t('Reveal'), arguments: [node.article, a.target.start, a.target.end] };
    return item;
  }
}

/** What the description says of an annotation that is not where it was. */
function statusNote(node: AnnotationNode & { kind: 'annotation' }): string {
  const a = node.annotation;
  if (a.status === 'drifted') return vscode.l10n.t('words changed');
  if (a.status !== 'orphaned') return '';
  // Short words whose surroundings all changed are not moved on a guess; say that they are still there to pick.
  return node.wordsElsewhere ? vscode.l10n.t('words still in the article, elsewhere') : vscode.l10n.t('words gone');
}

export function registerAnnotationsView(active: ActiveArticle, sidecars: SidecarService, contextKeys: EditorContextKeys): { tree: AnnotationsTree; disposable: vscode.Disposable } {
  const tree = new AnnotationsTree(active, sidecars);
  const view = vscode.window.createTreeView(Views.annotations, { treeDataProvider: tree });
  const update = () => {
    view.message = faultMessage(active, sidecars);
    const article = active.document?.uri;
    contextKeys.set(ContextKeys.editorHasDetachedAnnotations, !!article && sidecars.annotationsFor(article).some(needsReanchoring));
  };
  update();
  const followChanges = vscode.Disposable.from(active.onDidChange(update), sidecars.onDidChange(update));
  return { tree, disposable: vscode.Disposable.from(followChanges, view, tree) };
}

function faultMessage(active: ActiveArticle, sidecars: SidecarService): string | undefined {
  const uri = active.document?.uri;
  const fault = uri && sidecars.faultFor(uri);
  return fault ? vscode.l10n.t('The annotations file cannot be used ({0}); see the Problems panel.', fault.problems[0]?.message ?? vscode.l10n.t('invalid')) : undefined;
}
