// The sidecar store inside VS Code: merging a sidecar changed on disk, keeping both sides of a conflict, and leaving
// a broken sidecar untouched with a diagnostic while the article is still analysed.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { newsmarkApi, offsetOf, openArticle, readWorkspaceFile, waitFor, workspaceUri } from './newsmarkTestSupport';

async function writeWorkspaceFile(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** Inserts at the top through a WorkspaceEdit, which does not depend on the editor staying visible. */
async function insertAtTop(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(0, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit is applied');
  assert.ok(document.isDirty, 'the article has unsaved edits');
}

async function sidecarsOf() {
  const api = await newsmarkApi();
  assert.ok(api.sidecars, 'the sidecar store is running');
  return api.sidecars;
}

suite('Sidecar store', () => {
  test('a sidecar changed on disk while annotations are unsaved is merged by id when the article is saved', async () => {
    const sidecars = await sidecarsOf();
    const name = '002_3c97b7e833a7f5e1.txt';
    const sidecarUri = workspaceUri(`${name}.annotations.yaml`);
    const editor = await openArticle(name);
    const text = editor.document.getText();
    const mineWords = text.slice(0, 40).trim();
    const theirWords = text.slice(200, 240).trim();
    // Unsaved article edits hold the sidecar write back until the article is saved.
    await insertAtTop(editor.document, 'UPDATED.\n');
    const mine = await sidecars.addManual(editor.document.uri, { kind: 'note', start: 9, end: 9 + mineWords.length, note: 'mine' });
    assert.strictEqual(await readWorkspaceFile(sidecarUri), undefined, 'not written while the article has unsaved edits');
    await writeWorkspaceFile(sidecarUri, ['version: 1', 'annotations:', '  # written by a colleague', '  - id: theirs', '    kind: note', '    note: theirs', '    target:', `      exact: ${JSON.stringify(theirWords)}`, ''].join('\n'));
    assert.ok(await editor.document.save());
    const saved = await waitFor('both annotations in the sidecar', async () => {
      const yaml = await readWorkspaceFile(sidecarUri);
      return yaml && yaml.includes(`id: ${mine.id}`) && yaml.includes('id: theirs') ? yaml : undefined;
    });
    assert.match(saved, /# written by a colleague/);
    const theirs = sidecars.annotationsFor(editor.document.uri).find((a) => a.id === 'theirs');
    assert.ok(theirs && theirs.status === 'anchored');
    assert.strictEqual(editor.document.getText().slice(theirs.target.start, theirs.target.end), theirWords);
  });

  test('an annotation changed on both sides keeps the file’s version and puts ours in the conflict file', async () => {
    const sidecars = await sidecarsOf();
    const name = '003_935c27f9da9fbf9d.txt';
    const sidecarUri = workspaceUri(`${name}.annotations.yaml`);
    const editor = await openArticle(name);
    const words = editor.document.getText().slice(100, 140).trim();
    const start = offsetOf(editor.document, words);
    const created = await sidecars.addManual(editor.document.uri, { kind: 'claim', start, end: start + words.length, note: 'first' });
    await sidecars.flush(editor.document.uri);
    const written = await waitFor('the sidecar', () => readWorkspaceFile(sidecarUri));
    await insertAtTop(editor.document, 'UPDATED.\n');
    await sidecars.update(editor.document.uri, created.id, { note: 'ours' });
    await writeWorkspaceFile(sidecarUri, written.replace('note: first', 'note: theirs'));
    assert.ok(await editor.document.save());
    const conflict = await waitFor('the conflict file', () => readWorkspaceFile(workspaceUri(`${name}.annotations.conflict.yaml`)));
    assert.match(conflict, /note: ours/);
    const onDisk = await waitFor('the sidecar after the save', async () => {
      const yaml = await readWorkspaceFile(sidecarUri);
      return yaml?.includes('UPDATED') || yaml?.includes('note: theirs') ? yaml : undefined;
    });
    assert.match(onDisk, /note: theirs/);
    assert.doesNotMatch(onDisk, /note: ours/);
  });

  test('a broken sidecar gets a diagnostic and stays byte-identical; the article is still analysed', async () => {
    const api = await newsmarkApi();
    const sidecars = await sidecarsOf();
    const name = '000_b33d5db25880afa6.txt';
    const sidecarUri = workspaceUri(`${name}.annotations.yaml`);
    const broken = 'version: 1\nannotations:\n  - id: [unclosed\n';
    await writeWorkspaceFile(sidecarUri, broken);
    const editor = await openArticle(name);
    try {
      const diagnostics = await waitFor('a diagnostic on the sidecar', () => {
        const found = vscode.languages.getDiagnostics(sidecarUri);
        return found.length ? found : undefined;
      });
      assert.match(diagnostics[0].message, /YAML syntax error/);
      assert.ok(sidecars.faultFor(editor.document.uri));
      const analysis = await api.analysisFor(editor.document.uri);
      assert.ok(analysis && analysis.quotes.length > 0, 'automatic analysis still runs');
      await sidecars.addManual(editor.document.uri, { kind: 'note', start: 0, end: 10, note: 'kept in memory' });
      await sidecars.flush(editor.document.uri);
      await insertAtTop(editor.document, ' ');
      assert.ok(await editor.document.save());
      await sidecars.flush(editor.document.uri);
      assert.strictEqual(await readWorkspaceFile(sidecarUri), broken);
    } finally {
      // The broken file goes, and the note it held up with it: the suites after this one find the workspace as it was.
      await vscode.workspace.fs.delete(sidecarUri).then(undefined, () => undefined);
      await waitFor('the fault gone with the file', () => !sidecars.faultFor(editor.document.uri));
      for (const a of sidecars.annotationsFor(editor.document.uri).filter((a) => a.note === 'kept in memory')) await sidecars.remove(editor.document.uri, a.id);
      await sidecars.flush(editor.document.uri);
      await vscode.workspace.fs.delete(sidecarUri).then(undefined, () => undefined);
    }
  });
});

suite('Sidecar store: hand-written words', () => {
  test('words a hand-written annotation gives that occur twice get a warning on the sidecar, gone once it is written with their place', async () => {
    await newsmarkApi();
    const sidecars = await sidecarsOf();
    const name = 'ambiguous-pier.news';
    const article = workspaceUri(name);
    const sidecarUri = workspaceUri(`${name}.annotations.yaml`);
    await writeWorkspaceFile(article, 'Crews said the pier closed at noon, and the pier reopened at six.\n');
    await writeWorkspaceFile(sidecarUri, 'version: 1\nannotations:\n  - id: which-pier\n    kind: note\n    origin: manual\n    note: which one?\n    target: { exact: the pier }\n');
    try {
      const editor = await openArticle(name);
      const warning = await waitFor('a warning on the sidecar', () => vscode.languages.getDiagnostics(sidecarUri).find((d) => d.severity === vscode.DiagnosticSeverity.Warning));
      assert.match(warning.message, /"the pier" occurs 2 times/);
      assert.strictEqual(warning.range.start.line, 2, 'on the annotation');
      await sidecars.update(editor.document.uri, 'which-pier', { note: 'the first one' });
      await sidecars.flush(editor.document.uri);
      await waitFor('the warning gone once the sidecar holds the place', () => vscode.languages.getDiagnostics(sidecarUri).length === 0);
      assert.match((await readWorkspaceFile(sidecarUri)) ?? '', /prefix: /);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      for (const uri of [sidecarUri, article]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
});

suite('Sidecar store: articles not open', () => {
  test('a broken sidecar of an article nobody opened gets a diagnostic at once, which goes when the file is fixed or deleted', async () => {
    await newsmarkApi();
    const article = workspaceUri('never-opened-harbour.news');
    const sidecarUri = workspaceUri('never-opened-harbour.news.annotations.yaml');
    await writeWorkspaceFile(article, 'The harbour board met on Monday.\n');
    try {
      await writeWorkspaceFile(sidecarUri, 'version: 1\nannotations:\n  - id: [unclosed\n');
      const diagnostics = await waitFor('a diagnostic on the sidecar', () => {
        const found = vscode.languages.getDiagnostics(sidecarUri);
        return found.length ? found : undefined;
      });
      assert.match(diagnostics[0].message, /YAML syntax error/);
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === article.toString()), 'the article was never opened');

      await writeWorkspaceFile(sidecarUri, 'version: 1\nannotations: []\n');
      await waitFor('the diagnostic gone once the file is fixed', () => vscode.languages.getDiagnostics(sidecarUri).length === 0);
      await writeWorkspaceFile(sidecarUri, 'version: 1\nannotations: 3\n');
      await waitFor('a diagnostic again', () => vscode.languages.getDiagnostics(sidecarUri).length > 0);
      await vscode.workspace.fs.delete(sidecarUri);
      await waitFor('the diagnostic gone with the file', () => vscode.languages.getDiagnostics(sidecarUri).length === 0);
    } finally {
      for (const uri of [sidecarUri, article]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
  test('hand-written words that occur twice in an article nobody opened get their warning without opening it', async () => {
    await newsmarkApi();
    const article = workspaceUri('never-opened-pier.news');
    const sidecarUri = workspaceUri('never-opened-pier.news.annotations.yaml');
    await writeWorkspaceFile(article, 'Crews said the pier closed at noon, and the pier reopened at six.\n');
    try {
      await writeWorkspaceFile(sidecarUri, 'version: 1\nannotations:\n  - id: which-pier\n    kind: note\n    origin: manual\n    note: which one?\n    target: { exact: the pier }\n');
      const warning = await waitFor('a warning on the sidecar', () => vscode.languages.getDiagnostics(sidecarUri).find((d) => d.severity === vscode.DiagnosticSeverity.Warning));
      assert.match(warning.message, /"the pier" occurs 2 times/);
      assert.strictEqual(warning.range.start.line, 2, 'on the annotation');
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === article.toString()), 'the article was never opened');
      await writeWorkspaceFile(sidecarUri, 'version: 1\nannotations:\n  - id: which-pier\n    kind: note\n    origin: manual\n    note: which one?\n    target: { exact: the pier, prefix: "and " }\n');
      await waitFor('the warning gone once the words say which', () => vscode.languages.getDiagnostics(sidecarUri).length === 0);
    } finally {
      for (const uri of [sidecarUri, article]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
});

suite('Sidecar store: outside edits', () => {
  test('an article rewritten on disk while open keeps its annotations on their words', async () => {
    const sidecars = await sidecarsOf();
    const name = '004_f3864c178bfaef39.txt';
    const articleUri = workspaceUri(name);
    const editor = await openArticle(name);
    const original = editor.document.getText();
    const words = 'Putin does not eat people.';
    const start = offsetOf(editor.document, words);
    const created = await sidecars.addManual(editor.document.uri, { kind: 'claim', start, end: start + words.length, verdict: 'unsupported' });
    await sidecars.flush(editor.document.uri);
    try {
      const added = 'A new first paragraph, written in another editor.\n\n';
      await writeWorkspaceFile(articleUri, added + original.replace('Kremlin', 'Kremlin’s'));
      await waitFor('VS Code to reload the article', () => editor.document.getText().startsWith(added));
      const moved = await waitFor('the annotation on its words', () => {
        const a = sidecars.annotationsFor(editor.document.uri).find((x) => x.id === created.id);
        return a && a.status === 'anchored' && editor.document.getText().slice(a.target.start, a.target.end) === words ? a : undefined;
      });
      assert.strictEqual(moved.verdict, 'unsupported');
    } finally {
      await sidecars.remove(editor.document.uri, created.id);
      await writeWorkspaceFile(articleUri, original);
      await waitFor('the original article back', () => editor.document.getText() === original);
      await sidecars.flush(editor.document.uri);
    }
  });

  test('a long article keeps a readable sidecar: the automatic annotations are left out when with them it would be too large', async () => {
    const sidecars = await sidecarsOf();
    const name = 'long-article.txt';
    const articleUri = workspaceUri(name);
    const sidecarUri = workspaceUri(`${name}.annotations.yaml`);
    const seed = (await readWorkspaceFile(workspaceUri('004_f3864c178bfaef39.txt'))) ?? '';
    // About 1 MB of reporting, under the editor's 2 MB limit: thousands of quotes, hedges and names.
    const paragraphs: string[] = [];
    for (let k = 0; paragraphs.join('\n\n').length < 1_000_000; k++) paragraphs.push(`Update ${k}. ${seed}`);
    await writeWorkspaceFile(articleUri, paragraphs.join('\n\n'));
    try {
      const editor = await openArticle(name);
      const words = 'Putin does not eat people.';
      const start = offsetOf(editor.document, words);
      const analysis = await (await newsmarkApi()).analysisFor(articleUri);
      assert.ok(analysis && !analysis.truncated && analysis.quotes.length > 1000, 'the whole article is analysed');
      const created = await sidecars.addManual(editor.document.uri, { kind: 'note', start, end: start + words.length, note: 'checked with the wire copy' });
      await sidecars.flush(editor.document.uri);
      const yaml = await waitFor('the sidecar', () => readWorkspaceFile(sidecarUri));
      assert.ok(yaml.length < 4 * 1024 * 1024, `the sidecar is ${yaml.length} bytes, within what newsmark reads`);
      assert.ok(yaml.includes(`id: ${created.id}`) && yaml.includes('checked with the wire copy'), 'the note is written');
      assert.ok(!/origin: auto/.test(yaml), 'the automatic annotations are left out');
      // The highlights and the annotations view still have them, from the analysis.
      assert.ok(sidecars.annotationsFor(editor.document.uri).filter((a) => a.origin === 'auto').length > 1000);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      for (const uri of [sidecarUri, articleUri]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
});
