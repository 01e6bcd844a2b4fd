// Cross-source: after "Re-analyse Workspace" the sidebar and the hovers line up the five seed articles.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewsmarkApi } from '../../../src/extension/api';
import type { CrossSourceNode } from '../../../src/extension/crossSource/crossSourceView';
import type { SidecarService } from '../../../src/extension/sidecar/api';
import { hoverTextAt, newsmarkApi, offsetOf, openArticle, screenshot, sleep, waitFor, workspaceUri } from './newsmarkTestSupport';

const ARTICLE = '004_f3864c178bfaef39.txt';

/**
 * Counts the reads of the story registry (each looks at the sidecars of the whole workspace); `afterFirstRead` runs
 * once the first read has its result, before the reader gets it.
 */
function countStoryRegistryReads(sidecars: SidecarService, afterFirstRead?: () => Promise<void>): { reads: () => number; restore: () => void } {
  const original = sidecars.storyRegistry;
  let reads = 0;
  sidecars.storyRegistry = async () => {
    reads++;
    const registry = await original.call(sidecars);
    if (reads === 1) await afterFirstRead?.();
    return registry;
  };
  return { reads: () => reads, restore: () => (sidecars.storyRegistry = original) };
}

/** The articles the Cross-source view lists for an entity shared by two or more of them. */
async function articlesNaming(api: NewsmarkApi, name: string): Promise<string[]> {
  const tree = api.crossSourceTree;
  const section = ((await tree.getChildren()) ?? []).find((s) => s.kind === 'section' && s.section === 'entity');
  const entity = section && ((await tree.getChildren(section)) ?? []).find((n) => n.kind === 'entity' && n.group.name === name);
  return entity && entity.kind === 'entity' ? entity.group.documents.map((d) => d.docId.split('/').pop()!).sort() : [];
}

const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
const CHAIR_TEXT = 'Ada Lindqvist, who chairs the harbour board, said the new pier would open in spring. Lindqvist spoke in Malmö.\n';
const DOCKERS_TEXT = 'The Harbour Queen, as dockers call her, told the board on Monday that the pier was on schedule.\n';
const ADA = { name: 'Ada Lindqvist', type: 'person' as const, aliases: ['Harbour Queen'] };

