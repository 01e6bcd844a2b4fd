// Problems panel: unattributed quotes, vague sources and the reporter's own hedges, with "Attribute to …" fixes.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Annotation } from '../../../src/extension/sidecar/api';
import { hoverTextAt, newsmarkApi, offsetOf, waitFor, workspaceUri } from './newsmarkTestSupport';

const ARTICLE = 'problems-check.news';
const TEXT = [
  '“The budget is ready,” said Mayor Jane Doe.',
  'The council met on Monday to discuss roads and schools.',
  '“We will fight on.”',
  'Officials said the plan may fail.',
  'The bridge will probably close in May.',
  '',
].join('\n');

function newsmarkDiagnostics(uri: vscode.Uri, code: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'newsmark' && d.code === code);
}

suite('Diagnostics', () => {
  let uri: vscode.Uri;
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    await newsmarkApi();
    uri = workspaceUri(ARTICLE);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT));
    document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(workspaceUri(`${ARTICLE}.annotations.yaml`)).then(undefined, () => undefined);
  });

  test('each rule reports at the right words with the default severity', async () => {
    const unattributed = await waitFor('an unattributed-quote problem', () => newsmarkDiagnostics(uri, 'unattributed-quote')[0]);
    assert.strictEqual(document.getText(unattributed.range), '“We will fight on.”');
    assert.strictEqual(unattributed.severity, vscode.DiagnosticSeverity.Information);
    const anonymous = newsmarkDiagnostics(uri, 'anonymous-source');
    assert.ok(anonymous.some((d) => document.getText(d.range) === 'Officials'), `anonymous: ${JSON.stringify(anonymous.map((d) => document.getText(d.range)))}`);
    const hedges = newsmarkDiagnostics(uri, 'reporter-hedge');
    assert.ok(hedges.some((d) => document.getText(d.range) === 'probably'), `reporter hedges: ${JSON.stringify(hedges.map((d) => document.getText(d.range)))}`);
    assert.ok(!hedges.some((d) => document.getText(d.range) === 'may'), 'a hedge inside reported speech is the speaker’s, not the reporter’s');
  });

  test('a rule set to off disappears, and comes back', async () => {
    const config = () => vscode.workspace.getConfiguration('newsmark');
    try {
      await config().update('diagnostics.unattributedQuote', 'off', vscode.ConfigurationTarget.Global);
      await waitFor('the problem to go', () => newsmarkDiagnostics(uri, 'unattributed-quote').length === 0);
      assert.ok(newsmarkDiagnostics(uri, 'anonymous-source').length > 0, 'the other rules stay');
      await config().update('diagnostics.unattributedQuote', 'warning', vscode.ConfigurationTarget.Global);
      const warning = await waitFor('the problem as a warning', () => newsmarkDiagnostics(uri, 'unattributed-quote')[0]);
      assert.strictEqual(warning.severity, vscode.DiagnosticSeverity.Warning);
    } finally {
      await config().update('diagnostics.unattributedQuote', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('a severity changed while the article waits in a background tab applies to its problems too', async () => {
    const config = () => vscode.workspace.getConfiguration('newsmark');
    const other = workspaceUri('problems-other-tab.news');
    await vscode.workspace.fs.writeFile(other, new TextEncoder().encode('The council met on Monday.\n'));
    try {
      await vscode.window.showTextDocument(document, { preview: false });
      await waitFor('the vague source reported', () => newsmarkDiagnostics(uri, 'anonymous-source').length > 0);
      // Another article in the same group: this one stays open, in a tab that is not shown.
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(other), { preview: false });
      await waitFor('the article hidden behind the other tab', () => !vscode.window.visibleTextEditors.some((e) => e.document === document));
      await config().update('diagnostics.anonymousSource', 'off', vscode.ConfigurationTarget.Global);
      await waitFor('the vague-source problem of the hidden article to go', () => newsmarkDiagnostics(uri, 'anonymous-source').length === 0, 5000);
      await config().update('diagnostics.anonymousSource', 'error', vscode.ConfigurationTarget.Global);
      const error = await waitFor('the problem back as an error', () => newsmarkDiagnostics(uri, 'anonymous-source')[0], 5000);
      assert.strictEqual(error.severity, vscode.DiagnosticSeverity.Error);
    } finally {
      await config().update('diagnostics.anonymousSource', undefined, vscode.ConfigurationTarget.Global);
      const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === other.toString());
      await vscode.window.tabGroups.close(tabs);
      await vscode.window.showTextDocument(document, { preview: false });
      await vscode.workspace.fs.delete(other).then(undefined, () => undefined);
    }
  });

  test('“Attribute to Jane Doe” records the speaker in the sidecar, settles the problem, and used twice adds no second annotation', async () => {
    const api = await newsmarkApi();
    const diagnostic = await waitFor('an unattributed-quote problem', () => newsmarkDiagnostics(uri, 'unattributed-quote')[0]);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const attribute = actions.find((a) => a.title === 'Attribute to Jane Doe');
    assert.ok(attribute?.command, `actions: ${JSON.stringify(actions.map((a) => a.title))}`);
    const annotation = await vscode.commands.executeCommand<Annotation>(attribute.command.command, ...(attribute.command.arguments ?? []));
    assert.strictEqual(annotation?.speaker, 'Jane Doe');
    assert.strictEqual(annotation.kind, 'quote');
    const start = offsetOf(document, '“We will fight on.”');
    assert.strictEqual(annotation.target.start, start);
    assert.ok(api.sidecars.annotationsFor(uri).some((a) => a.id === annotation.id && a.origin === 'manual'));

    await waitFor('the unattributed-quote problem settled by the attribution', () => newsmarkDiagnostics(uri, 'unattributed-quote').length === 0);
    assert.ok(newsmarkDiagnostics(uri, 'anonymous-source').length > 0, 'the other problems stay');

    // The fix run again (from a stale lightbulb, say) changes the same annotation.
    const again = await vscode.commands.executeCommand<Annotation>(attribute.command.command, ...(attribute.command.arguments ?? []));
    assert.strictEqual(again?.id, annotation.id);
    const onQuote = api.sidecars.annotationsFor(uri).filter((a) => a.kind === 'quote' && a.origin === 'manual' && a.target.start === start);
    assert.strictEqual(onQuote.length, 1, `one annotation on the quote: ${JSON.stringify(onQuote)}`);

    // The Quotes view lists the quote under its speaker, and the hover says who speaks.
    await vscode.window.showTextDocument(document);
    const tree = api.quotesTree;
    await waitFor('the quote under Jane Doe in the Quotes view', async () => {
      const groups = (await tree.getChildren()) ?? [];
      const group = groups.find((g) => g.kind === 'speaker' && g.label === 'Jane Doe');
      return group?.kind === 'speaker' && group.quotes.some((q) => q.start === start);
    });
    assert.match(await hoverTextAt(document, start + 3), /Speaker: \*\*Jane Doe\*\* — \*your attribution\*/);
  });

  test('while the analysis waits for the typing to stop, “Attribute to …” is offered where the quote is now, on its words, and not for a quote whose words were edited', async () => {
    await newsmarkApi();
    const typed = workspaceUri('problems-while-typing.news');
    await vscode.workspace.fs.writeFile(typed, new TextEncoder().encode(TEXT));
    const config = () => vscode.workspace.getConfiguration('newsmark');
    const quote = '“We will fight on.”';
    /** The quick fixes offered over the words, with the words each would annotate. */
    const fixesAt = async (doc: vscode.TextDocument, words: string) => {
      const start = offsetOf(doc, words);
      const range = new vscode.Range(doc.positionAt(start), doc.positionAt(start + words.length));
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
      return actions
        .filter((a) => a.title.startsWith('Attribute to'))
        .map((a) => {
          const args = a.command?.arguments?.[0] as { start: number; end: number };
          return { title: a.title, words: doc.getText().slice(args.start, args.end) };
        });
    };
    try {
      await config().update('debounceMs', 5000, vscode.ConfigurationTarget.Global);
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(typed), { preview: false });
      const doc = editor.document;
      await waitFor('the unattributed quote reported', () => newsmarkDiagnostics(typed, 'unattributed-quote').length === 1);
      const analysed = await fixesAt(doc, quote);
      assert.ok(analysed.some((f) => f.title === 'Attribute to Jane Doe') && analysed.every((f) => f.words === quote), JSON.stringify(analysed));

      // A line typed above the quote: the problem is still the one found before it, a line up.
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Updated on Tuesday with the union’s reply.\n'));
      assert.strictEqual(newsmarkDiagnostics(typed, 'unattributed-quote')[0]?.range.start.line, 2, 'not analysed again yet');
      const moved = await fixesAt(doc, quote);
      assert.ok(moved.some((f) => f.title === 'Attribute to Jane Doe'), `offered where the quote is now: ${JSON.stringify(moved)}`);
      assert.deepStrictEqual(moved.filter((f) => f.words !== quote), [], 'each fix annotates the quote’s words');
      // Where the quote was before the edit is other text now: nothing to attribute there.
      const there = await fixesAt(doc, 'The council met on Monday');
      assert.deepStrictEqual(there, []);

      // Words of the quote edited: no fix until the quote is analysed again.
      await editor.edit((e) => e.insert(doc.positionAt(offsetOf(doc, 'fight on') + 'fight'.length), ' hard'));
      assert.strictEqual(newsmarkDiagnostics(typed, 'unattributed-quote')[0]?.range.start.line, 2, 'still not analysed again');
      assert.deepStrictEqual(await fixesAt(doc, '“We will fight hard on.”'), []);
    } finally {
      await config().update('debounceMs', undefined, vscode.ConfigurationTarget.Global);
      for (const d of vscode.workspace.textDocuments.filter((d) => d.uri.toString() === typed.toString() && d.isDirty)) {
        await vscode.window.showTextDocument(d);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
      await vscode.workspace.fs.delete(typed).then(undefined, () => undefined);
    }
  });
});
