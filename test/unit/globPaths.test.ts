// The include/exclude globs see paths relative to the file's workspace folder, as VS Code's files.exclude does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { folderRelativeGlobs, globPathOf, GlobSet } from '../../src/extension/globPattern';

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
