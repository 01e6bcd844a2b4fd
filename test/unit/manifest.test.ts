// The manifest's welcome texts, menus and Get Started walkthrough: one welcome text per state of the active editor, menu
// entries only where they apply, walkthrough buttons that work and pages that are packaged.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { ContextKeys } from '../../src/extension/constants';
import { manifest, manifestTexts, placeholderKeys, rawManifest, root } from './localizedManifest';

const welcomes: { view: string; contents: string; when?: string }[] = manifest.contributes.viewsWelcome;

/** Evaluates the when clauses the manifest uses (keys, `!`, `==`, `!=`, `&&`, `||`) against context keys. */
function holds(when: string | undefined, keys: Record<string, boolean | string>): boolean {
  if (!when) return true;
  return when.split('||').some((any) =>
    any.split('&&').every((term) => {
      const t = term.trim();
      const comparison = /^([\w.]+) (==|!=) ([\w.-]+)$/.exec(t);
      if (comparison) return (keys[comparison[1]] === comparison[3]) === (comparison[2] === '==');
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

test('no key and no editor menu of Newsmark acts in the Output panel, whose text is the editor there', () => {
  // The Output panel is a text editor with editorTextFocus and a selection of its own, while the context keys still
  // describe the article focused before it.
  type Entry = { command?: string; submenu?: string; when?: string };
  const menus = manifest.contributes.menus as Record<string, Entry[]>;
  const entries: Entry[] = [...(manifest.contributes.keybindings as Entry[]), ...menus['editor/context'], ...menus['editor/title']];
  assert.ok(entries.length >= 6);
  const article = { editorTextFocus: true, editorHasSelection: true, 'newsmark.editorAnalysable': true, 'newsmark.editorCanAnnotate': true };
  for (const entry of entries) {
    const name = entry.command ?? entry.submenu;
    const highlights = (on: boolean) => ({ 'newsmark.highlightsEnabled': on });
    const anyHighlights = (scheme: string) => holds(entry.when, { ...article, ...highlights(true), resourceScheme: scheme }) || holds(entry.when, { ...article, ...highlights(false), resourceScheme: scheme });
    assert.equal(anyHighlights('file'), true, `${name} applies in an article`);
    assert.equal(anyHighlights('output'), false, `${name} does not apply in the Output panel`);
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

interface WalkthroughStep {
  id: string;
  title: string;
  description: string;
  media: Record<string, string>;
  completionEvents?: string[];
  when?: string;
}
interface Walkthrough {
  id: string;
  title: string;
  description: string;
  steps: WalkthroughStep[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const raw = rawManifest as any;
const rawWalkthroughs: Walkthrough[] = raw.contributes.walkthroughs;
const walkthroughs: Walkthrough[] = manifest.contributes.walkthroughs;
const steps = walkthroughs.flatMap((w) => w.steps);

/** The command links of a step's text; a line that is nothing but a link is shown as a button. */
function commandLinks(description: string): { label: string; command: string; button: boolean }[] {
  return description.split('\n').flatMap((line) =>
    [...line.matchAll(/\[([^\]]*)\]\(command:(?:toSide:)?([^)?\s]+)[^)]*\)/g)].map((m) => ({ label: m[1], command: m[2], button: m[0] === line.trim() })),
  );
}

/** VS Code's own commands the walkthrough's buttons run; the integration suite checks they exist in the running VS Code. */
const VS_CODE_COMMANDS = new Set(['workbench.action.quickOpen', 'workbench.action.terminal.new']);

const contributedCommands: { command: string; enablement?: string }[] = manifest.contributes.commands;
const paletteEntries: { command: string; when?: string }[] = manifest.contributes.menus.commandPalette;
const viewIds = new Set(Object.values(manifest.contributes.views as Record<string, { id: string }[]>).flatMap((views) => views.map((v) => v.id)));
const containerIds = new Set((manifest.contributes.viewsContainers.activitybar as { id: string }[]).map((c) => c.id));

/** Where a command a button runs comes from, or undefined when nothing provides it. */
function providerOf(command: string): string | undefined {
  if (contributedCommands.some((c) => c.command === command)) return 'contributes.commands';
  if (command.endsWith('.focus') && viewIds.has(command.slice(0, -'.focus'.length))) return 'a contributed view';
  if (command.startsWith('workbench.view.extension.') && containerIds.has(command.slice('workbench.view.extension.'.length))) return 'a contributed view container';
  if (VS_CODE_COMMANDS.has(command)) return 'VS Code';
  return undefined;
}

test('the Get Started walkthrough: its texts come from package.nls.json, each step has a Markdown page under media/walkthrough/', () => {
  assert.equal(rawWalkthroughs.length, 1, 'one walkthrough');
  for (const walkthrough of rawWalkthroughs) {
    for (const text of [walkthrough.title, walkthrough.description]) assert.match(text, /^%walkthrough\.[\w.]+%$/);
    assert.ok(walkthrough.steps.length >= 4 && walkthrough.steps.length <= 7, `a few steps: ${walkthrough.steps.length}`);
    assert.equal(new Set(walkthrough.steps.map((s) => s.id)).size, walkthrough.steps.length, 'step ids are unique');
    const pages = new Set<string>();
    for (const step of walkthrough.steps) {
      for (const text of [step.title, step.description]) assert.match(text, /^%walkthrough\.[\w.]+%$/, `${step.id}: ${text}`);
      // VS Code's schema takes exactly one kind of media; a Markdown page is { markdown: path }.
      assert.deepEqual(Object.keys(step.media), ['markdown'], step.id);
      const page = step.media.markdown;
      assert.match(page, /^media\/walkthrough\/[\w-]+\.md$/, step.id);
      assert.ok(fs.statSync(path.join(root, page)).isFile(), `${page} exists`);
      assert.ok(!pages.has(page), `${page} is the page of one step`);
      pages.add(page);
    }
  }
  for (const step of steps) {
    assert.ok(!/%\w/.test(step.title + step.description), `${step.id} has its English text`);
    assert.ok(step.title.length <= 40, `${step.id}: a short title`);
    assert.ok(step.description.replace(/\n?\[[^\]]*\]\([^)]*\)/g, '').length <= 300, `${step.id}: a short description`);
  }
});

test('each walkthrough step has a button, and each button runs a command that exists and works from the walkthrough page', () => {
  // The walkthrough page is the active editor when its button is clicked: a command that acts on the selected words
  // of the active editor would find none, so those are taught in the text and the button opens where they are.
  const onSelection = new Set([...ANNOTATING_COMMANDS, 'newsmark.removeAnnotation']);
  for (const step of steps) {
    const links = commandLinks(step.description);
    assert.ok(links.some((l) => l.button), `${step.id} has a button: ${step.description}`);
    for (const { label, command, button } of links) {
      assert.ok(button, `${step.id}: the link “${label}” stands on its own line, as a button`);
      assert.ok(label.length > 0 && label.length <= 30, `${step.id}: a short button label “${label}”`);
      assert.ok(providerOf(command), `${step.id}: nothing provides the command ${command}`);
      assert.ok(!onSelection.has(command), `${step.id}: ${command} needs selected words, which the walkthrough page does not have`);
      const contributed = contributedCommands.find((c) => c.command === command);
      if (contributed) {
        assert.equal(contributed.enablement, undefined, `${command} is not disabled`);
        assert.notEqual(paletteEntries.find((m) => m.command === command)?.when, 'false', `${command} is not an internal command hidden from the palette`);
      }
    }
  }
  const used = new Set(steps.flatMap((s) => commandLinks(s.description).map((l) => l.command)));
  for (const command of VS_CODE_COMMANDS) assert.ok(used.has(command), `${command} is still used by a button`);
});

test('each walkthrough completion event names a command, view or context key that exists', () => {
  const contextKeys = new Set<string>(Object.values(ContextKeys));
  for (const step of steps) {
    assert.ok(step.completionEvents?.length, `${step.id} says when it is done`);
    for (const event of step.completionEvents ?? []) {
      const [, kind, value] = /^(\w+):(.+)$/.exec(event) ?? [];
      if (kind === 'onCommand') assert.ok(providerOf(value), `${step.id}: ${event}`);
      else if (kind === 'onView') assert.ok(viewIds.has(value), `${step.id}: ${event}`);
      else if (kind === 'onContext') assert.ok(contextKeys.has(value), `${step.id}: ${event} is a key newsmark sets`);
      else assert.fail(`${step.id}: completion event not checked by this test: ${event}`);
    }
  }
});

test('the walkthrough pages and the pictures they show are in the package (vsce’s own file list under .vscodeignore)', async () => {
  // Loaded at run time, not bundled: the list is exactly what `npm run package` puts in the .vsix.
  const vsce = createRequire(path.join(root, 'package.json'))('@vscode/vsce') as {
    listFiles(options: { cwd: string; packageManager: number }): Promise<string[]>;
    PackageManager: { None: number };
  };
  const packaged = new Set((await vsce.listFiles({ cwd: root, packageManager: vsce.PackageManager.None })).map((f) => f.replace(/\\/g, '/')));
  assert.ok(packaged.has('package.json'), 'the list is the package’s');
  assert.ok(!packaged.has('test/unit/manifest.test.ts'), 'the list leaves the tests out');
  for (const step of steps) {
    const page = step.media.markdown;
    assert.ok(packaged.has(page), `${page} is packaged`);
    const text = fs.readFileSync(path.join(root, page), 'utf8');
    assert.match(text, /^# \S/, `${page} starts with a heading`);
    for (const [, picture] of text.matchAll(/!\[[^\]]+\]\(([^)\s]+)\)/g)) {
      const file = path.posix.normalize(path.posix.join(path.posix.dirname(page), picture));
      assert.ok(fs.existsSync(path.join(root, file)), `${page} shows ${file}, which exists`);
      assert.ok(packaged.has(file), `${page} shows ${file}, which is packaged`);
    }
    assert.ok(!/\]\(command:/.test(text), `${page}: buttons belong in the step's text, not in its page`);
  }
});

test('in an untrusted workspace the settings that decide which files are read, how much, and where exports say they are published come from the user only', () => {
  const untrusted = manifest.capabilities.untrustedWorkspaces;
  // restrictedConfigurations is read only with supported: 'limited', which needs a description.
  assert.equal(untrusted.supported, 'limited');
  assert.ok(typeof untrusted.description === 'string' && untrusted.description.length > 0);
  assert.deepEqual([...untrusted.restrictedConfigurations].sort(), ['newsmark.exclude', 'newsmark.export.baseUrl', 'newsmark.include', 'newsmark.maxFileSize']);
  const settings = Object.keys(manifest.contributes.configuration.properties ?? {});
  for (const key of untrusted.restrictedConfigurations) assert.ok(settings.includes(key), `${key} is a contributed setting`);
});
