// Renaming or moving an article (Explorer, or any workspace edit) takes its annotations along; a sidecar already at
// the new name is never written over.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { newsmarkApi, offsetOf, readWorkspaceFile, removeWorkspaceFiles as remove, sleep, waitFor, workspaceUri, writeWorkspaceFile as write } from './newsmarkTestSupport';

const TEXT = 'The tram depot will close in June, the operator said on Friday. Drivers were told last week.\n';
const WORDS = 'The tram depot will close in June';

async function rename(from: vscode.Uri, to: vscode.Uri): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.renameFile(from, to);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the rename is applied');
}

suite('Renaming an article', () => {
  test('the sidecar and its conflict copy move with the article, and its annotations are there under the new name', async () => {
    const api = await newsmarkApi();
    const sidecars = api.sidecars;
    const from = workspaceUri('rename-depot.news');
    const to = workspaceUri('moved', 'depot-story.news');
    const conflictText = '# the other side of a merge nobody has looked at yet\nversion: 1\nannotations: []\n';
    await write(from, TEXT);
    try {
      const document = await vscode.workspace.openTextDocument(from);
      await vscode.window.showTextDocument(document, { preview: false });
      const start = offsetOf(document, WORDS);
      const created = await sidecars.addManual(from, { kind: 'claim', start, end: start + WORDS.length, note: 'ask the operator for the date' });
      await sidecars.flush(from);
      await waitFor('the sidecar written', async () => (await readWorkspaceFile(workspaceUri('rename-depot.news.annotations.yaml')))?.includes(created.id));
      await write(workspaceUri('rename-depot.news.annotations.conflict.yaml'), conflictText);
      await vscode.workspace.fs.createDirectory(workspaceUri('moved'));

      await rename(from, to);
      const moved = await waitFor('the sidecar beside the new name', async () => {
        const text = await readWorkspaceFile(workspaceUri('moved', 'depot-story.news.annotations.yaml'));
        return text?.includes(created.id) && text;
      });
      assert.match(moved, /ask the operator for the date/);
      assert.strictEqual(await readWorkspaceFile(workspaceUri('rename-depot.news.annotations.yaml')), undefined, 'no sidecar is left under the old name');
      assert.strictEqual(await readWorkspaceFile(workspaceUri('moved', 'depot-story.news.annotations.conflict.yaml')), conflictText, 'the conflict copy came along');
      assert.strictEqual(await readWorkspaceFile(workspaceUri('rename-depot.news.annotations.conflict.yaml')), undefined);

      const renamed = await vscode.workspace.openTextDocument(to);
      const annotation = await waitFor('the annotation under the new name', () => sidecars.annotationsFor(renamed.uri).find((a) => a.id === created.id));
      assert.strictEqual(annotation.status, 'anchored');
      assert.strictEqual(annotation.note, 'ask the operator for the date');
      assert.strictEqual(renamed.getText().slice(annotation.target.start, annotation.target.end), WORDS);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await remove(from, workspaceUri('rename-depot.news.annotations.yaml'), workspaceUri('rename-depot.news.annotations.conflict.yaml'), workspaceUri('moved'));
    }
  });

  test('an article renamed with unsaved edits keeps an annotation made since its last save', async () => {
    const api = await newsmarkApi();
    const sidecars = api.sidecars;
    const from = workspaceUri('rename-unsaved.news');
    const to = workspaceUri('rename-unsaved-2.news');
    await write(from, TEXT);
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(from), { preview: false });
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Updated on Saturday.\n'));
      assert.ok(editor.document.isDirty, 'the article has unsaved edits');
      const start = offsetOf(editor.document, WORDS);
      const created = await sidecars.addManual(from, { kind: 'claim', start, end: start + WORDS.length, note: 'made before the rename' });

      await rename(from, to);
      const renamed = await waitFor('the article open under its new name', () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === to.toString() && !d.isClosed));
      const annotation = await waitFor('the annotation under the new name', () => sidecars.annotationsFor(renamed.uri).find((a) => a.id === created.id));
      assert.strictEqual(annotation.note, 'made before the rename');
      assert.strictEqual(renamed.getText().slice(annotation.target.start, annotation.target.end), WORDS, `on its words in ${JSON.stringify(renamed.getText())}`);
      assert.match((await readWorkspaceFile(workspaceUri('rename-unsaved-2.news.annotations.yaml'))) ?? '', new RegExp(created.id), 'the sidecar beside the new name holds it');
      assert.strictEqual(await readWorkspaceFile(workspaceUri('rename-unsaved.news.annotations.yaml')), undefined, 'nothing is written under the old name');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await remove(from, to, workspaceUri('rename-unsaved.news.annotations.yaml'), workspaceUri('rename-unsaved-2.news.annotations.yaml'));
    }
  });

  test('an article whose folder is renamed while it has unsaved edits keeps an annotation made since its last save', async () => {
    const api = await newsmarkApi();
    const sidecars = api.sidecars;
    const folder = workspaceUri('rename-folder-desk');
    const to = workspaceUri('rename-folder-archive');
    const from = workspaceUri('rename-folder-desk', 'depot.news');
    await write(from, TEXT);
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(from), { preview: false });
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Updated on Saturday.\n'));
      const start = offsetOf(editor.document, WORDS);
      const created = await sidecars.addManual(from, { kind: 'claim', start, end: start + WORDS.length, note: 'made before the folder moved' });

      await rename(folder, to);
      const sidecar = await waitFor('the sidecar in the renamed folder', async () => {
        const text = await readWorkspaceFile(workspaceUri('rename-folder-archive', 'depot.news.annotations.yaml'));
        return text?.includes(created.id) && text;
      });
      assert.match(sidecar, /made before the folder moved/);
      const renamed = await waitFor('the article open under its new name', () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === workspaceUri('rename-folder-archive', 'depot.news').toString() && !d.isClosed));
      const annotation = await waitFor('the annotation under the new name', () => sidecars.annotationsFor(renamed.uri).find((a) => a.id === created.id));
      assert.strictEqual(renamed.getText().slice(annotation.target.start, annotation.target.end), WORDS);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await remove(folder, to);
    }
  });

  test('a sidecar already at the new name is left as it was, and so is the renamed article’s', async () => {
    const from = workspaceUri('rename-ferry.news');
    const to = workspaceUri('rename-ferry-final.news');
    const mine = '# annotations of the draft\nversion: 1\nannotations:\n  - id: m-draft\n    kind: note\n    note: from the draft\n    target:\n      exact: The tram depot\n';
    const theirs = '# annotations someone kept for the final name\nversion: 1\nannotations:\n  - id: m-final\n    kind: note\n    note: keep me\n    target:\n      exact: Drivers were told\n';
    await write(from, TEXT);
    await write(workspaceUri('rename-ferry.news.annotations.yaml'), mine);
    await write(workspaceUri('rename-ferry-final.news.annotations.yaml'), theirs);
    try {
      await newsmarkApi();
      await rename(from, to);
      await waitFor('the article renamed', async () => (await readWorkspaceFile(to)) === TEXT);
      assert.strictEqual(await readWorkspaceFile(workspaceUri('rename-ferry-final.news.annotations.yaml')), theirs, 'the sidecar at the new name is not replaced');
      assert.strictEqual(await readWorkspaceFile(workspaceUri('rename-ferry.news.annotations.yaml')), mine, 'the renamed article’s sidecar is kept, for merging by hand');
    } finally {
      await remove(from, to, workspaceUri('rename-ferry.news.annotations.yaml'), workspaceUri('rename-ferry-final.news.annotations.yaml'));
    }
  });
});

