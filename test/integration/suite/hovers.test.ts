// Hovers as a person reads them: who speaks, what a hedge does and whose it is, article text kept inert.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverTextAt, newsmarkApi, offsetOf, openArticle, screenshot, waitFor, workspaceUri } from './newsmarkTestSupport';

const ARTICLE = '004_f3864c178bfaef39.txt';

suite('Hovers', () => {
  test('the hover of “The ball is in Washington’s court” names Vladimir Putin', async () => {
    await newsmarkApi();
    const editor = await openArticle(ARTICLE);
    const offset = offsetOf(editor.document, 'The ball is in Washington’s court') + 4;
    const text = await waitFor('a hover on the quote', async () => {
      const t = await hoverTextAt(editor.document, offset);
      return t.includes('Direct quote') ? t : undefined;
    });
    assert.match(text, /Vladimir Putin/);
    assert.match(text, /Cue: “said”/);

    // The README's picture: the highlighted article with this hover open.
    const position = editor.document.positionAt(offset);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('workbench.view.extension.newsmark');
    await screenshot('screenshot-hover', 3000, async () => {
      // The hover shows only in the focused editor, and wrapping (set for the picture) moves the text first.
      await vscode.window.showTextDocument(editor.document, { preserveFocus: false, viewColumn: editor.viewColumn });
      await vscode.commands.executeCommand('editor.action.showHover');
    });
  });

  test('with an article open, the hover of a name says where else it appears, without Re-analyse Workspace', async () => {
    await newsmarkApi();
    const editor = await openArticle('004_f3864c178bfaef39.txt');
    // No suite before this one runs Re-analyse Workspace or shows the Cross-source view: the index is built in the
    // background once an article of the workspace is open.
    const text = await waitFor('a hover that names the other articles', async () => {
      const hover = await hoverTextAt(editor.document, offsetOf(editor.document, 'Dmitry Peskov') + 3);
      return /Also named in/.test(hover) ? hover : undefined;
    }, 45_000);
    assert.match(text, /00[0-3]_[0-9a-f]+\.txt/);
  });

  test('a hedge hover explains the hedge and says the reporter hedges', async () => {
    await newsmarkApi();
    const editor = await openArticle(ARTICLE);
    const text = await hoverTextAt(editor.document, offsetOf(editor.document, 'reportedly') + 2);
    assert.match(text, /Hedge: /);
    assert.match(text, /the reporter/);
    assert.match(text, /critical phase/);
  });

  test('an entity hover gives the canonical name and the mention count', async () => {
    await newsmarkApi();
    const editor = await openArticle(ARTICLE);
    const text = await hoverTextAt(editor.document, offsetOf(editor.document, 'Dmitry Peskov') + 2);
    assert.match(text, /Dmitry Peskov\*\* — person, \d+ mentions? in this article/);
  });

  test('in an article over newsmark.maxFileSize, the hover of a person’s own annotation shows it, escaped and untrusted', async () => {
    const api = await newsmarkApi();
    const uri = workspaceUri('zz-large-annotated.news');
    const sidecarUri = workspaceUri('zz-large-annotated.news.annotations.yaml');
    const words = 'the council approved the budget';
    const text = `Reporters said ${words} on Monday. ${'More words of a later paragraph. '.repeat(20)}\n`;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const config = () => vscode.workspace.getConfiguration('newsmark');
    try {
      await config().update('maxFileSize', 200, vscode.ConfigurationTarget.Global);
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { preview: false });
      await waitFor('the article said to be too large', () => api.editorContextKeys()['newsmark.editorTooLarge'] === true);
      assert.strictEqual(await api.analysisFor(uri), undefined, 'the article is not analysed');
      const start = offsetOf(document, words);
      const note = 'See [x](command:workbench.action.quit) paid $(zap) <img src=x> via https://evil.example/x';
      await api.sidecars.addManual(uri, { kind: 'claim', start, end: start + words.length, verdict: 'inaccurate', note, speaker: 'The *mayor*' });
      await waitFor('the annotation outlined', () => (api.appliedHighlights(uri)?.annotation.length ?? 0) > 0);

      const hovers = await waitFor('a hover on the annotation', async () => {
        const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(start + 4));
        return found.length ? found : undefined;
      }, 5000);
      const shown = await hoverTextAt(document, start + 4);
      assert.match(shown, /Your claim annotation/);
      assert.match(shown, /verdict: \*\*inaccurate\*\*/);
      assert.ok(shown.includes('speaker: The \\*mayor\\*'), `the speaker is shown escaped: ${shown}`);
      assert.ok(shown.includes('\\[x\\]\\(command\\:workbench\\.action\\.quit\\)'), `the note is shown escaped: ${shown}`);
      assert.ok(!shown.includes('](command:') && !shown.includes('$(zap)') && !/(^|[^\\])<img/.test(shown) && !shown.includes('https://'), `nothing live: ${shown}`);
      for (const content of hovers.flatMap((h) => h.contents)) {
        if (typeof content === 'object' && 'isTrusted' in content) assert.notStrictEqual(content.isTrusted, true, 'the hover is not trusted');
      }
      // Only the annotation is shown: nothing of an analysis the article did not get.
      assert.doesNotMatch(shown, /Direct quote|Hedge|mentions? in this article/);
      const range = hovers[0].range;
      assert.ok(range && document.getText(range) === words, `the hover covers the annotated words: ${range && document.getText(range)}`);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await config().update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
      for (const file of [uri, sidecarUri]) await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
    }
  });

  test('article text and notes in a hover are escaped: no command links, theme icons, HTML or bare links', async () => {
    const api = await newsmarkApi();
    const uri = workspaceUri('zz-hostile-hover.news');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('The minister reportedly signed [x] <img src=x> for $5 at https://evil.example/x on Monday.\n'));
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { preview: false });
      // The hedged claim is article text the hover prints (it ends at the colon of the address).
      const claim = await waitFor('the hedge hover with its claim', async () => {
        const t = await hoverTextAt(document, offsetOf(document, 'reportedly') + 2);
        return t.includes('Claim:') ? t : undefined;
      });
      assert.ok(claim.includes('\\[x\\] \\<img src\\=x\\> for &#36;5'), `the claim is shown escaped: ${claim}`);
      assert.ok(!/(^|[^\\])<img/.test(claim) && !claim.includes('$5'), `no HTML, no raw dollar sign: ${claim}`);

      // A note is a person's text the hover prints in full.
      const hostile = '[x](command:workbench.action.quit) paid $(zap) <img src=x> via https://evil.example/x';
      const start = offsetOf(document, 'signed');
      await api.sidecars.addManual(uri, { kind: 'note', start, end: start + 'signed'.length, note: `See ${hostile}` });
      const note = await waitFor('the note in the hover', async () => {
        const t = await hoverTextAt(document, start + 2);
        return t.includes('evil') ? t : undefined;
      });
      assert.ok(!note.includes('](command:'), `no command link: ${note}`);
      assert.ok(note.includes('\\[x\\]\\(command\\:workbench\\.action\\.quit\\)'), `the link is shown escaped: ${note}`);
      assert.ok(!note.includes('$(zap)') && !note.includes('$\\(zap'), `no theme icon: ${note}`);
      assert.ok(note.includes('&#36;\\(zap\\)'), `the dollar sign is an entity: ${note}`);
      assert.ok(!/(^|[^\\])<img/.test(note) && note.includes('\\<img'), `no HTML: ${note}`);
      assert.ok(!note.includes('https://') && note.includes('https\\://'), `no bare link: ${note}`);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(workspaceUri('zz-hostile-hover.news.annotations.yaml')).then(undefined, () => undefined);
    }
  });
});
