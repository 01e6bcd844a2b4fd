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
});
