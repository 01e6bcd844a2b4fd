// Closing the window while annotations wait to be written: deactivate() writes them, and the work that finishes after
// the extension host disposed the sidecar service (it does so right after calling deactivate()) goes to the end.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { registerDiagnostics } from '../../../src/extension/diagnostics';
import { DocumentAnalyses } from '../../../src/extension/documentAnalyses';
import { HighlightDecorations } from '../../../src/extension/highlights/highlightDecorations';
import { Settings } from '../../../src/extension/settings';
import { ShutdownTasks } from '../../../src/extension/shutdownTasks';
import { JournalFolder } from '../../../src/extension/sidecar/journalFolder';
import { readJournal } from '../../../src/extension/sidecar/sidecarJournal';
import { SidecarServiceImpl } from '../../../src/extension/sidecar/sidecarService';
import { offsetOf, readWorkspaceFile, removeWorkspaceFiles as remove, sidecarServiceFor as startService, sleep, waitFor, workspaceUri, writeWorkspaceFile as write } from './newsmarkTestSupport';

const TEXT = 'The harbour board met on Tuesday evening in the old customs hall.\nFishing crews were not asked about the plans, their union said.\n';
const ADDED = 'A council spokesman said a meeting with the crews was planned for May.\n';
const ON_SAVED_WORDS = 'Fishing crews were not asked about the plans';

/**
 * What the extension host does as the window closes: it calls deactivate() (which runs the shutdown tasks), disposes
 * the extension's subscriptions at once, and then waits for the promise deactivate() returned. Resolves with what was
 * logged as an error meanwhile.
 */
async function closeWindow(service: SidecarServiceImpl): Promise<unknown[][]> {
  const tasks = new ShutdownTasks();
  const subscriptions = [tasks.add(() => service.flushBeforeExit()), service];
  const errors: unknown[][] = [];
  const logError = console.error;
  console.error = (...args: unknown[]) => void errors.push(args);
  try {
    const deactivated = tasks.run();
    for (const subscription of subscriptions) subscription.dispose();
    await deactivated;
  } finally {
    console.error = logError;
  }
  return errors;
}

