// Which editor the annotating commands act on while focus is in the Output panel, a view or a settings file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseArticleEditor } from '../../src/extension/articleEditorChoice';

type Doc = { name: string; article: boolean };
type Editor = { document: Doc; viewColumn?: number };

const story: Doc = { name: 'story.news', article: true };
const draft: Doc = { name: 'draft.md', article: true };
const output: Doc = { name: 'extension-output-newsmark', article: false };
const settings: Doc = { name: 'settings.json', article: false };
const isArticle = (d: Doc) => d.article;

test('the active editor when it shows an article', () => {
  const editor = { document: draft, viewColumn: 2 };
  const earlier = { document: story, viewColumn: 1 };
  assert.equal(chooseArticleEditor(editor, [earlier], [earlier, editor], isArticle), editor);
});

test('with the Output panel focused: the article editor focused last, never the panel', () => {
  const panel = { document: output };
  const storyEditor = { document: story, viewColumn: 1 };
  const draftEditor = { document: draft, viewColumn: 2 };
  // The draft was focused last, then the Output panel.
  assert.equal(chooseArticleEditor(panel, [draftEditor, storyEditor], [storyEditor, draftEditor], isArticle), draftEditor);
  // Focus in a view or a webview: no active text editor at all.
  assert.equal(chooseArticleEditor(undefined, [storyEditor, draftEditor], [storyEditor, draftEditor], isArticle), storyEditor);
});

test('an editor focused last but no longer shown is passed over; the same article shown again in its column counts', () => {
  const panel = { document: output };
  const hidden = { document: draft, viewColumn: 1 };
  const storyEditor = { document: story, viewColumn: 2 };
  assert.equal(chooseArticleEditor(panel, [hidden, storyEditor], [storyEditor], isArticle), storyEditor);
  // VS Code gives a tab shown again a new editor object.
  const shownAgain = { document: draft, viewColumn: 1 };
  assert.equal(chooseArticleEditor(panel, [hidden, storyEditor], [storyEditor, shownAgain], isArticle), shownAgain);
});

test('no article focused yet: a visible one; none shown: none, whatever is active', () => {
  const storyEditor: Editor = { document: story, viewColumn: 2 };
  assert.equal(chooseArticleEditor({ document: settings, viewColumn: 1 }, [], [{ document: settings, viewColumn: 1 }, storyEditor], isArticle), storyEditor);
  assert.equal(chooseArticleEditor({ document: output }, [], [{ document: settings, viewColumn: 1 }], isArticle), undefined);
  assert.equal(chooseArticleEditor(undefined, [], [], isArticle), undefined);
});
