// `newsmark export` as a desk publishes it: addresses under --base-url (ClaimReview and W3C), the desk as ClaimReview's author.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const cli = path.resolve('dist/cli.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });

const STORY = 'Harbour master Ines Varga said the ferry carried 12,000 passengers in March, a record for the port.\n';
const CLAIM = 'the ferry carried 12,000 passengers in March';

interface Review {
  url?: string;
  author?: { '@type': string; name: string };
  datePublished?: string;
  claimReviewed: string;
  itemReviewed: { '@type': string; appearance?: { url: string } };
}

/** A desk's folder: site/stories/<name> with a hand-written verdict on CLAIM (and `dates`, YAML lines, on it). */
function desk(name = 'story.txt', dates = ''): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-export-'));
  const stories = path.join(dir, 'site', 'stories');
  fs.mkdirSync(stories, { recursive: true });
  fs.writeFileSync(path.join(stories, name), STORY);
  fs.writeFileSync(
    path.join(stories, `${name}.annotations.yaml`),
    ['version: 1', 'annotations:', '  - id: ferry', '    kind: claim', '    verdict: mostly-accurate', `    target: { exact: "${CLAIM}" }`, dates].filter(Boolean).join('\n') + '\n',
  );
  return dir;
}

test('export --base-url turns the articles, relative to the folder given, into addresses under it; --author is the publishing organisation', () => {
  const dir = desk('ferry story.txt');
  const r = run(['export', '--format', 'claimreview', 'site', '--base-url', 'https://example.org/', '--author', 'Riverton Fact Desk'], dir);
  assert.equal(r.status, 0, r.stderr);
  const [review] = JSON.parse(r.stdout) as Review[];
  assert.equal(review.claimReviewed, CLAIM);
  assert.equal(review.url, 'https://example.org/stories/ferry%20story.txt#annotation-ferry');
  assert.equal(review.itemReviewed.appearance?.url, 'https://example.org/stories/ferry%20story.txt');
  assert.deepEqual(review.author, { '@type': 'Organization', name: 'Riverton Fact Desk' });
  assert.doesNotMatch(r.stdout, /file:/);
  assert.equal(r.stderr, '');

  // A base without a trailing slash is a folder all the same; an article named directly is under it by its name.
  const named = run(['export', '--format', 'claimreview', path.join('site', 'stories', 'ferry story.txt'), '--base-url', 'https://example.org/news'], dir);
  assert.equal(named.status, 0, named.stderr);
  assert.equal((JSON.parse(named.stdout) as Review[])[0].url, 'https://example.org/news/ferry%20story.txt#annotation-ferry');
});

