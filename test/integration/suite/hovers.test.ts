// Hovers as a person reads them: who speaks, what a hedge does and whose it is, article text kept inert.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverTextAt, newsmarkApi, offsetOf, openArticle, screenshot, waitFor } from './newsmarkTestSupport';

const ARTICLE = '004_f3864c178bfaef39.txt';

suite('Hovers', () => {
  test('the hover of “The ball is in Washington’s court” names Vladimir Putin', async () => {
    await newsmarkApi();
    const editor = await openArticle(ARTICLE);
    const offset = offsetOf(editor.document, 'The ball is in Washington’s court') + 4;
    const text = await waitFor('a hover on the quote', async () => {
      const t = await hoverTextAt(editor.document, offset);
      return t.includes('Direct quote') ? t : undefined;
    });
    assert.match(text, /Vladimir Putin/);
    assert.match(text, /Cue: “said”/);

    // The README's picture: the highlighted article with this hover open.
    const position = editor.document.positionAt(offset);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('workbench.view.extension.newsmark');
    await screenshot('screenshot-hover', 3000, async () => {
      // The hover shows only in the focused editor, and wrapping (set for the picture) moves the text first.
      await vscode.window.showTextDocument(editor.document, { preserveFocus: false, viewColumn: editor.viewColumn });
      await vscode.commands.executeCommand('editor.action.showHover');
    });
  });

  test('a hedge hover explains the hedge and says the reporter hedges', async () => {
    await newsmarkApi();
    const editor = await openArticle(ARTICLE);
    const text = await hoverTextAt(editor.document, offsetOf(editor.document, 'reportedly') + 2);
    assert.match(text, /Hedge: /);
    assert.match(text, /the reporter/);
    assert.match(text, /critical phase/);
  });

  test('an entity hover gives the canonical name and the mention count', async () => {
    await newsmarkApi();
    const editor = await openArticle(ARTICLE);
    const text = await hoverTextAt(editor.document, offsetOf(editor.document, 'Dmitry Peskov') + 2);
    assert.match(text, /Dmitry Peskov\*\* — person, \d+ mentions? in this article/);
  });

  test('article text in a hover is escaped, never markup', async () => {
    await newsmarkApi();
    const document = await vscode.workspace.openTextDocument({ language: 'news', content: '“Click [here](command:workbench.action.quit) **now**,” said Jane Doe.\n' });
    await vscode.window.showTextDocument(document);
    const text = await waitFor('a hover on the quote', async () => {
      const t = await hoverTextAt(document, 3);
      return t.includes('quote') ? t : undefined;
    });
    assert.ok(!text.includes('[here](command:'), `the link is escaped: ${text}`);
    assert.ok(!/(^|[^\\])\*\*now/.test(text), `the bold is escaped: ${text}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
