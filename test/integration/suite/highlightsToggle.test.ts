// Toggle Highlights is a view choice of the workspace: it hides and shows highlights without writing settings.json,
// and changing the newsmark.highlights.enabled setting afterwards takes over again.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { HIGHLIGHT_KINDS } from '../../../src/extension/highlights/highlightKinds';
import { highlightedWords, newsmarkApi, openArticle, sleep, waitFor } from './newsmarkTestSupport';

const ARTICLE = '004_f3864c178bfaef39.txt';

function writtenValues(): unknown[] {
  const where = vscode.workspace.getConfiguration('newsmark').inspect('highlights.enabled');
  return [where?.globalValue, where?.workspaceValue, where?.workspaceFolderValue];
}

suite('Highlights toggle', () => {
  test('Toggle Highlights hides and shows highlights without writing any settings file', async () => {
    const api = await newsmarkApi();
    const { document } = await openArticle(ARTICLE);
    const total = () => HIGHLIGHT_KINDS.reduce((n, kind) => n + highlightedWords(api, document, kind).length, 0);
    const before = await waitFor('highlights before toggling', () => total());
    assert.deepStrictEqual(writtenValues(), [undefined, undefined, undefined], 'no test left the setting written');
    try {
      const enabled = await vscode.commands.executeCommand<boolean>('newsmark.toggleHighlights');
      assert.strictEqual(enabled, false);
      await waitFor('highlights to disappear', () => total() === 0);
      assert.deepStrictEqual(writtenValues(), [undefined, undefined, undefined], 'user, workspace and folder settings are left alone');
      assert.strictEqual(await vscode.commands.executeCommand<boolean>('newsmark.toggleHighlights'), true);
      await waitFor('highlights to come back', () => total() === before);
      assert.deepStrictEqual(writtenValues(), [undefined, undefined, undefined]);
    } finally {
      await vscode.commands.executeCommand('newsmark.showHighlights');
    }
  });

  test('toggling highlights, one kind of them, hovers or a severity does not analyse the articles again', async () => {
    const api = await newsmarkApi();
    const { document } = await openArticle(ARTICLE);
    const config = () => vscode.workspace.getConfiguration('newsmark');
    const analysis = await waitFor('the article analysed', () => api.analysisFor(document.uri));
    try {
      await vscode.commands.executeCommand('newsmark.toggleHighlights');
      await vscode.commands.executeCommand('newsmark.toggleHighlights');
      await config().update('highlights.hedgeCue', false, vscode.ConfigurationTarget.Global);
      await config().update('hovers.enabled', false, vscode.ConfigurationTarget.Global);
      await config().update('diagnostics.reporterHedge', 'warning', vscode.ConfigurationTarget.Global);
      await sleep(200);
      assert.strictEqual(await api.analysisFor(document.uri), analysis, 'the analysis of the article is the one made before');
    } finally {
      await vscode.commands.executeCommand('newsmark.showHighlights');
      for (const key of ['highlights.hedgeCue', 'hovers.enabled', 'diagnostics.reporterHedge']) await config().update(key, undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('changing the setting after a toggle takes over from the toggle', async () => {
    const api = await newsmarkApi();
    const { document } = await openArticle(ARTICLE);
    const total = () => HIGHLIGHT_KINDS.reduce((n, kind) => n + highlightedWords(api, document, kind).length, 0);
    const config = () => vscode.workspace.getConfiguration('newsmark');
    await waitFor('highlights before hiding', () => total());
    try {
      await vscode.commands.executeCommand('newsmark.hideHighlights');
      await waitFor('highlights hidden by the toggle', () => total() === 0);
      assert.deepStrictEqual(writtenValues(), [undefined, undefined, undefined], 'Hide Highlights writes no setting');
      await config().update('highlights.enabled', false, vscode.ConfigurationTarget.Global);
      await config().update('highlights.enabled', true, vscode.ConfigurationTarget.Global);
      await waitFor('the setting (true) to show highlights again', () => total() > 0);
    } finally {
      await config().update('highlights.enabled', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('newsmark.showHighlights');
    }
  });
});
