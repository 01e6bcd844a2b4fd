// The sidecar store: schema round trips, hand edits that survive rewrites, hostile files, crash-safe writes, merges, exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fc from 'fast-check';
import type { Analysis } from '../../src/core';
import {
  storyRegistry,
  DEFAULT_SIDECAR_LIMITS,
  annotateArticle,
  applyPatch,
  createManual,
  exportClaimReview,
  exportW3C,
  heldBackFromExport,
  makeTarget,
  mergeSidecars,
  MemoryFileSystem,
  parseSidecar,
  refreshAutomatic,
  renderSidecar,
  renderedBytesAtLeast,
  sha256Hex,
  SidecarStore,
  isSidecarPath,
  ANNOTATION_KINDS,
  VERDICTS,
  SIDECAR_VERSION,
  type Annotation,
  type Sidecar,
} from '../../src/core/sidecar';

const NOW = '2026-03-01T10:00:00.000Z';

test('sha256 matches node:crypto, including non-ASCII text and block-boundary lengths', () => {
  assert.equal(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  for (const n of [55, 56, 63, 64, 65, 119, 120, 1000]) {
    const s = 'é'.repeat(n);
    assert.equal(sha256Hex(s), crypto.createHash('sha256').update(s, 'utf8').digest('hex'), `length ${n}`);
  }
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => sha256Hex(s) === crypto.createHash('sha256').update(s, 'utf8').digest('hex')),
    { numRuns: 300 },
  );
});

const textArb = fc.string({ unit: 'grapheme', maxLength: 40 });
const annotationArb: fc.Arbitrary<Annotation> = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 12 }),
    kind: fc.constantFrom('quote', 'speaker', 'claim', 'hedge', 'entity', 'note'),
    target: fc.record({ start: fc.nat(1000), end: fc.nat(1000), exact: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), prefix: textArb, suffix: textArb }),
    speaker: textArb,
    note: fc.string({ unit: 'grapheme', maxLength: 200 }),
    verdict: fc.constantFrom('accurate', 'mostly-accurate', 'mixed', 'mostly-inaccurate', 'inaccurate', 'misleading', 'unsupported'),
    evidence: fc.array(fc.webUrl(), { maxLength: 3 }),
    origin: fc.constantFrom('auto', 'manual'),
    status: fc.constantFrom('anchored', 'drifted', 'orphaned'),
    created: fc.constant(NOW),
  },
  { requiredKeys: ['id', 'kind', 'target', 'origin', 'status'] },
).map((a) => ({ ...a, target: { ...a.target, end: Math.max(a.target.start, a.target.end) } }) as Annotation);

test('render then parse gives back the same sidecar, whatever the words (quotes, colons, line breaks, emoji)', () => {
  fc.assert(
    fc.property(fc.uniqueArray(annotationArb, { selector: (a) => a.id, maxLength: 5 }), (annotations) => {
      const sidecar: Sidecar = {
        version: 1,
        document: { path: 'a.txt', length: 10, sha256: 'ab' },
        annotations: annotations.map((a) => (a.evidence?.length === 0 ? { ...a, evidence: undefined } : a)).map(stripUndefined),
        entities: [{ name: 'Jane Doe', type: 'person', aliases: ['Doe', 'the mayor'], wikidata: 'Q1' }],
      };
      const text = renderSidecar(sidecar);
      const parsed = parseSidecar(text);
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.problems[0].message + '\n' + text);
      assert.deepEqual(parsed.parsed.sidecar, sidecar);
      // And a rewrite from its own parse changes nothing.
      assert.equal(renderSidecar(sidecar, parsed.parsed), text);
    }),
    { numRuns: 300 },
  );
});

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const ARTICLE = 'Mayor Jane Doe said: “We will rebuild the bridge.” Critics may disagree.\nJane Doe left early.';

function fakeAnalysis(text: string): Analysis {
  const q = text.indexOf('“We');
  const qEnd = text.indexOf('”', q) + 1;
  const speaker = text.indexOf('Mayor Jane Doe');
  const may = text.indexOf('may');
  return {
    textLength: text.length,
    scareQuotes: [],
    entities: [],
    quotes:
      q < 0
        ? []
        : [
            {
              start: q,
              end: qEnd,
              kind: 'direct',
              parts: [{ start: q + 1, end: qEnd - 1 }],
              cue: { start: text.indexOf('said'), end: text.indexOf('said') + 4 },
              cueLemma: 'say',
              speaker: speaker < 0 ? null : { mention: { start: speaker, end: speaker + 14 }, kind: 'name', name: 'Jane Doe', entityId: 'jane-doe', anonymous: false },
            },
          ],
    hedges: may < 0 ? [] : [{ start: may, end: may + 3, kind: 'epistemic', cue: 'may', voice: 'reporter', claim: { start: text.indexOf('Critics'), end: text.indexOf('disagree.') + 9 } }],
  };
}

async function annotated(fs: MemoryFileSystem, path: string, text: string, now = NOW) {
  return annotateArticle(new SidecarStore(fs), path, text, () => fakeAnalysis(text), now);
}

test('automatic annotations are refreshed, manual ones kept and re-anchored, and an unchanged article is not rewritten', async () => {
  const fs = new MemoryFileSystem({ '/news/a.txt': ARTICLE });
  const first = await annotated(fs, '/news/a.txt', ARTICLE);
  assert.equal(first.state, 'written');
  const yaml1 = fs.text('/news/a.txt.annotations.yaml')!;
  assert.match(yaml1, /kind: quote/);
  assert.match(yaml1, /kind: hedge/);

  const again = await annotated(fs, '/news/a.txt', ARTICLE, '2026-03-02T00:00:00.000Z');
  assert.equal(again.state, 'unchanged');
  assert.equal(fs.text('/news/a.txt.annotations.yaml'), yaml1);

  // A person adds a note by hand to the quote and writes a manual annotation; then the article is edited elsewhere.
  const parsed = parseSidecar(yaml1);
  assert.ok(parsed.ok);
  const quote = parsed.parsed.sidecar.annotations.find((a) => a.kind === 'quote')!;
  const start = ARTICLE.indexOf('Jane Doe left');
  const manual = createManual(ARTICLE, { kind: 'note', start, end: start + 'Jane Doe left early'.length, note: 'Check who saw her leave.' }, 'm-1', NOW);
  const edited = { ...parsed.parsed.sidecar, annotations: [...parsed.parsed.sidecar.annotations.map((a) => (a.id === quote.id ? applyPatch(a, { verdict: 'mixed' }, NOW) : a)), manual] };
  fs.put('/news/a.txt.annotations.yaml', renderSidecar(edited, parsed.parsed));

  const changed = 'UPDATED: new paragraph at the top.\n\n' + ARTICLE.replace('Critics may disagree.', 'Critics disagree.');
  fs.put('/news/a.txt', changed);
  const third = await annotated(fs, '/news/a.txt', changed);
  assert.equal(third.state, 'written');
  if (third.state !== 'written') return;
  const byId = new Map(third.sidecar.annotations.map((a) => [a.id, a]));
  assert.equal(byId.get('m-1')?.target.exact, 'Jane Doe left early');
  assert.equal(byId.get('m-1')?.target.start, changed.indexOf('Jane Doe left'));
  assert.equal(byId.get(quote.id)?.verdict, 'mixed');
  assert.equal(byId.get(quote.id)?.origin, 'manual', 'a verdict makes an automatic annotation manual');
  assert.equal(changed.slice(byId.get(quote.id)!.target.start, byId.get(quote.id)!.target.end), '“We will rebuild the bridge.”');
  assert.ok(!third.sidecar.annotations.some((a) => a.kind === 'hedge'), 'the hedge the analysis no longer finds is gone (it had no user content)');
});

