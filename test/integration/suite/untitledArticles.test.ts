// Copy pasted into a new, unsaved editor is an article like a saved one: plain text and Markdown are analysed and
// highlighted, within the same size limit.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { highlightedWords, newsmarkApi, sleep, waitFor } from './newsmarkTestSupport';

const COPY = '“We will open the new bridge in spring,” said Mayor Ana Ruiz on Monday. Critics say the cost may rise.';

async function showUntitled(language: string, content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  assert.strictEqual(document.uri.scheme, 'untitled');
  return vscode.window.showTextDocument(document, { preview: false });
}

async function closeWithoutSaving(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

suite('Untitled articles', () => {
  test('a new plain-text editor with pasted copy gets highlights and an analysis', async () => {
    const api = await newsmarkApi();
    const { document } = await showUntitled('plaintext', COPY);
    try {
      const analysis = await waitFor('the untitled plain text analysed', () => api.analysisFor(document.uri));
      assert.ok(analysis.quotes.some((q) => q.speaker?.name?.includes('Ruiz')), `a quote of Ruiz in ${JSON.stringify(analysis.quotes.map((q) => q.speaker?.name))}`);
      const quotes = await waitFor('direct-quote highlights', () => {
        const words = highlightedWords(api, document, 'directQuote');
        return words.length ? words : undefined;
      });
      assert.ok(quotes.some((w) => w.includes('open the new bridge in spring')), `highlighted: ${JSON.stringify(quotes)}`);
      assert.ok(highlightedWords(api, document, 'hedgeCue').includes('may'), 'the hedge cue is highlighted too');
      await waitFor('the editor context key of an article', () => api.editorContextKeys()['newsmark.editorAnalysable'] === true);

      // Its names cannot be confirmed (no sidecar to keep them in): the Entities view's items say so themselves, so
      // that their menus leave out Confirm Entity… without reading the editor's context keys.
      const ruiz = await waitFor('Ana Ruiz in the Entities view', async () => {
        const groups = (await api.entitiesTree.getChildren()) ?? [];
        const entities = (await Promise.all(groups.map(async (g) => (await api.entitiesTree.getChildren(g)) ?? []))).flat();
        return entities.find((n) => n.kind === 'entity' && n.entity.name.includes('Ruiz'));
      });
      assert.strictEqual((await api.entitiesTree.getTreeItem(ruiz)).contextValue, 'newsmark.readonly.entity');
    } finally {
      await closeWithoutSaving();
    }
  });

  test('a new Markdown editor is read as the prose it renders', async () => {
    const api = await newsmarkApi();
    const { document } = await showUntitled('markdown', `# Bridge\n\n${COPY.replace('Mayor Ana Ruiz', 'Mayor **Ana Ruiz**')}\n`);
    try {
      const words = await waitFor('direct-quote highlights in the untitled Markdown', () => {
        const found = highlightedWords(api, document, 'directQuote');
        return found.length ? found : undefined;
      });
      assert.ok(words.some((w) => w.includes('open the new bridge in spring')), `highlighted: ${JSON.stringify(words)}`);
    } finally {
      await closeWithoutSaving();
    }
  });

  test('an unattributed quote in a new editor is reported, but “Attribute to …” is not offered: it could not be saved', async () => {
    await newsmarkApi();
    const { document } = await showUntitled('plaintext', '“The budget is ready,” said Mayor Jane Doe.\nThe council met on Monday to discuss roads and schools.\n“We will fight on.”\n');
    try {
      const problem = await waitFor('the unattributed quote reported', () =>
        vscode.languages.getDiagnostics(document.uri).find((d) => d.source === 'newsmark' && d.code === 'unattributed-quote'),
      );
      await sleep(300);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, problem.range, vscode.CodeActionKind.QuickFix.value);
      assert.deepStrictEqual(actions.filter((a) => a.title.startsWith('Attribute to')).map((a) => a.title), []);
    } finally {
      await closeWithoutSaving();
    }
  });

  test('an untitled article over newsmark.maxFileSize is not analysed', async () => {
    const api = await newsmarkApi();
    const config = () => vscode.workspace.getConfiguration('newsmark');
    await config().update('maxFileSize', 64, vscode.ConfigurationTarget.Global);
    const { document } = await showUntitled('plaintext', COPY);
    try {
      await waitFor('the size limit to reach the editor', () => api.editorContextKeys()['newsmark.editorTooLarge'] === true);
      assert.strictEqual(await api.analysisFor(document.uri), undefined);
      assert.deepStrictEqual(highlightedWords(api, document, 'directQuote'), []);
    } finally {
      await closeWithoutSaving();
      await config().update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
