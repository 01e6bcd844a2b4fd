// Confirmed entities: Confirm Entity… on an Entities view item and on selected words fills the sidecar's registry, and
// the analysis honours it (a confirmed alias is a mention of its entity); Forget Confirmed Entity undoes it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { ShownStep } from '../../../src/extension/commands/multiStepInput';
import type { SidecarEntity } from '../../../src/extension/sidecar/api';
import type { EntityNode } from '../../../src/extension/views/entitiesView';
import { canReadDisk, newsmarkApi, offsetOf, openArticle, readFromDisk, readWorkspaceFile, runAcceptingQuickPicks, waitFor, workspaceUri } from './newsmarkTestSupport';
import type { NewsmarkApi } from '../../../src/extension/api';

const ARTICLE = 'confirm-entity-harbour.news';
const TEXT = [
  'Ada Lindqvist, who chairs the harbour board, said the new pier would open in spring.',
  '“We are on schedule,” Lindqvist said on Monday.',
  'Dockers call her the Harbour Queen, a name she dislikes. The Harbour Queen did not comment on the delay.',
  '',
].join('\n');

type EntityItem = EntityNode & { kind: 'entity' };

async function people(api: NewsmarkApi): Promise<EntityItem[]> {
  const tree = api.entitiesTree;
  const groups = (await tree.getChildren()) ?? [];
  const group = groups.find((g) => g.kind === 'type' && g.type === 'person');
  return group ? (((await tree.getChildren(group)) ?? []) as EntityItem[]) : [];
}

async function mentionLabels(api: NewsmarkApi, node: EntityItem): Promise<string[]> {
  const mentions = (await api.entitiesTree.getChildren(node)) ?? [];
  return Promise.all(mentions.map(async (m) => String((await api.entitiesTree.getTreeItem(m)).label)));
}

async function sidecarEntities(): Promise<SidecarEntity[] | undefined> {
  const yaml = await readWorkspaceFile(workspaceUri(`${ARTICLE}.annotations.yaml`));
  return yaml === undefined ? undefined : ((parse(yaml) as { entities?: SidecarEntity[] }).entities ?? []);
}