test('a hand correction of the words of an automatic annotation survives the next refresh; words moved by an edit do not count as one', async () => {
  const fs = new MemoryFileSystem({ '/a.txt': ARTICLE });
  await annotated(fs, '/a.txt', ARTICLE);
  const parsed = parseSidecar(fs.text('/a.txt.annotations.yaml')!);
  assert.ok(parsed.ok);
  const quote = parsed.parsed.sidecar.annotations.find((a) => a.kind === 'quote')!;
  // The person narrows the quote to the words inside the quotation marks, in the YAML.
  const inner = makeTarget(ARTICLE, quote.target.start + 1, quote.target.end - 1);
  const corrected = parsed.parsed.sidecar.annotations.map((a) => (a.id === quote.id ? { ...a, target: inner } : a));
  fs.put('/a.txt.annotations.yaml', renderSidecar({ ...parsed.parsed.sidecar, annotations: corrected }, parsed.parsed));

  const after = await annotated(fs, '/a.txt', ARTICLE, '2026-03-02T00:00:00.000Z');
  assert.equal(after.state, 'written');
  if (after.state !== 'written') return;
  const kept = after.sidecar.annotations.filter((a) => a.id === quote.id);
  assert.deepEqual(kept.map((a) => [a.target.exact, a.origin]), [['We will rebuild the bridge.', 'manual']]);
  assert.equal((await annotated(fs, '/a.txt', ARTICLE, '2026-03-03T00:00:00.000Z')).state, 'unchanged');

  // An article edited elsewhere moves the automatic annotations' words; they stay automatic.
  const fs2 = new MemoryFileSystem({ '/b.txt': ARTICLE });
  await annotated(fs2, '/b.txt', ARTICLE);
  const moved = 'A new first line.\n' + ARTICLE;
  fs2.put('/b.txt', moved);
  const refreshed = await annotated(fs2, '/b.txt', moved, '2026-03-02T00:00:00.000Z');
  assert.equal(refreshed.state, 'written');
  if (refreshed.state !== 'written') return;
  assert.ok(refreshed.sidecar.annotations.every((a) => a.origin === 'auto'));
});

test('a hand correction of speaker, cue or kind on an automatic annotation survives the next refresh', async () => {
  const fs = new MemoryFileSystem({ '/a.txt': ARTICLE });
  await annotated(fs, '/a.txt', ARTICLE);
  const yaml = fs.text('/a.txt.annotations.yaml')!;
  const parsed = parseSidecar(yaml);
  assert.ok(parsed.ok);
  const auto = parsed.parsed.sidecar.annotations;
  const quote = auto.find((a) => a.kind === 'quote')!;
  const hedge = auto.find((a) => a.kind === 'hedge')!;
  const speaker = auto.find((a) => a.kind === 'speaker')!;
  assert.equal(quote.speaker, 'Jane Doe');
  // Edited in the YAML by hand: origin stays auto, no note or verdict.
  const corrected = auto.map((a) =>
    a.id === quote.id ? { ...a, speaker: 'John Roe', cue: 'told' } : a.id === hedge.id ? { ...a, kind: 'claim' as const } : a,
  );
  fs.put('/a.txt.annotations.yaml', renderSidecar({ ...parsed.parsed.sidecar, annotations: corrected }, parsed.parsed));

  const after = await annotated(fs, '/a.txt', ARTICLE, '2026-03-02T00:00:00.000Z');
  assert.equal(after.state, 'written');
  if (after.state !== 'written') return;
  const byId = new Map(after.sidecar.annotations.map((a) => [a.id, a]));
  assert.deepEqual([byId.get(quote.id)?.speaker, byId.get(quote.id)?.cue, byId.get(quote.id)?.origin], ['John Roe', 'told', 'manual']);
  assert.deepEqual([byId.get(hedge.id)?.kind, byId.get(hedge.id)?.origin], ['claim', 'manual']);
  assert.equal(byId.get(speaker.id)?.origin, 'auto', 'untouched automatic annotations stay automatic');
  // Kept for good: a further refresh changes nothing.
  assert.equal((await annotated(fs, '/a.txt', ARTICLE, '2026-03-03T00:00:00.000Z')).state, 'unchanged');
});

test('a hand correction of an automatic annotation is kept when its words are then edited or deleted', async () => {
  for (const edited of [ARTICLE.replace('rebuild the bridge', 'rebuild the old bridge'), ARTICLE.replace(' “We will rebuild the bridge.”', '')]) {
    const fs = new MemoryFileSystem({ '/a.txt': ARTICLE });
    await annotated(fs, '/a.txt', ARTICLE);
    const parsed = parseSidecar(fs.text('/a.txt.annotations.yaml')!);
    assert.ok(parsed.ok);
    const quote = parsed.parsed.sidecar.annotations.find((a) => a.kind === 'quote')!;
    // The speaker corrected in the YAML (origin stays auto), then the quote's words changed in the article.
    const corrected = parsed.parsed.sidecar.annotations.map((a) => (a.id === quote.id ? { ...a, speaker: 'John Roe' } : a));
    fs.put('/a.txt.annotations.yaml', renderSidecar({ ...parsed.parsed.sidecar, annotations: corrected }, parsed.parsed));
    fs.put('/a.txt', edited);
    const after = await annotated(fs, '/a.txt', edited, '2026-03-02T00:00:00.000Z');
    assert.equal(after.state, 'written');
    if (after.state !== 'written') return;
    const kept = after.sidecar.annotations.find((a) => a.id === quote.id);
    assert.deepEqual([kept?.speaker, kept?.origin], ['John Roe', 'manual'], 'the correction is a person\'s work');
    // An automatic annotation nobody touched is regenerated: only the corrected one became manual.
    assert.deepEqual(after.sidecar.annotations.filter((a) => a.origin === 'manual').map((a) => a.id), [quote.id]);
  }
});

test('automatic annotations of sidecars written before ids held the analysis\'s reading are regenerated, not kept as corrections', () => {
  // The id an earlier version gave: kind, words and repeat number only.
  const earlier = (kind: string, exact: string, n: number): string => `${kind}-${crypto.createHash('sha256').update(`${kind}\u0000${exact}\u0000${n}`).digest('hex').slice(0, 10)}`;
  const text = 'Critics may disagree. Critics may not.';
  const at = (from: number, word: string) => ({ start: text.indexOf(word, from), end: text.indexOf(word, from) + word.length, exact: word, prefix: '', suffix: '' });
  const sidecar: Sidecar = {
    version: 1,
    document: { path: 'a.txt', length: text.length, sha256: '' },
    entities: [],
    annotations: [
      { id: earlier('hedge', 'may', 0), kind: 'hedge', origin: 'auto', status: 'anchored', hedge: 'epistemic', cue: 'may', target: at(0, 'may') },
      { id: earlier('hedge', 'may', 1), kind: 'hedge', origin: 'auto', status: 'anchored', hedge: 'epistemic', cue: 'may', target: at(20, 'may') },
      // Not an id the analysis gives for these words: a person's.
      { id: earlier('hedge', 'may', 0).replace(/.$/, (c) => (c === '0' ? '1' : '0')), kind: 'hedge', origin: 'auto', status: 'anchored', hedge: 'doxastic', cue: 'may', target: at(0, 'may') },
    ],
  };
  const refreshed = refreshAutomatic(sidecar, text, { textLength: text.length, quotes: [], scareQuotes: [], hedges: [], entities: [], truncated: false }, NOW);
  assert.deepEqual(refreshed.annotations.map((a) => [a.id, a.origin]), [[sidecar.annotations[2].id, 'manual']]);
});

test('an analysis that reads the same words otherwise (another speaker) refreshes the automatic annotations; none becomes manual', async () => {
  const fs = new MemoryFileSystem({ '/a.txt': ARTICLE });
  await annotated(fs, '/a.txt', ARTICLE);
  // A newer analyzer (or the article read as Markdown) gives the quote another speaker and cue.
  const reread = (text: string): Analysis => {
    const a = fakeAnalysis(text);
    return { ...a, quotes: a.quotes.map((q) => ({ ...q, cue: null, speaker: q.speaker && { ...q.speaker, name: 'J. Doe', entityId: 'j-doe' } })) };
  };
  const after = await annotateArticle(new SidecarStore(fs), '/a.txt', ARTICLE, () => reread(ARTICLE), '2026-03-02T00:00:00.000Z');
  assert.equal(after.state, 'written');
  if (after.state !== 'written') return;
  assert.deepEqual(after.sidecar.annotations.filter((a) => a.origin === 'manual'), []);
  const quotes = after.sidecar.annotations.filter((a) => a.kind === 'quote');
  assert.deepEqual(quotes.map((q) => [q.speaker, q.cue]), [['J. Doe', undefined]]);
});