suite('Notifications name files by their path in the workspace', () => {
  /** Runs `act` with the warnings it brings recorded instead of shown. */
  async function warningsOf(act: (shown: readonly string[]) => Promise<void>): Promise<string[]> {
    const shown: string[] = [];
    const window = vscode.window as unknown as Record<'showWarningMessage', (message: string, ...rest: unknown[]) => Thenable<unknown>>;
    const original = window.showWarningMessage;
    window.showWarningMessage = (message: string) => {
      shown.push(message);
      return Promise.resolve(undefined);
    };
    try {
      await act(shown);
    } finally {
      window.showWarningMessage = original;
    }
    return shown;
  }

  test('a rename that leaves the annotations behind names the files by their folders, not only their names', async () => {
    const from = workspaceUri('notice-wire', 'ferry.news');
    const to = workspaceUri('notice-final', 'ferry.news');
    await write(from, TEXT);
    await write(workspaceUri('notice-wire', 'ferry.news.annotations.yaml'), 'version: 1\nannotations: []\n');
    await write(workspaceUri('notice-final', 'ferry.news.annotations.yaml'), 'version: 1\nannotations: []\n');
    try {
      await newsmarkApi();
      const shown = await warningsOf(async (seen) => {
        await rename(from, to);
        await waitFor('the warning about the sidecar left behind', () => seen.length > 0);
      });
      assert.ok(shown[0].includes('notice-final/ferry.news already has an annotations file'), `the new name is named by its path: ${shown[0]}`);
      assert.ok(shown[0].includes('of notice-wire/ferry.news') && shown[0].includes('in notice-wire/ferry.news.annotations.yaml'), `the old name and its sidecar too: ${shown[0]}`);
    } finally {
      await remove(workspaceUri('notice-wire'), workspaceUri('notice-final'));
    }
  });

  test('annotations held up by a broken sidecar are reported with the sidecar’s path', async () => {
    const api = await newsmarkApi();
    const article = workspaceUri('notice-held', 'ferry.news');
    const sidecarUri = workspaceUri('notice-held', 'ferry.news.annotations.yaml');
    await write(article, TEXT);
    await write(sidecarUri, 'version: 1\nannotations:\n  - id: [unclosed\n');
    try {
      const document = await vscode.workspace.openTextDocument(article);
      await vscode.window.showTextDocument(document, { preview: false });
      await waitFor('the sidecar found broken', () => api.sidecars.faultFor(article));
      const start = offsetOf(document, WORDS);
      const shown = await warningsOf(async (seen) => {
        await api.sidecars.addManual(article, { kind: 'note', start, end: start + WORDS.length, note: 'held up' });
        await waitFor('the warning that the annotation is held up', () => seen.length > 0);
      });
      assert.ok(shown[0].includes('notice-held/ferry.news.annotations.yaml has errors'), `the sidecar is named by its path: ${shown[0]}`);
    } finally {
      // Closing the article puts the held-up note in a conflict copy beside the broken sidecar; the folder goes with both.
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await sleep(500);
      await remove(workspaceUri('notice-held'));
    }
  });
});

