// A click on an item of a Newsmark tree shows its words in the editor and leaves the keyboard in the tree, as a click
// in the Explorer does: the reader can go on down the list.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { QuoteNode } from '../../../src/extension/views/quotesView';
import { newsmarkApi, waitFor, workspaceUri } from './newsmarkTestSupport';

const ARTICLE = 'tree-click-probe.news';
const TEXT = '“We will open the new bridge in spring,” said Mayor Ana Ruiz on Monday.\n\nThe council meets again in May.\n';

/** Whether the `type` command reaches the document: VS Code sends it to the editor with the keyboard focus only. */
async function typingReaches(document: vscode.TextDocument): Promise<boolean> {
  const before = document.getText();
  await vscode.commands.executeCommand('type', { text: '#' });
  const reached = document.getText() !== before;
  if (reached) await vscode.commands.executeCommand('undo');
  return reached;
}

suite('Tree clicks', () => {
  test('clicking a quote in the Quotes view selects its words in the editor and leaves the keyboard in the view', async () => {
    const api = await newsmarkApi();
    const uri = workspaceUri(ARTICLE);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT));
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { preview: false });
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      assert.ok(await typingReaches(document), 'typing reaches the editor while it has the focus (the probe works in this rig)');
      assert.strictEqual(document.getText(), TEXT);

      const tree = api.quotesTree;
      const quote = await waitFor('the quote in the Quotes view', async () => {
        const speakers = (await tree.getChildren()) ?? [];
        const quotes = (await Promise.all(speakers.map(async (s) => (await tree.getChildren(s)) ?? []))).flat();
        return quotes.find((n): n is QuoteNode & { kind: 'quote' } => n.kind === 'quote' && n.quote.kind === 'direct');
      });
      const item = await tree.getTreeItem(quote);
      assert.ok(item.command, 'a quote is clickable');
      await vscode.commands.executeCommand('newsmark.quotes.focus');
      await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));

      const editor = vscode.window.activeTextEditor;
      assert.strictEqual(editor?.document.uri.toString(), uri.toString());
      assert.match(document.getText(editor.selection), /open the new bridge in spring/);
      assert.ok(!(await typingReaches(document)), 'the keyboard stayed in the Quotes view');
      assert.strictEqual(document.getText(), TEXT);
    } finally {
      await vscode.window.showTextDocument(uri).then(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'), () => undefined);
      for (const file of [uri, workspaceUri(`${ARTICLE}.annotations.yaml`)]) await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
    }
  });
});