test('a note written as a block (note: |) stays a block: an unchanged article is not rewritten, and a rewrite keeps its style', async () => {
  const fs = new MemoryFileSystem({ '/a.txt': ARTICLE });
  await annotated(fs, '/a.txt', ARTICLE);
  const yaml = fs.text('/a.txt.annotations.yaml')!;
  const block = '    note: |\n      line one\n\n      line three\n';
  const quoteStart = yaml.indexOf('    kind: quote\n');
  assert.ok(quoteStart > 0);
  const withBlock = yaml.slice(0, quoteStart) + '    kind: quote\n' + block + yaml.slice(quoteStart + '    kind: quote\n'.length);
  fs.put('/a.txt.annotations.yaml', withBlock);
  // The note made the quote manual: written once, then the file is as the person left it but for that.
  await annotated(fs, '/a.txt', ARTICLE, '2026-03-02T00:00:00.000Z');
  const settled = fs.text('/a.txt.annotations.yaml')!;
  assert.ok(settled.includes(block), settled);
  assert.equal((await annotated(fs, '/a.txt', ARTICLE, '2026-03-03T00:00:00.000Z')).state, 'unchanged');
  assert.equal(fs.text('/a.txt.annotations.yaml'), settled);
  // An edit elsewhere rewrites positions; the block stays a block, and new strings with line breaks are one quoted line.
  const edited = ARTICLE + '\nA last line.';
  fs.put('/a.txt', edited);
  await annotated(fs, '/a.txt', edited, '2026-03-04T00:00:00.000Z');
  const rewritten = fs.text('/a.txt.annotations.yaml')!;
  assert.ok(rewritten.includes(block));
  assert.ok(!/^\s+(prefix|suffix): [|>]/m.test(rewritten), 'no block scalars of the writer’s own');
});

test('hand edits to the YAML (comments, key order, extra fields, unknown top-level keys) survive a rewrite', async () => {
  const fs = new MemoryFileSystem({ '/a.txt': ARTICLE });
  await annotated(fs, '/a.txt', ARTICLE);
  const original = fs.text('/a.txt.annotations.yaml')!;
  const handEdited = original
    .replace('version: 1', 'version: 1 # do not bump by hand\nreviewed_by: desk-3 # our own field')
    .replace(/( {2}- id: quote-[0-9a-f]+\n)/, '  # checked with the mayor’s office\n$1    priority: high\n');
  assert.notEqual(handEdited, original);
  fs.put('/a.txt.annotations.yaml', handEdited);
  const changed = ARTICLE + '\nA last line.';
  await annotated(fs, '/a.txt', changed);
  const rewritten = fs.text('/a.txt.annotations.yaml')!;
  assert.notEqual(rewritten, handEdited, 'the document hash and positions were updated');
  for (const kept of ['# do not bump by hand', 'reviewed_by: desk-3 # our own field', '# checked with the mayor’s office', 'priority: high']) {
    assert.ok(rewritten.includes(kept), `kept: ${kept}`);
  }
  assert.ok(rewritten.indexOf('reviewed_by') < rewritten.indexOf('document:'), 'order kept');
});

const HOSTILE: [string, string | Uint8Array, RegExp][] = [
  ['a YAML syntax error', 'version: 1\nannotations:\n  - id: a\n    kind: [quote\n', /syntax error/],
  ['an alias bomb', billionLaughs(), /alias bomb/],
  ['an alias with no anchor (a note that starts with *)', 'version: 1\nannotations:\n  - id: a\n    kind: note\n    note: *check\n    target: {exact: x}\n', /alias \*check refers to no anchor.*must be quoted/],
  ['a 50 MB file', '', /too large/],
  ['wrong types', 'version: 1\nannotations:\n  - id: a\n    kind: quote\n    target: 12\n', /annotations\[0\]\.target/],
  ['an unknown kind', 'version: 1\nannotations:\n  - id: a\n    kind: rumour\n    target: {exact: x}\n', /one of quote/],
  ['an unknown schema version', 'version: 7\nannotations: []\n', /version 7 is newer/],
  ['no version at all', 'annotations: []\n', /version: missing/],
  ['a duplicate id', 'version: 1\nannotations:\n  - {id: a, kind: note, target: {exact: x}}\n  - {id: a, kind: note, target: {exact: y}}\n', /duplicate id/],
  [
    'one name confirmed twice',
    'version: 1\nentities:\n  - {name: Ada Lindqvist, type: person, aliases: [the mayor]}\n  - {name: Ada Lindqvist, type: person, aliases: [Lindqvist]}\nannotations: []\n',
    /entities\[1\]\.name: 'Ada Lindqvist' is confirmed twice \(also entities\[0\]\)/,
  ],
  ['deep nesting', 'version: 1\nx: ' + '['.repeat(100_000), /nested more than/],
  ['deep block nesting on one line', 'version: 1\nx:\n' + '- '.repeat(1000) + 'a\n', /nested more than|syntax error/],
  ['deep block nesting', 'version: 1\nx:\n' + Array.from({ length: 200 }, (_, i) => ' '.repeat(i + 1) + `k${i}:`).join('\n') + ' a\n', /nested more than/],
  ['bytes that are not UTF-8', new Uint8Array([0x76, 0x3a, 0x20, 0xff, 0xfe, 0x0a]), /UTF-8/],
  ['a scalar instead of a mapping', 'just a line of text\n', /mapping/],
  ['an empty file', '', /^the sidecar is empty; delete it and run 'newsmark annotate'/],
  ['only comments', '# to check: the mayor\n', /^the sidecar holds only comments; write 'version: 1' under them/],
];

test('a speaker written once with an anchor and a thousand times as an alias is read; an alias inside what it names is refused', () => {
  const quotes = Array.from({ length: 1000 }, (_, k) => `  - {id: q${k}, kind: quote, speaker: *mayor, target: {exact: "words ${k}"}}`);
  const text = `version: 1\nannotations:\n  - {id: first, kind: quote, speaker: &mayor Ada Lindqvist, target: {exact: "words"}}\n${quotes.join('\n')}\n`;
  const parsed = parseSidecar(text);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.problems[0].message);
  assert.equal(parsed.parsed.sidecar.annotations.length, 1001);
  assert.ok(parsed.parsed.sidecar.annotations.every((a) => a.speaker === 'Ada Lindqvist'));
  const recursive = parseSidecar('version: 1\nx: &loop [a, *loop]\nannotations: []\n');
  assert.equal(recursive.ok, false);
  if (!recursive.ok) assert.match(recursive.problems[0].message, /alias/);
});

function billionLaughs(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return `version: 1\n${lines.join('\n')}\nannotations: []\n`;
}

for (const [name, content, reason] of HOSTILE) {
  test(`a sidecar with ${name}: a located reason, the file byte-identical, the article still analysed`, async () => {
    const fs = new MemoryFileSystem({ '/a.txt': ARTICLE });
    const bytes = name === 'a 50 MB file' ? new TextEncoder().encode('version: 1\n# ' + 'x'.repeat(50 * 1024 * 1024)) : typeof content === 'string' ? new TextEncoder().encode(content) : content;
    fs.put('/a.txt.annotations.yaml', bytes);
    const before = fs.files.get('/a.txt.annotations.yaml')!.slice();
    const outcome = await annotated(fs, '/a.txt', ARTICLE);
    assert.equal(outcome.state, 'invalid');
    if (outcome.state !== 'invalid') return;
    assert.match(outcome.problems.map((p) => p.message).join('\n'), reason);
    assert.equal(outcome.analysis.quotes.length, 1, 'automatic analysis still available');
    assert.deepEqual(fs.files.get('/a.txt.annotations.yaml'), before);
    assert.deepEqual([...fs.files.keys()].sort(), ['/a.txt', '/a.txt.annotations.yaml'], 'no other file written');
  });
}

test('a key given twice in one mapping, block or flow, is a problem at the second one, naming the key', () => {
  for (const text of [
    'version: 1\nannotations:\n  - id: a\n    kind: note\n    target: {exact: x}\n    kind: claim\n',
    'version: 1\nannotations:\n  - {id: a, kind: note, target: {exact: x}, kind: claim}\n',
  ]) {
    const result = parseSidecar(text);
    assert.ok(!result.ok, text);
    if (result.ok) continue;
    assert.equal(result.problems.length, 1);
    const p = result.problems[0];
    assert.match(p.message, /Map keys must be unique \("kind" is given twice\)/);
    assert.equal(p.start, text.lastIndexOf('kind'));
    assert.equal(text.slice(p.start, p.end), 'kind');
  }
  // Equal words of different types are different keys, as in YAML.
  assert.ok(parseSidecar('version: 1\nannotations: []\nx-codes: {1: one, "1": also one}\n').ok);
});

