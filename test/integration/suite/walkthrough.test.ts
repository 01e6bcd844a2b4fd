// The Get Started walkthrough as VS Code opens it: by its id with workbench.action.openWalkthrough, with every command
// its buttons run registered, and its page taking the active editor (why no button acts on selected words).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, newsmarkApi, openArticle, screenshot, waitFor } from './newsmarkTestSupport';

const ARTICLE = '000_b33d5db25880afa6.txt';

interface Manifest {
  publisher: string;
  name: string;
  displayName: string;
  contributes: { walkthroughs: { id: string; steps: { id: string; description: string; when?: string }[] }[] };
}

function manifest(): Manifest {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded`);
  return extension.packageJSON as Manifest;
}

/** The commands the buttons of a step run (a line that is nothing but a command link is a button). */
function buttonCommands(description: string): string[] {
  return description
    .split('\n')
    .map((line) => /^\[[^\]]*\]\(command:(?:toSide:)?([^)?\s]+)[^)]*\)$/.exec(line.trim())?.[1])
    .filter((command): command is string => !!command);
}

/** The tab of the Welcome editor, which shows walkthroughs: VS Code 1.91 calls it "Welcome", later ones "Walkthrough: …". */
function walkthroughTab(): vscode.Tab | undefined {
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
  return tab && !(tab.input instanceof vscode.TabInputText) && /^(Welcome|Walkthrough: )/.test(tab.label) ? tab : undefined;
}

suite('Walkthrough', () => {
  test('every command a walkthrough button runs is registered in this VS Code', async () => {
    await newsmarkApi();
    const registered = new Set(await vscode.commands.getCommands());
    const commands = manifest().contributes.walkthroughs.flatMap((w) => w.steps.flatMap((s) => buttonCommands(s.description)));
    assert.ok(commands.length >= manifest().contributes.walkthroughs[0].steps.length, `a button per step: ${commands.join(', ')}`);
    for (const command of commands) assert.ok(registered.has(command), `${command} is registered`);
  });

  test('workbench.action.openWalkthrough opens it by publisher.name#id, in front of the article', async () => {
    await newsmarkApi();
    const { publisher, name, contributes } = manifest();
    const id = `${publisher}.${name}#${contributes.walkthroughs[0].id}`;
    assert.strictEqual(id, 'newsmark.newsmark#getStarted');
    const article = await openArticle(ARTICLE);
    assert.strictEqual(vscode.window.activeTextEditor?.document, article.document);
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', id, false);
    try {
      await waitFor('the walkthrough in the active tab', walkthroughTab);
      // The page is the active editor now: a command that reads the active editor's selection would find none.
      await waitFor('no active text editor while the walkthrough is in front', () => vscode.window.activeTextEditor === undefined);
      // Its object form opens one step of it.
      await vscode.commands.executeCommand('workbench.action.openWalkthrough', { category: id, step: 'annotateClaim' }, false);
      await waitFor('the walkthrough still in the active tab', walkthroughTab);
      await screenshot('walkthrough', 2000);
    } finally {
      const tab = walkthroughTab();
      if (tab) await vscode.window.tabGroups.close(tab);
    }
    await waitFor('the article in front again', () => vscode.window.activeTextEditor?.document === article.document);
  });
});
