// The seed article 004 as a journalist sees it: Peskov's quote attributed, the sidebar lists who is named and who speaks.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { EntityNode } from '../../../src/extension/views/entitiesView';
import type { QuoteNode } from '../../../src/extension/views/quotesView';
import { newsmarkApi, openArticle, screenshot, waitFor } from './newsmarkTestSupport';

const ARTICLE = '004_f3864c178bfaef39.txt';

async function labels<T>(tree: vscode.TreeDataProvider<T>, nodes: readonly T[]): Promise<string[]> {
  return Promise.all(nodes.map(async (n) => String((await tree.getTreeItem(n)).label)));
}

suite('Seed article 004', () => {
  test('"Putin does not eat people." is a quote attributed to Dmitry Peskov', async () => {
    const api = await newsmarkApi();
    const editor = await openArticle(ARTICLE);
    const analysis = await api.analysisFor(editor.document.uri);
    assert.ok(analysis, 'the seed article is analysed');
    const text = editor.document.getText();
    const quote = analysis.quotes.find((q) => text.slice(q.start, q.end).includes('Putin does not eat people.'));
    assert.ok(quote, 'the quote is found');
    assert.strictEqual(quote.kind, 'direct');
    assert.strictEqual(quote.speaker?.name, 'Dmitry Peskov');
  });

  test('the Entities view lists Vladimir Putin among the people', async () => {
    const api = await newsmarkApi();
    await openArticle(ARTICLE);
    const tree = api.entitiesTree;
    const groups = await waitFor('entity groups in the Entities view', async () => {
      const nodes = (await tree.getChildren()) ?? [];
      return nodes.length ? nodes : undefined;
    });
    const people = groups.find((g) => g.kind === 'type' && g.type === 'person');
    assert.ok(people, `a People group among ${JSON.stringify(await labels(tree, groups))}`);
    const names = await labels(tree, (await tree.getChildren(people)) ?? []);
    for (const name of ['Vladimir Putin', 'Dmitry Peskov', 'Donald Trump']) assert.ok(names.includes(name), `${name} in ${JSON.stringify(names)}`);
    const places = groups.find((g): g is EntityNode & { kind: 'type' } => g.kind === 'type' && g.type === 'place');
    assert.ok(places, 'a Places group');
    const placeNames = await labels(tree, (await tree.getChildren(places)) ?? []);
    assert.ok(placeNames.includes('Ukraine'), `Ukraine in ${JSON.stringify(placeNames)}`);
  });

  test('a mention in the Entities view reveals its words in the editor', async () => {
    const api = await newsmarkApi();
    const editor = await openArticle(ARTICLE);
    const tree = api.entitiesTree;
    const people = ((await tree.getChildren()) ?? []).find((g) => g.kind === 'type' && g.type === 'person');
    assert.ok(people);
    const peskov = ((await tree.getChildren(people)) ?? []).find((n) => n.kind === 'entity' && n.entity.name === 'Dmitry Peskov');
    assert.ok(peskov, 'Dmitry Peskov in the tree');
    const mention = ((await tree.getChildren(peskov)) ?? [])[0];
    assert.ok(mention, 'Peskov has a mention');
    const item = await tree.getTreeItem(mention);
    assert.ok(item.command, 'a mention is clickable');
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const active = vscode.window.activeTextEditor;
    assert.strictEqual(active?.document.uri.toString(), editor.document.uri.toString());
    assert.match(active.document.getText(active.selection), /Peskov/);
  });

  test('the Quotes view groups quotes by speaker', async () => {
    const api = await newsmarkApi();
    await openArticle(ARTICLE);
    const tree = api.quotesTree;
    const speakers = await waitFor('speakers in the Quotes view', async () => {
      const nodes = (await tree.getChildren()) ?? [];
      return nodes.length ? nodes : undefined;
    });
    const names = await labels(tree, speakers);
    assert.ok(names.includes('Dmitry Peskov'), `Peskov among ${JSON.stringify(names)}`);
    assert.ok(names.includes('Vladimir Putin'), `Putin among ${JSON.stringify(names)}`);
    const peskov = speakers.find((s): s is QuoteNode & { kind: 'speaker' } => s.kind === 'speaker' && s.label === 'Dmitry Peskov');
    const quotes = await labels(tree, (await tree.getChildren(peskov)) ?? []);
    assert.ok(quotes.some((q) => q.includes('Putin does not eat people')), `Peskov's quotes: ${JSON.stringify(quotes)}`);
    // VS Code refuses a tree with two items of one id.
    const children = await Promise.all(speakers.map(async (s) => (await tree.getChildren(s)) ?? []));
    const items = await Promise.all([...speakers, ...children.flat()].map((n) => tree.getTreeItem(n)));
    const ids = items.map((i) => String(i.id));
    assert.strictEqual(new Set(ids).size, ids.length, 'tree ids are unique');
    // The README's picture of the sidebar beside the highlighted article.
    await vscode.commands.executeCommand('workbench.view.extension.newsmark');
    await screenshot('screenshot-sidebar');
  });

  test('closing the article empties the views', async () => {
    const api = await newsmarkApi();
    await openArticle(ARTICLE);
    await waitFor('entities of the open article', async () => ((await api.entitiesTree.getChildren()) ?? []).length > 0);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor('the Entities view to empty', async () => ((await api.entitiesTree.getChildren()) ?? []).length === 0);
    await waitFor('the Quotes view to empty', async () => ((await api.quotesTree.getChildren()) ?? []).length === 0);
  });
});

suite('A Markdown draft', () => {
  test('is read as the prose it renders: the speaker in bold and the source behind a link are found', async () => {
    const api = await newsmarkApi();
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'draft-ferry.md');
    const draft = [
      '# Ferry to resume',
      '',
      'Mayor **Ana Silva** said on Monday that the ferry would run again in June.',
      '',
      '> “We owe the island a boat,” [Silva](https://example.org/silva) told reporters.',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(draft));
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      assert.strictEqual(document.languageId, 'markdown');
      await vscode.window.showTextDocument(document);
      const analysis = await waitFor('the draft analysed', () => api.analysisFor(uri));
      const speakerOf = (words: string) => analysis.quotes.find((q) => draft.slice(q.start, q.end).includes(words))?.speaker?.name;
      assert.strictEqual(speakerOf('the ferry would run again'), 'Ana Silva');
      assert.strictEqual(speakerOf('We owe the island a boat'), 'Ana Silva');
      assert.ok(!analysis.entities.some((e) => e.name.includes('example')), 'a link’s address is not read as a name');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
});