test('problems point at the offending YAML', () => {
  const text = 'version: 1\nannotations:\n  - id: a\n    kind: quote\n    status: lost\n    target: {exact: x}\n';
  const result = parseSidecar(text);
  assert.ok(!result.ok);
  if (result.ok) return;
  const p = result.problems[0];
  assert.equal(text.slice(p.start, p.end), 'lost');
  assert.match(p.message, /annotations\[0\]\.status: must be one of anchored, drifted, orphaned/);
});

test('a crash between writing the temporary file and the rename leaves the old sidecar whole; a later save succeeds', async () => {
  const fs = new MemoryFileSystem({ '/a.txt': ARTICLE });
  await annotated(fs, '/a.txt', ARTICLE);
  const old = fs.files.get('/a.txt.annotations.yaml')!.slice();
  const changed = ARTICLE + '\nMore text.';
  // The process dies at the rename: neither the rename nor any clean-up happens.
  fs.beforeOperation = (op) => {
    if (op === 'rename' || op === 'delete') throw new Error('crash');
  };
  await assert.rejects(annotated(fs, '/a.txt', changed), /crash/);
  fs.beforeOperation = undefined;
  assert.deepEqual(fs.files.get('/a.txt.annotations.yaml'), old);
  assert.ok(parseSidecar(fs.text('/a.txt.annotations.yaml')!).ok);
  const again = await annotated(fs, '/a.txt', changed);
  assert.equal(again.state, 'written');
});

test('crashes at any file operation during a series of saves leave the old or the new sidecar, never a torn one', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(fc.nat(8), fc.boolean()), { minLength: 1, maxLength: 6 }), async (plan) => {
      const fs = new MemoryFileSystem({ '/a.txt': ARTICLE });
      let text = ARTICLE;
      let lastGood: string | undefined;
      for (const [crashAt, partial] of plan) {
        let ops = 0;
        fs.beforeOperation = (op, path) => {
          if (ops++ !== crashAt) return;
          // A torn write: half the bytes reach the disk, then the process dies.
          if (op === 'writeFile' && partial) fs.put(path, new Uint8Array(Math.floor(Math.random() * 50)).fill(0x61));
          throw new Error('crash');
        };
        const next = text + `\nLine ${crashAt}.`;
        const ok = await annotated(fs, '/a.txt', next).then(
          () => true,
          () => false,
        );
        fs.beforeOperation = undefined;
        const now = fs.text('/a.txt.annotations.yaml');
        if (ok) {
          text = next;
          lastGood = now;
        }
        if (now !== undefined) {
          assert.ok(parseSidecar(now).ok, 'the sidecar always parses');
          assert.ok(now === lastGood || (!ok && now !== undefined && parseSidecar(now).ok), 'old or new');
        }
        if (!ok) assert.equal(now, lastGood, 'a failed save leaves the previous sidecar exactly');
      }
    }),
    { numRuns: 200 },
  );
});

test('where rename deletes the target first, a crash in between is repaired from the finished temporary file', async () => {
  const fs = new MemoryFileSystem({ '/a.txt': ARTICLE });
  fs.replaceByDeleteThenMove = true;
  await annotated(fs, '/a.txt', ARTICLE);
  const changed = ARTICLE + '\nMore text.';
  fs.beforeOperation = (op) => {
    if (op === 'rename') throw new Error('crash');
  };
  await assert.rejects(annotated(fs, '/a.txt', changed), /crash/);
  fs.beforeOperation = undefined;
  assert.equal(fs.text('/a.txt.annotations.yaml'), undefined, 'the old sidecar was deleted before the crash');
  const store = new SidecarStore(fs, { recoverInterruptedWrites: true });
  const loaded = await store.load('/a.txt');
  assert.equal(loaded.state, 'ok');
  if (loaded.state !== 'ok') return;
  assert.equal(loaded.parsed.sidecar.document.length, changed.length, 'the new sidecar is back');
  assert.deepEqual([...fs.files.keys()].sort(), ['/a.txt', '/a.txt.annotations.yaml']);
});

test('a second conflict copy never replaces the first: each gets its own numbered name', async () => {
  const fs = new MemoryFileSystem({ '/a.txt': ARTICLE });
  const store = new SidecarStore(fs);
  const sidecarWith = (noteText: string): Sidecar => ({
    version: 1,
    document: { path: 'a.txt', length: ARTICLE.length, sha256: sha256Hex(ARTICLE) },
    entities: [],
    annotations: [createManual(ARTICLE, { kind: 'note', start: 0, end: 5, note: noteText }, `m-${noteText}`, NOW)],
  });
  const first = await store.saveConflictCopy('/a.txt', sidecarWith('first'), undefined);
  const second = await store.saveConflictCopy('/a.txt', sidecarWith('second'), undefined);
  const third = await store.saveConflictCopy('/a.txt', sidecarWith('third'), undefined);
  assert.deepEqual([first, second, third], ['/a.txt.annotations.conflict.yaml', '/a.txt.annotations.conflict-2.yaml', '/a.txt.annotations.conflict-3.yaml']);
  assert.match(fs.text(first)!, /note: first/);
  assert.match(fs.text(second)!, /note: second/);
  assert.match(fs.text(third)!, /note: third/);
  assert.ok(isSidecarPath(second) && isSidecarPath(first) && !isSidecarPath('/a.txt'));
});

test('stale temporary files are deleted by the next successful write and never bring back a deleted sidecar', async () => {
  const fs = new MemoryFileSystem({ '/a.txt': ARTICLE });
  await annotated(fs, '/a.txt', ARTICLE);
  const temps = () => [...fs.files.keys()].filter((p) => p.endsWith('.tmp'));
  // The process dies after writing the temporary file: no rename, no clean-up; the old sidecar is intact.
  fs.beforeOperation = (op) => {
    if (op === 'rename' || op === 'delete') throw new Error('crash');
  };
  await assert.rejects(annotated(fs, '/a.txt', ARTICLE + '\nOne.'), /crash/);
  await assert.rejects(annotated(fs, '/a.txt', ARTICLE + '\nTwo.'), /crash/);
  fs.beforeOperation = undefined;
  assert.equal(temps().length, 2);

  // Someone deletes the sidecar on purpose, much later: the leftover must not come back.
  fs.files.delete('/a.txt.annotations.yaml');
  const later = new SidecarStore(fs, { recoverInterruptedWrites: true, now: () => Date.now() + 31 * 60 * 1000 });
  assert.equal((await later.load('/a.txt')).state, 'missing');
  assert.equal(fs.text('/a.txt.annotations.yaml'), undefined);
  // Within the window the newest complete one is restored (the interrupted write of a delete-then-move rename).
  const soon = new SidecarStore(fs, { recoverInterruptedWrites: true });
  const restored = await soon.load('/a.txt');
  assert.equal(restored.state, 'ok');
  if (restored.state === 'ok') assert.equal(restored.parsed.sidecar.document.length, (ARTICLE + '\nTwo.').length);

  // The next successful write removes what is left.
  assert.equal((await annotated(fs, '/a.txt', ARTICLE + '\nThree.')).state, 'written');
  assert.deepEqual(temps(), []);
  assert.deepEqual([...fs.files.keys()].sort(), ['/a.txt', '/a.txt.annotations.yaml']);
});

test('a store told there are no stale temporary files does not list the folder after each write', async () => {
  const files: Record<string, string> = {};
  for (let k = 0; k < 5; k++) files[`/news/a${k}.txt`] = ARTICLE;
  const fs = new MemoryFileSystem(files);
  const listings = async (store: SidecarStore, edit: string) => {
    let count = 0;
    fs.beforeOperation = (op) => void (op === 'readDirectory' && count++);
    for (let k = 0; k < 5; k++) {
      const text = `${ARTICLE}\n${edit} ${k}.`;
      assert.equal((await annotateArticle(store, `/news/a${k}.txt`, text, () => fakeAnalysis(text), NOW)).state, 'written');
    }
    fs.beforeOperation = undefined;
    return count;
  };
  assert.equal(await listings(new SidecarStore(fs, { removeStaleTemporaryFiles: false }), 'First'), 0);
  assert.equal(await listings(new SidecarStore(fs), 'Second'), 5, 'by default each write cleans up after earlier failed ones');
});

