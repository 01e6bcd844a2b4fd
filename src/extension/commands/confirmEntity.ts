// Confirm Entity… and Forget Confirmed Entity: the article's registry of confirmed names (saved in its sidecar), which the
// analysis honours: a confirmed alias is a mention of its entity.
import * as vscode from 'vscode';
import type { Entity, EntityType } from '../../core';
import type { ActiveArticle } from '../activeArticle';
import type { ArticleEditors } from '../articleEditors';
import { Commands } from '../constants';
import { contains } from '../convert';
import type { DocumentAnalyses } from '../documentAnalyses';
import { escapeForNotification } from '../notificationText';
import { entityTypeLabel, escapeIcons } from '../uiText';
import type { SidecarEntity, SidecarService } from '../sidecar/api';
import { asUri, canAnnotate, selectedWords } from './commandTargets';
import { MultiStepInput, type InputStep, type ShownStep } from './multiStepInput';

/** Arguments of Confirm Entity…, so that it can run without prompts. An Entities view item passes its node instead. */
export interface ConfirmEntityArgs {
  uri?: vscode.Uri | string;
  /** The canonical name; without it a quick pick offers the article's names. */
  name?: string;
  type?: EntityType;
  /** Whether the selected words become an alias of the name: asked when they differ from it, unless `name` is given (then no). */
  addSelectionAsAlias?: boolean;
  /** More aliases to confirm. */
  aliases?: string[];
  /** Wikidata item id, e.g. "Q7747". */
  wikidata?: string;
}

export interface ForgetEntityArgs {
  uri?: vscode.Uri | string;
  name?: string;
}

const ENTITY_TYPES: readonly EntityType[] = ['person', 'org', 'place'];

/** The type choices, read when asked so that they are in the display language. */
function typeChoices(): { type: EntityType; label: string }[] {
  return [
    { type: 'person', label: `$(person) ${vscode.l10n.t('Person')}` },
    { type: 'org', label: `$(organization) ${vscode.l10n.t('Organisation')}` },
    { type: 'place', label: `$(location) ${vscode.l10n.t('Place')}` },
  ];
}

/** What Confirm Entity… starts from: an entity of the analysis (a view item, or the name under the cursor), or selected words. */
type Source = { kind: 'entity'; entity: Entity } | { kind: 'words'; words: string; entity: Entity | undefined };

/** What the sidecar schema accepts as a Wikidata item id (a sidecar holding another would no longer load). */
const WIKIDATA_ITEM = /^Q[1-9][0-9]*$/;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function entityOfNode(args: unknown): Entity | undefined {
  if (!args || typeof args !== 'object' || !('kind' in args) || !('entity' in args)) return undefined;
  const node = args as { kind: unknown; entity: Entity };
  return node.kind === 'entity' || node.kind === 'mention' ? node.entity : undefined;
}

/**
 * The article a command acts on: the one named by the arguments; for an Entities view item, the article the view shows;
 * else the article editor the person works in (the active one, or the one focused last while focus is in the Output
 * panel, say), else the article the views show.
 */
async function articleFor(uri: vscode.Uri | string | undefined, fromView: boolean, active: ActiveArticle, editors: ArticleEditors): Promise<vscode.TextDocument | undefined> {
  if (uri !== undefined) return vscode.workspace.openTextDocument(asUri(uri));
  if (fromView) return active.document;
  return editors.focused?.document ?? active.document;
}

/** Why the arguments cannot be used (the whole message), for arguments a keybinding or another extension may have given wrongly typed. */
function argumentsProblem(args: ConfirmEntityArgs | undefined): string | undefined {
  if (!args) return undefined;
  if (args.name !== undefined && typeof args.name !== 'string') return vscode.l10n.t('Newsmark: cannot confirm the entity: the name must be a string.');
  if (args.type !== undefined && !ENTITY_TYPES.includes(args.type)) {
    return vscode.l10n.t('Newsmark: cannot confirm the entity: unknown entity type "{0}" (one of {1}).', escapeForNotification(String(args.type)), ENTITY_TYPES.join(', '));
  }
  if (args.aliases !== undefined && !(Array.isArray(args.aliases) && args.aliases.every((a) => typeof a === 'string'))) {
    return vscode.l10n.t('Newsmark: cannot confirm the entity: aliases must be a list of names (strings).');
  }
  if (args.wikidata !== undefined && !(typeof args.wikidata === 'string' && WIKIDATA_ITEM.test(args.wikidata))) {
    return vscode.l10n.t('Newsmark: cannot confirm the entity: wikidata must be a Wikidata item id such as "Q7747".');
  }
  return undefined;
}

