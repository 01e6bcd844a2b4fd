// The web address of a published folder and of an article under it, shared by `newsmark export --base-url` and the
// editor's newsmark.export.baseUrl: the same address for the same article, however the export is made.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { folderUrl, publishedUrl } from '../../src/core/sidecar';

function base(given: string): URL {
  const found = folderUrl(given);
  assert.ok('url' in found, `${given} is a folder's address`);
  return found.url;
}

test('a base address is a folder: one without a closing slash gets one, so the articles go inside it', () => {
  assert.equal(base('https://example.org/news').href, 'https://example.org/news/');
  assert.equal(base('https://example.org/news/').href, 'https://example.org/news/');
  assert.equal(base('https://example.org').href, 'https://example.org/');
  assert.equal(base('http://example.org/a/b').href, 'http://example.org/a/b/');
  assert.equal(base('  https://example.org/news  ').href, 'https://example.org/news/', 'spaces around it, as pasted into a setting, are no part of it');
  // Each call gives its own URL: one export cannot change another's base.
  const once = folderUrl('https://example.org/x');
  const again = folderUrl('https://example.org/x');
  assert.ok('url' in once && 'url' in again && once.url !== again.url);
});

test('a base address that is no http or https address, or has a query or fragment, is refused with the reason', () => {
  for (const given of ['', '/home/desk/site', 'site/', 'file:///home/desk/site/', 'ftp://example.org/', 'javascript:alert(1)', 'example.org/news', 'https://']) {
    assert.deepEqual(folderUrl(given), { problem: 'notWeb' }, JSON.stringify(given));
  }
  for (const given of ['https://example.org/?page=1', 'https://example.org/news#top', 'http://example.org/a?b#c']) {
    assert.deepEqual(folderUrl(given), { problem: 'notFolder' }, given);
  }
});

test('an article’s address is its path under the base, each name encoded so that it stays one name', () => {
  const news = base('https://example.org/news');
  assert.equal(publishedUrl(news, ['story.txt']), 'https://example.org/news/story.txt');
  assert.equal(publishedUrl(news, ['2026', 'march', 'story.txt']), 'https://example.org/news/2026/march/story.txt');
  assert.equal(publishedUrl(news, ['stories', 'ferry story.txt']), 'https://example.org/news/stories/ferry%20story.txt');
  // A ? or # in a file name is no query or fragment of the address; a / cannot be in one name, nor a \\ turn into one.
  assert.equal(publishedUrl(news, ['why? #1.txt']), 'https://example.org/news/why%3F%20%231.txt');
  assert.equal(publishedUrl(news, ['a\\b.txt']), 'https://example.org/news/a%5Cb.txt');
  assert.equal(publishedUrl(news, ['Zürich.txt']), 'https://example.org/news/Z%C3%BCrich.txt');
  assert.equal(publishedUrl(base('https://example.org'), ['a.txt']), 'https://example.org/a.txt');
});

test('different paths get different addresses; only the same path under the same base gets one address', () => {
  const news = base('https://example.org/news/');
  const paths = [['a.txt'], ['A.txt'], ['b', 'a.txt'], ['b a.txt'], ['b%20a.txt'], ['b', 'c', 'a.txt']];
  const addresses = new Set(paths.map((p) => publishedUrl(news, p)));
  assert.equal(addresses.size, paths.length);
  // Two folders whose addresses overlap can give two articles one address: the exports refuse that (see cli-export).
  assert.equal(publishedUrl(base('https://example.org/'), ['news', 'a.txt']), publishedUrl(news, ['a.txt']));
});
