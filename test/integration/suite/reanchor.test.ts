// Re-anchoring: an article changed on disk loses an annotation's words; the Annotations view lists it as orphaned, and
// Re-anchor Annotation to Selection (the editor's command, with its quick pick) puts it on the words a person selects.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { Annotation } from '../../../src/extension/sidecar/api';
import type { AnnotationNode } from '../../../src/extension/views/annotationsView';
import { canReadDisk, newsmarkApi, offsetOf, openArticle, readFromDisk, readWorkspaceFile, runAcceptingQuickPicks, sleep, waitFor, workspaceUri, writeWorkspaceFile as write } from './newsmarkTestSupport';

const ARTICLE = 'reanchor-harbour.news';
const BEFORE = [
  'The harbour board met on Monday to discuss the works.',
  '“We will open the new pier in spring,” the chairwoman, Ada Lindqvist, told reporters.',
  'Critics on the council doubt the date.',
  '',
].join('\n');
const LOST_WORDS = 'We will open the new pier in spring';
const AFTER = BEFORE.replace('“We will open the new pier in spring,” the chairwoman, Ada Lindqvist, told reporters.', 'Officials gave no opening date for the landing stage at all.');
const NEW_WORDS = 'gave no opening date for the landing stage';

interface SidecarYaml {
  annotations?: { id: string; note?: string; target: { exact: string; start?: number; end?: number } }[];
}

