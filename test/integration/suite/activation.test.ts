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

  test('a sidecar that appears in a folder the exclude setting leaves out is not read; one elsewhere is', async () => {
    await newsmarkApi();
    const config = vscode.workspace.getConfiguration('newsmark');
    const excluded = workspaceUri('zz-excluded-archive', `${ARTICLE}.annotations.yaml`);
    const elsewhere = workspaceUri('zz-kept-desk', `${ARTICLE}.annotations.yaml`);
    await config.update('exclude', ['zz-excluded-archive/**'], vscode.ConfigurationTarget.Global);
    try {
      await waitFor('the setting in force', () => vscode.workspace.getConfiguration('newsmark').get<string[]>('exclude')?.includes('zz-excluded-archive/**'));
      // Written one after the other: the sidecars of closed articles are looked at in the order their events come.
      await vscode.workspace.fs.writeFile(excluded, new TextEncoder().encode(BROKEN));
      await vscode.workspace.fs.writeFile(elsewhere, new TextEncoder().encode(BROKEN));
      await waitFor('a diagnostic on the sidecar outside the excluded folder', () => vscode.languages.getDiagnostics(elsewhere).length > 0);
      assert.deepStrictEqual(vscode.languages.getDiagnostics(excluded), [], 'the sidecar in the excluded folder was not read');
    } finally {
      await config.update('exclude', undefined, vscode.ConfigurationTarget.Global);
      for (const folder of ['zz-excluded-archive', 'zz-kept-desk']) await vscode.workspace.fs.delete(workspaceUri(folder), { recursive: true }).then(undefined, () => undefined);
    }
  });
});