function sourceFromEditor(document: vscode.TextDocument, analyses: DocumentAnalyses, editors: ArticleEditors): Source | undefined {
  const editor = editors.focused;
  if (!editor || editor.document !== document) return undefined;
  const span = selectedWords(editor);
  const entities = analyses.get(document)?.analysis.entities ?? [];
  if (span.end > span.start) {
    const words = oneLine(document.getText().slice(span.start, span.end));
    const entity = entities.find((e) => e.mentions.some((m) => m.start === span.start && m.end === span.end));
    return { kind: 'words', words, entity };
  }
  const entity = entities.find((e) => e.mentions.some((m) => contains(m, span.start)));
  return entity ? { kind: 'entity', entity } : undefined;
}

type NameItem = vscode.QuickPickItem & { name?: string };
type Question = 'name' | 'typedName' | 'type' | 'alias';

/**
 * The questions Confirm Entity… asks, in one multi-step input: the canonical name (picked, or typed after "Another
 * name…"), its type, and whether the selected words become one of its names. Which of them are asked depends on the
 * arguments and on the answers; each keeps its answer when the person goes back to it.
 */
class EntityQuestions {
  /** The chosen canonical name; for a name not asked, the arguments'. */
  name: string | undefined;
  typed = false;
  typedName: string | undefined;
  type: EntityType | undefined;
  addAlias: boolean | undefined;
  private readonly _asksName: boolean;
  private readonly _nameItems: NameItem[] = [];
  private readonly _otherName: NameItem = { label: `$(edit) ${vscode.l10n.t('Another name…')}`, alwaysShow: true };

  constructor(
    private readonly _source: Source | undefined,
    private readonly _registry: readonly SidecarEntity[],
    private readonly _entities: readonly Entity[],
    private readonly _args: ConfirmEntityArgs | undefined,
  ) {
    this.name = _args?.name ? oneLine(_args.name) : undefined;
    this._asksName = !this.name;
    if (this._asksName && _source) this._nameItems = nameItems(_source, _registry, _entities);
  }

  /** The registry's entry of the name, else the analysis' entity of that name. */
  known(name: string | undefined): SidecarEntity | Entity | undefined {
    return this._registry.find((e) => e.name === name) ?? this._entities.find((e) => e.name === name);
  }

  /** The type that needs no question: the arguments', or that of another known entity the words are linked to. */
  settledType(name: string | undefined): EntityType | undefined {
    const known = this.known(name);
    // A new name, or the entity's own (to correct its type), is asked.
    return this._args?.type ?? (known && name !== this._source?.entity?.name ? known.type : undefined);
  }

  private asksAlias(name: string | undefined): boolean {
    const source = this._source;
    return source?.kind === 'words' && source.words !== name && this._args?.addSelectionAsAlias === undefined && !this._args?.name;
  }

  /** The questions on the way, the highlighted answers standing in for those not given yet (the step counter's total). */
  private plan(): Question[] {
    const questions: Question[] = [];
    let name = this.name;
    if (this._asksName) {
      questions.push('name');
      if (this.typed) questions.push('typedName');
      name ??= this.typed ? oneLine(this.typedDefault()) : this._nameItems[0]?.name;
    }
    if (!this.settledType(name)) questions.push('type');
    if (this.asksAlias(name)) questions.push('alias');
    return questions;
  }

  private position(question: Question): { step: number; totalSteps: number } {
    const plan = this.plan();
    return { step: plan.indexOf(question) + 1, totalSteps: plan.length };
  }

  /** The first question, or undefined when the arguments answer them all. */
  first(): InputStep | undefined {
    return this.step(this.plan()[0]);
  }

  private after(question: Question): InputStep | undefined {
    const plan = this.plan();
    return this.step(plan[plan.indexOf(question) + 1]);
  }

  private step(question: Question | undefined): InputStep | undefined {
    switch (question) {
      case 'name':
        return (input) => this.askName(input);
      case 'typedName':
        return (input) => this.askTypedName(input);
      case 'type':
        return (input) => this.askType(input);
      case 'alias':
        return (input) => this.askAlias(input);
      case undefined:
        return undefined;
    }
  }