suite('Re-anchoring', () => {
  test('an annotation whose words an outside edit removed is listed as orphaned and re-anchored on the selected words', async () => {
    const api = await newsmarkApi();
    const sidecars = api.sidecars;
    const articleUri = workspaceUri(ARTICLE);
    const sidecarUri = workspaceUri(`${ARTICLE}.annotations.yaml`);
    await write(articleUri, BEFORE);
    try {
      const editor = await openArticle(ARTICLE);
      const start = offsetOf(editor.document, LOST_WORDS);
      const created = await sidecars.addManual(editor.document.uri, { kind: 'claim', start, end: start + LOST_WORDS.length, note: 'check the date with the board' });
      await sidecars.flush(editor.document.uri);
      await waitFor('the sidecar on disk', async () => (await readWorkspaceFile(sidecarUri))?.includes(created.id));
      const detached = () => api.editorContextKeys()['newsmark.editorHasDetachedAnnotations'];
      await waitFor('the re-anchor entry hidden while every annotation is on its words', () => detached() === false);

      // Another editor (or a git pull) rewrites the article: the quoted sentence is gone.
      await write(articleUri, AFTER);
      await waitFor('VS Code to reload the article', () => editor.document.getText() === AFTER);
      const orphan = await waitFor('the annotation orphaned', () => sidecars.orphans(editor.document.uri).find((a) => a.id === created.id));
      assert.strictEqual(orphan.target.exact, LOST_WORDS, 'an orphan keeps the words it was made on');
      await waitFor('the re-anchor entry shown in the editor’s Newsmark menu (newsmark.editorHasDetachedAnnotations)', () => detached() === true);

      const tree = api.annotationsTree;
      const group = await waitFor('the orphans in the Annotations view', async () =>
        ((await tree.getChildren()) ?? []).find((n): n is AnnotationNode & { kind: 'orphans' } => n.kind === 'orphans' && n.annotations.some((a) => a.id === created.id)),
      );
      const groupItem = await tree.getTreeItem(group);
      assert.match(String(groupItem.tooltip), /Re-anchor Annotation to Selection/, 'the orphans’ tooltip names the command that fixes them');
      const orphanItems = await Promise.all(((await tree.getChildren(group)) ?? []).map((n) => tree.getTreeItem(n)));
      assert.ok(orphanItems.some((i) => i.contextValue === 'newsmark.annotation.orphaned' && String(i.label) === LOST_WORDS), 'the orphan is an item with the re-anchor button');
      assert.ok(orphanItems.some((i) => String(i.label) === LOST_WORDS && /words gone/.test(String(i.description))), 'the orphan says that its words are gone');

      const at = offsetOf(editor.document, NEW_WORDS);
      // Selected with a space on each side: the annotation takes exactly the words.
      editor.selection = new vscode.Selection(editor.document.positionAt(at - 1), editor.document.positionAt(at + NEW_WORDS.length + 1));
      const moved = await runAcceptingQuickPicks<Annotation>('newsmark.reanchorAnnotation');
      assert.ok(moved, 'the command returns the re-anchored annotation');
      assert.strictEqual(moved.id, created.id);
      assert.strictEqual(moved.status, 'anchored');
      assert.strictEqual(moved.note, 'check the date with the board', 'the note comes along');
      assert.strictEqual(editor.document.getText().slice(moved.target.start, moved.target.end), NEW_WORDS);
      await waitFor('the orphans group gone from the Annotations view', async () => !((await tree.getChildren()) ?? []).some((n) => n.kind === 'orphans'));
      await waitFor('the re-anchor entry hidden again', () => detached() === false);

      await sidecars.flush(editor.document.uri);
      const saved = await waitFor('the sidecar with the re-anchored annotation', async () => {
        const yaml = await readWorkspaceFile(sidecarUri);
        const annotation = yaml ? (parse(yaml) as SidecarYaml).annotations?.find((a) => a.id === created.id) : undefined;
        return annotation?.target.exact === NEW_WORDS ? annotation : undefined;
      });
      assert.strictEqual(saved.target.start, at);
      assert.strictEqual(saved.target.end, at + NEW_WORDS.length);
      assert.strictEqual(saved.note, 'check the date with the board');
      if (canReadDisk()) {
        const onDisk = readFromDisk(sidecarUri);
        const fromDisk = onDisk ? (parse(onDisk) as SidecarYaml).annotations?.find((a) => a.id === created.id) : undefined;
        assert.strictEqual(fromDisk?.target.exact, NEW_WORDS, 'the sidecar on disk has the annotation on its new words');
      }
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      for (const uri of [sidecarUri, articleUri]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
});

suite('Re-anchoring after a reload', () => {
  test('an outside edit of the lines around an annotation, rewording it a little, keeps it on its words as drifted, as newsmark annotate would', async () => {
    const api = await newsmarkApi();
    const sidecars = api.sidecars;
    const articleUri = workspaceUri('reload-around.news');
    const sidecarUri = workspaceUri('reload-around.news.annotations.yaml');
    const before = [
      'Water levels are low across the region.',
      'The water board met on Thursday in the town hall.',
      'Its director, Karin Holm, said the reservoir would be full again by the end of April.',
      'Farmers in the valley fear another dry summer.',
      'The next meeting is in May.',
      '',
    ].join('\n');
    // Another editor changes the second and the fourth line and one word between them: VS Code reloads the three lines
    // as one edit (the lines from the first changed one to the last), in which shifting alone orphans the annotation.
    const after = before
      .replace('on Thursday in the town hall.', 'late on Thursday, with the public invited.')
      .replace('would be full again', 'will be full again')
      .replace('fear another dry summer.', 'were not asked.');
    const words = 'the reservoir would be full again by the end of April';
    const reworded = 'the reservoir will be full again by the end of April';
    await write(articleUri, before);
    try {
      const editor = await openArticle('reload-around.news');
      const start = offsetOf(editor.document, words);
      const created = await sidecars.addManual(editor.document.uri, { kind: 'claim', start, end: start + words.length, note: 'ask the board for the gauge readings' });
      await sidecars.flush(editor.document.uri);
      await waitFor('the sidecar on disk', async () => (await readWorkspaceFile(sidecarUri))?.includes(created.id));

      await write(articleUri, after);
      await waitFor('VS Code to reload the article', () => editor.document.getText() === after);
      assert.ok(!editor.document.isDirty, 'a reload leaves the article clean');
      // Looked at after the recovery that follows edits has had its chance (it takes only exact words back).
      await sleep(1000);
      const annotation = sidecars.annotationsFor(editor.document.uri).find((a) => a.id === created.id);
      assert.ok(annotation, 'the annotation is kept');
      assert.strictEqual(annotation.status, 'drifted', `the annotation is found on its reworded words: ${JSON.stringify(annotation)}`);
      assert.strictEqual(editor.document.getText().slice(annotation.target.start, annotation.target.end), reworded);
      assert.strictEqual(annotation.target.original, words, 'what was annotated is kept, for review');
      assert.strictEqual(annotation.note, 'ask the board for the gauge readings');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      for (const uri of [sidecarUri, articleUri]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
});

suite('Re-anchoring beside another editor', () => {
  test('with the article open in two editors, the selection of the active one is taken', async () => {
    const api = await newsmarkApi();
    const articleUri = workspaceUri('reanchor-two-editors.news');
    const sidecarUri = workspaceUri('reanchor-two-editors.news.annotations.yaml');
    const text = 'The ferry left at noon. The harbour master counted the crates. The rain stopped by evening.\n';
    await write(articleUri, text);
    try {
      const document = await vscode.workspace.openTextDocument(articleUri);
      const left = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
      const right = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Two, preview: false });
      assert.notStrictEqual(left, right, 'two editors of the one article');
      const select = (editor: vscode.TextEditor, words: string) => {
        const at = offsetOf(document, words);
        editor.selection = new vscode.Selection(document.positionAt(at), document.positionAt(at + words.length));
      };
      select(left, 'The ferry left at noon');
      select(right, 'The rain stopped by evening');
      const at = offsetOf(document, 'counted the crates');
      const created = await api.sidecars.addManual(articleUri, { kind: 'claim', start: at, end: at + 'counted the crates'.length });

      // Each editor in turn is the active one; the annotation goes onto the words selected there.
      for (const [editor, words] of [
        [left, 'The ferry left at noon'],
        [right, 'The rain stopped by evening'],
        [left, 'The ferry left at noon'],
      ] as const) {
        await vscode.window.showTextDocument(document, { viewColumn: editor.viewColumn, preview: false });
        await waitFor('the editor active', () => vscode.window.activeTextEditor === editor);
        const moved = await vscode.commands.executeCommand<Annotation>('newsmark.reanchorAnnotation', { uri: articleUri, annotationId: created.id });
        assert.strictEqual(moved && document.getText().slice(moved.target.start, moved.target.end), words);
      }
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllGroups');
      for (const uri of [sidecarUri, articleUri]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
});
