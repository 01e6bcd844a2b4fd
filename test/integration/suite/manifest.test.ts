// The manifest as VS Code loaded it: keybindings that leave AltGr alone, internal commands kept out of the Command
// Palette and the Keyboard Shortcuts editor, every contributed text found in package.nls.json, activation without a
// search of the workspace.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './newsmarkTestSupport';

interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    keybindings: { command: string; key: string; mac?: string }[];
    menus: { commandPalette: { command: string; when?: string }[] };
  };
}

function manifest(): Manifest {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded`);
  return extension.packageJSON as Manifest;
}

/** Every string in a JSON value, with where it is. */
function strings(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${at}.${k}`));
  return [];
}

suite('Manifest', () => {
  test('no default keybinding is Ctrl+Alt+key, which AltGr types on Windows layouts (ń, @)', () => {
    const { keybindings } = manifest().contributes;
    assert.ok(keybindings.length > 0);
    for (const binding of keybindings) {
      for (const key of [binding.key, binding.mac ?? '']) {
        for (const press of key.split(' ')) assert.ok(!/\bctrl\b/.test(press) || !/\balt\b/.test(press), `${binding.command}: ${key}`);
      }
    }
  });

  test('internal commands are not contributed; contributed ones the palette must not offer are hidden from it', () => {
    const { commands, menus } = manifest().contributes;
    const contributed = new Set(commands.map((c) => c.command));
    for (const internal of ['newsmark.revealSpan', 'newsmark.attributeQuote']) assert.ok(!contributed.has(internal), `${internal} is not contributed`);
    const hidden = menus.commandPalette.find((m) => m.command === 'newsmark.removeAnnotation');
    assert.strictEqual(hidden?.when, 'false', 'Delete Annotation (a view item action) is hidden from the Command Palette');
  });

  test('every contributed text placeholder is filled in, with the English as before', () => {
    const { contributes } = manifest();
    const unresolved = strings(contributes).filter(([, text]) => /^%[\w.-]+%$/.test(text));
    assert.deepStrictEqual(unresolved, []);
    const title = contributes.commands.find((c) => c.command === 'newsmark.annotateQuote');
    assert.strictEqual(title?.title, 'Annotate Selection as Quote');
    assert.strictEqual(title?.category, 'Newsmark');
  });

  test('activation waits for an article language, a view or a command: no search of the workspace at start', () => {
    assert.deepStrictEqual(
      manifest().activationEvents.filter((e) => !e.startsWith('onLanguage:') && !e.startsWith('onView:') && !e.startsWith('onCommand:')),
      [],
    );
  });
});
