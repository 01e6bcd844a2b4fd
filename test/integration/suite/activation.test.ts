// A workspace that holds a broken sidecar when the window opens: Newsmark reports it without its article being
// opened. The rigs put test/fixtures/startup/ into the workspace before starting VS Code; this suite runs first and
// removes those files again. Whatever started Newsmark (an article's language, a view, a command, or a text model VS
// Code opened on its own), the sidecar was on disk before, so only the look at the workspace at start can find it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { newsmarkApi, readWorkspaceFile, waitFor, workspaceUri } from './newsmarkTestSupport';

const ARTICLE = 'before-start-harbour.news';
const BROKEN = 'version: 1\nannotations:\n  - id: [unclosed\n';

suite('Activation', () => {
  test('a broken sidecar that was there before Newsmark started gets a diagnostic without opening its article', async () => {
    const article = workspaceUri(ARTICLE);
    const sidecarUri = workspaceUri(`${ARTICLE}.annotations.yaml`);
    assert.strictEqual(await readWorkspaceFile(sidecarUri), BROKEN, 'the rig put the broken sidecar in the workspace before the window opened');
    try {
      await newsmarkApi();
      const diagnostics = await waitFor('a diagnostic on the sidecar found at start', () => {
        const found = vscode.languages.getDiagnostics(sidecarUri);
        return found.length ? found : undefined;
      });
      assert.match(diagnostics[0].message, /YAML syntax error/);
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === article.toString()), 'the article was never opened');
      assert.strictEqual(await readWorkspaceFile(sidecarUri), BROKEN, 'the broken sidecar is left as it is');
    } finally {
      for (const uri of [sidecarUri, article]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
      await waitFor('the diagnostic gone with the file', () => vscode.languages.getDiagnostics(sidecarUri).length === 0);
    }
  });
});
