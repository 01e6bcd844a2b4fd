// The manifest as VS Code loaded it: internal commands kept out of the Command Palette and the Keyboard Shortcuts
// editor, activation without a search of the workspace.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './newsmarkTestSupport';

interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: { command: string }[];
    menus: { commandPalette: { command: string; when?: string }[] };
  };
}

function manifest(): Manifest {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded`);
  return extension.packageJSON as Manifest;
}

suite('Manifest', () => {
  test('internal commands are not contributed; contributed ones the palette must not offer are hidden from it', () => {
    const { commands, menus } = manifest().contributes;
    const contributed = new Set(commands.map((c) => c.command));
    for (const internal of ['newsmark.revealSpan', 'newsmark.attributeQuote']) assert.ok(!contributed.has(internal), `${internal} is not contributed`);
    const hidden = menus.commandPalette.find((m) => m.command === 'newsmark.removeAnnotation');
    assert.strictEqual(hidden?.when, 'false', 'Delete Annotation (a view item action) is hidden from the Command Palette');
  });

  test('activation waits for an article language, a view or a command: no search of the workspace at start', () => {
    assert.deepStrictEqual(
      manifest().activationEvents.filter((e) => !e.startsWith('onLanguage:') && !e.startsWith('onView:') && !e.startsWith('onCommand:')),
      [],
    );
  });
});
