// Set Verdict… / Add Note… / Set Speaker… on selected words: the verdict lands on exactly those words, never on an
// automatic quote around them or a speaker's name inside them, and the ClaimReview export reviews those words.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Annotation } from '../../../src/extension/sidecar/api';
import { newsmarkApi, offsetOf, readWorkspaceFile, waitFor, workspaceUri } from './newsmarkTestSupport';

const ARTICLE = 'review-selection.news';
const TEXT = [
  'The harbour board met on Monday.',
  '',
  'Marta Keller, the transport minister, said ferry fares fell by 9 percent last spring, a number rival operators question.',
  '',
].join('\n');
const CLAIM = 'ferry fares fell by 9 percent';
const WITH_SPEAKER = 'Marta Keller, the transport minister, said ferry fares fell by 9 percent';

suite('Review commands on the selected words', () => {
  const articleUri = () => workspaceUri(ARTICLE);
  const sidecarUri = () => workspaceUri(`${ARTICLE}.annotations.yaml`);

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    for (const uri of [sidecarUri(), articleUri()]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  test('a verdict goes on exactly the selected words, as a new claim; automatic quotes, speakers and names keep theirs', async () => {
    const api = await newsmarkApi();
    const sidecars = api.sidecars;
    await vscode.workspace.fs.writeFile(articleUri(), new TextEncoder().encode(TEXT));
    const document = await vscode.workspace.openTextDocument(articleUri());
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    await waitFor('the article analysed', () => api.analysisFor(document.uri));

    // Once the article has a sidecar, its automatic annotations (quotes, speakers, names) are in the store too.
    const first = offsetOf(document, 'The harbour board met');
    const opening = await sidecars.addManual(document.uri, { kind: 'claim', start: first, end: first + 'The harbour board met on Monday'.length });
    await sidecars.flush(document.uri);
    await waitFor('the sidecar written', async () => (await readWorkspaceFile(sidecarUri()))?.includes(opening.id));
    const automatic = () => sidecars.annotationsFor(document.uri).filter((a) => a.origin === 'auto');
    const claimStart = offsetOf(document, CLAIM);
    const autoQuote = await waitFor('an automatic quote around the claimed words', () =>
      automatic().find((a) => a.kind === 'quote' && a.target.start <= claimStart && a.target.end > claimStart + CLAIM.length),
    );
    const names = automatic().filter((a) => (a.kind === 'speaker' || a.kind === 'entity') && a.target.exact.startsWith('Marta Keller'));
    assert.ok(names.length > 0, `an automatic speaker or entity on the minister's name: ${JSON.stringify(automatic().map((a) => [a.kind, a.target.exact]))}`);

    const select = (words: string, padding = 0) => {
      const at = offsetOf(document, words);
      editor.selection = new vscode.Selection(document.positionAt(at - padding), document.positionAt(at + words.length + padding));
    };

    select(CLAIM);
    const rated = await vscode.commands.executeCommand<Annotation>('newsmark.setVerdict', { verdict: 'inaccurate' });
    assert.strictEqual(rated?.target.exact, CLAIM, 'the verdict is on the selected words');
    assert.strictEqual(rated.kind, 'claim');
    assert.notStrictEqual(rated.id, autoQuote.id);

    select(WITH_SPEAKER);
    const wider = await vscode.commands.executeCommand<Annotation>('newsmark.setVerdict', { verdict: 'misleading' });
    assert.strictEqual(wider?.target.exact, WITH_SPEAKER);
    assert.strictEqual(wider.kind, 'claim');
    // The same words again (selected with a space each side): the same claim, not a second one.
    select(WITH_SPEAKER, 1);
    const again = await vscode.commands.executeCommand<Annotation>('newsmark.setVerdict', { verdict: 'mixed' });
    assert.strictEqual(again?.id, wider.id);
    assert.strictEqual(again.verdict, 'mixed');

    // A note on exactly the minister's name is the person's own; the automatic name stays automatic.
    select('Marta Keller');
    const noted = await vscode.commands.executeCommand<Annotation>('newsmark.addNote', { note: 'Minister since March?' });
    assert.strictEqual(noted?.target.exact, 'Marta Keller');
    assert.ok(!names.some((n) => n.id === noted.id), 'the note is not put on the automatic name');

    const now = sidecars.annotationsFor(document.uri);
    for (const name of names) {
      const still = now.find((a) => a.id === name.id);
      assert.ok(still, `${name.kind} "${name.target.exact}" is still there`);
      assert.strictEqual(still.origin, 'auto', `${name.kind} "${name.target.exact}" is still automatic`);
      assert.strictEqual(still.verdict, undefined);
      assert.strictEqual(still.note, undefined);
    }
    const quoteNow = now.find((a) => a.id === autoQuote.id);
    assert.strictEqual(quoteNow?.verdict, undefined, 'the automatic quote around the words has no verdict');
    assert.strictEqual(quoteNow?.origin, 'auto');

    // Set Speaker on exactly a quote's words corrects that quote.
    const quoteWords = autoQuote.target.exact;
    select(quoteWords);
    const spoken = await vscode.commands.executeCommand<Annotation>('newsmark.setSpeaker', { speaker: 'Marta Keller-Ruiz' });
    assert.strictEqual(spoken?.id, autoQuote.id);
    assert.strictEqual(spoken.speaker, 'Marta Keller-Ruiz');

    const reviews = (await sidecars.exportClaimReview(document.uri)) as { claimReviewed?: string }[];
    assert.deepStrictEqual(reviews.map((r) => r.claimReviewed).sort(), [CLAIM, WITH_SPEAKER].sort(), 'ClaimReview reviews the words the person rated');
  });
});
