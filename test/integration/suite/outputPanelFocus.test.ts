// With focus in the Output panel (a text editor of its own, with its own selection), the commands that work on selected
// words act on the article focused last, or say there is none: never on the panel's text.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Annotation } from '../../../src/extension/sidecar/api';
import { newsmarkApi, offsetOf, waitFor, workspaceUri } from './newsmarkTestSupport';

const ARTICLE = 'output-focus.news';
const TEXT = 'The harbour board met on Tuesday.\n“We were never asked,” said Mara Olsen, who leads the fishing crews’ union.\n';
const QUOTED = '“We were never asked,”';

async function focusOutputPanel(output: vscode.OutputChannel): Promise<vscode.TextEditor> {
  output.appendLine('newsmark: a line of the Output panel, selected while a command runs');
  output.show(false);
  const panel = await waitFor('the Output panel as the active editor', () => vscode.window.activeTextEditor?.document.uri.scheme === 'output' && vscode.window.activeTextEditor);
  panel.selection = new vscode.Selection(0, 0, 0, 20);
  return panel;
}

suite('Commands with the Output panel focused', () => {
  const article = workspaceUri(ARTICLE);
  const sidecar = workspaceUri(`${ARTICLE}.annotations.yaml`);
  let output: vscode.OutputChannel;

  setup(async () => {
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(TEXT));
    output = vscode.window.createOutputChannel('Newsmark test output');
  });

  teardown(async () => {
    output.dispose();
    await (await newsmarkApi()).sidecars.flush(article);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of [sidecar, article]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  test('Annotate Selection as Quote and Set Verdict… use the words selected in the article focused last', async () => {
    const api = await newsmarkApi();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article), { preview: false });
    const start = offsetOf(editor.document, QUOTED);
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + QUOTED.length));
    await focusOutputPanel(output);

    const quote = await vscode.commands.executeCommand<Annotation>('newsmark.annotateQuote');
    assert.strictEqual(quote?.target.exact, QUOTED, 'the article’s selected words, not the panel’s');
    const rated = await vscode.commands.executeCommand<Annotation>('newsmark.setVerdict', { verdict: 'unsupported' });
    assert.strictEqual(rated?.id, quote.id, 'the verdict goes on the quote just made');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.scheme, 'output', 'focus stayed in the panel');
    assert.deepStrictEqual(
      api.sidecars.annotationsFor(article).filter((a) => a.origin === 'manual').map((a) => [a.target.exact, a.verdict]),
      [[QUOTED, 'unsupported']],
    );
  });

  test('with no article shown, they annotate nothing', async () => {
    await newsmarkApi();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await focusOutputPanel(output);
    assert.strictEqual(await vscode.commands.executeCommand('newsmark.annotateClaim'), undefined);
    assert.strictEqual(await vscode.commands.executeCommand('newsmark.addNote', { note: 'not for the panel' }), undefined);
  });
});
