// The extension's vscode-free parts: highlight spans per kind, offsets to lines, include/exclude globs, hover escaping.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis, Quote } from '../../src/core';
import { expandBraces, Glob, GlobSet } from '../../src/extension/globPattern';
import { highlightSpans } from '../../src/extension/highlights/highlightKinds';
import { escapeMarkdown } from '../../src/extension/hovers/markdownText';
import { LineIndex } from '../../src/extension/lineIndex';

function quote(partial: Partial<Quote> & Pick<Quote, 'start' | 'end' | 'kind'>): Quote {
  return { parts: [], cue: null, cueLemma: null, speaker: null, ...partial };
}

test('highlight spans: quote parts by kind, named and anonymous speakers apart, hedges with their claims', () => {
  const analysis: Analysis = {
    textLength: 200,
    quotes: [
      quote({ start: 0, end: 30, kind: 'direct', parts: [{ start: 0, end: 12 }, { start: 20, end: 30 }], speaker: { mention: { start: 13, end: 19 }, kind: 'name', name: 'Jane Doe', entityId: 'e1', anonymous: false } }),
      quote({ start: 40, end: 60, kind: 'partial', parts: [{ start: 50, end: 60 }], speaker: { mention: { start: 13, end: 19 }, kind: 'name', name: 'Jane Doe', entityId: 'e1', anonymous: false } }),
      quote({ start: 70, end: 90, kind: 'reported', speaker: { mention: { start: 62, end: 69 }, kind: 'anonymous', name: null, entityId: null, anonymous: true } }),
    ],
    scareQuotes: [],
    hedges: [{ start: 75, end: 78, kind: 'epistemic', cue: 'may', voice: 'speaker', claim: { start: 70, end: 90 }, quoteIndex: 2 }],
    entities: [],
  };
  const spans = highlightSpans(analysis);
  assert.deepEqual(spans.directQuote, [{ start: 0, end: 12 }, { start: 20, end: 30 }]);
  assert.deepEqual(spans.partialQuote, [{ start: 50, end: 60 }]);
  assert.deepEqual(spans.reportedSpeech, [{ start: 70, end: 90 }], 'a quote without parts is painted whole');
  assert.deepEqual(spans.speaker, [{ start: 13, end: 19 }], 'one speaker mention shared by two quotes is painted once');
  assert.deepEqual(spans.anonymousSource, [{ start: 62, end: 69 }]);
  assert.deepEqual(spans.hedgeCue, [{ start: 75, end: 78 }]);
  assert.deepEqual(spans.hedgeClaim, [{ start: 70, end: 90 }]);
});

test('line index: \\n, \\r\\n and a lone \\r all break lines, as in VS Code', () => {
  const text = 'ab\ncd\r\nef\rgh';
  const lines = LineIndex.of(text);
  assert.equal(lines.lineCount, 4);
  assert.deepEqual(lines.position(0), { line: 0, character: 0 });
  assert.deepEqual(lines.position(3), { line: 1, character: 0 });
  assert.deepEqual(lines.position(5), { line: 1, character: 2 }, 'the \\r of \\r\\n ends line 1');
  assert.deepEqual(lines.position(7), { line: 2, character: 0 });
  assert.deepEqual(lines.position(10), { line: 3, character: 0 });
  assert.deepEqual(lines.position(text.length), { line: 3, character: 2 });
  assert.deepEqual(lines.position(999), { line: 3, character: 2 }, 'offsets past the end clamp');
  for (let offset = 0; offset <= text.length; offset++) {
    const p = lines.position(offset);
    if (text[offset - 1] !== '\r' || text[offset] !== '\n') assert.equal(lines.offset(p.line, p.character), offset);
  }
});

test('globs: the include and exclude settings match paths as VS Code does', () => {
  const include = new GlobSet(['**/*.txt', '**/*.{md,news}']);
  assert.ok(include.matches('/work/seeds/a.txt'));
  assert.ok(include.matches('/a.md'));
  assert.ok(include.matches('/deep/er/b.news'));
  assert.ok(!include.matches('/a.txt.annotations.yaml'));
  assert.ok(!include.matches('/a.txtx'));
  const exclude = new GlobSet(['**/node_modules/**', '**/.git/**']);
  assert.ok(exclude.matches('/p/node_modules/x/readme.md'));
  assert.ok(exclude.matches('/p/.git/COMMIT_EDITMSG'));
  assert.ok(!exclude.matches('/p/modules/readme.md'));
  assert.ok(new Glob('draft?.txt').matches('/x/draft1.txt'), 'a pattern without a slash matches base names');
  assert.ok(new Glob('[abc].txt').matches('/b.txt'));
  assert.ok(!new Glob('[!abc].txt').matches('/b.txt'));
  assert.ok(new Glob('[a-c]*.md').matches('/notes/b-side.md'));
  assert.ok(new Glob('stories/**/*.txt').matches('stories/2024/nov/a.txt'));
  assert.ok(new Glob('stories/**/*.txt').matches('stories/a.txt'), '** spans zero folders');
  assert.ok(!new Glob('stories/**/*.txt').matches('drafts/a.txt'));
  assert.ok(new Glob('*a*b*c').matches('/xaybzc'));
  assert.ok(!new Glob('*a*b*c').matches('/xaybz'));
  assert.deepEqual(expandBraces('{a,b{c,d}}.txt'), ['a.txt', 'bc.txt', 'bd.txt']);
  // Bounded by path length times pattern length: long paths full of near-misses stay fast (no backtracking blow-up).
  assert.ok(!new Glob('**/a/**/b/**/c.txt').matches('/' + 'a/b/'.repeat(5000) + 'x.txt'));
  assert.ok(!new Glob('*a*a*a*a*b').matches('/' + 'a'.repeat(20000)));
});

test('hover text escaping: article text never becomes markup, links or HTML', () => {
  const escaped = escapeMarkdown('Click [here](command:workbench.action.quit) **now** <img src=x> `code` #1');
  for (let i = 0; i < escaped.length; i++) {
    if ('[]()*<>`#'.includes(escaped[i])) assert.equal(escaped[i - 1], '\\', `${escaped[i]} at ${i} is escaped in ${escaped}`);
    if (escaped[i] === '\\') i++;
  }
  // Hovers draw $(name) as theme icons, after markdown has undone backslash escapes: `$` must not survive as `$`.
  const icon = escapeMarkdown('Power $(zap) and $\\(zap) and $(x~spin)');
  assert.ok(!icon.includes('$'), `no theme-icon syntax left in ${icon}`);
  assert.equal(icon.split('&#36;').length - 1, 3);
  // A bare address must not be turned into a link by markdown's auto-linking.
  for (const bare of ['see https://evil.example/x now', 'ftp://files.example', 'http://a.b']) {
    assert.ok(!/(?:https?|ftp):\/\//.test(escapeMarkdown(bare)), `no address left to auto-link in ${escapeMarkdown(bare)}`);
  }
  assert.ok(!/www\./.test(escapeMarkdown('go to www.example.com')));
  assert.equal(escapeMarkdown('at 10:30'), 'at 10\\:30');
  // A line of "=" or "-" would turn the line above it into a heading.
  assert.equal(escapeMarkdown('==='), '\\=\\=\\=');
  assert.equal(escapeMarkdown('---'), '\\-\\-\\-');
  assert.equal(escapeMarkdown('a   b\n c'), 'a b c');
  assert.equal(escapeMarkdown('x'.repeat(300), 10), 'xxxxxxxxx…');
});
