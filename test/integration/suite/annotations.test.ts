// Manual annotations: made by command on a selection, listed in the Annotations view, saved in the sidecar, and kept
// on the same words through an edit, a save, closing and reopening.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { Annotation } from '../../../src/extension/sidecar/api';
import { canReadDisk, hoverTextAt, newsmarkApi, offsetOf, openArticle, readFromDisk, readWorkspaceFile, waitFor, workspaceUri } from './newsmarkTestSupport';

const ARTICLE = '001_96e9354914c7e1ae.txt';
const WORDS = 'the Kremlin welcomed the sentiment';

interface SidecarYaml {
  annotations?: { id: string; kind: string; verdict?: string; target: { start: number; end: number; exact: string } }[];
}

async function readSidecar(): Promise<SidecarYaml | undefined> {
  const text = await readWorkspaceFile(workspaceUri(`${ARTICLE}.annotations.yaml`));
  return text === undefined ? undefined : (parse(text) as SidecarYaml);
}

suite('Annotations', () => {
  test('annotating a selection shows it in the Annotations view and saves it in the sidecar; it survives edit, save, close and reopen', async () => {
    const api = await newsmarkApi();
    assert.ok(api.sidecars && api.annotationsTree, 'the sidecar store is running');
    const sidecars = api.sidecars;
    const tree = api.annotationsTree;
    let editor = await openArticle(ARTICLE);
    const start = offsetOf(editor.document, WORDS);
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + WORDS.length));

    const created = await vscode.commands.executeCommand<Annotation>('newsmark.annotateClaim');
    assert.ok(created, 'the command returns the new annotation');
    assert.strictEqual(created.target.exact, WORDS);
    await vscode.commands.executeCommand('newsmark.setVerdict', { verdict: 'accurate' });

    const labels = await waitFor('the annotation in the Annotations view', async () => {
      const nodes = (await tree.getChildren()) ?? [];
      const items = await Promise.all(nodes.map((n) => tree.getTreeItem(n)));
      const found = items.filter((i) => String(i.label).includes(WORDS));
      return found.length ? found : undefined;
    });
    assert.match(String(labels[0].description), /verdict: accurate/);
    const outlined = () => (api.appliedHighlights(editor.document.uri)?.annotation ?? []).map((r) => editor.document.getText(r));
    await waitFor('the annotated words outlined in the editor', () => outlined().includes(WORDS));
    const hover = await hoverTextAt(editor.document, start + 3);
    assert.match(hover, /Your claim annotation/);
    assert.match(hover, /verdict: \*\*accurate\*\*/);

    await sidecars.flush(editor.document.uri);
    const saved = await waitFor('the sidecar on disk', async () => (await readSidecar())?.annotations?.find((a) => a.target.exact === WORDS)).catch(async (err) => {
      const manual = (await readSidecar())?.annotations?.filter((a) => !a.id.startsWith('speaker-') && !a.id.startsWith('quote-'));
      throw new Error(`${err.message}; the sidecar holds ${JSON.stringify(manual)}`);
    });
    assert.strictEqual(saved.kind, 'claim');
    assert.strictEqual(saved.verdict, 'accurate');
    assert.strictEqual(saved.target.start, start);

    // Text added above the words moves them; the annotation must follow.
    const added = 'Editor’s note: this article was updated.\n';
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), added));
    await waitFor('the outline to move with the words', () => outlined().includes(WORDS));
    assert.ok(await editor.document.save(), 'the article is saved');
    const moved = start + added.length;
    await waitFor('the sidecar to follow the edit', async () => (await readSidecar())?.annotations?.find((a) => a.target.exact === WORDS && a.target.start === moved));

    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    editor = await openArticle(ARTICLE);
    if (canReadDisk()) {
      // The Node extension host writes to a real folder: the sidecar on disk itself holds the moved annotation.
      const onDisk = readFromDisk(workspaceUri(`${ARTICLE}.annotations.yaml`));
      assert.ok(onDisk, 'the sidecar exists on disk');
      const fromDisk = (parse(onDisk) as SidecarYaml).annotations?.find((a) => a.target.exact === WORDS);
      assert.strictEqual(fromDisk?.target.start, moved, 'the sidecar on disk has the annotation at its new place');
      assert.strictEqual(fromDisk?.verdict, 'accurate');
    }
    const reopened = await waitFor('the annotation after reopening', () => sidecars.annotationsFor(editor.document.uri).find((a) => a.origin === 'manual' && a.target.exact === WORDS));
    assert.strictEqual(reopened.status, 'anchored');
    assert.strictEqual(editor.document.getText().slice(reopened.target.start, reopened.target.end), WORDS);
    assert.strictEqual(reopened.verdict, 'accurate');
  });

  test('an annotation made while the article had unsaved edits is saved when an undo makes the article clean again', async () => {
    const api = await newsmarkApi();
    assert.ok(api.sidecars, 'the sidecar store is running');
    const sidecars = api.sidecars;
    const name = 'undo-ferry.news';
    const articleUri = workspaceUri(name);
    const sidecarUri = workspaceUri(`${name}.annotations.yaml`);
    const text = 'The ferry company said the crossing would resume on Friday.\n';
    await vscode.workspace.fs.writeFile(articleUri, new TextEncoder().encode(text));
    try {
      const editor = await openArticle(name);
      await editor.edit((e) => e.insert(editor.document.positionAt(text.length), 'Passengers were told to check the timetable.\n'));
      assert.ok(editor.document.isDirty, 'the article has unsaved edits');
      const words = 'the crossing would resume on Friday';
      const start = offsetOf(editor.document, words);
      const created = await sidecars.addManual(editor.document.uri, { kind: 'claim', start, end: start + words.length, note: 'ask the harbour office' });
      assert.strictEqual(await readWorkspaceFile(sidecarUri), undefined, 'the sidecar waits for the article to be saved');

      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('undo');
      await waitFor('the article clean again after the undo', () => !editor.document.isDirty);
      const onDisk = await waitFor('the sidecar written without a save', async () => (await readWorkspaceFile(sidecarUri))?.includes(created.id) && (await readWorkspaceFile(sidecarUri)));
      const saved = (parse(onDisk) as SidecarYaml).annotations?.find((a) => a.id === created.id);
      assert.strictEqual(saved?.target.start, start);
      assert.strictEqual(saved?.target.exact, words);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      for (const uri of [sidecarUri, articleUri]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  test('an untitled news article is analysed, but has no sidecar: nothing fails, and annotating it asks to save it first', async () => {
    const api = await newsmarkApi();
    assert.ok(api.sidecars, 'the sidecar store is running');
    const sidecars = api.sidecars;
    const text = 'The harbour will reopen in May, the port authority said on Tuesday.';
    const document = await vscode.workspace.openTextDocument({ language: 'news', content: text });
    assert.strictEqual(document.uri.scheme, 'untitled');
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    try {
      await waitFor('the untitled article to be analysed', () => api.analysisFor(document.uri));
      // Analysed (highlights, hovers), but the annotate commands, menus and keys are not offered.
      const keys = () => api.editorContextKeys();
      await waitFor('the editor context keys of the untitled article', () => keys()['newsmark.editorAnalysable'] === true && keys()['newsmark.editorCanAnnotate'] === false);
      assert.match(sidecars.whyCannotAnnotate(document.uri) ?? '', /save it first/);
      assert.deepStrictEqual(sidecars.annotationsFor(document.uri), []);
      assert.deepStrictEqual(sidecars.registryFor(document.uri), []);
      assert.strictEqual(sidecars.faultFor(document.uri), undefined);
      await hoverTextAt(document, offsetOf(document, 'harbour'));

      const words = 'The harbour will reopen in May';
      const start = offsetOf(document, words);
      editor.selection = new vscode.Selection(document.positionAt(start), document.positionAt(start + words.length));
      const created = await vscode.commands.executeCommand<Annotation | undefined>('newsmark.annotateClaim');
      assert.strictEqual(created, undefined, 'the command refuses, saying why');
      await assert.rejects(sidecars.addManual(document.uri, { kind: 'claim', start, end: start + words.length }), /save it first/);
      assert.deepStrictEqual(sidecars.annotationsFor(document.uri), [], 'nothing is kept that would be lost');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