suite('Confirmed entities', () => {
  test('Confirm Entity… puts a name and an alias in the registry; the alias becomes a mention of the entity; Forget undoes it', async () => {
    const api = await newsmarkApi();
    const sidecars = api.sidecars;
    const articleUri = workspaceUri(ARTICLE);
    await vscode.workspace.fs.writeFile(articleUri, new TextEncoder().encode(TEXT));
    try {
      const editor = await openArticle(ARTICLE);
      const uri = editor.document.uri;
      const byName = async (name: string) => (await people(api)).find((n) => n.entity.name === name);
      const ada = await waitFor('Ada Lindqvist in the Entities view', () => byName('Ada Lindqvist'));
      assert.ok(await byName('Harbour Queen'), 'before confirming, the nickname is a person of its own');

      // From the Entities view item, through its prompts (the name as found, then its type).
      const confirmed = await runAcceptingQuickPicks<SidecarEntity>('newsmark.confirmEntity', ada);
      assert.deepStrictEqual(confirmed, { name: 'Ada Lindqvist', type: 'person', aliases: ['Lindqvist'] });
      const item = await waitFor('the item marked confirmed', async () => {
        const node = await byName('Ada Lindqvist');
        const treeItem = node && (await api.entitiesTree.getTreeItem(node));
        return treeItem?.contextValue === 'newsmark.entity.confirmed' ? treeItem : undefined;
      });
      assert.match(String(item.description), /confirmed/);

      // A type the sidecar schema does not know is refused rather than written into the sidecar.
      assert.strictEqual(await vscode.commands.executeCommand('newsmark.confirmEntity', { name: 'Harbour Board', type: 'committee' }), undefined);
      assert.deepStrictEqual(sidecars.entitiesFor(uri).map((e) => e.name), ['Ada Lindqvist']);

      // From selected words: the nickname is confirmed as another name of Ada Lindqvist.
      const at = offsetOf(editor.document, 'Harbour Queen');
      editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + 'Harbour Queen'.length));
      const withAlias = await vscode.commands.executeCommand<SidecarEntity>('newsmark.confirmEntity', { name: 'Ada Lindqvist', addSelectionAsAlias: true });
      assert.deepStrictEqual(withAlias, { name: 'Ada Lindqvist', type: 'person', aliases: ['Lindqvist', 'Harbour Queen'] });
      assert.deepStrictEqual(sidecars.entitiesFor(uri), [withAlias], 'the registry holds one entry with both aliases');

      await sidecars.flush(uri);
      const saved = await waitFor('the registry in the sidecar', async () => (await sidecarEntities())?.find((e) => e.aliases?.includes('Harbour Queen')));
      assert.strictEqual(saved.name, 'Ada Lindqvist');
      assert.strictEqual(saved.type, 'person');
      if (canReadDisk()) {
        // The Node extension host writes to a real folder: the file on disk itself holds the registry.
        const onDisk = readFromDisk(workspaceUri(`${ARTICLE}.annotations.yaml`));
        assert.ok(onDisk, 'the sidecar exists on disk');
        assert.deepStrictEqual((parse(onDisk) as { entities?: SidecarEntity[] }).entities, [{ name: 'Ada Lindqvist', type: 'person', aliases: ['Lindqvist', 'Harbour Queen'] }]);
      }

      const merged = await waitFor('the nickname counted as a mention of Ada Lindqvist', async () => {
        const node = await byName('Ada Lindqvist');
        const labels = node ? await mentionLabels(api, node) : [];
        return labels.filter((l) => l === 'Harbour Queen').length === 2 ? node : undefined;
      });
      assert.strictEqual(merged.entity.mentions.length, 4, 'Ada Lindqvist, Lindqvist and the nickname twice');
      assert.strictEqual(await byName('Harbour Queen'), undefined, 'no separate entity for the nickname');

      // Forget Confirmed Entity from the palette: a pick of the registry's entries.
      assert.strictEqual(await runAcceptingQuickPicks<boolean>('newsmark.forgetEntity'), true);
      assert.deepStrictEqual(sidecars.entitiesFor(uri), []);
      await waitFor('the nickname a person of its own again', () => byName('Harbour Queen'));
      await sidecars.flush(uri);
      await waitFor('the registry emptied in the sidecar', async () => (await sidecarEntities())?.length === 0);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      for (const uri of [workspaceUri(`${ARTICLE}.annotations.yaml`), articleUri]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
  test('from an Entities view item the entity goes to the article the view shows, even with the Output panel focused', async () => {
    const api = await newsmarkApi();
    const name = 'confirm-entity-from-view.news';
    const articleUri = workspaceUri(name);
    await vscode.workspace.fs.writeFile(articleUri, new TextEncoder().encode(TEXT));
    const output = vscode.window.createOutputChannel('Newsmark test notes');
    try {
      await openArticle(name);
      const ada = await waitFor('Ada Lindqvist in the Entities view', async () => (await people(api)).find((n) => n.entity.name === 'Ada Lindqvist'));
      output.appendLine('a line, so that the panel has an editor');
      output.show(false);
      await waitFor('the Output panel as the active editor', () => vscode.window.activeTextEditor?.document.uri.scheme === 'output');

      const confirmed = await runAcceptingQuickPicks<SidecarEntity>('newsmark.confirmEntity', ada);
      assert.deepStrictEqual(confirmed, { name: 'Ada Lindqvist', type: 'person', aliases: ['Lindqvist'] });
      assert.deepStrictEqual(api.sidecars.entitiesFor(articleUri), [confirmed], 'the article the view shows holds the confirmed name');
    } finally {
      output.dispose();
      await api.sidecars.flush(articleUri);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const uri of [workspaceUri(`${name}.annotations.yaml`), articleUri]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  test('aliases and a Wikidata id of the wrong type are refused, and nothing is confirmed', async () => {
    const api = await newsmarkApi();
    const name = 'confirm-entity-arguments.news';
    const articleUri = workspaceUri(name);
    await vscode.workspace.fs.writeFile(articleUri, new TextEncoder().encode(TEXT));
    try {
      await openArticle(name);
      for (const wrong of [{ aliases: [42] }, { aliases: 'Harbour Queen' }, { wikidata: 7747 }, { wikidata: 'the harbour board' }, { name: ['Ada Lindqvist'] }]) {
        const args = { uri: articleUri, name: 'Ada Lindqvist', type: 'person', ...wrong };
        assert.strictEqual(await vscode.commands.executeCommand('newsmark.confirmEntity', args), undefined, JSON.stringify(wrong));
      }
      assert.deepStrictEqual(api.sidecars.entitiesFor(articleUri), []);
      const right = await vscode.commands.executeCommand<SidecarEntity>('newsmark.confirmEntity', { uri: articleUri, name: 'Ada Lindqvist', type: 'person', aliases: ['Harbour Queen'], wikidata: 'Q7747' });
      assert.strictEqual(right?.wikidata, 'Q7747');
      assert.ok(right.aliases.includes('Harbour Queen'), JSON.stringify(right));
    } finally {
      await api.sidecars.flush(articleUri);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const uri of [workspaceUri(`${name}.annotations.yaml`), articleUri]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  test('Confirm Entity… asks in one input: a step counter, Back to the previous step with its answer kept, Escape confirms nothing', async () => {
    const api = await newsmarkApi();
    const name = 'confirm-entity-steps.news';
    const articleUri = workspaceUri(name);
    await vscode.workspace.fs.writeFile(articleUri, new TextEncoder().encode(TEXT));
    const step = (what: string, test: (shown: ShownStep) => boolean) => waitFor(what, () => {
      const shown = api.confirmEntityStep();
      return shown && test(shown) ? shown : undefined;
    });
    /** Moves the highlight of the quick pick on screen to the item labelled `label`, as the arrow keys do. */
    const highlight = async (label: string) => {
      for (let moves = 0; moves < 20; moves++) {
        const shown = api.confirmEntityStep();
        const at = shown ? shown.items.indexOf(shown.activeItems[0]) : -1;
        const target = shown ? shown.items.indexOf(label) : -1;
        assert.ok(shown && target >= 0, `${label} among ${JSON.stringify(shown?.items)}`);
        if (at === target) return;
        await vscode.commands.executeCommand(target > at ? 'workbench.action.quickOpenSelectNext' : 'workbench.action.quickOpenSelectPrevious');
        await step(`the highlight moved towards ${label}`, (s) => s.activeItems[0] !== shown.activeItems[0]);
      }
      assert.fail(`${label} was not highlighted`);
    };
    let running: Thenable<SidecarEntity | undefined> | undefined;
    try {
      const editor = await openArticle(name);
      await waitFor('the nickname found as a person', async () => (await people(api)).some((n) => n.entity.name === 'Harbour Queen'));
      const at = offsetOf(editor.document, 'Harbour Queen');
      editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + 'Harbour Queen'.length));
      running = vscode.commands.executeCommand<SidecarEntity>('newsmark.confirmEntity');

      // The nickname's own name would be followed by its type: two steps, and no Back on the first.
      const first = await step('step 1 of Confirm Entity…', (s) => s.step === 1 && s.items.length > 0);
      assert.deepStrictEqual([first.step, first.totalSteps, first.back], [1, 2, false]);
      assert.ok(first.items.includes('Ada Lindqvist'), JSON.stringify(first.items));
      const anotherName = first.items.find((label) => label.includes('Another name…'));
      assert.ok(anotherName, JSON.stringify(first.items));

      // Another name…: a box holding the selected words, one step more, and Back to the names with that choice kept.
      await highlight(anotherName);
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      const typing = await step('step 2: the name typed', (s) => s.step === 2 && s.items.length === 0);
      assert.deepStrictEqual([typing.totalSteps, typing.back, typing.value], [3, true, 'Harbour Queen']);
      await vscode.commands.executeCommand('workbench.action.quickInputBack');
      const named = await step('step 1 again, after Back from the box', (s) => s.step === 1 && s.items.length > 0);
      assert.deepStrictEqual(named.activeItems, [anotherName], 'Another name… is the one highlighted');

      await highlight('Ada Lindqvist');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');

      // Ada Lindqvist is a known person: her type is not asked, whether the nickname becomes her name is.
      const second = await step('step 2: the selected words', (s) => s.step === 2);
      assert.deepStrictEqual([second.totalSteps, second.back], [2, true]);
      assert.deepStrictEqual(second.items, ['Add “Harbour Queen” as a name of Ada Lindqvist', 'Only confirm Ada Lindqvist']);

      await vscode.commands.executeCommand('workbench.action.quickInputBack');
      const again = await step('step 1 again, after Back', (s) => s.step === 1);
      assert.deepStrictEqual(again.activeItems, ['Ada Lindqvist'], 'the name picked before is the one highlighted');
      assert.strictEqual(again.back, false);
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await step('step 2 again', (s) => s.step === 2);

      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      assert.strictEqual(await running, undefined, 'Escape ends the command without an entity');
      running = undefined;
      assert.strictEqual(api.confirmEntityStep(), undefined, 'the input is closed');
      assert.deepStrictEqual(api.sidecars.entitiesFor(articleUri), [], 'nothing was confirmed');
      await api.sidecars.flush(articleUri);
      assert.deepStrictEqual(((await readWorkspaceFile(workspaceUri(`${name}.annotations.yaml`))) ?? '').match(/^entities:/m), null, 'no registry in the sidecar');
    } finally {
      if (running) {
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        await running;
      }
      await api.sidecars.flush(articleUri);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const uri of [workspaceUri(`${name}.annotations.yaml`), articleUri]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
});
