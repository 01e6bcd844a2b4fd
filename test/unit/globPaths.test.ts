// The include/exclude globs see paths relative to the file's workspace folder, as VS Code's files.exclude does; a folder whose every file is excluded is not walked.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expandBraces, folderRelativeGlobs, Glob, globPathOf, GlobSet, GlobTooComplexError, MAX_GLOB_ALTERNATIVES } from '../../src/extension/globPattern';

const FOLDER = '/home/ana/newsroom';
const HARBOUR = `${FOLDER}/articles/2026/harbour.txt`;

test('a file in a workspace folder is matched by its path inside the folder', () => {
  assert.equal(globPathOf(HARBOUR, FOLDER), 'articles/2026/harbour.txt');
  assert.equal(globPathOf(HARBOUR, `${FOLDER}/`), 'articles/2026/harbour.txt', 'a folder path ending in a slash');
  assert.equal(globPathOf('/c:/News/articles/a.txt', '/C:/News'), 'articles/a.txt', 'drive letters differing in case');
  assert.equal(globPathOf('/a/b.txt', '/'), 'a/b.txt', 'a folder at the root');
});

test('a file outside every workspace folder is matched by its whole path', () => {
  assert.equal(globPathOf(HARBOUR, undefined), HARBOUR);
  assert.equal(globPathOf('/home/ana/newsroom-old/a.txt', FOLDER), '/home/ana/newsroom-old/a.txt', 'a sibling whose name starts like the folder');
  assert.equal(globPathOf(FOLDER, FOLDER), FOLDER, 'the folder itself is no file in it');
});

test('workspace-relative patterns match articles in the folder; patterns for any folder keep working', () => {
  const path = globPathOf(HARBOUR, FOLDER);
  const matches = (glob: string) => new GlobSet([glob]).matches(path);
  assert.ok(matches('articles/**/*.txt'));
  assert.ok(matches('articles/**'));
  assert.ok(matches('articles/2026/*.txt'));
  assert.ok(matches('**/articles/**/*.txt'));
  assert.ok(matches('**/*.txt'));
  assert.ok(matches('*.txt'), 'a pattern without a slash matches base names');
  assert.ok(!matches('drafts/**'));
  assert.ok(!matches('2026/**'), 'a relative pattern starts at the folder, not at any folder below it');
  assert.ok(!matches('newsroom/articles/**'), 'nor above it');
  const exclude = new GlobSet(['drafts/**']);
  assert.ok(exclude.matches(globPathOf(`${FOLDER}/drafts/pier.txt`, FOLDER)));
  assert.ok(!exclude.matches(globPathOf(`${FOLDER}/articles/drafts/pier.txt`, FOLDER)));
});

test('the watcher globs: relative to each folder, base-name patterns in any folder, one per alternative', () => {
  assert.deepEqual(folderRelativeGlobs(['*.news', 'articles/**/*.txt', '**/*.md', '**/*.md']), ['**/*.news', 'articles/**/*.txt', '**/*.md']);
  assert.deepEqual(folderRelativeGlobs(['{*.article,stories/*.txt}']), ['**/*.article', 'stories/*.txt']);
  assert.deepEqual(folderRelativeGlobs(['/top/*.txt', '']), ['top/*.txt']);
});

test('an excluded folder: one whose every file, at any depth, a single glob matches', () => {
  const covers = (glob: string, folder: string) => new Glob(glob).coversFolder(folder);
  assert.ok(covers('**/archive/**', 'archive'));
  assert.ok(covers('**/archive/**', 'news/archive'));
  assert.ok(covers('**/archive/**', 'news/archive/2020'), 'a folder inside an excluded one');
  assert.ok(!covers('**/archive/**', 'news/archived'));
  assert.ok(!covers('**/archive/**', 'news'), 'a folder above: its other files are articles');
  assert.ok(covers('drafts/**', 'drafts'));
  assert.ok(covers('drafts/**', 'drafts/old'));
  assert.ok(!covers('drafts/**', 'articles/drafts'), 'relative patterns start at the workspace folder');
  assert.ok(covers('drafts/*/**', 'drafts'));
  assert.ok(covers('**', 'anything'));
  // Patterns that leave some files under the folder as articles.
  assert.ok(!covers('drafts/*', 'drafts'), 'only the files right under drafts');
  assert.ok(!new Glob('drafts/*').matches('drafts/old/pier.txt'));
  assert.ok(!covers('**/archive/**/*.txt', 'archive'), 'its .md files are still articles');
  assert.ok(!covers('archive', 'news/archive'), 'a pattern without a slash names files, not folders');
  assert.ok(!covers('drafts/*/*/**', 'drafts'), 'the files right under drafts/x are not matched');
  assert.ok(new GlobSet(['**/*.md', '**/archive/**']).coversFolder('news/archive'));
  assert.ok(!new GlobSet(['**/*.md', 'drafts/*']).coversFolder('drafts'));
});