test('a save refuses to write over a sidecar that changed on disk since it was read', async () => {
  const fs = new MemoryFileSystem({ '/a.txt': ARTICLE });
  await annotated(fs, '/a.txt', ARTICLE);
  const store = new SidecarStore(fs);
  const loaded = await store.load('/a.txt');
  assert.equal(loaded.state, 'ok');
  if (loaded.state !== 'ok') return;
  const theirs = fs.text('/a.txt.annotations.yaml')! + '# someone else was here\n';
  fs.put('/a.txt.annotations.yaml', theirs);
  const result = await store.save('/a.txt', { ...loaded.parsed.sidecar, annotations: [] }, loaded.parsed);
  assert.equal(result.state, 'changed-on-disk');
  assert.equal(fs.text('/a.txt.annotations.yaml'), theirs);
});

test('a save does not write over a sidecar that someone changes while the new one is being written', async () => {
  const fs = new MemoryFileSystem({ '/a.txt': ARTICLE });
  await annotated(fs, '/a.txt', ARTICLE);
  const store = new SidecarStore(fs);
  const loaded = await store.load('/a.txt');
  assert.equal(loaded.state, 'ok');
  if (loaded.state !== 'ok') return;
  // Another writer (the editor, a second run) publishes its sidecar while this one's temporary file is written.
  const theirs = fs.text('/a.txt.annotations.yaml')! + '# a verdict given meanwhile\n';
  fs.beforeOperation = (op, path) => {
    if (op === 'writeFile' && path.endsWith('.tmp')) {
      fs.beforeOperation = undefined;
      fs.put('/a.txt.annotations.yaml', theirs);
    }
  };
  const result = await store.save('/a.txt', { ...loaded.parsed.sidecar, annotations: [] }, loaded.parsed);
  assert.equal(result.state, 'changed-on-disk');
  assert.equal(fs.text('/a.txt.annotations.yaml'), theirs);
  assert.deepEqual([...fs.files.keys()].filter((f) => f.endsWith('.tmp')), [], 'the write given up leaves no temporary file');
  // annotateArticle reads it again and writes on top of it: the comment is kept.
  const text = `${ARTICLE} More.`;
  fs.beforeOperation = (op, path) => {
    if (op === 'writeFile' && path.endsWith('.tmp')) {
      fs.beforeOperation = undefined;
      fs.put('/a.txt.annotations.yaml', fs.text('/a.txt.annotations.yaml')! + '# and another\n');
    }
  };
  assert.equal((await annotateArticle(store, '/a.txt', text, () => fakeAnalysis(text), NOW)).state, 'written');
  assert.match(fs.text('/a.txt.annotations.yaml')!, /# a verdict given meanwhile\n(.|\n)*# and another/);
});

function note(id: string, text: string, extra: Partial<Annotation> = {}): Annotation {
  return { id, kind: 'note', target: makeTarget(ARTICLE, 0, 5), origin: 'manual', status: 'anchored', note: text, ...extra };
}

test('merge by id: one-sided changes win, deletions honoured unless the other side edited, true conflicts listed', () => {
  const doc = { path: 'a.txt', length: ARTICLE.length, sha256: sha256Hex(ARTICLE) };
  const base: Sidecar = { version: 1, document: doc, entities: [], annotations: [note('a', 'A'), note('b', 'B'), note('c', 'C'), note('d', 'D')] };
  const mine: Sidecar = { ...base, annotations: [note('a', 'A mine'), note('b', 'B'), note('d', 'D mine'), note('m', 'new mine')] };
  const theirs: Sidecar = { ...base, annotations: [note('a', 'A'), note('b', 'B theirs'), note('c', 'C'), note('t', 'new theirs')] };
  const { merged, conflicts } = mergeSidecars(base, mine, theirs);
  const notes = Object.fromEntries(merged.annotations.map((a) => [a.id, a.note]));
  assert.deepEqual(notes, { a: 'A mine', b: 'B theirs', d: 'D mine', m: 'new mine', t: 'new theirs' });
  assert.deepEqual(conflicts, []);
  const both = mergeSidecars(base, { ...base, annotations: [note('a', 'mine')] }, { ...base, annotations: [note('a', 'theirs')] });
  assert.deepEqual(both.conflicts, ['a']);
  assert.equal(both.merged.annotations[0].note, 'theirs');
});

test('merge takes their target and status where mine kept the base one (they re-anchored it), mine where mine moved it', () => {
  const doc = { path: 'a.txt', length: ARTICLE.length, sha256: sha256Hex(ARTICLE) };
  const at = (start: number, end: number) => makeTarget(ARTICLE, start, end);
  const doe = ARTICLE.indexOf('Jane Doe left');
  const base: Sidecar = { version: 1, document: doc, entities: [], annotations: [note('moved-there', 'x', { status: 'orphaned' }), note('moved-here', 'y'), note('both', 'z')] };
  const mine: Sidecar = { ...base, annotations: [note('moved-there', 'x', { status: 'orphaned' }), note('moved-here', 'y', { target: at(6, 14) }), note('both', 'z mine', { target: at(6, 10) })] };
  const theirs: Sidecar = {
    ...base,
    annotations: [note('moved-there', 'x', { target: at(doe, doe + 8) }), note('moved-here', 'y'), note('both', 'z', { target: at(doe, doe + 8), status: 'drifted' })],
  };
  const { merged, conflicts } = mergeSidecars(base, mine, theirs);
  assert.deepEqual(conflicts, []);
  const byId = new Map(merged.annotations.map((a) => [a.id, a]));
  assert.deepEqual([byId.get('moved-there')?.target.exact, byId.get('moved-there')?.status], ['Jane Doe', 'anchored'], 'their re-anchor is kept');
  assert.deepEqual([byId.get('moved-here')?.target.exact, byId.get('moved-here')?.status], ['Jane Doe', 'anchored'], 'my re-anchor is kept');
  assert.equal(byId.get('moved-here')?.target.start, 6);
  assert.deepEqual([byId.get('both')?.target.start, byId.get('both')?.note], [6, 'z mine'], 'both moved it: mine follows the live text');
});

test('exports: W3C Web Annotation selectors and bodies; ClaimReview only for verdicts, with the rating scale', () => {
  const sidecar: Sidecar = {
    version: 1,
    document: { path: 'a.txt', length: ARTICLE.length, sha256: sha256Hex(ARTICLE) },
    entities: [],
    annotations: [
      note('n1', 'Context needed', { kind: 'claim', verdict: 'mostly-inaccurate', speaker: 'Jane Doe', evidence: ['https://example.org/budget'], updated: NOW }),
      note('n2', 'Just a note'),
    ],
  };
  const w3c = exportW3C([{ source: 'file:///news/a.txt', sidecar }]) as { '@context': string; total: number; first: { items: Record<string, unknown>[] } };
  assert.equal(w3c['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(w3c.total, 2);
  const first = w3c.first.items[0] as { target: { source: string; selector: { type: string }[] }; motivation: string };
  assert.equal(first.target.source, 'file:///news/a.txt');
  assert.deepEqual(first.target.selector.map((s) => s.type), ['TextQuoteSelector', 'TextPositionSelector']);
  assert.equal(first.motivation, 'assessing');
  const reviews = exportClaimReview([{ source: 'file:///news/a.txt', sidecar }]) as { reviewRating: { ratingValue: number; alternateName: string }; claimReviewed: string }[];
  assert.equal(reviews.length, 1);
  assert.deepEqual([reviews[0].reviewRating.ratingValue, reviews[0].reviewRating.alternateName], [2, 'Mostly inaccurate']);
  assert.equal(reviews[0].claimReviewed, ARTICLE.slice(0, 5));
});

test('ClaimReview publishes only web addresses (a file: or editor address stays out), and no date the sidecar does not record for the verdict', () => {
  const sidecar: Sidecar = {
    version: 1,
    document: { path: 'a.txt', length: ARTICLE.length, sha256: sha256Hex(ARTICLE) },
    entities: [],
    annotations: [
      note('given', 'Checked with the council', { kind: 'claim', verdict: 'accurate', created: '2026-01-05T08:00:00.000Z', updated: '2026-02-07T23:59:00.000Z' }),
      // An automatic quote a person gave a verdict by hand: its time is when the analysis found the words, not the verdict's.
      { id: 'quote-0123456789', kind: 'quote', origin: 'auto', status: 'anchored', target: makeTarget(ARTICLE, 0, 5), verdict: 'mixed', created: '2026-01-01T00:00:00.000Z' },
    ],
  };
  type Review = { url?: string; datePublished?: string; itemReviewed: { appearance?: { url: string } } };
  for (const local of ['file:///home/desk/a.txt', 'untitled:Untitled-1', 'vscode-remote://ssh-remote%2Bdesk/home/desk/a.txt']) {
    const reviews = exportClaimReview([{ source: local, sidecar }]) as Review[];
    assert.equal(reviews.length, 2);
    assert.ok(reviews.every((r) => r.url === undefined && r.itemReviewed.appearance === undefined), local);
  }
  const reviews = exportClaimReview([{ source: 'https://example.org/a.txt', sidecar }]) as Review[];
  assert.deepEqual(reviews.map((r) => [r.url, r.itemReviewed.appearance?.url]), [
    ['https://example.org/a.txt#annotation-given', 'https://example.org/a.txt'],
    ['https://example.org/a.txt#annotation-quote-0123456789', 'https://example.org/a.txt'],
  ]);
  assert.deepEqual(reviews.map((r) => r.datePublished), ['2026-02-07', undefined]);
});

test('exports leave out a verdict, note or evidence whose words changed or are gone, and list what they left out', () => {
  const quote = ARTICLE.indexOf('“We');
  const drifted = { ...makeTarget(ARTICLE, quote, quote + 16), original: '“We will repair the' };
  const sidecar: Sidecar = {
    version: 1,
    document: { path: 'a.txt', length: ARTICLE.length, sha256: sha256Hex(ARTICLE) },
    entities: [],
    annotations: [
      note('on-its-words', 'Checked', { kind: 'claim', verdict: 'accurate' }),
      note('reworded', 'The figure is old', { kind: 'claim', verdict: 'inaccurate', status: 'drifted', target: drifted }),
      note('gone', 'Ask the desk', { status: 'orphaned' }),
      note('linked', 'x', { note: undefined, evidence: ['https://example.org/a'], status: 'drifted', target: drifted }),
      { id: 'quote-0123456789', kind: 'quote', origin: 'auto', status: 'drifted', target: drifted },
    ],
  };
  const sources = [{ source: 'file:///news/a.txt', sidecar }];
  const reviews = exportClaimReview(sources) as { url: string; claimReviewed: string }[];
  assert.deepEqual(reviews.map((r) => r.claimReviewed), [ARTICLE.slice(0, 5)], 'only the verdict on the words it was given for');
  const w3c = exportW3C(sources) as { total: number; first: { items: { id: string }[] } };
  assert.deepEqual(w3c.first.items.map((i) => i.id.split('#annotation-')[1]), ['on-its-words', 'quote-0123456789'], 'an automatic annotation has no assessment to hold back');
  assert.equal(w3c.total, 2);
  assert.deepEqual(heldBackFromExport(sources).map((h) => [h.source, h.annotation.id]), [['file:///news/a.txt', 'reworded'], ['file:///news/a.txt', 'gone'], ['file:///news/a.txt', 'linked']]);
});

test('refreshing without an analysis keeps the automatic annotations that were there', () => {
  const sidecar: Sidecar = { version: 1, document: { path: 'a.txt', length: 1, sha256: '' }, entities: [], annotations: [note('x', 'n', { origin: 'auto', note: undefined })] };
  assert.equal(refreshAutomatic(sidecar, ARTICLE, undefined, NOW).annotations.length, 1);
});

test('an incomplete analysis (a detector failed, or the text was too long) does not delete the automatic annotations', () => {
  const full = refreshAutomatic({ version: 1, document: { path: 'a.txt', length: ARTICLE.length, sha256: '' }, entities: [], annotations: [] }, ARTICLE, fakeAnalysis(ARTICLE), NOW);
  assert.ok(full.annotations.length >= 3);
  const failed: Analysis = { textLength: ARTICLE.length, quotes: [], scareQuotes: [], hedges: [], entities: [], truncated: true };
  assert.deepEqual(refreshAutomatic(full, ARTICLE, failed, NOW).annotations, full.annotations);
  // A complete empty analysis does clear them: the words are gone.
  assert.deepEqual(refreshAutomatic(full, ARTICLE, { ...failed, truncated: false }, NOW).annotations, []);
});

test('the JSON Schema lists the same kinds, verdicts, statuses and version as the code', async () => {
  const fsNode = await import('node:fs');
  const schema = JSON.parse(fsNode.readFileSync('schemas/sidecar.schema.json', 'utf8'));
  const item = schema.properties.annotations.items.properties;
  assert.deepEqual(item.kind.enum, [...ANNOTATION_KINDS]);
  assert.deepEqual(item.verdict.enum, [...VERDICTS]);
  assert.deepEqual(item.status.enum, ['anchored', 'drifted', 'orphaned']);
  assert.equal(schema.properties.version.const, SIDECAR_VERSION);
  assert.deepEqual(Object.keys(item.target.properties).sort(), ['end', 'exact', 'original', 'prefix', 'start', 'suffix']);
});

test('merge by id never loses a change: property over random edits on both sides', () => {
  const doc = { path: 'a.txt', length: ARTICLE.length, sha256: sha256Hex(ARTICLE) };
  type Op = 'keep' | 'edit' | 'delete';
  const opArb = fc.constantFrom<Op>('keep', 'keep', 'edit', 'delete');
  fc.assert(
    fc.property(fc.array(fc.tuple(opArb, opArb), { maxLength: 8 }), fc.nat(3), fc.nat(3), (ops, addMine, addTheirs) => {
      const base = ops.map((_, i) => note(`b${i}`, `base ${i}`));
      const side = (which: 0 | 1, label: string) =>
        ops.flatMap(([m, t], i) => {
          const op = which === 0 ? m : t;
          if (op === 'delete') return [];
          return [op === 'edit' ? note(`b${i}`, `${label} ${i}`) : base[i]];
        });
      const mine = [...side(0, 'mine'), ...Array.from({ length: addMine }, (_, k) => note(`m${k}`, 'new mine'))];
      const theirs = [...side(1, 'theirs'), ...Array.from({ length: addTheirs }, (_, k) => note(`t${k}`, 'new theirs'))];
      const { merged, conflicts } = mergeSidecars({ version: 1, document: doc, entities: [], annotations: base }, { version: 1, document: doc, entities: [], annotations: mine }, { version: 1, document: doc, entities: [], annotations: theirs });
      const byId = new Map(merged.annotations.map((a) => [a.id, a.note]));
      for (const a of [...mine, ...theirs]) if (a.id[0] !== 'b') assert.equal(byId.get(a.id), a.note, 'additions from either side are kept');
      ops.forEach(([m, t], i) => {
        const id = `b${i}`;
        if (m === 'edit' && t === 'edit') {
          assert.ok(conflicts.includes(id));
          assert.equal(byId.get(id), `theirs ${i}`);
        } else if (m === 'edit') assert.equal(byId.get(id), `mine ${i}`, 'my edit survives their keep or delete');
        else if (t === 'edit') assert.equal(byId.get(id), `theirs ${i}`, 'their edit survives my keep or delete');
        else if (m === 'delete' || t === 'delete') assert.ok(!byId.has(id), 'an unchanged annotation deleted on one side is deleted');
        else assert.equal(byId.get(id), `base ${i}`);
      });
    }),
    { numRuns: 1000 },
  );
});

test('a comment above the first annotation stays with it when a new annotation is inserted before it', async () => {
  const fs = new MemoryFileSystem({ '/a.txt': ARTICLE });
  await annotated(fs, '/a.txt', ARTICLE);
  const original = fs.text('/a.txt.annotations.yaml')!;
  const firstId = /\n {2}- id: (\S+)/.exec(original)![1];
  fs.put('/a.txt.annotations.yaml', original.replace(/\nannotations:\n/, '\nannotations:\n  # checked by the desk\n'));
  // New words at the very start give a new automatic annotation that sorts before every kept one.
  const changed = '“We will see,” said Dana Whitfield.\n' + ARTICLE;
  await annotated(fs, '/a.txt', changed);
  const rewritten = fs.text('/a.txt.annotations.yaml')!;
  const comment = rewritten.indexOf('# checked by the desk');
  assert.ok(comment >= 0, 'the comment is kept');
  const nextItem = rewritten.indexOf('- id: ', comment);
  assert.equal(rewritten.slice(nextItem).split('\n')[0], `- id: ${firstId}`, 'the comment still sits right above the annotation it was written on');
  assert.ok(rewritten.indexOf('- id: ') < comment, 'the new annotation went first');
});

test('a comment a person writes on an automatic annotation keeps it (as manual) when the analysis no longer finds it', async () => {
  const fs = new MemoryFileSystem({ '/a.txt': ARTICLE });
  await annotated(fs, '/a.txt', ARTICLE);
  const original = fs.text('/a.txt.annotations.yaml')!;
  const item = /\n {2}- id: (quote-\S+)\n(?: {4}[^\n]*\n)*/.exec(original)!;
  const commented = ('\n  # the speaker is wrong here' + item[0]).replace(/(\n {6}exact: [^\n]*)/, '$1 # these words');
  assert.ok(commented.includes('# these words'), 'the quote annotation has its words');
  fs.put('/a.txt.annotations.yaml', original.replace(item[0], commented));
  // The quote is gone from the article: without the comment, its automatic annotation would be regenerated away.
  const outcome = await annotated(fs, '/a.txt', ARTICLE.replace('“We will rebuild the bridge.”', 'nothing'));
  assert.equal(outcome.state, 'written');
  if (outcome.state !== 'written') return;
  const kept = outcome.sidecar.annotations.find((a) => a.id === item[1]);
  assert.deepEqual([kept?.origin, kept?.status], ['manual', 'orphaned']);
  const rewritten = fs.text('/a.txt.annotations.yaml')!;
  assert.match(rewritten, new RegExp(`# the speaker is wrong here\\n {2}- id: ${item[1]}\\n`), 'the comment stays on it');
  assert.ok(rewritten.includes('# these words'), 'a comment inside it stayed');
  assert.doesNotMatch(rewritten, /no longer in this list/);
  // An automatic annotation nobody touched is still regenerated away.
  assert.ok(!outcome.sidecar.annotations.some((a) => a.kind === 'speaker' && a.origin === 'manual'));
});

test('a comment on an annotation a person deleted is carried to the next one, which it does not make manual', async () => {
  const fs = new MemoryFileSystem({ '/a.txt': ARTICLE });
  const start = ARTICLE.indexOf('Critics');
  const store = new SidecarStore(fs);
  await annotated(fs, '/a.txt', ARTICLE);
  const loaded = await store.load('/a.txt');
  assert.ok(loaded.state === 'ok');
  const mine = createManual(ARTICLE, { kind: 'note', start, end: start + 7, note: 'who?' }, 'm-1', NOW);
  await store.save('/a.txt', { ...loaded.parsed.sidecar, annotations: [...loaded.parsed.sidecar.annotations, mine] }, loaded.parsed);
  fs.put('/a.txt.annotations.yaml', fs.text('/a.txt.annotations.yaml')!.replace('  - id: m-1\n', '  # ask the desk\n  #\n  # before Friday\n  - id: m-1\n'));
  const withNote = await store.load('/a.txt');
  assert.ok(withNote.state === 'ok');
  // Deleted, as the editor's Delete Annotation does: the sidecar without it, written over the one read.
  await store.save('/a.txt', { ...withNote.parsed.sidecar, annotations: withNote.parsed.sidecar.annotations.filter((a) => a.id !== 'm-1') }, withNote.parsed);
  const carried = fs.text('/a.txt.annotations.yaml')!;
  assert.match(carried, /# ask the desk[\s\S]*# before Friday\n {2}- id: hedge-/, 'carried to the next annotation');
  const after = await annotated(fs, '/a.txt', ARTICLE, '2026-03-02T00:00:00.000Z');
  assert.equal(after.state, 'unchanged');
  if (after.state !== 'unchanged') return;
  assert.ok(after.sidecar.annotations.every((a) => a.origin === 'auto'), 'a comment carried from elsewhere is not the next annotation’s');
});

test('a carried comment is told from a person’s own by its heading, which counts its lines', async () => {
  const { carriedCommentHeading, hasOwnComment } = await import('../../src/core/sidecar/carriedComments');
  const carried = `${carriedCommentHeading('m-1', 3)}\n ask the desk\n \n before Friday`;
  assert.equal(hasOwnComment(carried), false);
  assert.equal(hasOwnComment(`${carried}\n the speaker is wrong`), true, 'a line after the carried ones is the annotation’s own');
  assert.equal(hasOwnComment(` mine\n${carried}`), true);
  assert.equal(hasOwnComment(`${carriedCommentHeading('m-2', 1)}\n one line`), false);
  assert.equal(hasOwnComment(' (written on quote-1, which is no longer in this list:)\n older, uncounted'), false);
  assert.equal(hasOwnComment(' \n '), false);
});

test('a field newsmark does not know, added by hand to an automatic annotation, keeps it (as manual) through a refresh', async () => {
  const fs = new MemoryFileSystem({ '/a.txt': ARTICLE });
  await annotated(fs, '/a.txt', ARTICLE);
  const original = fs.text('/a.txt.annotations.yaml')!;
  const quoteId = /\n {2}- id: (quote-\S+)\n/.exec(original)![1];
  fs.put('/a.txt.annotations.yaml', original.replace(`- id: ${quoteId}\n`, `- id: ${quoteId}\n    reviewer: anna\n`));
  const parsed = parseSidecar(fs.text('/a.txt.annotations.yaml')!);
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.parsed.sidecar.annotations.find((a) => a.id === quoteId)?.extraFields, ['reviewer']);
  // One word of the quote changes: the analysis gives it a new id, and the old annotation is not regenerated.
  const changed = ARTICLE.replace('rebuild', 'repair');
  const outcome = await annotated(fs, '/a.txt', changed);
  assert.equal(outcome.state, 'written');
  if (outcome.state !== 'written') return;
  const kept = outcome.sidecar.annotations.find((a) => a.id === quoteId);
  assert.equal(kept?.origin, 'manual');
  assert.equal(kept?.status, 'drifted');
  assert.match(fs.text('/a.txt.annotations.yaml')!, new RegExp(`- id: ${quoteId}\\n {4}reviewer: anna\\n`));
});

test('a hand-written entry marked origin: auto with an id newsmark does not generate is a person’s, and kept', async () => {
  const fs = new MemoryFileSystem({ '/a.txt': ARTICLE });
  fs.put('/a.txt.annotations.yaml', 'version: 1\nannotations:\n  - {id: n4, kind: claim, origin: auto, target: {exact: "Critics may disagree."}}\n  - {id: n5, kind: claim, origin: auto, myfield: keepme, target: {exact: "Jane Doe left early."}}\n');
  const outcome = await annotated(fs, '/a.txt', ARTICLE);
  assert.equal(outcome.state, 'written');
  if (outcome.state !== 'written') return;
  const byId = new Map(outcome.sidecar.annotations.map((a) => [a.id, a]));
  assert.deepEqual([byId.get('n4')?.origin, byId.get('n4')?.status], ['manual', 'anchored']);
  assert.deepEqual([byId.get('n5')?.origin, byId.get('n5')?.status], ['manual', 'anchored']);
  assert.match(fs.text('/a.txt.annotations.yaml')!, /myfield: keepme/);
});

test('the registries of a story’s articles merge by name: aliases of all, the first Wikidata id', () => {
  const merged = storyRegistry([
    [{ name: 'Ada Lindqvist', type: 'person', aliases: ['Lindqvist'] }],
    [],
    [
      { name: 'Ada Lindqvist', type: 'person', aliases: ['Harbour Queen', 'Lindqvist'], wikidata: 'Q1' },
      { name: 'Harbour Board', type: 'org', aliases: [] },
    ],
  ]);
  assert.deepEqual(merged, [
    { name: 'Ada Lindqvist', type: 'person', aliases: ['Lindqvist', 'Harbour Queen'], wikidata: 'Q1' },
    { name: 'Harbour Board', type: 'org', aliases: [] },
  ]);
});

test('an article with no text, or too long to analyse, gets no new sidecar; one it has already is still brought up to date', async () => {
  const fs = new MemoryFileSystem({ '/empty.txt': '', '/blank.txt': ' \n\n', '/long.txt': ARTICLE });
  const store = new SidecarStore(fs);
  for (const name of ['/empty.txt', '/blank.txt']) {
    const text = fs.text(name)!;
    const outcome = await annotateArticle(store, name, text, () => fakeAnalysis(text), NOW);
    assert.deepEqual([outcome.state, outcome.state === 'skipped' && outcome.reason], ['skipped', 'empty']);
  }
  const truncated: Analysis = { textLength: ARTICLE.length, quotes: [], scareQuotes: [], hedges: [], entities: [], truncated: true };
  const long = await annotateArticle(store, '/long.txt', ARTICLE, () => truncated, NOW);
  assert.deepEqual([long.state, long.state === 'skipped' && long.reason], ['skipped', 'too-long']);
  for (const name of ['/empty.txt', '/blank.txt', '/long.txt']) assert.equal(fs.text(`${name}.annotations.yaml`), undefined, name);
  // With a sidecar already there, the manual annotations are re-anchored and kept as before.
  const start = ARTICLE.indexOf('Jane Doe left');
  fs.put('/long.txt.annotations.yaml', renderSidecar({ version: 1, document: { path: 'long.txt', length: 3, sha256: '0'.repeat(64) }, annotations: [createManual(ARTICLE, { kind: 'note', start, end: start + 8, note: 'n' }, 'm-1', NOW)], entities: [] }));
  const kept = await annotateArticle(store, '/long.txt', ARTICLE, () => truncated, NOW);
  assert.equal(kept.state, 'written');
});

test('a hand-written sidecar without a document block gets it at the top, after the version', async () => {
  const fs = new MemoryFileSystem({ '/a.txt': ARTICLE });
  fs.put('/a.txt.annotations.yaml', '# our notes\nversion: 1\nannotations:\n  - {id: n1, kind: note, note: hi, target: {exact: "Jane Doe left early."}}\n');
  await annotated(fs, '/a.txt', ARTICLE);
  const yaml = fs.text('/a.txt.annotations.yaml')!;
  assert.match(yaml, /^# our notes\nversion: 1\ndocument:\n {2}path: a\.txt\n {2}length: \d+\n {2}sha256: [0-9a-f]{64}\nannotations:\n/, yaml);
});

test('a list that was empty is written one item per block again once it fills', async () => {
  const fs = new MemoryFileSystem({ '/a.txt': ARTICLE });
  fs.put('/a.txt.annotations.yaml', 'version: 1\ndocument: {path: a.txt, length: 0, sha256: x}\nentities: []\nannotations: []\n');
  await annotated(fs, '/a.txt', ARTICLE);
  const yaml = fs.text('/a.txt.annotations.yaml')!;
  assert.match(yaml, /\nannotations:\n {2}- id: /, yaml);
  assert.doesNotMatch(yaml, /annotations: \[/);
});

test('a sidecar that would be larger than newsmark reads is written without its automatic annotations, never unreadable', async () => {
  // A long article: its automatic hedges alone would pass the (lowered) size limit.
  const text = Array.from({ length: 200 }, (_, i) => `Paragraph ${i}: the harbour may close, officials may say.`).join('\n');
  const analysis: Analysis = {
    textLength: text.length,
    scareQuotes: [],
    entities: [],
    quotes: [],
    hedges: [...text.matchAll(/\bmay\b/g)].map((m) => ({ start: m.index, end: m.index + 3, kind: 'epistemic' as const, cue: 'may', voice: 'reporter' as const, claim: { start: m.index, end: m.index + 3 } })),
  };
  const limits = { ...DEFAULT_SIDECAR_LIMITS, maxBytes: 20_000 };
  const fs = new MemoryFileSystem({ '/long.txt': text });
  const start = text.indexOf('Paragraph 7');
  const mine = createManual(text, { kind: 'claim', start, end: start + 'Paragraph 7'.length, verdict: 'mixed' }, 'm-mine', NOW);
  // Written for an earlier version of the article, so this run has to rewrite it.
  fs.put('/long.txt.annotations.yaml', renderSidecar({ version: 1, document: { path: 'long.txt', length: text.length, sha256: '0'.repeat(64) }, annotations: [mine], entities: [] }));
  const store = new SidecarStore(fs, { limits });
  const outcome = await annotateArticle(store, '/long.txt', text, () => analysis, NOW);
  assert.equal(outcome.state, 'written');
  if (outcome.state !== 'written') return;
  assert.equal(outcome.automaticLeftOut, analysis.hedges.length);
  const loaded = await store.load('/long.txt');
  assert.equal(loaded.state, 'ok', 'the sidecar written can be read back');
  if (loaded.state !== 'ok') return;
  assert.deepEqual(loaded.parsed.sidecar.annotations.map((a) => a.id), ['m-mine']);
  // The next run finds nothing to write.
  const again = await annotateArticle(store, '/long.txt', text, () => analysis, NOW);
  assert.equal(again.state, 'unchanged');
});

test('one speaker mention that introduces two quotes is one speaker annotation', async () => {
  const { analyze } = await import('../../src/core');
  const text = 'Mayor Jane Doe praised the plan, calling it “a fine start,” and said the vote would pass.';
  const analysis = analyze(text);
  const speakerMentions = analysis.quotes.filter((q) => q.speaker).map((q) => `${q.speaker?.mention.start}:${q.speaker?.mention.end}`);
  assert.ok(speakerMentions.length >= 2 && new Set(speakerMentions).size < speakerMentions.length, JSON.stringify(speakerMentions));
  const sidecar = refreshAutomatic({ version: 1, document: { path: 'a.txt', length: text.length, sha256: '' }, entities: [], annotations: [] }, text, analysis, NOW);
  const speakers = sidecar.annotations.filter((a) => a.kind === 'speaker');
  assert.equal(new Set(speakers.map((a) => `${a.target.start}:${a.target.end}`)).size, speakers.length);
});

test('the size a sidecar cannot be smaller than is never more than its rendering, fresh or edited into a hand-written file', () => {
  const words = fc.string({ unit: fc.constantFrom('a', 'é', '€', '😀', ' ', '\n', '"', "'", ':', '#', '-', '\\', '{', '\t'), maxLength: 40 });
  const annotation = fc.record({
    id: fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
    kind: fc.constantFrom('quote', 'claim', 'note', 'hedge', 'speaker', 'entity'),
    origin: fc.constantFrom('auto', 'manual'),
    status: fc.constantFrom('anchored', 'drifted', 'orphaned'),
    exact: words.filter((w) => w.length > 0),
    prefix: words,
    suffix: words,
    start: fc.integer({ min: -1, max: 1_000_000 }),
    note: fc.option(words, { nil: undefined }),
    speaker: fc.option(words, { nil: undefined }),
  });
  fc.assert(
    fc.property(fc.uniqueArray(annotation, { selector: (a) => a.id, maxLength: 12 }), fc.nat(), (drafts, keep) => {
      const annotations = drafts.map(
        (d): Annotation => ({
          id: d.id,
          kind: d.kind as Annotation['kind'],
          origin: d.origin as Annotation['origin'],
          status: d.status as Annotation['status'],
          target: { exact: d.exact, prefix: d.prefix, suffix: d.suffix, start: d.start, end: d.start < 0 ? -1 : d.start + d.exact.length },
          ...(d.note !== undefined ? { note: d.note } : {}),
          ...(d.speaker !== undefined ? { speaker: d.speaker } : {}),
        }),
      );
      const sidecar: Sidecar = { version: 1, document: { path: 'a.txt', length: 10, sha256: '0'.repeat(64) }, annotations, entities: [] };
      const bound = renderedBytesAtLeast(sidecar);
      assert.ok(bound <= Buffer.byteLength(renderSidecar(sidecar)), 'fresh');
      // A hand-written file in flow style holding some of the same ids, the rest added by position.
      const kept = annotations.filter((_, i) => (keep >> i) & 1);
      const hand = ['version: 1', 'annotations:', ...kept.map((a) => `  - { id: ${a.id}, kind: note, target: { exact: x } }`)].join('\n') + '\n';
      const base = parseSidecar(hand);
      if (!base.ok) return;
      assert.ok(bound <= Buffer.byteLength(renderSidecar(sidecar, base.parsed)), 'edited');
    }),
    { numRuns: 300 },
  );
});