suite('Cross-source', () => {
  test('a changed size limit builds the index again: articles over a lowered limit leave it, and come back when it is raised', async () => {
    const api = await newsmarkApi();
    await openArticle(ARTICLE);
    const result = await vscode.commands.executeCommand<{ cancelled: boolean }>('newsmark.reanalyseWorkspace');
    assert.ok(result && !result.cancelled);
    const all = await waitFor('Vladimir Putin in three other articles', async () => ((await articlesNaming(api, 'Vladimir Putin')).length >= 3 ? articlesNaming(api, 'Vladimir Putin') : undefined));
    const config = () => vscode.workspace.getConfiguration('newsmark');
    try {
      // 3,000 bytes: the open article (2.4 KB) stays, the longer seed articles (4–4.7 KB) are over it.
      await config().update('maxFileSize', 3000, vscode.ConfigurationTarget.Global);
      await waitFor('the longer articles gone from the index', async () => {
        const now = await articlesNaming(api, 'Vladimir Putin');
        return now.length < all.length && now.every((name) => all.includes(name));
      }, 30_000);
    } finally {
      await config().update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('every article back once the limit is raised', async () => (await articlesNaming(api, 'Vladimir Putin')).join() === all.join(), 30_000);
  });

  test('Re-analyse Workspace indexes the seed articles; the view lists Vladimir Putin in the others', async () => {
    const api = await newsmarkApi();
    await openArticle(ARTICLE);
    const result = await vscode.commands.executeCommand<{ indexed: number; failed: number; cancelled: boolean }>('newsmark.reanalyseWorkspace');
    assert.ok(result && !result.cancelled, 'the build ran to the end');
    assert.ok(result.indexed >= 5, `the five seed articles are indexed (${result.indexed})`);

    const tree = api.crossSourceTree;
    const sections = await waitFor('sections in the Cross-source view', async () => {
      const nodes = (await tree.getChildren()) ?? [];
      return nodes.length ? nodes : undefined;
    });
    const entitySection = sections.find((s) => s.kind === 'section' && s.section === 'entity');
    assert.ok(entitySection, 'an entities section');
    const entities = (await tree.getChildren(entitySection)) ?? [];
    const putin = entities.find((n): n is CrossSourceNode & { kind: 'entity' } => n.kind === 'entity' && n.group.name === 'Vladimir Putin');
    assert.ok(putin, `Vladimir Putin is shared with other articles: ${JSON.stringify(entities.map((n) => (n.kind === 'entity' ? n.group.name : n.kind)))}`);
    const sources = (await tree.getChildren(putin)) ?? [];
    const titles = await Promise.all(sources.map(async (s) => String((await tree.getTreeItem(s)).label)));
    assert.ok(titles.length >= 3, `Putin appears in at least three other articles: ${JSON.stringify(titles)}`);
    assert.ok(!titles.includes(ARTICLE), 'the active article is not listed as its own other source');

  });

  test('the Cross-source view lists the congratulation claim, with article 003 marked as saying the opposite', async () => {
    const api = await newsmarkApi();
    await openArticle(ARTICLE);
    await vscode.commands.executeCommand('newsmark.reanalyseWorkspace');
    const tree = api.crossSourceTree;
    const claimSection = await waitFor('a claims section in the Cross-source view', async () =>
      ((await tree.getChildren()) ?? []).find((n) => n.kind === 'section' && n.section === 'claim'),
    );
    const claims = ((await tree.getChildren(claimSection)) ?? []).filter((n): n is CrossSourceNode & { kind: 'claim' } => n.kind === 'claim');
    const congratulation = claims.find((c) => /congratulat/i.test(c.group.label) && c.group.contradicting.length > 0);
    assert.ok(congratulation, `a disputed congratulation claim among ${JSON.stringify(claims.map((c) => c.group.label))}`);
    const item = await tree.getTreeItem(congratulation);
    assert.match(String(item.description), /disputed: \d+ for, 1 against/);
    assert.ok((item.iconPath as vscode.ThemeIcon).id === 'warning', 'a disputed claim shows the warning icon');

    const sources = (await tree.getChildren(congratulation)) ?? [];
    const rows = await Promise.all(sources.map(async (s) => ({ node: s, item: await tree.getTreeItem(s) })));
    const against = new Set(rows.filter((r) => r.node.kind === 'source' && r.node.disagrees).map((r) => String(r.item.label)));
    assert.deepStrictEqual([...against], ['003_935c27f9da9fbf9d.txt'], 'only article 003 says the opposite');
    const opposite = rows.find((r) => String(r.item.label) === '003_935c27f9da9fbf9d.txt')!;
    assert.match(String(opposite.item.description), /says the opposite/);
    const agreeing = rows.filter((r) => r.node.kind === 'source' && !r.node.disagrees);
    assert.ok(agreeing.length >= 2, `other articles agree: ${JSON.stringify(rows.map((r) => r.item.label))}`);
    assert.strictEqual(item.collapsibleState, vscode.TreeItemCollapsibleState.Expanded, 'a dispute is shown open');
    const sections = (await tree.getChildren()) ?? [];
    assert.deepStrictEqual(sections.map((n) => (n.kind === 'section' ? n.section : n.kind)), ['claim', 'quote', 'entity'], 'claims come first');

    // The README's picture of the Cross-source view beside the article: the dispute, open.
    await vscode.commands.executeCommand('workbench.view.extension.newsmark');
    await vscode.commands.executeCommand('newsmark.crossSource.focus');
    await sleep(1500);
    await vscode.commands.executeCommand('newsmark.crossSource.focus');
    // The other views are hidden for the picture, so the dispute has room, and shown again after it.
    try {
      await screenshot('screenshot-cross-source', 3000, async () => {
        for (const view of ['newsmark.entities', 'newsmark.quotes', 'newsmark.annotations']) await vscode.commands.executeCommand(`${view}.removeView`);
        // Narrowing the editor widens the sidebar beside it.
        await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
        for (let i = 0; i < 4; i++) await vscode.commands.executeCommand('workbench.action.decreaseViewWidth');
      });
    } finally {
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      for (let i = 0; i < 4; i++) await vscode.commands.executeCommand('workbench.action.increaseViewWidth');
      for (const view of ['newsmark.entities', 'newsmark.quotes', 'newsmark.annotations']) await vscode.commands.executeCommand(`${view}.focus`);
    }
  });

  test('the hover of a name links to the other articles that name it', async () => {
    await newsmarkApi();
    const editor = await openArticle(ARTICLE);
    await vscode.commands.executeCommand('newsmark.reanalyseWorkspace');
    const text = await hoverTextAt(editor.document, offsetOf(editor.document, 'Dmitry Peskov') + 3);
    assert.match(text, /Also named in/);
    // Links open the other article at the line and column of the mention (#L<line>,<column>, the comma URI-encoded).
    const link = /\]\(([^)]*00[0-3]_[0-9a-f]+\.txt#L(\d+)(?:,|%2C)\d+)\)/.exec(text);
    assert.ok(link, `a link with a line and column in ${text}`);
    // Following it (as a click would, through the opener) shows that article at that line.
    await vscode.commands.executeCommand('vscode.open', vscode.Uri.parse(link[1]));
    const opened = await waitFor('the linked article in the editor', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.path === vscode.Uri.parse(link[1]).path ? e : undefined;
    });
    await waitFor('the cursor at the linked line', () => opened.selection.active.line === Number(link[2]) - 1);
    assert.match(opened.document.lineAt(opened.selection.active.line).text, /Peskov/);
  });
  test('two articles of the same name in different folders are told apart by their path in the view and in hovers', async () => {
    const api = await newsmarkApi();
    const first = workspaceUri('zz-desk-a', 'story.txt');
    const second = workspaceUri('zz-desk-b', 'story.txt');
    const text = 'MOSCOW — Russian President Vladimir Putin met envoys on Tuesday, the Kremlin said.\n';
    try {
      await write(first, text);
      await write(second, text);
      const editor = await openArticle(ARTICLE);
      await vscode.commands.executeCommand('newsmark.reanalyseWorkspace');
      const tree = api.crossSourceTree;
      const labels = await waitFor('both articles among Putin’s sources', async () => {
        const sections = (await tree.getChildren()) ?? [];
        const entitySection = sections.find((s) => s.kind === 'section' && s.section === 'entity');
        const putin = entitySection && ((await tree.getChildren(entitySection)) ?? []).find((n) => n.kind === 'entity' && n.group.name === 'Vladimir Putin');
        if (!putin) return undefined;
        const sources = ((await tree.getChildren(putin)) ?? []).filter((n) => n.kind === 'source' && (n.docId === first.toString() || n.docId === second.toString()));
        return sources.length === 2 ? Promise.all(sources.map(async (n) => String((await tree.getTreeItem(n)).label))) : undefined;
      });
      assert.deepStrictEqual(labels.sort(), ['zz-desk-a/story.txt', 'zz-desk-b/story.txt']);
      const hover = await hoverTextAt(editor.document, offsetOf(editor.document, 'Putin') + 1);
      assert.ok(hover.includes('zz\\-desk\\-a/story\\.txt') && hover.includes('zz\\-desk\\-b/story\\.txt'), `the hover names each by its path: ${hover}`);
    } finally {
      await vscode.workspace.fs.delete(workspaceUri('zz-desk-a'), { recursive: true }).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(workspaceUri('zz-desk-b'), { recursive: true }).then(undefined, () => undefined);
    }
  });

  test('after the first build, a new or deleted article file updates the index (watched through the include globs)', async () => {
    const api = await newsmarkApi();
    await openArticle(ARTICLE);
    await vscode.commands.executeCommand('newsmark.reanalyseWorkspace');
    const tree = api.crossSourceTree;
    const putinSources = async (): Promise<string[]> => {
      const sections = (await tree.getChildren()) ?? [];
      const entitySection = sections.find((s) => s.kind === 'section' && s.section === 'entity');
      if (!entitySection) return [];
      const putin = ((await tree.getChildren(entitySection)) ?? []).find((n) => n.kind === 'entity' && n.group.name === 'Vladimir Putin');
      if (!putin) return [];
      return Promise.all(((await tree.getChildren(putin)) ?? []).map(async (n) => String((await tree.getTreeItem(n)).label)));
    };
    const name = 'zz-watched-article.txt';
    const uri = workspaceUri(name);
    await waitFor('Putin in the Cross-source view', async () => (await putinSources()).length > 0);
    assert.ok(!(await putinSources()).includes(name));
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('MOSCOW — Russian President Vladimir Putin met envoys on Tuesday, the Kremlin said.\n'));
      await waitFor('the new article among Putin’s sources', async () => (await putinSources()).includes(name));
      await vscode.workspace.fs.delete(uri);
      await waitFor('the deleted article gone from Putin’s sources', async () => !(await putinSources()).includes(name));
    } finally {
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  test('include and exclude patterns relative to the workspace folder name its folders (zz-drafts/**)', async () => {
    const api = await newsmarkApi();
    const draft = workspaceUri('zz-drafts', 'zz-draft-envoys.txt');
    const config = () => vscode.workspace.getConfiguration('newsmark');
    type Result = { indexed: number; cancelled: boolean };
    const rebuildUntil = (what: string, done: (result: Result) => boolean | Promise<boolean>) =>
      // The new setting reaches the extension through an event: the first build may still see the old one.
      waitFor(what, async () => {
        const result = await vscode.commands.executeCommand<Result>('newsmark.reanalyseWorkspace');
        return result && !result.cancelled && (await done(result)) ? result : undefined;
      });
    await write(draft, 'MOSCOW — Russian President Vladimir Putin met envoys on Tuesday, the Kremlin said.\n');
    try {
      await openArticle(ARTICLE);
      await rebuildUntil('the draft indexed', async () => (await articlesNaming(api, 'Vladimir Putin')).includes('zz-draft-envoys.txt'));

      await config().update('exclude', ['zz-drafts/**'], vscode.ConfigurationTarget.Global);
      await rebuildUntil('the draft left out', async () => !(await articlesNaming(api, 'Vladimir Putin')).includes('zz-draft-envoys.txt'));
      assert.ok((await articlesNaming(api, 'Vladimir Putin')).length >= 2, 'the seed articles are still indexed');
      assert.strictEqual(await api.analysisFor(draft), undefined, 'the excluded draft is not analysed when opened either');

      await config().update('exclude', undefined, vscode.ConfigurationTarget.Global);
      await config().update('include', ['zz-drafts/**/*.txt'], vscode.ConfigurationTarget.Global);
      const only = await rebuildUntil('only the draft indexed', (result) => result.indexed === 1);
      assert.strictEqual(only.indexed, 1);
      assert.ok(await api.analysisFor(draft), 'the included draft is analysed');
    } finally {
      await config().update('exclude', undefined, vscode.ConfigurationTarget.Global);
      await config().update('include', undefined, vscode.ConfigurationTarget.Global);
      await vscode.workspace.fs.delete(workspaceUri('zz-drafts'), { recursive: true }).then(undefined, () => undefined);
    }
    await rebuildUntil('the seed articles indexed again', (result) => result.indexed >= 5);
  });

  test('a name confirmed in one article’s sidecar links the story: its alias in another article joins the entity', async () => {
    const api = await newsmarkApi();
    const chair = workspaceUri('zz-registry-chair.news');
    const dockers = workspaceUri('zz-registry-dockers.news');
    const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const tree = api.crossSourceTree;
    const adaArticles = async (): Promise<string[]> => {
      const section = ((await tree.getChildren()) ?? []).find((s) => s.kind === 'section' && s.section === 'entity');
      const ada = section && ((await tree.getChildren(section)) ?? []).find((n) => n.kind === 'entity' && n.group.name === 'Ada Lindqvist');
      return ada && ada.kind === 'entity' ? ada.group.documents.map((d) => d.docId.split('/').pop()!) : [];
    };
    try {
      await write(chair, 'Ada Lindqvist, who chairs the harbour board, said the new pier would open in spring. Lindqvist spoke in Malmö.\n');
      await write(dockers, 'The Harbour Queen, as dockers call her, told the board on Monday that the pier was on schedule.\n');
      await openArticle('zz-registry-chair.news');
      await vscode.commands.executeCommand('newsmark.reanalyseWorkspace');
      assert.deepStrictEqual(await adaArticles(), [], 'before confirming, no other article names Ada Lindqvist');

      await api.sidecars.confirmEntity(chair, { name: 'Ada Lindqvist', type: 'person', aliases: ['Harbour Queen'] });
      const linked = await waitFor('Ada Lindqvist in both articles', async () => {
        const names = await adaArticles();
        return names.includes('zz-registry-dockers.news') ? names : undefined;
      });
      assert.deepStrictEqual(linked.sort(), ['zz-registry-chair.news', 'zz-registry-dockers.news']);

      assert.ok(await api.sidecars.forgetEntity(chair, 'Ada Lindqvist'));
      await waitFor('the link gone with the confirmed name', async () => !(await adaArticles()).includes('zz-registry-dockers.news'));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      for (const uri of [chair, dockers, workspaceUri('zz-registry-chair.news.annotations.yaml')]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
  test('typing in an indexed article does not read the sidecars again; confirming a name does', async () => {
    const api = await newsmarkApi();
    const name = 'zz-typing-harbour.news';
    const uri = workspaceUri(name);
    await write(uri, 'The harbour board met on Monday. Ada Lindqvist said the pier would open in spring.\n');
    const editor = await openArticle(name);
    const at = offsetOf(editor.document, 'Ada Lindqvist said');
    // An annotation after the typing, so that every edit moves it (and the sidecar service tells its listeners).
    const claim = await api.sidecars.addManual(uri, { kind: 'claim', start: at, end: at + 'Ada Lindqvist said the pier would open'.length });
    await vscode.commands.executeCommand('newsmark.reanalyseWorkspace');
    const counter = countStoryRegistryReads(api.sidecars);
    try {
      for (const words of ['Vladimir Putin spoke. ', 'More late news. ', 'Still more. ']) {
        const moved = new Promise<void>((resolve) => {
          const listener = api.sidecars.onDidChange((changed) => {
            if (changed.toString() !== uri.toString()) return;
            listener.dispose();
            resolve();
          });
        });
        assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), words)));
        await moved;
        // A pause in the typing, well past the delay after which a sidecar change would be looked at.
        await sleep(1500);
      }
      await waitFor('the typed name in the index', async () => (await articlesNaming(api, 'Vladimir Putin')).includes(name));
      assert.strictEqual(counter.reads(), 0, 'no look at the story registry while only annotations moved');

      await api.sidecars.confirmEntity(uri, ADA);
      await waitFor('the story registry read after a confirmed name', () => counter.reads() > 0);
    } finally {
      counter.restore();
      await api.sidecars.forgetEntity(uri, ADA.name);
      await api.sidecars.remove(uri, claim.id);
      // Saved, so that closing the editor leaves nothing to write after the files are deleted.
      await editor.document.save();
      await api.sidecars.flush(uri);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      for (const file of [uri, workspaceUri(`${name}.annotations.yaml`)]) await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
    }
  });

  test('a name confirmed while the workspace is being analysed links the story once the build ends', async () => {
    const api = await newsmarkApi();
    const chair = workspaceUri('zz-during-build-chair.news');
    const dockers = workspaceUri('zz-during-build-dockers.news');
    await write(chair, CHAIR_TEXT);
    await write(dockers, DOCKERS_TEXT);
    await openArticle('zz-during-build-chair.news');
    await vscode.commands.executeCommand('newsmark.reanalyseWorkspace');
    assert.deepStrictEqual(await articlesNaming(api, ADA.name), []);
    // The build reads the registry, then the name is confirmed, and the build goes on for a while with the old one.
    const counter = countStoryRegistryReads(api.sidecars, async () => {
      await api.sidecars.confirmEntity(chair, ADA);
      await sleep(1500);
    });
    try {
      await vscode.commands.executeCommand('newsmark.reanalyseWorkspace');
      assert.ok(counter.reads() >= 1, 'the build read the registry');
      await waitFor('Ada Lindqvist in both articles', async () => (await articlesNaming(api, ADA.name)).length === 2);
    } finally {
      counter.restore();
      await api.sidecars.forgetEntity(chair, ADA.name);
      await api.sidecars.flush(chair);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      for (const uri of [chair, dockers, workspaceUri('zz-during-build-chair.news.annotations.yaml')]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
    await waitFor('the link gone with the articles', async () => (await articlesNaming(api, ADA.name)).length === 0);
  });

  test('a sidecar of an article nobody opened, written or deleted on disk, links or unlinks the story', async () => {
    // The view lists what the active article shares: the dockers' article is open, the chair's never is.
    const api = await newsmarkApi();
    const chair = workspaceUri('zz-closed-chair.news');
    const dockers = workspaceUri('zz-closed-dockers.news');
    const sidecar = workspaceUri('zz-closed-chair.news.annotations.yaml');
    await write(chair, CHAIR_TEXT);
    await write(dockers, DOCKERS_TEXT);
    try {
      await openArticle('zz-closed-dockers.news');
      await vscode.commands.executeCommand('newsmark.reanalyseWorkspace');
      assert.deepStrictEqual(await articlesNaming(api, ADA.name), []);
      await write(sidecar, ['version: 1', 'entities:', '  - name: Ada Lindqvist', '    type: person', '    aliases: [Harbour Queen]', 'annotations: []', ''].join('\n'));
      await waitFor('Ada Lindqvist in both articles', async () => (await articlesNaming(api, ADA.name)).length === 2);
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === chair.toString()), 'the article stayed closed');
      await vscode.workspace.fs.delete(sidecar);
      await waitFor('the link gone with the sidecar', async () => (await articlesNaming(api, ADA.name)).length === 0);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      for (const uri of [sidecar, chair, dockers]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
  test('unsaved words thrown away by closing the editor without saving leave the index', async () => {
    const api = await newsmarkApi();
    const name = 'zz-discarded-edit.news';
    const uri = workspaceUri(name);
    await write(uri, 'The harbour board met on Monday to discuss the pier.\n');
    try {
      // The view lists what the active article shares: seed 004 names Vladimir Putin, and stays open behind.
      await openArticle(ARTICLE);
      const editor = await openArticle(name);
      await vscode.commands.executeCommand('newsmark.reanalyseWorkspace');
      assert.ok(await editor.edit((edit) => edit.insert(editor.document.positionAt(editor.document.getText().length), 'Vladimir Putin was not asked.\n')));
      await waitFor('the unsaved words in the index', async () => (await articlesNaming(api, 'Vladimir Putin')).includes(name));
      // No edit and no file event follow: the file on disk never held the words.
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await waitFor('the seed article active again', () => vscode.window.activeTextEditor?.document.uri.path.endsWith(ARTICLE));
      await waitFor('the thrown-away words gone from the index', async () => {
        const named = await articlesNaming(api, 'Vladimir Putin');
        return named.length > 0 && !named.includes(name);
      });
    } finally {
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
  test('an edited open article is linked with the story’s confirmed names, not only its own sidecar’s', async () => {
    const api = await newsmarkApi();
    const chair = workspaceUri('zz-story-names-chair.news');
    const dockers = workspaceUri('zz-story-names-dockers.news');
    const sidecar = workspaceUri('zz-story-names-chair.news.annotations.yaml');
    await write(chair, CHAIR_TEXT);
    // Words the analysis finds no name in: only the confirmed alias makes them a mention of Ada Lindqvist.
    await write(dockers, 'Dockers say the pier boss told the board on Monday that the pier was on schedule.\n');
    await write(sidecar, ['version: 1', 'entities:', '  - name: Ada Lindqvist', '    type: person', '    aliases: [the pier boss]', 'annotations: []', ''].join('\n'));
    try {
      const editor = await openArticle('zz-story-names-dockers.news');
      await vscode.commands.executeCommand('newsmark.reanalyseWorkspace');
      await waitFor('Ada Lindqvist in both articles', async () => (await articlesNaming(api, ADA.name)).length === 2);
      // The dockers' article has no sidecar: the editor analyses it without the chair's names.
      assert.ok(await editor.edit((edit) => edit.insert(editor.document.positionAt(editor.document.getText().length), 'Vladimir Putin was not asked.\n')));
      await waitFor('the edit in the index', async () => (await articlesNaming(api, 'Vladimir Putin')).includes('zz-story-names-dockers.news'));
      const named = await articlesNaming(api, ADA.name);
      assert.ok(named.includes('zz-story-names-chair.news') && named.includes('zz-story-names-dockers.news'), JSON.stringify(named));
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      for (const uri of [sidecar, chair, dockers]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
});