test('a folder said to be excluded never holds a file the glob does not match (every small pattern, folder and file)', () => {
  const sequences = <T>(items: readonly T[], min: number, max: number): T[][] => {
    const out: T[][] = min === 0 ? [[]] : [];
    let level: T[][] = [[]];
    for (let length = 1; length <= max; length++) {
      level = level.flatMap((seq) => items.map((item) => [...seq, item]));
      if (length >= min) out.push(...level);
    }
    return out;
  };
  const patterns = sequences(['**', '*', 'a', '*.txt', '{a,b}'], 1, 4).map((parts) => parts.join('/'));
  const folders = sequences(['a', 'b'], 0, 2).map((parts) => parts.join('/'));
  const belows = sequences(['a', 'x.txt'], 1, 3).map((parts) => parts.join('/'));
  let covered = 0;
  for (const pattern of patterns) {
    const glob = new Glob(pattern);
    for (const folder of folders) {
      if (!glob.coversFolder(folder)) continue;
      covered++;
      for (const below of belows) assert.ok(glob.matches(`${folder}/${below}`), `${pattern} covers "${folder}" but not ${below} in it`);
    }
  }
  assert.ok(covered > 100, `the check saw excluded folders (${covered})`);
});

test('a glob of too many {a,b} alternatives is not used, and neither building nor matching throws or takes long', () => {
  for (const groups of [9, 18, 40]) {
    const glob = `${'{a,b}'.repeat(groups)}.txt`;
    const started = Date.now();
    assert.equal(expandBraces(glob), undefined, `${groups} groups stand for 2^${groups} patterns`);
    assert.throws(() => new Glob(glob), GlobTooComplexError);
    const set = new GlobSet(['**/*.md', glob]);
    assert.deepEqual(set.rejected, [glob]);
    assert.ok(set.matches('notes/a.md'), 'the other globs still work');
    assert.ok(!set.matches(`${'a'.repeat(groups)}.txt`), 'the glob not used matches nothing');
    assert.ok(!set.coversFolder('a'));
    assert.ok(Date.now() - started < 200, `${groups} groups took ${Date.now() - started} ms`);
  }
  assert.deepEqual(folderRelativeGlobs([`${'{a,b}'.repeat(18)}.txt`, '*.news']), ['**/*.news'], 'nor is it watched');
});

test('up to 256 alternatives are expanded, in the order written; a glob of thousands of braces does not exhaust the stack', () => {
  const eight = expandBraces(`${'{a,b}'.repeat(8)}.txt`);
  assert.equal(eight?.length, MAX_GLOB_ALTERNATIVES);
  assert.equal(eight?.[0], 'aaaaaaaa.txt');
  assert.equal(eight?.[255], 'bbbbbbbb.txt');
  assert.ok(new Glob(`${'{a,b}'.repeat(8)}.txt`).matches('x/abababab.txt'));
  assert.deepEqual(expandBraces('{a,b{c,d}}.txt'), ['a.txt', 'bc.txt', 'bd.txt']);
  assert.deepEqual(expandBraces('{a,b'), ['{a,b'], 'an unbalanced brace is a literal');
  assert.equal(expandBraces(`${'{a}'.repeat(20000)}`), undefined, 'too many groups to take apart');
  assert.equal(expandBraces(`{${Array.from({ length: 300 }, (_, i) => `f${i}`).join(',')}}`), undefined, 'one group of 300');
  assert.deepEqual(expandBraces(`${'{'.repeat(50)}a${'}'.repeat(50)}.txt`), ['a.txt'], 'nested braces');
  assert.equal(expandBraces(`${'{'.repeat(20000)}a${'}'.repeat(20000)}`), undefined, 'nested too deep to take apart');
});
