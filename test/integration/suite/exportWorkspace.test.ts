// Export Annotations of Workspace: one W3C collection, or the ClaimReviews, of every article's annotations — those
// saved beside closed articles and those of an open article whose sidecar is not written yet.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Annotation } from '../../../src/extension/sidecar/api';
import { newsmarkApi, offsetOf, openArticle, readWorkspaceFile, waitFor, workspaceUri } from './newsmarkTestSupport';

const SAVED = '001_96e9354914c7e1ae.txt';
/** A new article, so that it has no sidecar on disk yet. */
const UNSAVED = 'export-workspace-draft.news';
const UNSAVED_TEXT = 'The harbour board said on Monday that the new pier would open in spring. Critics doubt the date.\n';

interface W3CCollection {
  type: string;
  total: number;
  first: { items: { id: string; target: { source: string; selector: { type: string; exact?: string }[] }; body: { value?: string }[] }[] };
}

suite('Export Annotations of Workspace', () => {
  test('writes the annotations of every article with them, and the verdicts as ClaimReview', async () => {
    const api = await newsmarkApi();
    const sidecars = api.sidecars;
    const created: { uri: vscode.Uri; annotation: Annotation }[] = [];
    const targets = [workspaceUri('workspace-annotations.jsonld'), workspaceUri('workspace-claimreview.jsonld')];
    let restoreUnsaved: (() => Thenable<unknown>) | undefined;
    try {
      // One article's annotation is saved and its editor closed: the export reads it from its sidecar.
      const saved = await openArticle(SAVED);
      const savedWords = 'welcomed';
      const savedStart = offsetOf(saved.document, savedWords);
      const first = await sidecars.addManual(saved.document.uri, { kind: 'claim', start: savedStart, end: savedStart + savedWords.length, verdict: 'mixed', note: 'workspace export, saved' });
      created.push({ uri: saved.document.uri, annotation: first });
      await sidecars.flush(saved.document.uri);
      await waitFor('the first sidecar on disk', async () => (await readWorkspaceFile(workspaceUri(`${SAVED}.annotations.yaml`)))?.includes('workspace export, saved'));
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');

      // The other article is new and has unsaved edits, so it has no sidecar yet; its annotation is exported all the same.
      await vscode.workspace.fs.writeFile(workspaceUri(UNSAVED), new TextEncoder().encode(UNSAVED_TEXT));
      const unsaved = await openArticle(UNSAVED);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(unsaved.document.uri, new vscode.Position(0, 0), ' ');
      assert.ok(await vscode.workspace.applyEdit(edit));
      restoreUnsaved = () => vscode.commands.executeCommand('workbench.action.files.revert');
      const words = 'the new pier would open in spring';
      const start = offsetOf(unsaved.document, words);
      const second = await sidecars.addManual(unsaved.document.uri, { kind: 'claim', start, end: start + words.length, verdict: 'inaccurate', note: 'workspace export, unsaved' });
      created.push({ uri: unsaved.document.uri, annotation: second });
      assert.strictEqual(await readWorkspaceFile(workspaceUri(`${UNSAVED}.annotations.yaml`)), undefined, 'the new article has no sidecar yet');

      const written = await vscode.commands.executeCommand<vscode.Uri>('newsmark.exportWorkspace', { format: 'w3c', target: targets[0] });
      assert.strictEqual(written?.toString(), targets[0].toString());
      const collection = JSON.parse((await readWorkspaceFile(targets[0])) ?? '{}') as W3CCollection;
      assert.strictEqual(collection.type, 'AnnotationCollection');
      assert.strictEqual(collection.total, collection.first.items.length);
      const notes = (source: vscode.Uri) => collection.first.items.filter((i) => i.target.source === source.toString()).flatMap((i) => i.body.map((b) => b.value));
      assert.ok(notes(saved.document.uri).includes('workspace export, saved'), 'the saved article’s annotation is exported');
      assert.ok(notes(unsaved.document.uri).includes('workspace export, unsaved'), 'the unsaved annotation of the open article is exported');

      await vscode.commands.executeCommand('newsmark.exportWorkspace', { format: 'claimreview', target: targets[1] });
      const reviews = JSON.parse((await readWorkspaceFile(targets[1])) ?? '[]') as { claimReviewed: string; reviewRating: { alternateName: string } }[];
      const reviewOf = (claim: string) => reviews.find((r) => r.claimReviewed === claim)?.reviewRating.alternateName;
      assert.strictEqual(reviewOf(savedWords), 'Mixed');
      assert.strictEqual(reviewOf(words), 'Inaccurate');
    } finally {
      for (const { uri, annotation } of created) await sidecars.remove(uri, annotation.id);
      if (restoreUnsaved) {
        await openArticle(UNSAVED);
        await restoreUnsaved();
      }
      for (const { uri } of created) await sidecars.flush(uri);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      for (const target of [...targets, workspaceUri(UNSAVED), workspaceUri(`${UNSAVED}.annotations.yaml`)]) await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });

  test('a sidecar that cannot be read is named and nothing is exported, rather than an export that lacks its annotations', async () => {
    const api = await newsmarkApi();
    const sidecars = api.sidecars;
    const target = workspaceUri('workspace-incomplete.jsonld');
    const broken = workspaceUri('002_3c97b7e833a7f5e1.txt.annotations.yaml');
    const brokenText = 'version: 1\nannotations: [\n';
    let made: { uri: vscode.Uri; annotation: Annotation } | undefined;
    try {
      const saved = await openArticle(SAVED);
      const start = offsetOf(saved.document, 'welcomed');
      made = { uri: saved.document.uri, annotation: await sidecars.addManual(saved.document.uri, { kind: 'claim', start, end: start + 'welcomed'.length, verdict: 'mixed' }) };
      await sidecars.flush(saved.document.uri);
      await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode(brokenText));
      await waitFor('the broken sidecar reported', () => vscode.languages.getDiagnostics(broken).length > 0);
      for (const format of ['w3c', 'claimreview']) {
        const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('newsmark.exportWorkspace', { format, target });
        assert.strictEqual(written, undefined, `${format}: nothing is exported`);
        assert.strictEqual(await readWorkspaceFile(target), undefined, `${format}: no file written`);
      }
      // Its own article's export of annotations is refused too; an empty collection would say it has none.
      const article = workspaceUri('002_3c97b7e833a7f5e1.txt');
      for (const format of ['w3c', 'claimreview']) {
        const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('newsmark.export', { uri: article, format, target });
        assert.strictEqual(written, undefined, `the article's ${format}: nothing is exported`);
        assert.strictEqual(await readWorkspaceFile(target), undefined, `the article's ${format}: no file written`);
      }
      assert.strictEqual(await readWorkspaceFile(broken), brokenText, 'the broken sidecar is left as it was');
    } finally {
      await vscode.workspace.fs.delete(broken).then(undefined, () => undefined);
      if (made) {
        await sidecars.remove(made.uri, made.annotation.id);
        await sidecars.flush(made.uri);
      }
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });

  test('a verdict or note whose words changed since is left out of an export, and a warning says so', async () => {
    const api = await newsmarkApi();
    const sidecars = api.sidecars;
    const article = workspaceUri('export-drifted.news');
    const target = workspaceUri('export-drifted.jsonld');
    const words = 'the new pier would open in spring';
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(UNSAVED_TEXT));
    const shown: string[] = [];
    const window = vscode.window as unknown as Record<'showWarningMessage' | 'showInformationMessage', (message: string, ...rest: unknown[]) => Thenable<unknown>>;
    const original = { showWarningMessage: window.showWarningMessage, showInformationMessage: window.showInformationMessage };
    try {
      const editor = await openArticle('export-drifted.news');
      const start = offsetOf(editor.document, words);
      const made = await sidecars.addManual(article, { kind: 'claim', start, end: start + words.length, verdict: 'inaccurate', note: 'the board said autumn' });
      // The claim's words are edited: the verdict was not given on the words they are now.
      assert.ok(await editor.edit((e) => e.replace(new vscode.Range(editor.document.positionAt(start + 4), editor.document.positionAt(start + 7)), 'old')));
      assert.ok(await editor.document.save());
      await sidecars.flush(article);
      await waitFor('the annotation no longer on its words', () => sidecars.annotationsFor(article).some((a) => a.id === made.id && a.status !== 'anchored'));
      for (const name of ['showWarningMessage', 'showInformationMessage'] as const) {
        window[name] = (message: string) => {
          shown.push(message);
          return Promise.resolve(undefined);
        };
      }
      for (const format of ['w3c', 'claimreview']) {
        shown.length = 0;
        await vscode.commands.executeCommand('newsmark.export', { uri: article, format, target });
        const exported = (await readWorkspaceFile(target)) ?? '';
        assert.doesNotMatch(exported, /the board said autumn|Inaccurate/, `${format}: the verdict and note are left out`);
        assert.ok(shown.some((m) => /not exported/.test(m)), `${format}: a warning says so: ${JSON.stringify(shown)}`);
      }
    } finally {
      Object.assign(window, original);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      for (const uri of [article, workspaceUri('export-drifted.news.annotations.yaml'), target]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  test('newsmark.export.baseUrl gives each article its web address, as --base-url does; an address that is no folder\'s is named and nothing is written', async () => {
    const api = await newsmarkApi();
    const sidecars = api.sidecars;
    const config = () => vscode.workspace.getConfiguration('newsmark');
    const target = workspaceUri('export-base-url.jsonld');
    const address = `https://example.org/news/${SAVED}`;
    const errors: string[] = [];
    const window = vscode.window as unknown as Record<'showErrorMessage', (message: string, ...rest: unknown[]) => Thenable<unknown>>;
    const original = window.showErrorMessage;
    let made: Annotation | undefined;
    const saved = await openArticle(SAVED);
    try {
      const start = offsetOf(saved.document, 'welcomed');
      made = await sidecars.addManual(saved.document.uri, { kind: 'claim', start, end: start + 'welcomed'.length, verdict: 'mixed', note: 'base url export' });
      await sidecars.flush(saved.document.uri);
      await config().update('export.baseUrl', 'https://example.org/news', vscode.ConfigurationTarget.Global);

      await vscode.commands.executeCommand('newsmark.export', { uri: saved.document.uri, format: 'w3c', target });
      const collection = JSON.parse((await readWorkspaceFile(target)) ?? '{}') as W3CCollection;
      const item = collection.first.items.find((i) => i.body.some((b) => b.value === 'base url export'));
      assert.strictEqual(item?.target.source, address, 'the article’s path under the base, not its local address');
      assert.strictEqual(item?.id, `${address}#annotation-${encodeURIComponent(made.id)}`);

      await vscode.commands.executeCommand('newsmark.exportWorkspace', { format: 'claimreview', target });
      const reviews = JSON.parse((await readWorkspaceFile(target)) ?? '[]') as { url?: string; reviewBody?: string }[];
      assert.strictEqual(reviews.find((r) => r.reviewBody === 'base url export')?.url, `${address}#annotation-${encodeURIComponent(made.id)}`);
      assert.ok(reviews.every((r) => r.url?.startsWith('https://example.org/news/')), 'every review has its article’s address');
      await vscode.workspace.fs.delete(target);

      window.showErrorMessage = (message: string) => {
        errors.push(message);
        return Promise.resolve(undefined);
      };
      await config().update('export.baseUrl', '/home/desk/site', vscode.ConfigurationTarget.Global);
      for (const [command, args] of [['newsmark.export', { uri: saved.document.uri, format: 'w3c', target }], ['newsmark.exportWorkspace', { format: 'claimreview', target }]] as const) {
        errors.length = 0;
        assert.strictEqual(await vscode.commands.executeCommand<vscode.Uri | undefined>(command, args), undefined, `${command}: nothing is exported`);
        assert.strictEqual(await readWorkspaceFile(target), undefined, `${command}: no file written`);
        assert.ok(errors.some((m) => m.includes('newsmark.export.baseUrl') && m.includes('/home/desk/site')), `${command}: the error names the setting: ${JSON.stringify(errors)}`);
      }
    } finally {
      window.showErrorMessage = original;
      await config().update('export.baseUrl', undefined, vscode.ConfigurationTarget.Global);
      if (made) {
        await sidecars.remove(saved.document.uri, made.id);
        await sidecars.flush(saved.document.uri);
      }
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });
});