test('export without --base-url writes no local path: the reviews carry no url, and a note on stderr says how to add one', () => {
  const dir = desk();
  const r = run(['export', '--format', 'claimreview', 'site'], dir);
  assert.equal(r.status, 0, r.stderr);
  const [review] = JSON.parse(r.stdout) as Review[];
  assert.equal(review.claimReviewed, CLAIM);
  assert.equal(review.url, undefined);
  assert.equal(review.itemReviewed.appearance, undefined);
  assert.doesNotMatch(r.stdout, /file:|newsmark-export-/);
  assert.match(r.stderr, /^newsmark export: note: without --base-url the reviews have no url .*--base-url URL/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
});

test('export names a --base-url that is no web address, and the options that only ClaimReview takes', () => {
  const dir = desk();
  const local = run(['export', '--format', 'claimreview', 'site', '--base-url', '/home/desk/site'], dir);
  assert.equal(local.status, 2);
  assert.match(local.stderr, /--base-url must be an http or https address/);
  const w3c = run(['export', '--format', 'w3c', 'site', '--author', 'Desk'], dir);
  assert.equal(w3c.status, 2);
  assert.match(w3c.stderr, /--author is for --format claimreview/);
  for (const format of ['w3c', 'claimreview']) {
    for (const [base, message] of [['/home/desk/site', /--base-url must be an http or https address/], ['https://example.org/?page=1', /--base-url must be the address of a folder, without \? or #/]] as const) {
      const r = run(['export', '--format', format, 'site', '--base-url', base], dir);
      assert.equal(r.status, 2, `${format} ${base}`);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
    }
  }
});

interface W3CAnnotation {
  id: string;
  target: { source: string };
}
const items = (stdout: string) => (JSON.parse(stdout) as { first: { items: W3CAnnotation[] } }).first.items;

test('export --format w3c --base-url gives each annotation a web address: its article under the base, as for ClaimReview', () => {
  const dir = desk('ferry story.txt');
  const r = run(['export', '--format', 'w3c', 'site', '--base-url', 'https://example.org/'], dir);
  assert.equal(r.status, 0, r.stderr);
  const [annotation] = items(r.stdout);
  assert.equal(annotation.target.source, 'https://example.org/stories/ferry%20story.txt');
  assert.equal(annotation.id, 'https://example.org/stories/ferry%20story.txt#annotation-ferry');
  assert.doesNotMatch(r.stdout, /file:|newsmark-export-/);
  assert.equal(r.stderr, '');
  assert.equal(run(['export', '--format', 'w3c', 'site', '--base-url', 'https://example.org/'], dir).stdout, r.stdout, 'the same every time');

  const named = run(['export', '--format', 'w3c', path.join('site', 'stories', 'ferry story.txt'), '--base-url', 'https://example.org/news'], dir);
  assert.equal(named.status, 0, named.stderr);
  assert.equal(items(named.stdout)[0].id, 'https://example.org/news/ferry%20story.txt#annotation-ferry');
});

test('export --format w3c without --base-url writes local file: addresses as before, and a note on stderr says so and how to avoid it', () => {
  const dir = desk();
  const r = run(['export', '--format', 'w3c', 'site'], dir);
  assert.equal(r.status, 0, r.stderr);
  const [annotation] = items(r.stdout);
  assert.equal(annotation.target.source, pathToFileURL(path.join(fs.realpathSync(dir), 'site', 'stories', 'story.txt')).href);
  assert.equal(annotation.id, `${annotation.target.source}#annotation-ferry`);
  assert.match(r.stderr, /^newsmark export: note: without --base-url .*local paths.*--base-url URL/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
});

test('export refuses two articles that --base-url would give one address, for both formats, rather than publish one id for two annotations', () => {
  const dir = desk();
  fs.mkdirSync(path.join(dir, 'other'));
  for (const f of ['story.txt', 'story.txt.annotations.yaml']) fs.copyFileSync(path.join(dir, 'site', 'stories', f), path.join(dir, 'other', f));
  for (const format of ['w3c', 'claimreview']) {
    const r = run(['export', '--format', format, path.join('site', 'stories'), 'other', '--base-url', 'https://example.org/'], dir);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /site\/stories\/story\.txt and other\/story\.txt would both be published at https:\/\/example\.org\/story\.txt/);
    assert.equal(r.stdout, '');
    // Each folder on its own is fine.
    assert.equal(run(['export', '--format', format, 'other', '--base-url', 'https://example.org/'], dir).status, 0);
  }
  // Without --base-url each keeps its own local address.
  assert.equal(run(['export', '--format', 'w3c', path.join('site', 'stories'), 'other'], dir).status, 0);
});

test('datePublished is the day the sidecar says the verdict was given, and is left out when it says nothing', () => {
  const dated = desk('story.txt', '    created: "2026-02-10T09:00:00Z"\n    updated: "2026-03-04T17:30:00Z"');
  const withDate = JSON.parse(run(['export', '--format', 'claimreview', 'site', '--base-url', 'https://example.org/'], dated).stdout) as Review[];
  assert.equal(withDate[0].datePublished, '2026-03-04');
  const undated = desk();
  const without = JSON.parse(run(['export', '--format', 'claimreview', 'site', '--base-url', 'https://example.org/'], undated).stdout) as Review[];
  assert.equal(without.length, 1);
  assert.ok(!('datePublished' in without[0]));
});

test('export names an article that is missing, binary or not UTF-8, exports nothing and exits 1, rather than publishing its annotations against no text', () => {
  const dir = desk();
  const stories = path.join(dir, 'site', 'stories');
  fs.writeFileSync(path.join(stories, 'other.txt'), STORY);
  fs.copyFileSync(path.join(stories, 'story.txt.annotations.yaml'), path.join(stories, 'other.txt.annotations.yaml'));
  const out = path.join(dir, 'reviews.json');
  const cases: [string | Buffer | undefined, RegExp][] = [
    [undefined, /^newsmark export: site\/stories\/story\.txt\.annotations\.yaml: its article story\.txt is missing \(renamed or deleted\?\); see 'newsmark check'$/m],
    [Buffer.from([0x41, 0x00, 0x42]), /^newsmark export: site\/stories\/story\.txt: binary file/m],
    [Buffer.from([0x63, 0x61, 0x66, 0xe9]), /^newsmark export: site\/stories\/story\.txt: not valid UTF-8/m],
  ];
  for (const [content, message] of cases) {
    fs.rmSync(path.join(stories, 'story.txt'), { force: true });
    if (content !== undefined) fs.writeFileSync(path.join(stories, 'story.txt'), content);
    for (const format of ['w3c', 'claimreview']) {
      const r = run(['export', '--format', format, 'site', '--out', out], dir);
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /^newsmark export: nothing exported$/m);
      assert.ok(!fs.existsSync(out));
      const named = run(['export', '--format', format, path.join('site', 'stories', 'story.txt.annotations.yaml')], dir);
      assert.equal(named.status, 1);
      assert.equal(named.stdout, '');
    }
  }
});

test('export publishes only evidence that is a web address: a local path, a file: or javascript: link is left out, with a warning naming it', () => {
  const dir = desk('story.txt', '    evidence: ["https://example.org/ledger", "file:///home/desk/notes.txt", "javascript:alert(1)", "/home/desk/call.mp3"]');
  for (const format of ['claimreview', 'w3c']) {
    const r = run(['export', '--format', format, 'site', '--base-url', 'https://example.org/'].slice(0, format === 'w3c' ? 4 : 6), dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /https:\/\/example\.org\/ledger/);
    assert.doesNotMatch(r.stdout, /javascript:|notes\.txt|call\.mp3/, format);
    for (const link of ['file:///home/desk/notes.txt', 'javascript:alert(1)', '/home/desk/call.mp3']) {
      assert.ok(r.stderr.includes(`annotation 'ferry' (claim): evidence "${link}" left out: only web addresses (http:// or https://) are exported`), `${format}: ${r.stderr}`);
    }
  }
});
