// Shared steps of the integration suites: the extension's API, the seed workspace, waiting for what a person would see.
import * as vscode from 'vscode';
import type { NewsmarkApi } from '../../../src/extension/api';
import type { HighlightKind } from '../../../src/extension/highlights/highlightKinds';
import type { JournalFolder } from '../../../src/extension/sidecar/journalFolder';
import { SidecarServiceImpl } from '../../../src/extension/sidecar/sidecarService';

export const EXTENSION_ID = 'newsmark.newsmark';

export async function newsmarkApi(): Promise<NewsmarkApi> {
  const extension = vscode.extensions.getExtension<NewsmarkApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  return extension.isActive ? extension.exports : extension.activate();
}

export function workspaceUri(...path: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration suite needs a workspace folder holding the seed articles');
  return vscode.Uri.joinPath(folder.uri, ...path);
}

export async function openArticle(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until probe returns something truthy; fails with `what` after timeoutMs. */
export async function waitFor<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await sleep(100);
  }
}

/** The words under each range last painted for `kind` in the editor of `document`. */
export function highlightedWords(api: NewsmarkApi, document: vscode.TextDocument, kind: HighlightKind): string[] {
  return (api.appliedHighlights(document.uri)?.[kind] ?? []).map((r) => document.getText(r));
}

/** Offset of `words` in the document, failing loudly when they are not there. */
export function offsetOf(document: vscode.TextDocument, words: string, from = 0): number {
  const at = document.getText().indexOf(words, from);
  if (at < 0) throw new Error(`"${words}" not found in ${document.uri.path}`);
  return at;
}

/**
 * Reads a file straight from the disk, bypassing VS Code. Only the Node extension host (code-server, desktop) sets it
 * (index.node.ts); in VS Code for the Web the workspace lives in the browser's memory and there is no disk to read.
 */
let diskReader: ((fsPath: string) => string | undefined) | undefined;

export function setDiskReader(reader: (fsPath: string) => string | undefined): void {
  diskReader = reader;
}

/** True in the Node extension host, where the workspace is a real folder the suite can read itself. */
export function canReadDisk(): boolean {
  return diskReader !== undefined;
}

/** The file's text as it is on disk (undefined when there is no such file); only where canReadDisk(). */
export function readFromDisk(uri: vscode.Uri): string | undefined {
  if (!diskReader) throw new Error('this rig has no disk to read: check canReadDisk() first');
  if (uri.scheme !== 'file') throw new Error(`the Node extension host should see the workspace on disk, not as ${uri.scheme}:`);
  return diskReader(uri.fsPath);
}

export async function readWorkspaceFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/**
 * Runs a command that asks through quick picks, accepting the highlighted (first) item of each as it comes up, and
 * resolves to the command's result.
 */
export async function runAcceptingQuickPicks<T>(command: string, ...args: unknown[]): Promise<T | undefined> {
  let result: { value: T | undefined } | undefined;
  const running = Promise.resolve(vscode.commands.executeCommand<T>(command, ...args)).then((value) => (result = { value }));
  await waitFor(`${command} to finish with its quick picks accepted`, async () => {
    if (!result) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    return result;
  });
  await running;
  return result?.value;
}

/** Hover texts at `offset` as VS Code would show them. */
export async function hoverTextAt(document: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/**
 * For README pictures: the launcher takes a screenshot when it sees the marker; the pause lets the workbench render.
 * Long paragraphs are wrapped for the picture, as a reader would set the editor.
 */
export async function screenshot(name: string, settleMs = 3000, beforePicture?: () => Thenable<unknown>): Promise<void> {
  const editorConfig = () => vscode.workspace.getConfiguration('editor');
  const wrapped = editorConfig().inspect('wordWrap')?.globalValue;
  await editorConfig().update('wordWrap', 'on', vscode.ConfigurationTarget.Global);
  await vscode.commands.executeCommand('notifications.clearAll');
  try {
    await sleep(800);
    await beforePicture?.();
    await sleep(400);
    console.log(`NEWSMARK_SCREENSHOT ${name}`);
    await sleep(settleMs);
  } finally {
    await editorConfig().update('wordWrap', wrapped, vscode.ConfigurationTarget.Global);
  }
}

/** Writes a workspace file (as UTF-8). */
export async function writeWorkspaceFile(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** Deletes workspace files and folders, those already gone included. */
export async function removeWorkspaceFiles(...uris: vscode.Uri[]): Promise<void> {
  for (const uri of uris) await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
}

/**
 * A sidecar service as activation makes one, following only one article (the extension's own service keeps following
 * it too, with nothing to write), journalling into the given folder.
 */
export function sidecarServiceFor(article: vscode.Uri, journals: JournalFolder): SidecarServiceImpl {
  return new SidecarServiceImpl(() => undefined, (document) => document.uri.toString() === article.toString(), undefined, journals);
}
