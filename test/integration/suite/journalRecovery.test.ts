// Annotations made on unsaved edits survive an extension host that stops before writing them: the journal brings
// them back, on the restored text (hot exit) or found again on the text on disk (the edits were discarded).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { JournalFolder } from '../../../src/extension/sidecar/journalFolder';
import { SidecarServiceImpl } from '../../../src/extension/sidecar/sidecarService';
import { offsetOf, readWorkspaceFile, removeWorkspaceFiles as remove, sidecarServiceFor as startService, waitFor, workspaceUri, writeWorkspaceFile as write } from './newsmarkTestSupport';

const TEXT = 'The harbour board met on Tuesday evening in the old customs hall.\nFishing crews were not asked about the plans, their union said.\n';
const ADDED = 'A council spokesman said a meeting with the crews was planned for May.\n';
const ON_SAVED_WORDS = 'Fishing crews were not asked about the plans';
const ON_UNSAVED_WORDS = 'a meeting with the crews was planned for May';

suite('Annotations not written when the extension host stops', () => {
  const journalFolder = workspaceUri('.journal-recovery-test');
  const services: SidecarServiceImpl[] = [];
  teardown(async () => {
    for (const service of services.splice(0)) service.stopWithoutWriting();
    // An article left with unsaved edits by a failed test is reverted, so that closing it asks nothing.
    for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.path.includes('/journal-'))) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await remove(journalFolder);
  });

  test('an annotation made on unsaved edits comes back where it was when hot exit restores the text, and is saved with the article', async () => {
    const article = workspaceUri('journal-hot-exit.news');
    const sidecar = workspaceUri('journal-hot-exit.news.annotations.yaml');
    const journals = new JournalFolder(journalFolder);
    await write(article, TEXT);
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article), { preview: false });
      await editor.edit((e) => e.insert(editor.document.positionAt(TEXT.length), ADDED));
      assert.ok(editor.document.isDirty, 'the article has unsaved edits');
      const before = startService(article, journals);
      services.push(before);
      const start = offsetOf(editor.document, ON_UNSAVED_WORDS);
      const created = await before.addManual(article, { kind: 'claim', start, end: start + ON_UNSAVED_WORDS.length, note: 'call the council' });
      await waitFor('the journal written', async () => (await readWorkspaceFile(journals.uriOf(article.toString())))?.includes(created.id));
      assert.strictEqual(await readWorkspaceFile(sidecar), undefined, 'the sidecar waits for the article’s save');

      // The extension host stops: nothing more is written, and what was in memory is gone. The editor keeps the
      // unsaved text, as hot exit restores it; the next extension host starts a sidecar service as activation does.
      before.stopWithoutWriting();
      const after = startService(article, journals);
      services.push(after);
      const back = await waitFor('the annotation taken back from the journal', () => after.annotationsFor(article).find((a) => a.id === created.id));
      assert.strictEqual(back.note, 'call the council');
      assert.strictEqual(back.status, 'anchored');
      assert.strictEqual(editor.document.getText().slice(back.target.start, back.target.end), ON_UNSAVED_WORDS);

      assert.ok(await editor.document.save(), 'the article is saved');
      const written = await waitFor('the sidecar written with the article', async () => {
        const text = await readWorkspaceFile(sidecar);
        return text?.includes(created.id) && text;
      });
      assert.match(written, /call the council/);
      await waitFor('the journal removed once the sidecar holds the annotation', async () => (await readWorkspaceFile(journals.uriOf(article.toString()))) === undefined);
    } finally {
      await remove(article, sidecar);
    }
  });

  test('when the unsaved edits were discarded, the annotations are found again on the text on disk at start, and one on words only the edits held is kept as orphaned', async () => {
    const article = workspaceUri('journal-discarded.news');
    const sidecar = workspaceUri('journal-discarded.news.annotations.yaml');
    const journals = new JournalFolder(journalFolder);
    await write(article, TEXT);
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article), { preview: false });
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), ADDED));
      const before = startService(article, journals);
      services.push(before);
      const saved = offsetOf(editor.document, ON_SAVED_WORDS);
      const kept = await before.addManual(article, { kind: 'claim', start: saved, end: saved + ON_SAVED_WORDS.length, verdict: 'accurate' });
      const unsaved = offsetOf(editor.document, ON_UNSAVED_WORDS);
      const lost = await before.addManual(article, { kind: 'claim', start: unsaved, end: unsaved + ON_UNSAVED_WORDS.length, note: 'call the council' });
      await waitFor('the journal written with both', async () => {
        const text = await readWorkspaceFile(journals.uriOf(article.toString()));
        return text?.includes(kept.id) && text.includes(lost.id);
      });

      before.stopWithoutWriting();
      // The window came back without the unsaved edits (hot exit off, or they were discarded): the article is not open.
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === article.toString() && !d.isClosed && d.isDirty));
      const after = startService(article, journals);
      services.push(after);
      const written = await waitFor('the sidecar written from the journal at start', async () => {
        const text = await readWorkspaceFile(sidecar);
        return text?.includes(kept.id) && text.includes(lost.id) && text;
      });
      assert.match(written, /call the council/);
      await waitFor('the journal removed', async () => (await readWorkspaceFile(journals.uriOf(article.toString()))) === undefined);

      const reopened = await vscode.workspace.openTextDocument(article);
      assert.strictEqual(reopened.getText(), TEXT);
      const found = await waitFor('the annotation on the saved words', () => after.annotationsFor(article).find((a) => a.id === kept.id));
      assert.strictEqual(found.status, 'anchored');
      assert.strictEqual(found.verdict, 'accurate');
      assert.strictEqual(TEXT.slice(found.target.start, found.target.end), ON_SAVED_WORDS);
      const orphan = after.annotationsFor(article).find((a) => a.id === lost.id);
      assert.ok(orphan, 'the annotation on the discarded words is kept');
      assert.strictEqual(orphan.status, 'orphaned');
      assert.strictEqual(orphan.target.exact, ON_UNSAVED_WORDS);
      assert.strictEqual(orphan.note, 'call the council');
    } finally {
      await remove(article, sidecar);
    }
  });

  test('a person’s change is on disk when the call returns: in the sidecar of a saved article, in the journal of one with unsaved edits', async () => {
    const article = workspaceUri('journal-at-once.news');
    const sidecar = workspaceUri('journal-at-once.news.annotations.yaml');
    const journals = new JournalFolder(journalFolder);
    await write(article, TEXT);
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article), { preview: false });
      const service = startService(article, journals);
      services.push(service);
      const saved = offsetOf(editor.document, ON_SAVED_WORDS);
      const verdict = await service.addManual(article, { kind: 'claim', start: saved, end: saved + ON_SAVED_WORDS.length, verdict: 'accurate' });
      // No waiting: an extension host that stops right after the command must not lose the verdict.
      service.stopWithoutWriting();
      assert.match((await readWorkspaceFile(sidecar)) ?? '', new RegExp(verdict.id), 'the sidecar holds the verdict at once');

      await editor.edit((e) => e.insert(editor.document.positionAt(TEXT.length), ADDED));
      const again = startService(article, journals);
      services.push(again);
      await waitFor('the sidecar loaded', () => again.annotationsFor(article).find((a) => a.id === verdict.id));
      const unsaved = offsetOf(editor.document, ON_UNSAVED_WORDS);
      const note = await again.addManual(article, { kind: 'claim', start: unsaved, end: unsaved + ON_UNSAVED_WORDS.length, note: 'call the council' });
      again.stopWithoutWriting();
      assert.match((await readWorkspaceFile(journals.uriOf(article.toString()))) ?? '', new RegExp(note.id), 'the journal holds the note at once');
    } finally {
      await remove(article, sidecar);
    }
  });

  test('a change whose sidecar cannot be written or read (a name too long for the disk) is journalled at once, so that closing the window loses nothing', async function () {
    // 240 characters are a name the disk takes; with ".annotations.yaml" the sidecar's is over the 255 it allows.
    const article = workspaceUri(`journal-${'long-name-'.repeat(23)}x.news`);
    // The web rig's in-memory folder takes names of any length: only a real disk refuses the sidecar's.
    if (article.scheme !== 'file') return this.skip();
    const journals = new JournalFolder(journalFolder);
    await write(article, TEXT);
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article), { preview: false });
      const service = startService(article, journals);
      services.push(service);
      const at = offsetOf(editor.document, ON_SAVED_WORDS);
      const verdict = await service.addManual(article, { kind: 'claim', start: at, end: at + ON_SAVED_WORDS.length, verdict: 'inaccurate' });
      service.stopWithoutWriting();
      assert.strictEqual(await readWorkspaceFile(workspaceUri(`${article.path.split('/').pop()}.annotations.yaml`)), undefined, 'no sidecar could be written');
      assert.match((await readWorkspaceFile(journals.uriOf(article.toString()))) ?? '', new RegExp(verdict.id), 'the journal holds the verdict');
    } finally {
      await remove(article);
    }
  });
});
