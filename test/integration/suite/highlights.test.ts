// Highlights as a person sees them: each kind on the right words, the global toggle and the per-kind settings.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { HIGHLIGHT_KINDS } from '../../../src/extension/highlights/highlightKinds';
import { highlightedWords, newsmarkApi, openArticle, waitFor } from './newsmarkTestSupport';

const ARTICLE = '004_f3864c178bfaef39.txt';
/** Vague sources ("Analysts note …") are in seed 000. */
const ARTICLE_WITH_VAGUE_SOURCES = '000_b33d5db25880afa6.txt';

function someIncludes(words: string[], expected: string | RegExp): boolean {
  return words.some((w) => (typeof expected === 'string' ? w.includes(expected) : expected.test(w)));
}

suite('Highlights', () => {
  test('each kind is painted on the right words', async () => {
    const api = await newsmarkApi();
    const { document } = await openArticle(ARTICLE);
    await waitFor('highlights in the seed article', () => highlightedWords(api, document, 'directQuote').length > 0);
    const words = (kind: (typeof HIGHLIGHT_KINDS)[number]) => highlightedWords(api, document, kind);
    assert.ok(someIncludes(words('directQuote'), 'Putin does not eat people'), `direct: ${JSON.stringify(words('directQuote'))}`);
    assert.ok(someIncludes(words('directQuote'), 'The ball is in Washington’s court'), `direct: ${JSON.stringify(words('directQuote'))}`);
    assert.ok(someIncludes(words('speaker'), 'Peskov'), `speakers: ${JSON.stringify(words('speaker'))}`);
    assert.ok(someIncludes(words('partialQuote'), 'like a real man'), `partial: ${JSON.stringify(words('partialQuote'))}`);
    assert.ok(someIncludes(words('reportedSpeech'), 'Western leaders have disregarded'), `reported: ${JSON.stringify(words('reportedSpeech'))}`);
    assert.ok(someIncludes(words('hedgeCue'), /^reportedly$/i), `hedge cues: ${JSON.stringify(words('hedgeCue'))}`);
    assert.ok(someIncludes(words('hedgeClaim'), 'entering a critical phase'), `hedged claims: ${JSON.stringify(words('hedgeClaim'))}`);

    const vague = await openArticle(ARTICLE_WITH_VAGUE_SOURCES);
    await waitFor('highlights in seed 000', () => highlightedWords(api, vague.document, 'directQuote').length > 0);
    const anonymous = highlightedWords(api, vague.document, 'anonymousSource');
    assert.ok(someIncludes(anonymous, /analysts/i), `anonymous sources: ${JSON.stringify(anonymous)}`);
    assert.ok(!someIncludes(highlightedWords(api, vague.document, 'speaker'), /analysts/i), 'vague sources are not painted as named speakers');
  });

  test('Toggle Highlights removes every highlight and brings them back', async () => {
    const api = await newsmarkApi();
    const { document } = await openArticle(ARTICLE);
    const total = () => HIGHLIGHT_KINDS.reduce((n, kind) => n + highlightedWords(api, document, kind).length, 0);
    const before = await waitFor('highlights before toggling', () => total());
    try {
      await vscode.commands.executeCommand('newsmark.toggleHighlights');
      await waitFor('highlights to disappear', () => api.appliedHighlights(document.uri) && total() === 0);
    } finally {
      await vscode.commands.executeCommand('newsmark.toggleHighlights');
    }
    await waitFor('highlights to come back', () => total() === before);
    assert.ok(someIncludes(highlightedWords(api, document, 'directQuote'), 'Putin does not eat people'));
  });

  test('Hide Highlights and Show Highlights (the editor title buttons) set highlights off and on', async () => {
    const api = await newsmarkApi();
    const { document } = await openArticle(ARTICLE);
    const total = () => HIGHLIGHT_KINDS.reduce((n, kind) => n + highlightedWords(api, document, kind).length, 0);
    const before = await waitFor('highlights before hiding', () => total());
    try {
      await vscode.commands.executeCommand('newsmark.hideHighlights');
      await waitFor('highlights to disappear', () => api.appliedHighlights(document.uri) && total() === 0);
      await vscode.commands.executeCommand('newsmark.hideHighlights');
      assert.strictEqual(total(), 0, 'hiding twice keeps them hidden');
    } finally {
      await vscode.commands.executeCommand('newsmark.showHighlights');
    }
    await waitFor('highlights to come back', () => total() === before);
    assert.strictEqual(vscode.workspace.getConfiguration('newsmark').get('highlights.enabled'), true);
  });

  test('turning one kind off in the settings leaves the others', async () => {
    const api = await newsmarkApi();
    const { document } = await openArticle(ARTICLE);
    await waitFor('hedge highlights', () => highlightedWords(api, document, 'hedgeCue').length > 0);
    const config = () => vscode.workspace.getConfiguration('newsmark');
    try {
      await config().update('highlights.hedgeCue', false, vscode.ConfigurationTarget.Global);
      await waitFor('hedge cues to disappear', () => highlightedWords(api, document, 'hedgeCue').length === 0);
      assert.ok(highlightedWords(api, document, 'directQuote').length > 0, 'quotes stay highlighted');
    } finally {
      await config().update('highlights.hedgeCue', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('hedge cues to come back', () => highlightedWords(api, document, 'hedgeCue').length > 0);
  });

  test('a change of language mode analyses the article again in the new one, or clears what it showed', async () => {
    const api = await newsmarkApi();
    const { document } = await openArticle(ARTICLE);
    const total = () => HIGHLIGHT_KINDS.reduce((n, kind) => n + highlightedWords(api, document, kind).length, 0);
    const problems = () => vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'newsmark').length;
    const entities = async () => ((await api.entitiesTree.getChildren()) ?? []).length;
    const analysable = () => api.editorContextKeys()['newsmark.editorAnalysable'];
    await waitFor('highlights in plain text', () => someIncludes(highlightedWords(api, document, 'directQuote'), 'Putin does not eat people'));
    await waitFor('the Entities view filled', async () => (await entities()) > 0);
    await waitFor('problems of the article', () => problems() > 0);
    try {
      // VS Code closes the document and opens it again in the new language; the active editor stays the same.
      const markdown = await vscode.languages.setTextDocumentLanguage(document, 'markdown');
      assert.strictEqual(markdown, document);
      await waitFor('highlights in Markdown', () => someIncludes(highlightedWords(api, document, 'directQuote'), 'Putin does not eat people'));
      assert.strictEqual(analysable(), true, 'still an article');
      await waitFor('the Entities view filled in Markdown', async () => (await entities()) > 0);
      await waitFor('the problems back', () => problems() > 0);

      await vscode.languages.setTextDocumentLanguage(document, 'json');
      await waitFor('no highlight left painted', () => api.appliedHighlights(document.uri) && total() === 0);
      await waitFor('no longer an article for the editor context keys', () => analysable() === false);
      await waitFor('the Entities view empty', async () => (await entities()) === 0);
      await waitFor('its problems gone', () => problems() === 0);
    } finally {
      await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    }
    await waitFor('highlights in plain text again', () => someIncludes(highlightedWords(api, document, 'directQuote'), 'Putin does not eat people'));
    assert.strictEqual(analysable(), true);
  });

  test('an open article the exclude setting comes to leave out is no article any more: highlights, problems, views and context keys follow', async () => {
    const api = await newsmarkApi();
    const { document } = await openArticle(ARTICLE);
    const total = () => HIGHLIGHT_KINDS.reduce((n, kind) => n + highlightedWords(api, document, kind).length, 0);
    const problems = () => vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'newsmark').length;
    const entities = async () => ((await api.entitiesTree.getChildren()) ?? []).length;
    const keys = () => api.editorContextKeys();
    const config = () => vscode.workspace.getConfiguration('newsmark');
    await waitFor('highlights of the article', () => total() > 0);
    await waitFor('an article for the editor context keys', () => keys()['newsmark.editorAnalysable'] === true);
    try {
      await config().update('exclude', [ARTICLE], vscode.ConfigurationTarget.Global);
      await waitFor('no highlight left painted', () => total() === 0);
      await waitFor('its problems gone', () => problems() === 0);
      await waitFor('no longer an article for the editor context keys', () => keys()['newsmark.editorAnalysable'] === false, 5000);
      assert.notStrictEqual(keys()['newsmark.editorTooLarge'], true, 'it is not said to be too large');
      assert.strictEqual(await entities(), 0, 'the Entities view is empty');
    } finally {
      await config().update('exclude', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('highlights again once it is included', () => total() > 0);
    await waitFor('an article again for the editor context keys', () => keys()['newsmark.editorAnalysable'] === true, 5000);
  });

  test('an edit is re-analysed after the debounce', async () => {
    const api = await newsmarkApi();
    const document = await vscode.workspace.openTextDocument({ language: 'news', content: 'A quiet day.\n' });
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((e) => e.insert(document.positionAt(document.getText().length), '“We will not leave,” the mayor said.\n'));
    await waitFor('the new quote to be highlighted', () => someIncludes(highlightedWords(api, document, 'directQuote'), 'We will not leave'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('a file over the size limit gets no highlights, and they return under a larger limit', async () => {
    const api = await newsmarkApi();
    const { document } = await openArticle(ARTICLE);
    await waitFor('highlights before', () => highlightedWords(api, document, 'directQuote').length > 0);
    const config = () => vscode.workspace.getConfiguration('newsmark');
    try {
      await config().update('maxFileSize', 1000, vscode.ConfigurationTarget.Global);
      await waitFor('highlights to go', () => HIGHLIGHT_KINDS.every((kind) => highlightedWords(api, document, kind).length === 0));
      assert.strictEqual(await api.analysisFor(document.uri), undefined, 'no analysis over the limit');
    } finally {
      await config().update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('highlights to return', () => highlightedWords(api, document, 'directQuote').length > 0);
  });

  test('an article that grows over the size limit tells the views so (newsmark.editorTooLarge), and shrinking clears it', async () => {
    const api = await newsmarkApi();
    const editor = await openArticle(ARTICLE);
    const { document } = editor;
    const tooLarge = () => api.editorContextKeys()['newsmark.editorTooLarge'];
    await waitFor('the Entities view filled', async () => ((await api.entitiesTree.getChildren()) ?? []).length > 0);
    assert.strictEqual(tooLarge(), false, 'the seed article is under the default limit');
    const config = () => vscode.workspace.getConfiguration('newsmark');
    const limit = document.getText().length + 200;
    const padding = '\n' + 'More words of a later paragraph. '.repeat(20);
    try {
      await config().update('maxFileSize', limit, vscode.ConfigurationTarget.Global);
      await waitFor('the analysis under the new limit', () => api.analysisFor(document.uri));
      assert.strictEqual(tooLarge(), false, 'still under the limit');
      // Typing past the limit: the views empty and the context key says why.
      assert.ok(await editor.edit((e) => e.insert(document.positionAt(document.getText().length), padding)));
      await waitFor('newsmark.editorTooLarge set', () => tooLarge() === true);
      assert.strictEqual(api.editorContextKeys()['newsmark.editorAnalysable'], true, 'it is still an article (annotations work)');
      await waitFor('the Entities view empty', async () => ((await api.entitiesTree.getChildren()) ?? []).length === 0);
      assert.deepStrictEqual((await api.quotesTree.getChildren()) ?? [], [], 'the Quotes view is empty too');
    } finally {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await config().update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('newsmark.editorTooLarge cleared', () => tooLarge() === false);
    assert.ok(!document.isDirty, 'the edit is reverted');
    await waitFor('the Entities view filled again', async () => ((await api.entitiesTree.getChildren()) ?? []).length > 0);
  });
});