suite('Deleting an article', () => {
  test('an article deleted with an annotation made on its unsaved edits: the annotation is written to the sidecar left beside it, and no failure is reported', async () => {
    const api = await newsmarkApi();
    const sidecars = api.sidecars;
    const article = workspaceUri('delete-unsaved.news');
    const sidecarUri = workspaceUri('delete-unsaved.news.annotations.yaml');
    await write(article, TEXT);
    // The notifications the deletion brings (VS Code reverts and closes the article's editor).
    const shown: string[] = [];
    const window = vscode.window as unknown as Record<'showErrorMessage' | 'showWarningMessage', (message: string, ...rest: unknown[]) => Thenable<unknown>>;
    const original = { showErrorMessage: window.showErrorMessage, showWarningMessage: window.showWarningMessage };
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article), { preview: false });
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Updated on Saturday.\n'));
      const start = offsetOf(editor.document, WORDS);
      const created = await sidecars.addManual(article, { kind: 'claim', start, end: start + WORDS.length, note: 'made before the deletion' });
      for (const name of ['showErrorMessage', 'showWarningMessage'] as const) {
        window[name] = (message: string) => {
          shown.push(message);
          return Promise.resolve(undefined);
        };
      }
      const edit = new vscode.WorkspaceEdit();
      edit.deleteFile(article);
      assert.ok(await vscode.workspace.applyEdit(edit), 'the deletion is applied');
      await waitFor('the article’s editor closed', () => !vscode.workspace.textDocuments.some((d) => d.uri.toString() === article.toString() && !d.isClosed));
      const kept = await waitFor('the annotation in the sidecar left beside it', async () => ((await readWorkspaceFile(sidecarUri))?.includes(created.id) ? readWorkspaceFile(sidecarUri) : undefined));
      assert.match(kept ?? '', /made before the deletion/);
      await sleep(500);
      assert.deepStrictEqual(shown, [], 'nothing is said to have failed');
    } finally {
      Object.assign(window, original);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await remove(article, sidecarUri);
    }
  });
});
