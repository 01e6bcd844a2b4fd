// The review commands run without prompts when given arguments: set speaker, add note, export, reveal in sidebar.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Annotation } from '../../../src/extension/sidecar/api';
import { newsmarkApi, offsetOf, openArticle, readWorkspaceFile, waitFor, workspaceUri } from './newsmarkTestSupport';

const ARTICLE = '003_935c27f9da9fbf9d.txt';

suite('Commands', () => {
  test('Set Speaker on the cursor inside a quote records the whole quote with that speaker', async () => {
    const api = await newsmarkApi();
    const editor = await openArticle(ARTICLE);
    const analysis = await api.analysisFor(editor.document.uri);
    const text = editor.document.getText();
    const quote = analysis?.quotes.find((q) => q.kind !== 'reported');
    assert.ok(quote, 'the article has a quote');
    const inside = editor.document.positionAt(quote.start + 1);
    editor.selection = new vscode.Selection(inside, inside);
    const annotation = await vscode.commands.executeCommand<Annotation>('newsmark.setSpeaker', { speaker: 'A Named Person' });
    assert.ok(annotation, 'an annotation is returned');
    assert.strictEqual(annotation.kind, 'quote');
    assert.strictEqual(annotation.speaker, 'A Named Person');
    assert.strictEqual(annotation.target.exact, text.slice(quote.start, quote.end));
  });

  test('Add Note on a selection keeps the note; a second note on the same words replaces it', async () => {
    const api = await newsmarkApi();
    const editor = await openArticle(ARTICLE);
    const words = 'these claims lack substantiation';
    const start = offsetOf(editor.document, words);
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + words.length));
    const first = await vscode.commands.executeCommand<Annotation>('newsmark.addNote', { note: 'Which newspaper?' });
    assert.strictEqual(first?.note, 'Which newspaper?');
    const second = await vscode.commands.executeCommand<Annotation>('newsmark.addNote', { note: 'The Times, per the outlet.' });
    assert.strictEqual(second?.id, first.id, 'the same annotation');
    assert.strictEqual(api.sidecars.annotationsFor(editor.document.uri).find((a) => a.id === first.id)?.note, 'The Times, per the outlet.');

    // Deleting it from its item in the Annotations view (the view passes its node to the command); a note asks first,
    // in a modal dialog a test cannot answer, so the answer comes with the node.
    const node = await waitFor('the note in the Annotations view', async () => ((await api.annotationsTree.getChildren()) ?? []).find((n) => n.kind === 'annotation' && n.annotation.id === first.id));
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('newsmark.removeAnnotation', { ...node, confirmed: true }), true);
    assert.ok(!api.sidecars.annotationsFor(editor.document.uri).some((a) => a.id === first.id), 'the annotation is gone');
  });

  test('Export writes the analysis and the W3C annotations of the article', async () => {
    const editor = await openArticle(ARTICLE);
    const analysisTarget = workspaceUri('export-analysis.json');
    const written = await vscode.commands.executeCommand<vscode.Uri>('newsmark.export', { uri: editor.document.uri, format: 'analysis', target: analysisTarget });
    assert.strictEqual(written?.toString(), analysisTarget.toString());
    const exported = JSON.parse((await readWorkspaceFile(analysisTarget)) ?? '{}');
    assert.strictEqual(exported.document, editor.document.uri.toString());
    assert.ok(exported.analysis.entities.length > 0, 'entities are exported');

    const w3cTarget = workspaceUri('export-w3c.jsonld');
    await vscode.commands.executeCommand('newsmark.export', { uri: editor.document.uri, format: 'w3c', target: w3cTarget });
    const w3c = (await readWorkspaceFile(w3cTarget)) ?? '';
    assert.match(w3c, /A Named Person/, 'the manual annotations are in the W3C export');
    await vscode.workspace.fs.delete(analysisTarget);
    await vscode.workspace.fs.delete(w3cTarget);
  });

  test('Reveal in Sidebar selects the entity under the cursor', async () => {
    const editor = await openArticle(ARTICLE);
    const at = editor.document.positionAt(offsetOf(editor.document, 'Valentina Matviyenko') + 2);
    editor.selection = new vscode.Selection(at, at);
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('newsmark.revealInSidebar'), true);
  });
});
