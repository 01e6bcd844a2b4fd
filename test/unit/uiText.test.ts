// Lists and pickers show outside text as text (never as theme icons), and the analysis' ids in words of their own.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { EntityMentionKind } from '../../src/core';
import { ENTITY_TYPES, MENTION_KINDS } from '../../src/core/corpus/preparedDocument';
import { annotationTooltip, entityTypeLabel, escapeIcons, LABELLED_IDS, mentionKindLabel, quoteRelationLabel, statusBarTexts } from '../../src/extension/uiText';

const root = path.resolve(__dirname, '../../..');
const bundle: Record<string, unknown> = JSON.parse(fs.readFileSync(path.join(root, 'l10n/bundle.l10n.json'), 'utf8'));
/** A localizer that marks what it translated, so that a label passed through untranslated is seen. */
const marking = { t: (message: string) => `«${message}»` };

test('outside text in a QuickPick item cannot draw a theme icon: every $( is escaped, the rest is left as it is', () => {
  assert.equal(escapeIcons('Ana $(alert) Ruiz'), 'Ana \\$(alert) Ruiz');
  assert.equal(escapeIcons('$(x)$(y)'), '\\$(x)\\$(y)');
  assert.equal(escapeIcons('costs $5 (or more)'), 'costs $5 (or more)');
  assert.equal(escapeIcons('\\$(alert)'), '\\\\$(alert)', 'a backslash already there: still no icon');
  assert.equal(escapeIcons(''), '');
});

test('every mention kind, quote relation and entity type has a label of its own, in the l10n bundle', () => {
  const kinds: EntityMentionKind[] = [...MENTION_KINDS, 'demonym'];
  assert.deepEqual([...LABELLED_IDS.mentionKinds].sort(), [...kinds].sort());
  assert.deepEqual([...LABELLED_IDS.entityTypes].sort(), [...ENTITY_TYPES].sort());
  assert.deepEqual([...LABELLED_IDS.quoteRelations].sort(), ['paraphrase', 'partial', 'variant', 'verbatim']);
  const groups = [
    LABELLED_IDS.mentionKinds.map((k) => mentionKindLabel(k, marking)),
    LABELLED_IDS.quoteRelations.map((r) => quoteRelationLabel(r, marking)),
    LABELLED_IDS.entityTypes.map((t) => entityTypeLabel(t, marking)),
  ];
  for (const labels of groups) {
    assert.equal(new Set(labels).size, labels.length, `distinct: ${labels.join(', ')}`);
    for (const label of labels) {
      assert.match(label, /^«.+»$/, `${label} is a translated message`);
      assert.ok(label.slice(1, -1) in bundle, `${label} is in l10n/bundle.l10n.json`);
    }
  }
  assert.equal(entityTypeLabel('org', { t: (m) => m }), 'organisation', 'not the sidecar’s “org”');
  assert.equal(quoteRelationLabel('verbatim', { t: (m) => m }), 'same words');
});

test('an annotation’s tooltip shows its words and note as text: no address becomes a link, no markup or icon is made', () => {
  const tooltip = annotationTooltip('the [pier](command:workbench.action.quit) opens', 'the pier', 'See https://example.org/a and www.example.com <b>now</b> $(alert)', { t: (m) => m });
  assert.doesNotMatch(tooltip, /https?:\/\//, tooltip);
  assert.doesNotMatch(tooltip, /www\./);
  assert.doesNotMatch(tooltip, /<b>|\]\(command:|\$\(/);
  assert.match(tooltip, /\*\*Originally annotated:\*\* the pier/);
  assert.match(tooltip, /\*\*Note:\*\* See https\\:/);
  assert.doesNotMatch(annotationTooltip('words', undefined, undefined, { t: (m) => m }), /Note|Originally/);
});

test('the status-bar item: a screen reader hears what each number counts and what activating it does, not "3 2 1"', () => {
  const english = { t: (m: string, ...args: (string | number)[]) => m.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])) };
  const on = statusBarTexts(3, 2, 1, true, english);
  assert.equal(on.text, '$(eye) $(quote) 3  $(person) 2  $(question) 1');
  assert.equal(on.accessibilityLabel, 'Newsmark: 3 quotes, 2 named speakers, 1 hedges. Highlights are shown; activate to hide them.');
  assert.deepEqual(on.tooltip, ['Newsmark: 3 quotes, 2 named speakers, 1 hedges', 'Click to hide highlights.']);
  const off = statusBarTexts(0, 0, 4, false, english);
  assert.match(off.text, /^\$\(eye-closed\)/);
  assert.match(off.accessibilityLabel, /4 hedges\. Highlights are hidden; activate to show them\.$/);
  for (const message of ['Newsmark: {0} quotes, {1} named speakers, {2} hedges. Highlights are shown; activate to hide them.', 'Newsmark: {0} quotes, {1} named speakers, {2} hedges']) assert.ok(message in bundle, message);
});