  /** The canonical name, from the registry, the article's entities, the selection, or typed. */
  private async askName(input: MultiStepInput): Promise<InputStep | undefined> {
    const source = this._source!;
    const picked = await input.showQuickPick({
      title: vscode.l10n.t('Newsmark: confirm entity: its canonical name'),
      ...this.position('name'),
      items: [...this._nameItems, this._otherName],
      activeItem: this.typed ? this._otherName : this._nameItems.find((i) => i.name === this.name),
      placeholder: source.kind === 'words' ? vscode.l10n.t('Whom or what do “{0}” name?', source.words) : vscode.l10n.t('The name to keep for “{0}”', source.entity.name),
      matchOnDescription: true,
    });
    this.typed = picked === this._otherName;
    if (this.typed) {
      this.name = this.typedName === undefined ? undefined : oneLine(this.typedName);
      return this.step('typedName');
    }
    this.name = picked.name;
    return this.after('name');
  }

  /** What the box for another name holds before anything is typed. */
  private typedDefault(): string {
    const source = this._source!;
    return source.kind === 'words' ? source.words : source.entity.name;
  }

  private async askTypedName(input: MultiStepInput): Promise<InputStep | undefined> {
    const typed = await input.showInputBox({
      title: vscode.l10n.t('Newsmark: confirm entity: canonical name'),
      ...this.position('typedName'),
      value: this.typedName ?? this.typedDefault(),
      prompt: vscode.l10n.t('The name to show for this person, organisation or place'),
      validate: (value) => (value.trim() ? undefined : vscode.l10n.t('Type the name to keep.')),
    });
    this.typedName = typed;
    this.name = oneLine(typed);
    return this.after('typedName');
  }

  private async askType(input: MultiStepInput): Promise<InputStep | undefined> {
    const name = this.name!;
    const suggested = this.known(name)?.type ?? this._source?.entity?.type;
    const choices = typeChoices().sort((a, b) => Number(b.type === suggested) - Number(a.type === suggested));
    const picked = await input.showQuickPick({
      title: vscode.l10n.t('Newsmark: confirm entity: what is {0}?', name),
      ...this.position('type'),
      items: choices,
      activeItem: choices.find((c) => c.type === this.type),
    });
    this.type = picked.type;
    return this.after('type');
  }

  private async askAlias(input: MultiStepInput): Promise<InputStep | undefined> {
    const name = this.name!;
    const words = this._source?.kind === 'words' ? this._source.words : '';
    const add = { label: vscode.l10n.t('Add “{0}” as a name of {1}', escapeIcons(words), escapeIcons(name)), add: true };
    const skip = { label: vscode.l10n.t('Only confirm {0}', escapeIcons(name)), add: false };
    const picked = await input.showQuickPick({
      title: vscode.l10n.t('Newsmark: confirm entity: the selected words'),
      ...this.position('alias'),
      items: [add, skip],
      activeItem: this.addAlias === false ? skip : this.addAlias === true ? add : undefined,
    });
    this.addAlias = picked.add;
    return this.after('alias');
  }
}

/** The names a person may keep: the entity's own, the selected words, the registry's, then the article's by mentions. */
function nameItems(source: Source, registry: readonly SidecarEntity[], entities: readonly Entity[]): NameItem[] {
  const items: NameItem[] = [];
  const seen = new Set<string>();
  const add = (name: string, description: string) => {
    if (!name || seen.has(name)) return;
    seen.add(name);
    items.push({ label: escapeIcons(name), description, name });
  };
  if (source.entity) add(source.entity.name, vscode.l10n.t('as found in the article'));
  if (source.kind === 'words') add(source.words, vscode.l10n.t('the selected words'));
  for (const e of registry) add(e.name, vscode.l10n.t('confirmed {0}', entityTypeLabel(e.type, vscode.l10n)));
  for (const e of [...entities].sort((a, b) => b.mentions.length - a.mentions.length)) add(e.name, `${entityTypeLabel(e.type, vscode.l10n)} · ${vscode.l10n.t('{0} mention(s)', e.mentions.length)}`);
  return items;
}

/** The Confirm Entity… input on screen, if any. */
interface Asking {
  input?: MultiStepInput;
}

