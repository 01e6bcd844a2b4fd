// Changing an article's line ends (the status bar's CRLF/LF, "Change End of Line Sequence") changes every offset after
// the first line: the annotations must stay on their words, in the editor and in the sidecar written with the article.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { Annotation } from '../../../src/extension/sidecar/api';
import { newsmarkApi, offsetOf, openArticle, readWorkspaceFile, waitFor, workspaceUri } from './newsmarkTestSupport';

const ARTICLE = 'line-ends-ferry.news';
const LINES = [
  'The ferry company cut its winter timetable on Friday.',
  '',
  'Passengers on the island route said the early boat was the only one they could use.',
  '“We will lose the morning crossing in November,” the harbourmaster, Nils Berg, told reporters.',
  'The council will meet the company next week.',
  '',
];
/** The annotated words, with LF line ends: the last one runs over a line end. */
const WORDS = ['early boat was the only one', 'We will lose the morning crossing in November', 'Nils Berg', 'meet the company next week', 'told reporters.\nThe council'];

/** The words as `text` writes them, with its line ends. */
function asIn(words: string, text: string): string {
  return text.includes('\r\n') ? words.replace(/\n/g, '\r\n') : words;
}

interface SidecarYaml {
  annotations?: { id: string; target: { exact: string; start?: number; end?: number } }[];
}

/** Every annotation made here still sits on its words in `text`, with its position. */
function assertOnTheirWords(annotations: readonly Annotation[], ids: readonly string[], text: string, when: string): void {
  for (const [i, id] of ids.entries()) {
    const a = annotations.find((x) => x.id === id);
    assert.ok(a, `${when}: the annotation on "${WORDS[i]}" is still there`);
    assert.strictEqual(a.status, 'anchored', `${when}: "${WORDS[i]}" is anchored`);
    assert.strictEqual(text.slice(a.target.start, a.target.end), asIn(WORDS[i], text), `${when}: the annotation's offsets cover "${WORDS[i]}"`);
    assert.strictEqual(a.target.exact, asIn(WORDS[i], text), `${when}: its exact words are "${WORDS[i]}"`);
  }
}

async function assertSidecarOnTheirWords(sidecarUri: vscode.Uri, ids: readonly string[], text: string, when: string): Promise<void> {
  const parsed = await waitFor(`the sidecar written ${when}`, async () => {
    const yaml = await readWorkspaceFile(sidecarUri);
    const sidecar = yaml ? (parse(yaml) as SidecarYaml & { document?: { length?: number } }) : undefined;
    return sidecar?.document?.length === text.length ? sidecar : undefined;
  });
  for (const [i, id] of ids.entries()) {
    const a = parsed.annotations?.find((x) => x.id === id);
    assert.ok(a, `${when}: the sidecar keeps the annotation on "${WORDS[i]}"`);
    assert.strictEqual(a.target.exact, asIn(WORDS[i], text));
    assert.strictEqual(text.slice(a.target.start ?? -1, a.target.end ?? -1), asIn(WORDS[i], text), `${when}: the sidecar's offsets cover "${WORDS[i]}"`);
  }
}

async function setEndOfLine(editor: vscode.TextEditor, eol: vscode.EndOfLine): Promise<void> {
  assert.ok(await editor.edit((eb) => eb.setEndOfLine(eol)), 'the line ends are changed');
  assert.strictEqual(editor.document.eol, eol);
}

suite('Line ends', () => {
  test('annotations stay on their words when the article changes from CRLF to LF and back, and are saved there', async () => {
    const api = await newsmarkApi();
    const sidecars = api.sidecars;
    const articleUri = workspaceUri(ARTICLE);
    const sidecarUri = workspaceUri(`${ARTICLE}.annotations.yaml`);
    await vscode.workspace.fs.writeFile(articleUri, new TextEncoder().encode(LINES.join('\r\n')));
    try {
      const editor = await openArticle(ARTICLE);
      const document = editor.document;
      assert.strictEqual(document.eol, vscode.EndOfLine.CRLF, 'the article is opened with its CRLF line ends');
      const ids: string[] = [];
      for (const words of WORDS.map((w) => asIn(w, document.getText()))) {
        const start = offsetOf(document, words);
        ids.push((await sidecars.addManual(document.uri, { kind: 'claim', start, end: start + words.length, note: `about ${words}` })).id);
      }
      await sidecars.flush(document.uri);
      await assertSidecarOnTheirWords(sidecarUri, ids, document.getText(), 'with CRLF');

      await setEndOfLine(editor, vscode.EndOfLine.LF);
      assert.ok(!document.getText().includes('\r'), 'the text has LF line ends');
      await waitFor('the annotations to follow the new line ends', () => ids.every((id) => sidecars.annotationsFor(document.uri).some((a) => a.id === id && document.getText().slice(a.target.start, a.target.end) === a.target.exact)));
      assertOnTheirWords(sidecars.annotationsFor(document.uri), ids, document.getText(), 'after CRLF → LF');
      assert.ok(await document.save(), 'the article is saved with LF');
      await assertSidecarOnTheirWords(sidecarUri, ids, document.getText(), 'with LF');
      assertOnTheirWords(sidecars.annotationsFor(document.uri), ids, document.getText(), 'after saving with LF');

      await setEndOfLine(editor, vscode.EndOfLine.CRLF);
      assert.ok(document.getText().includes('\r\n'), 'the text has CRLF line ends again');
      await waitFor('the annotations to follow the line ends back', () => ids.every((id) => sidecars.annotationsFor(document.uri).some((a) => a.id === id && document.getText().slice(a.target.start, a.target.end) === a.target.exact)));
      assertOnTheirWords(sidecars.annotationsFor(document.uri), ids, document.getText(), 'after LF → CRLF');
      assert.ok(await document.save(), 'the article is saved with CRLF');
      await assertSidecarOnTheirWords(sidecarUri, ids, document.getText(), 'with CRLF again');
      assertOnTheirWords(sidecars.annotationsFor(document.uri), ids, document.getText(), 'after saving with CRLF');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const uri of [sidecarUri, articleUri]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
});
