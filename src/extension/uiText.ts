// What the extension's lists, tooltips and pickers show of article and sidecar text, and the words for the analysis' own ids.
// Free of vscode (the unit tests load it): the extension passes vscode.l10n as the localizer.
import type { EntityMentionKind, EntityType } from '../core';
import type { QuoteRelation } from '../core/corpus';
import type { Localizer } from './commands/deletionQuestion';
import { escapeMarkdown } from './hovers/markdownText';

/**
 * Outside text (a name, words of the article, a note) for a QuickPick item's label, description or detail, which draw
 * `$(name)` as a theme icon: `\$(` shows as the plain text `$(`.
 */
export function escapeIcons(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}

/** Functions, not texts: each is looked up in the display language when it is shown. */
const MENTION_KINDS: Record<EntityMentionKind, (l10n: Localizer) => string> = {
  name: (l10n) => l10n.t('by name'),
  alias: (l10n) => l10n.t('by another name'),
  role: (l10n) => l10n.t('by role'),
  pronoun: (l10n) => l10n.t('pronoun'),
  demonym: (l10n) => l10n.t('nationality or origin'),
};

const QUOTE_RELATIONS: Record<QuoteRelation, (l10n: Localizer) => string> = {
  verbatim: (l10n) => l10n.t('same words'),
  partial: (l10n) => l10n.t('part of the quote'),
  variant: (l10n) => l10n.t('other wording'),
  paraphrase: (l10n) => l10n.t('paraphrase'),
};

const ENTITY_TYPES: Record<EntityType, (l10n: Localizer) => string> = {
  person: (l10n) => l10n.t('person'),
  org: (l10n) => l10n.t('organisation'),
  place: (l10n) => l10n.t('place'),
};

/** How an entity is mentioned there ("by role", "pronoun"), beside the mention in the Entities view. */
export function mentionKindLabel(kind: EntityMentionKind, l10n: Localizer): string {
  return MENTION_KINDS[kind]?.(l10n) ?? kind;
}

/** How another article's quote stands to this one's ("same words", "paraphrase"), in the Cross-source view. */
export function quoteRelationLabel(relation: QuoteRelation, l10n: Localizer): string {
  return QUOTE_RELATIONS[relation]?.(l10n) ?? relation;
}

/** An entity's type in a sentence or a list ("person", "organisation"), where the sidecar spells it person, org, place. */
export function entityTypeLabel(type: EntityType, l10n: Localizer): string {
  return ENTITY_TYPES[type]?.(l10n) ?? type;
}

export const LABELLED_IDS = {
  mentionKinds: Object.keys(MENTION_KINDS) as EntityMentionKind[],
  quoteRelations: Object.keys(QUOTE_RELATIONS) as QuoteRelation[],
  entityTypes: Object.keys(ENTITY_TYPES) as EntityType[],
};

/** The most characters of the words, or of a note, an annotation's tooltip shows. */
const TOOLTIP_TEXT_LENGTH = 1000;

/**
 * An annotation's tooltip in the Annotations view, as Markdown: its words, the words first annotated, its note. Escaped
 * as hovers escape article text (MarkdownString.appendText would leave an address in a note to become a live link).
 */
export function annotationTooltip(words: string, original: string | undefined, note: string | undefined, l10n: Localizer): string {
  let markdown = escapeMarkdown(words, TOOLTIP_TEXT_LENGTH);
  if (original !== undefined) markdown += `\n\n**${l10n.t('Originally annotated:')}** ${escapeMarkdown(original, TOOLTIP_TEXT_LENGTH)}`;
  if (note) markdown += `\n\n**${l10n.t('Note:')}** ${escapeMarkdown(note, TOOLTIP_TEXT_LENGTH)}`;
  return markdown;
}

export interface StatusBarTexts {
  /** Icons and numbers, for the eye. */
  text: string;
  /** What a screen reader says of the item: the numbers with what they count, and what activating it does. */
  accessibilityLabel: string;
  /** The hover's lines. */
  tooltip: readonly string[];
}

/** The status-bar item of an analysed article: its counts, and whether highlights are shown (a click toggles them). */
export function statusBarTexts(quotes: number, speakers: number, hedges: number, highlightsOn: boolean, l10n: Localizer): StatusBarTexts {
  const counts = l10n.t('Newsmark: {0} quotes, {1} named speakers, {2} hedges', quotes, speakers, hedges);
  const click = highlightsOn ? l10n.t('Click to hide highlights.') : l10n.t('Click to show highlights.');
  return {
    text: `${highlightsOn ? '$(eye)' : '$(eye-closed)'} $(quote) ${quotes}  $(person) ${speakers}  $(question) ${hedges}`,
    accessibilityLabel: highlightsOn
      ? l10n.t('Newsmark: {0} quotes, {1} named speakers, {2} hedges. Highlights are shown; activate to hide them.', quotes, speakers, hedges)
      : l10n.t('Newsmark: {0} quotes, {1} named speakers, {2} hedges. Highlights are hidden; activate to show them.', quotes, speakers, hedges),
    tooltip: [counts, click],
  };
}
