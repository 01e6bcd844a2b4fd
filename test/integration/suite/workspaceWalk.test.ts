// The walk that finds the workspace's articles for the cross-source index: the folders it never enters (the same as
// the command line's), and its limit, which is said out loud when reached.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { listWorkspaceArticles, WORKSPACE_ARTICLE_LIMIT, type ArticlePaths } from '../../../src/extension/workspaceArticles';
import { workspaceUri } from './newsmarkTestSupport';

/** Every .txt file is an article and no folder is excluded: what is left out is the walk's own doing. */
const EVERY_TEXT_FILE: ArticlePaths = {
  isArticlePath: (uri) => uri.path.endsWith('.txt'),
  isExcludedFolder: () => false,
};

const FOLDER = 'walk-probe';
const KEPT = ['walk-probe/story.txt', 'walk-probe/drafts/second.txt'];
const SKIPPED = ['walk-probe/dist/built.txt', 'walk-probe/out/built.txt', 'walk-probe/node_modules/pkg/readme.txt', 'walk-probe/.github/template.txt', 'walk-probe/.cache/old.txt'];

async function writeFiles(paths: readonly string[]): Promise<void> {
  for (const path of paths) await vscode.workspace.fs.writeFile(workspaceUri(...path.split('/')), new TextEncoder().encode('The mayor said the bridge would open in spring.\n'));
}

/** Paths below the probe folder, relative to the workspace folder. */
function relative(uris: readonly vscode.Uri[]): string[] {
  const probe = workspaceUri(FOLDER).path;
  return uris.filter((u) => u.path.startsWith(`${probe}/`)).map((u) => `${FOLDER}/${u.path.slice(probe.length + 1)}`);
}

suite('Workspace walk', () => {
  suiteSetup(() => writeFiles([...KEPT, ...SKIPPED]));
  suiteTeardown(() => vscode.workspace.fs.delete(workspaceUri(FOLDER), { recursive: true }).then(undefined, () => undefined));

  test('skips node_modules, dist, out and every folder whose name starts with a dot', async () => {
    const found = relative(await listWorkspaceArticles(EVERY_TEXT_FILE));
    assert.deepStrictEqual(found.sort(), [...KEPT].sort());
  });

  test('stops at its limit and says so instead of leaving articles out silently', async () => {
    assert.strictEqual(WORKSPACE_ARTICLE_LIMIT.max, 5000);
    const all = await listWorkspaceArticles(EVERY_TEXT_FILE);
    assert.ok(all.length > 2, `the seed workspace has more than two text articles (${all.length})`);
    const reached: number[] = [];
    const limited = await listWorkspaceArticles(EVERY_TEXT_FILE, undefined, { max: 2, reached: (max) => reached.push(max) });
    assert.deepStrictEqual(
      limited.map((u) => u.toString()),
      all.slice(0, 2).map((u) => u.toString()),
      'the first two in folder order',
    );
    assert.deepStrictEqual(reached, [2], 'reaching the limit is reported once');

    reached.length = 0;
    assert.strictEqual((await listWorkspaceArticles(EVERY_TEXT_FILE, undefined, { max: all.length, reached: (max) => reached.push(max) })).length, all.length);
    assert.deepStrictEqual(reached, [], 'exactly as many articles as the limit is no reason to report');
  });
});