async function confirmEntity(rawArgs: unknown, active: ActiveArticle, editors: ArticleEditors, analyses: DocumentAnalyses, sidecars: SidecarService, asking: Asking): Promise<SidecarEntity | undefined> {
  const nodeEntity = entityOfNode(rawArgs);
  const args = nodeEntity ? undefined : (rawArgs as ConfirmEntityArgs | undefined);
  const problem = argumentsProblem(args);
  if (problem) {
    void vscode.window.showErrorMessage(problem);
    return undefined;
  }
  const document = await articleFor(args?.uri, !!nodeEntity, active, editors);
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Newsmark: open an article to confirm the names in it.'));
    return undefined;
  }
  if (!canAnnotate(sidecars, document.uri)) return undefined;
  const source: Source | undefined = nodeEntity ? { kind: 'entity', entity: nodeEntity } : sourceFromEditor(document, analyses, editors);
  if (!source && !args?.name) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Newsmark: select a name in the article (or pick one in the Entities view) to confirm it.'));
    return undefined;
  }
  const registry = sidecars.entitiesFor(document.uri);
  const entities = analyses.get(document)?.analysis.entities ?? [];

  const questions = new EntityQuestions(source, registry, entities, args);
  const first = questions.first();
  if (first) {
    const input = new MultiStepInput();
    asking.input = input;
    try {
      if (!(await input.run(first))) return undefined;
    } finally {
      if (asking.input === input) asking.input = undefined;
    }
  }
  const name = questions.name;
  const type = questions.settledType(name) ?? questions.type;
  if (!name || !type) return undefined;
  const existing = registry.find((e) => e.name === name);

  const aliases = new Set(existing?.aliases ?? []);
  if (source?.kind === 'entity') for (const alias of [source.entity.name, ...source.entity.aliases]) aliases.add(oneLine(alias));
  if (source?.kind === 'words' && source.words !== name && (args?.addSelectionAsAlias ?? (args?.name ? false : questions.addAlias))) aliases.add(source.words);
  for (const alias of args?.aliases ?? []) aliases.add(oneLine(alias));
  aliases.delete(name);
  aliases.delete('');

  const entity: SidecarEntity = { name, type, aliases: [...aliases] };
  const wikidata = args?.wikidata ?? existing?.wikidata;
  if (wikidata) entity.wikidata = wikidata;
  await sidecars.confirmEntity(document.uri, entity);
  return entity;
}

async function forgetEntity(rawArgs: unknown, active: ActiveArticle, editors: ArticleEditors, sidecars: SidecarService): Promise<boolean> {
  const nodeEntity = entityOfNode(rawArgs);
  const args = nodeEntity ? undefined : (rawArgs as ForgetEntityArgs | undefined);
  const document = await articleFor(args?.uri, !!nodeEntity, active, editors);
  if (document && !canAnnotate(sidecars, document.uri)) return false;
  const registry = document ? sidecars.entitiesFor(document.uri) : [];
  if (!document || !registry.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Newsmark: this article has no confirmed entities.'));
    return false;
  }
  let name = args?.name ?? (nodeEntity && registry.some((e) => e.name === nodeEntity.name) ? nodeEntity.name : undefined);
  if (!name) {
    const picked = await vscode.window.showQuickPick(
      registry.map((e) => ({
        label: escapeIcons(e.name),
        description: entityTypeLabel(e.type, vscode.l10n),
        detail: e.aliases.length ? vscode.l10n.t('also: {0}', escapeIcons(e.aliases.join(', '))) : undefined,
        name: e.name,
      })),
      { title: vscode.l10n.t('Newsmark: forget which confirmed entity?') },
    );
    if (!picked) return false;
    name = picked.name;
  }
  return sidecars.forgetEntity(document.uri, name);
}

export function registerEntityCommands(
  active: ActiveArticle,
  editors: ArticleEditors,
  analyses: DocumentAnalyses,
  sidecars: SidecarService,
): { disposable: vscode.Disposable; shownStep(): ShownStep | undefined } {
  const asking: Asking = {};
  return {
    disposable: vscode.Disposable.from(
      vscode.commands.registerCommand(Commands.confirmEntity, (args?: unknown) => confirmEntity(args, active, editors, analyses, sidecars, asking)),
      vscode.commands.registerCommand(Commands.forgetEntity, (args?: unknown) => forgetEntity(args, active, editors, sidecars)),
    ),
    shownStep: () => asking.input?.shown(),
  };
}
