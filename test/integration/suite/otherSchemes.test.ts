// Articles shown from something other than a file system: a view of another version of a file, given by an extension
// through a text document content provider (as source control and history extensions do). They are read, never
// annotated: no sidecar is looked for beside them, so none can be reported broken or written.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { newsmarkApi, sleep, waitFor } from './newsmarkTestSupport';

const SCHEME = 'newsmark-test-revision';
const TEXT = '“We will open the new bridge in spring,” said Mayor Ana Ruiz on Monday. Critics say the cost may rise.\n';

suite('Documents of other schemes', () => {
  let registration: vscode.Disposable;

  suiteSetup(() => {
    registration = vscode.workspace.registerTextDocumentContentProvider(SCHEME, { provideTextDocumentContent: () => TEXT });
  });

  suiteTeardown(() => registration.dispose());

  test('an article from a content provider is analysed, but gets no sidecar problems and no annotate commands', async () => {
    const api = await newsmarkApi();
    const uri = vscode.Uri.from({ scheme: SCHEME, path: '/old/bridge-story.txt' });
    const document = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(document.languageId, 'plaintext');
    await vscode.window.showTextDocument(document, { preview: false });
    try {
      await waitFor('the article analysed', () => api.analysisFor(uri));
      await waitFor('the editor context key of an article', () => api.editorContextKeys()['newsmark.editorAnalysable'] === true);
      // Time for a sidecar to be looked for, as it would be beside a file.
      await sleep(1000);
      assert.strictEqual(api.sidecars.faultFor(uri), undefined, 'no sidecar is read, so none is broken');
      const problems = vscode.languages.getDiagnostics().filter(([u, d]) => u.scheme === SCHEME && d.length);
      assert.deepStrictEqual(
        problems.filter(([u]) => u.path.endsWith('.annotations.yaml')).map(([u, d]) => [u.toString(), d.map((x) => x.message)]),
        [],
        'no problems reported on a sidecar beside it',
      );
      assert.ok(api.sidecars.whyCannotAnnotate(uri), 'annotations could not be saved beside it');
      assert.strictEqual(api.editorContextKeys()['newsmark.editorCanAnnotate'], false, 'the annotate commands are not offered');
      const made = await vscode.commands.executeCommand('newsmark.annotateClaim', { uri, start: 0, end: 40 });
      assert.strictEqual(made, undefined, 'the command says why instead of annotating');
      assert.deepStrictEqual(api.sidecars.annotationsFor(uri), []);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });

  test('an earlier version of an article from a read-only file system that names it by a query (as local history does) gets no sidecar problems', async () => {
    const api = await newsmarkApi();
    const scheme = 'newsmark-test-history';
    const changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
    // As VS Code's local history: the version is named by JSON in the query, which must parse.
    const entry = (uri: vscode.Uri) => JSON.parse(uri.query) as { at: number };
    const provider: vscode.FileSystemProvider = {
      onDidChangeFile: changed.event,
      watch: () => new vscode.Disposable(() => undefined),
      stat: (uri) => (entry(uri), { type: vscode.FileType.File, ctime: 0, mtime: 0, size: TEXT.length }),
      readFile: (uri) => (entry(uri), new TextEncoder().encode(TEXT)),
      readDirectory: () => [],
      createDirectory: () => undefined,
      writeFile: () => undefined,
      delete: () => undefined,
      rename: () => undefined,
    };
    const registration = vscode.workspace.registerFileSystemProvider(scheme, provider, { isReadonly: true });
    const uri = vscode.Uri.from({ scheme, path: '/desk/bridge-story.txt', query: JSON.stringify({ at: 1 }) });
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
      await waitFor('the earlier version analysed', () => api.analysisFor(uri));
      await sleep(1000);
      assert.strictEqual(api.sidecars.faultFor(uri), undefined, 'no sidecar is read, so none is broken');
      // (The article's own problems, a vague source say, are not the sidecar's.)
      const problems = vscode.languages.getDiagnostics().filter(([u, d]) => u.scheme === scheme && u.toString() !== uri.toString() && d.length);
      assert.deepStrictEqual(problems.map(([u, d]) => [u.toString(), d.map((x) => x.message)]), [], 'no problems reported on a sidecar of it');
      assert.ok(api.sidecars.whyCannotAnnotate(uri));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      registration.dispose();
      changed.dispose();
    }
  });
});