suite('Annotations waiting to be written when the window closes', () => {
  const journalFolder = workspaceUri('.window-close-test');
  const services: SidecarServiceImpl[] = [];
  teardown(async () => {
    for (const service of services.splice(0)) service.stopWithoutWriting();
    for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.path.includes('/window-close-'))) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await remove(journalFolder);
  });

  test('a write still waiting for its delay is made before deactivation ends, and the journal it makes unneeded goes with it', async () => {
    const article = workspaceUri('window-close-waiting.news');
    const sidecar = workspaceUri('window-close-waiting.news.annotations.yaml');
    const journals = new JournalFolder(journalFolder);
    await write(article, TEXT);
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article), { preview: false });
      await editor.edit((e) => e.insert(editor.document.positionAt(TEXT.length), ADDED));
      const service = startService(article, journals);
      services.push(service);
      const start = offsetOf(editor.document, ON_SAVED_WORDS);
      const verdict = await service.addManual(article, { kind: 'claim', start, end: start + ON_SAVED_WORDS.length, verdict: 'inaccurate' });
      assert.match((await readWorkspaceFile(journals.uriOf(article.toString()))) ?? '', new RegExp(verdict.id), 'journalled while the article has unsaved edits');
      // Undoing the edits makes the article clean again: the sidecar is written after a short delay, which the window
      // closing cuts short.
      await vscode.commands.executeCommand('undo');
      await waitFor('the article clean again', () => !editor.document.isDirty);
      assert.strictEqual(await readWorkspaceFile(sidecar), undefined, 'the sidecar waits for its delay');

      const errors = await closeWindow(service);
      assert.match((await readWorkspaceFile(sidecar)) ?? '', new RegExp(`${verdict.id}[\\s\\S]*inaccurate`), 'the sidecar holds the verdict');
      assert.strictEqual(await readWorkspaceFile(journals.uriOf(article.toString())), undefined, 'no journal is left for the next start (or, in windows without a workspace, held for a window that is gone)');
      assert.deepStrictEqual(errors, [], 'nothing failed, nor touched what the host had disposed');
    } finally {
      await remove(article, sidecar);
    }
  });

  test('an article with unsaved edits: its annotations are written on the text on disk, and its journal is left, released, for hot exit', async () => {
    const article = workspaceUri('window-close-unsaved.news');
    const sidecar = workspaceUri('window-close-unsaved.news.annotations.yaml');
    const journals = new JournalFolder(journalFolder, { session: 'closing-window', shared: true });
    await write(article, TEXT);
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article), { preview: false });
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), ADDED));
      const service = startService(article, journals);
      services.push(service);
      const start = offsetOf(editor.document, ON_SAVED_WORDS);
      const note = await service.addManual(article, { kind: 'claim', start, end: start + ON_SAVED_WORDS.length, note: 'ask the union' });

      const errors = await closeWindow(service);
      const written = await readWorkspaceFile(sidecar);
      assert.match(written ?? '', /ask the union/, 'the sidecar holds the note');
      // Placed on the saved text, where the words are at their old offset.
      assert.match(written ?? '', new RegExp(`start: ${TEXT.indexOf(ON_SAVED_WORDS)}\\b`));
      const journal = readJournal((await readWorkspaceFile(journals.uriOf(article.toString()))) ?? '');
      assert.ok(journal.ok, 'the journal stays for the unsaved text hot exit brings back');
      assert.ok(journal.journal.released, 'released: no window keeps it up to date any more');
      assert.ok(journal.journal.sidecar.annotations.some((a) => a.id === note.id));
      assert.deepStrictEqual(errors, []);
    } finally {
      await remove(article, sidecar);
    }
  });

  test('a change being made as the window closes is written as well', async () => {
    const article = workspaceUri('window-close-in-flight.news');
    const sidecar = workspaceUri('window-close-in-flight.news.annotations.yaml');
    const journals = new JournalFolder(journalFolder);
    await write(article, TEXT);
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article), { preview: false });
      const service = startService(article, journals);
      services.push(service);
      const start = offsetOf(editor.document, ON_SAVED_WORDS);
      const adding = service.addManual(article, { kind: 'claim', start, end: start + ON_SAVED_WORDS.length, verdict: 'accurate' });
      const errors = await closeWindow(service);
      const added = await adding;
      await waitFor('the sidecar written', async () => (await readWorkspaceFile(sidecar))?.includes(added.id));
      assert.deepStrictEqual(errors, []);
    } finally {
      await remove(article, sidecar);
    }
  });

  test('once disposed, highlights and problems are left alone: the edits, annotation changes and editors that follow touch no decoration type or collection', async () => {
    const article = workspaceUri('window-close-highlights.news');
    await write(article, '“The budget is ready,” said Mayor Jane Doe.\n“We will fight on.”\n');
    const noState = { get: () => undefined, update: async () => undefined, keys: () => [] } as unknown as vscode.Memento;
    const settings = new Settings(noState);
    const analyses = new DocumentAnalyses(settings, () => []);
    const annotationChanges = new vscode.EventEmitter<vscode.Uri>();
    const annotations = { spansFor: () => [{ start: 1, end: 7 }], annotationsFor: () => [], onDidChange: annotationChanges.event, whyCannotAnnotate: () => undefined };
    // In the order activate() makes them, which is the order the host disposes them in.
    const features = [settings, analyses, new HighlightDecorations(analyses, settings, annotations), registerDiagnostics(analyses, settings, annotations)];
    const highlights = features[2] as HighlightDecorations;
    const errors: unknown[][] = [];
    const logError = console.error;
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article), { preview: false });
      const painted = await waitFor('the article painted', () => highlights.appliedRanges(article)?.directQuote.length && highlights.appliedRanges(article));
      const before = JSON.stringify(painted);
      console.error = (...args: unknown[]) => void errors.push(args);
      for (const feature of features) feature.dispose();

      annotationChanges.fire(article);
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Updated. '));
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: 'another editor' }), { preview: false });
      await vscode.window.showTextDocument(editor.document, { preview: false });
      await sleep(settings.current.debounceMs + 300);
      assert.strictEqual(JSON.stringify(highlights.appliedRanges(article)), before, 'nothing painted again');
      assert.deepStrictEqual(errors, []);
    } finally {
      console.error = logError;
      annotationChanges.dispose();
      for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
      await remove(article);
    }
  });
});
