// The manifest's welcome texts and menus: one welcome text per state of the active editor, menu entries only where they apply.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { manifest, manifestTexts, placeholderKeys, rawManifest } from './localizedManifest';

const welcomes: { view: string; contents: string; when?: string }[] = manifest.contributes.viewsWelcome;

/** Evaluates the when clauses the manifest uses (keys, `!`, `&&`, `||`) against boolean context keys. */
function holds(when: string | undefined, keys: Record<string, boolean>): boolean {
  if (!when) return true;
  return when.split('||').some((any) =>
    any.split('&&').every((term) => {
      const t = term.trim();
      if (!/^!?[\w.]+$/.test(t)) throw new Error(`when clause not understood by this test: ${t}`);
      return t.startsWith('!') ? !keys[t.slice(1)] : !!keys[t];
    }),
  );
}

/** What the active editor can be: no article, an article, an article over newsmark.maxFileSize. */
const EDITOR_STATES = {
  'no article': { 'newsmark.editorAnalysable': false, 'newsmark.editorTooLarge': false },
  'an article': { 'newsmark.editorAnalysable': true, 'newsmark.editorTooLarge': false },
  'an article over the size limit': { 'newsmark.editorAnalysable': true, 'newsmark.editorTooLarge': true },
};

for (const view of ['newsmark.entities', 'newsmark.quotes']) {
  test(`${view}: one welcome text for each state of the editor; over the size limit it names newsmark.maxFileSize`, () => {
    for (const [state, keys] of Object.entries(EDITOR_STATES)) {
      const shown = welcomes.filter((w) => w.view === view && holds(w.when, keys));
      assert.equal(shown.length, 1, `${view} with ${state} shows ${JSON.stringify(shown.map((w) => w.contents))}`);
      const tooLarge = keys['newsmark.editorTooLarge'];
      assert.equal(/newsmark\.maxFileSize/.test(shown[0].contents), tooLarge, `${view} with ${state}: ${shown[0].contents}`);
      if (tooLarge) assert.doesNotMatch(shown[0].contents, /^No /, 'not “nothing found” for an article that was not analysed');
    }
  });
}

test('the editor’s Newsmark menu offers Re-anchor Annotation to Selection only with a selection and an annotation to re-anchor', () => {
  const entry = (manifest.contributes.menus['newsmark.editorContext'] as { command: string; when?: string }[]).find((m) => m.command === 'newsmark.reanchorAnnotation');
  assert.ok(entry, 'the entry is in the menu');
  const shown = (editorHasSelection: boolean, detached: boolean) =>
    holds(entry.when, { editorHasSelection, 'newsmark.editorHasDetachedAnnotations': detached, 'newsmark.editorCanAnnotate': true });
  assert.equal(shown(true, true), true);
  assert.equal(shown(false, true), false, 'nothing selected to re-anchor to');
  assert.equal(shown(true, false), false, 'every annotation is on its words');
});

/** The commands that change an article's annotations or confirmed names, which are saved in a file beside it. */
const ANNOTATING_COMMANDS = new Set(
  ['annotateQuote', 'annotateSpeaker', 'annotateClaim', 'setSpeaker', 'addNote', 'setVerdict', 'reanchorAnnotation', 'confirmEntity', 'forgetEntity'].map((c) => `newsmark.${c}`),
);

test('the annotating commands are not offered for an article that cannot be annotated (untitled, or on a read-only file system)', () => {
  const menus = manifest.contributes.menus as Record<string, { command?: string; when?: string }[]>;
  const entries = [...menus.commandPalette, ...menus['newsmark.editorContext'], ...(manifest.contributes.keybindings as { command: string; when?: string }[])].filter(
    (e) => e.command && ANNOTATING_COMMANDS.has(e.command),
  );
  assert.ok(entries.length >= ANNOTATING_COMMANDS.size, 'every annotating command has its palette entry');
  const everything = { editorTextFocus: true, editorHasSelection: true, 'newsmark.editorAnalysable': true, 'newsmark.editorHasDetachedAnnotations': true };
  for (const entry of entries) {
    assert.equal(holds(entry.when, { ...everything, 'newsmark.editorCanAnnotate': true }), true, `${entry.command} is offered in an article that can be annotated`);
    assert.equal(holds(entry.when, { ...everything, 'newsmark.editorCanAnnotate': false }), false, `${entry.command} is not offered where annotations cannot be saved`);
  }
});

test('the tree items’ menus read only the item (view, viewItem), never a context key that changes with the editor', () => {
  // VS Code re-renders every row of every tree when a key the item menus read changes; a row whose node a refresh in
  // progress has just dropped is then not found (TreeError … Data tree node not found). The items say whether their
  // article can be annotated (newsmark.readonly.… context values) instead.
  const entries = manifest.contributes.menus['view/item/context'] as { command: string; when?: string }[];
  assert.ok(entries.length > 0);
  for (const entry of entries) {
    const keys = (entry.when ?? '')
      .replace(/\/(?:\\.|[^/])*\//g, '')
      .split(/&&|\|\|/)
      .map((term) => /^!?\s*([\w.]+)/.exec(term.trim())?.[1])
      .filter(Boolean);
    assert.ok(keys.length > 0, `${entry.command}: ${entry.when}`);
    for (const key of keys) assert.ok(key === 'view' || key === 'viewItem', `${entry.command} reads ${key}: ${entry.when}`);
  }
});

test('the Annotations view says why an article that cannot be annotated has no annotations, instead of inviting to annotate it', () => {
  const shownWith = (keys: Record<string, boolean>) => welcomes.filter((w) => w.view === 'newsmark.annotations' && holds(w.when, keys)).map((w) => w.contents);
  for (const analysable of [false, true]) {
    for (const canAnnotate of analysable ? [false, true] : [false]) {
      const shown = shownWith({ 'newsmark.editorAnalysable': analysable, 'newsmark.editorCanAnnotate': canAnnotate });
      assert.equal(shown.length, 1, `analysable ${analysable}, can annotate ${canAnnotate}: ${JSON.stringify(shown)}`);
      assert.equal(/command:newsmark\.annotate/.test(shown[0]), canAnnotate, shown[0]);
    }
  }
  assert.match(shownWith({ 'newsmark.editorAnalysable': true, 'newsmark.editorCanAnnotate': false })[0], /saved/);
});

test('every text placeholder of the manifest has its English text in package.nls.json, and every text there is used', () => {
  const used = new Set(placeholderKeys(rawManifest));
  assert.ok(used.size > 0, 'the manifest has placeholders');
  for (const key of used) assert.ok(key in manifestTexts, `package.nls.json has no text for %${key}%`);
  for (const key of Object.keys(manifestTexts)) assert.ok(used.has(key), `package.nls.json holds ${key}, which the manifest does not use`);
});
