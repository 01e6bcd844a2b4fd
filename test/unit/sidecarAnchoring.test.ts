// Anchoring: exact shifting through random live edits (property test) and re-anchoring after edits made elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { boundedEditDistance } from '../../src/core/sidecar/anchoring';
import {
  awaitsReview,
  exportClaimReview,
  makeTarget,
  parseSidecar,
  reanchorAnnotations,
  renderSidecar,
  sha256Hex,
  shiftAnnotations,
  SIDECAR_VERSION,
  syncWithText,
  type Annotation,
  type Sidecar,
  type TextChange,
} from '../../src/core/sidecar';
import { seededRandom } from '../fixtures/seededRandom';
import { SIDECAR_TEST_ARTICLES, SIDECAR_TEST_INSERTIONS } from '../fixtures/sidecarArticles';

/** Text whose every character carries an identity, so a test knows which original words survive an edit. */
interface TrackedText {
  text: string;
  ids: number[];
}

let freshId = 1_000_000_000;

function track(text: string): TrackedText {
  return { text, ids: Array.from({ length: text.length }, (_, i) => i) };
}

function applyTracked(doc: TrackedText, change: TextChange): TrackedText {
  const inserted = Array.from({ length: change.text.length }, () => freshId++);
  return {
    text: doc.text.slice(0, change.start) + change.text + doc.text.slice(change.end),
    ids: [...doc.ids.slice(0, change.start), ...inserted, ...doc.ids.slice(change.end)],
  };
}

function annotationAt(text: string, id: string, start: number, end: number): Annotation {
  return { id, kind: 'note', target: makeTarget(text, start, end), origin: 'manual', status: 'anchored' };
}

/** Where the annotation's original characters are now, when all survive contiguously with nothing inserted among them. */
function intactPosition(doc: TrackedText, originalIds: number[]): number {
  const at = doc.ids.indexOf(originalIds[0]);
  if (at < 0) return -1;
  for (let k = 0; k < originalIds.length; k++) if (doc.ids[at + k] !== originalIds[k]) return -1;
  return at;
}

const WORDS = ['the', 'minister', 'said', '“', '”', ' ', ' ', ' ', '\n', 'may', 'Putin', '.', 'é', '😀', 'a'];

const editArb = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 40 })),
  insert: fc.oneof(fc.constant(''), fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })),
  // Edits at annotation edges are where shifting goes wrong, so a third of them start or end exactly there.
  snap: fc.constantFrom('none', 'none', 'start', 'end', 'inside'),
  which: fc.nat(),
});

const caseArb = fc.record({
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 8, maxLength: 120 }),
  spans: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 30 })), { minLength: 1, maxLength: 6 }),
  batches: fc.array(fc.array(editArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
});

type EditSpec = { at: number; length: number; insert: string; snap: string; which: number };

/** Turns edit specs into one multi-cursor change set: disjoint ranges, applied from the end of the text backwards. */
function toChanges(specs: EditSpec[], doc: TrackedText, annotations: Annotation[]): TextChange[] {
  const changes: TextChange[] = [];
  for (const spec of specs) {
    const a = annotations[spec.which % annotations.length].target;
    let start = Math.floor(spec.at * (doc.text.length + 1));
    if (spec.snap === 'start') start = a.start;
    else if (spec.snap === 'end') start = a.end;
    else if (spec.snap === 'inside') start = a.start + Math.floor(spec.at * Math.max(0, a.end - a.start));
    start = Math.max(0, Math.min(start, doc.text.length));
    const end = Math.min(doc.text.length, start + spec.length);
    changes.push({ start, end, text: spec.insert });
  }
  changes.sort((x, y) => y.start - x.start);
  // Keep the ranges disjoint, as an editor's multi-cursor edit is.
  return changes.filter((c, i) => i === 0 || c.end < changes[i - 1].start);
}

test('live shifting: 10,000 random edit sequences keep every annotation exact on its words or orphaned, none lost', () => {
  const stats = { sequences: 0, edits: 0, anchored: 0, drifted: 0, orphaned: 0 };
  fc.assert(
    fc.property(caseArb, ({ words, spans, batches }) => {
      let doc = track(words.join(''));
      const originals: number[][] = [];
      let annotations = spans.map(([at, length], i) => {
        const start = Math.min(Math.floor(at * doc.text.length), doc.text.length - 1);
        const end = Math.min(doc.text.length, start + length);
        originals.push(doc.ids.slice(start, end));
        return annotationAt(doc.text, `a${i}`, start, end);
      });
      for (const batch of batches) {
        const changes = toChanges(batch, doc, annotations);
        for (const c of changes) doc = applyTracked(doc, c);
        annotations = shiftAnnotations(annotations, changes);
        stats.edits += changes.length;
        assert.deepEqual(annotations.map((a) => a.id), spans.map((_, i) => `a${i}`), 'no annotation is lost or reordered');
        annotations.forEach((a, i) => {
          const { start, end, exact } = a.target;
          assert.ok(start >= 0 && start <= end && end <= doc.text.length, `target inside the text (${start}..${end} of ${doc.text.length})`);
          if (a.status === 'orphaned') return;
          assert.equal(doc.text.slice(start, end), exact, 'anchored and drifted targets hold their exact words');
          const idsHere = doc.ids.slice(start, end);
          if (a.status === 'anchored') {
            assert.deepEqual(idsHere, originals[i], 'an anchored annotation is on its original characters');
          } else {
            // Drifted: edits happened inside; what survives of the original words is all inside the target,
            // and everything in the target is either original or typed inside it.
            const own = new Set(originals[i]);
            for (const id of idsHere) assert.ok(own.has(id) || id >= 1_000_000_000, 'a drifted target holds no foreign original text');
            for (const id of originals[i]) {
              const p = doc.ids.indexOf(id);
              if (p >= 0) assert.ok(p >= start && p < end, 'surviving original characters stay inside the drifted target');
            }
          }
        });
      }
      stats.sequences++;
      for (const a of annotations) stats[a.status]++;
    }),
    { numRuns: 10_000 },
  );
  console.log(`live shifting: ${stats.sequences} sequences, ${stats.edits} edits; final statuses: ${stats.anchored} anchored, ${stats.drifted} drifted, ${stats.orphaned} orphaned`);
  assert.equal(stats.sequences, 10_000);
  assert.ok(stats.anchored > 0 && stats.drifted > 0 && stats.orphaned > 0, 'the generator reaches all three outcomes');
});

test('live shifting: typing at either edge of a quote does not extend it', () => {
  const text = 'He said “yes” today.';
  const a = annotationAt(text, 'q', 8, 13);
  const [atStart] = shiftAnnotations([a], [{ start: 8, end: 8, text: 'XX' }]);
  assert.deepEqual([atStart.target.start, atStart.target.end, atStart.status], [10, 15, 'anchored']);
  const [atEnd] = shiftAnnotations([a], [{ start: 13, end: 13, text: 'XX' }]);
  assert.deepEqual([atEnd.target.start, atEnd.target.end, atEnd.status], [8, 13, 'anchored']);
  const [inside] = shiftAnnotations([a], [{ start: 9, end: 12, text: 'no' }]);
  assert.deepEqual([inside.target.exact, inside.status], ['“no”', 'drifted']);
  const [across] = shiftAnnotations([a], [{ start: 5, end: 10, text: '' }]);
  assert.equal(across.status, 'orphaned');
});

/** Spans a fact-checker would mark: quotations, whole sentences, names, and a few words anywhere. */
function pickSpans(text: string, random: () => number): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/“[^”]+”/g)) spans.push([m.index!, m.index! + m[0].length]);
  for (const m of text.matchAll(/[A-Z][^.!?\n]{20,}[.!?]/g)) if (random() < 0.4) spans.push([m.index!, m.index! + m[0].length]);
  for (const m of text.matchAll(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/g)) if (random() < 0.3) spans.push([m.index!, m.index! + m[0].length]);
  const words = [...text.matchAll(/\S+/g)];
  for (let k = 0; k < 6; k++) {
    const i = Math.floor(random() * (words.length - 4));
    const n = 2 + Math.floor(random() * 4);
    spans.push([words[i].index!, words[i + n - 1].index! + words[i + n - 1][0].length]);
  }
  return spans;
}

const REWORDS = ['however', 'reportedly', 'council', 'officials', 'quickly', 'residents', 'Tuesday', 'nearly', 'said'];

/** Moves a paragraph (with its line break) before another one, keeping its characters' identities: a cut and paste. */
function moveParagraph(doc: TrackedText, random: () => number): { doc: TrackedText; changed: number } | undefined {
  const paragraphs = [...doc.text.matchAll(/[^\n]+\n\n/g)];
  if (paragraphs.length < 3) return undefined;
  const p = paragraphs[Math.floor(random() * paragraphs.length)];
  const start = p.index!;
  const end = start + p[0].length;
  const text = doc.text.slice(0, start) + doc.text.slice(end);
  const ids = [...doc.ids.slice(0, start), ...doc.ids.slice(end)];
  const targets = [...text.matchAll(/[^\n]+/g)];
  const at = targets[Math.floor(random() * targets.length)].index!;
  return {
    doc: { text: text.slice(0, at) + p[0] + text.slice(at), ids: [...ids.slice(0, at), ...doc.ids.slice(start, end), ...ids.slice(at)] },
    changed: 2 * p[0].length,
  };
}

/** One edit made outside the editor: add or remove a paragraph, or reword a few words. */
function outsideEdit(doc: TrackedText, random: () => number): TextChange {
  const paragraphs = [...doc.text.matchAll(/[^\n]+/g)];
  const p = paragraphs[Math.floor(random() * paragraphs.length)];
  const roll = random();
  if (roll < 0.3) {
    const sentence = SIDECAR_TEST_INSERTIONS[Math.floor(random() * SIDECAR_TEST_INSERTIONS.length)];
    return { start: p.index!, end: p.index!, text: sentence + '\n\n' };
  }
  if (roll < 0.5 && paragraphs.length > 3) {
    return { start: p.index!, end: Math.min(doc.text.length, p.index! + p[0].length + 2), text: '' };
  }
  const words = [...p[0].matchAll(/[A-Za-z’]+/g)];
  const w = words[Math.floor(random() * words.length)];
  const start = p.index! + w.index!;
  const count = 1 + Math.floor(random() * 3);
  let end = start + w[0].length;
  for (let k = 1; k < count && words.indexOf(w) + k < words.length; k++) {
    const next = words[words.indexOf(w) + k];
    end = p.index! + next.index! + next[0].length;
  }
  return { start, end, text: REWORDS[Math.floor(random() * REWORDS.length)] };
}

test('external edits: annotations whose words were untouched re-anchor correctly (>= 95%), the rest orphaned or drifted onto their remains, none lost', () => {
  const counts = { untouched: 0, untouchedCorrect: 0, touched: 0, touchedOrphaned: 0, touchedDrifted: 0, touchedWrong: 0, changedShare: 0, trials: 0 };
  for (let seed = 1; seed <= 60; seed++) {
    for (const article of SIDECAR_TEST_ARTICLES) {
      // Seeded, so the external-edit figures are reproducible.
      const random = seededRandom(seed * 7919 + article.length);
      let doc = track(article);
      const spans = pickSpans(article, random);
      const annotations = spans.map(([s, e], i) => annotationAt(article, `a${i}`, s, e));
      const originals = spans.map(([s, e]) => doc.ids.slice(s, e));
      // Edit up to 20% of the text: count removed plus inserted characters.
      const budget = article.length * (0.05 + random() * 0.15);
      let changed = 0;
      while (changed < budget) {
        if (random() < 0.15) {
          const moved = moveParagraph(doc, random);
          if (moved && changed + moved.changed <= article.length * 0.2) {
            doc = moved.doc;
            changed += moved.changed;
            continue;
          }
        }
        const change = outsideEdit(doc, random);
        changed += change.end - change.start + change.text.length;
        doc = applyTracked(doc, change);
      }
      counts.changedShare += changed / article.length;
      counts.trials++;
      const result = reanchorAnnotations(annotations, doc.text, { previousLength: article.length });
      assert.deepEqual(result.map((a) => a.id), annotations.map((a) => a.id), 'none lost');
      result.forEach((a, i) => {
        const expected = intactPosition(doc, originals[i]);
        if (expected >= 0) {
          counts.untouched++;
          if (a.status === 'anchored' && a.target.start === expected && a.target.end === expected + originals[i].length) counts.untouchedCorrect++;
          return;
        }
        counts.touched++;
        if (a.status === 'orphaned') {
          counts.touchedOrphaned++;
          return;
        }
        const survivors = new Set(originals[i]);
        const overlaps = doc.ids.slice(a.target.start, a.target.end).some((id) => survivors.has(id));
        if (overlaps && a.status === 'drifted') counts.touchedDrifted++;
        else counts.touchedWrong++;
      });
    }
  }
  const rate = counts.untouchedCorrect / counts.untouched;
  console.log(
    `external edits (paragraphs added, removed, moved; words reworded): ${counts.trials} edited articles (mean ${((100 * counts.changedShare) / counts.trials).toFixed(1)}% of the text changed); ` +
      `${counts.untouchedCorrect}/${counts.untouched} untouched annotations re-anchored exactly (${(100 * rate).toFixed(2)}%); ` +
      `touched: ${counts.touched} (${counts.touchedOrphaned} orphaned, ${counts.touchedDrifted} drifted onto their remains, ${counts.touchedWrong} elsewhere)`,
  );
  assert.ok(rate >= 0.95, `re-anchoring rate ${rate}`);
});

test('re-anchoring picks the repeat whose context matches and finds reworded words between their prefix and suffix', () => {
  const text = 'Putin spoke. Later, in Moscow, Putin spoke again about the war.';
  const second = text.lastIndexOf('Putin spoke');
  const a = annotationAt(text, 'x', second, second + 'Putin spoke'.length);
  const moved = 'A new first line.\n' + text;
  const [r] = reanchorAnnotations([a], moved, { previousLength: text.length });
  assert.equal(r.target.start, moved.lastIndexOf('Putin spoke'));
  assert.equal(r.status, 'anchored');

  const quote = annotationAt(text, 'q', text.indexOf('in Moscow'), text.indexOf('in Moscow') + 'in Moscow, Putin spoke again'.length);
  const reworded = text.replace('spoke again', 'talked again');
  const [d] = reanchorAnnotations([quote], reworded, { previousLength: text.length });
  assert.equal(d.status, 'drifted');
  assert.equal(d.target.exact, 'in Moscow, Putin talked again');

  const gone = reanchorAnnotations([quote], 'Completely different text now, nothing in common at all.');
  assert.equal(gone[0].status, 'orphaned');
  assert.equal(gone[0].target.exact, 'in Moscow, Putin spoke again', 'an orphan keeps its words');
});

test('a drifted annotation keeps the words it was made on in target.original, through re-anchoring, live edits and the YAML', () => {
  const text = 'Putin spoke. Later, in Moscow, Putin spoke again about the war.';
  const quote = annotationAt(text, 'q', text.indexOf('in Moscow'), text.indexOf('in Moscow') + 'in Moscow, Putin spoke again'.length);
  const reworded = text.replace('spoke again', 'talked again');
  const [d] = reanchorAnnotations([quote], reworded, { previousLength: text.length });
  assert.equal(d.status, 'drifted');
  assert.deepEqual([d.target.exact, d.target.original], ['in Moscow, Putin talked again', 'in Moscow, Putin spoke again']);
  // A second rewording keeps the first words, not the intermediate ones.
  const again = reworded.replace('talked again', 'talked once more');
  const [d2] = reanchorAnnotations([d], again, { previousLength: reworded.length });
  assert.equal(d2.target.original, 'in Moscow, Putin spoke again');
  // Text inserted elsewhere: found by its exact words, still remembers the original.
  const [d3] = reanchorAnnotations([d2], 'New lede.\n' + again, { previousLength: again.length });
  assert.equal(d3.target.original, 'in Moscow, Putin spoke again');

  // Live: typing inside the words drifts it and records the original once; undoing the edit forgets it.
  const at = quote.target.start + 'in Moscow, '.length;
  const [typed] = shiftAnnotations([quote], [{ start: at, end: at, text: 'President ' }]);
  assert.deepEqual([typed.status, typed.target.exact, typed.target.original], ['drifted', 'in Moscow, President Putin spoke again', 'in Moscow, Putin spoke again']);
  const [undone] = shiftAnnotations([typed], [{ start: at, end: at + 'President '.length, text: '' }]);
  assert.equal(undone.target.exact, 'in Moscow, Putin spoke again');
  assert.equal(undone.target.original, undefined);

  // The sidecar writes it and reads it back.
  const sidecar: Sidecar = { version: SIDECAR_VERSION, document: { path: 'a.txt', length: again.length, sha256: '' }, entities: [], annotations: [d2] };
  const yaml = renderSidecar(sidecar);
  assert.match(yaml, /original: in Moscow, Putin spoke again/);
  const parsed = parseSidecar(yaml);
  assert.ok(parsed.ok);
  if (parsed.ok) assert.equal(parsed.parsed.sidecar.annotations[0].target.original, 'in Moscow, Putin spoke again');
});

test('bounded edit distance agrees with plain Levenshtein within the bound', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 6 }), (a, b, k) => {
      const full = levenshtein(a, b);
      const bounded = boundedEditDistance(a, b, k);
      assert.equal(bounded, full <= k ? full : k + 1);
    }),
    { numRuns: 2000 },
  );
});

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

test('a fuzzy match is widened to whole words rather than starting inside one', () => {
  const text = 'Yesterday Kremlin spokesman Dmitry Ivanov told reporters that talks would go on.';
  const words = 'Kremlin spokesman Dmitry Ivanov';
  const a = annotationAt(text, 's', text.indexOf(words), text.indexOf(words) + words.length);
  const edited = 'Yesterday the Kremlin office spokesman Dmitry Ivanov informed reporters, loudly, that talks would go on.';
  const [r] = reanchorAnnotations([a], edited, { previousLength: text.length });
  assert.equal(r.status, 'drifted');
  const found = edited.slice(r.target.start, r.target.end);
  assert.ok(found.endsWith('spokesman Dmitry Ivanov'), found);
  assert.ok(/^\w/.test(found) && (r.target.start === 0 || /\W/.test(edited[r.target.start - 1])), `starts on a word: ${found}`);
});

test('a fuzzy match keeps the whole of the annotated words: a word put inside them does not cut off their start', () => {
  const text = 'The mayor, Jane Smith, said "we will win the election next year" on Monday.\n\nOfficials said the budget may grow by 4 percent.\n';
  const words = '"we will win the election next year" on Monday';
  const a = annotationAt(text, 'c1', text.indexOf(words), text.indexOf(words) + words.length);
  // The words and the sentence after them both changed, so neither the prefix and suffix nor the words are found as they were.
  const edited = text.replace('we will win', 'we will surely win').replace('may grow', 'might grow').replace('on Monday.', 'on Monday night.');
  const [r] = reanchorAnnotations([a], edited, { previousLength: text.length });
  assert.equal(r.status, 'drifted');
  assert.equal(edited.slice(r.target.start, r.target.end), '"we will surely win the election next year" on Monday');
});

/** A fact-checker's verdict on the words: a person's work, which re-anchoring must not move on a guess. */
function verdictOn(text: string, words: string, nth = 0): Annotation {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(words, start + 1);
  assert.ok(start >= 0, words);
  return { id: `v-${nth}`, kind: 'claim', target: makeTarget(text, start, start + words.length), origin: 'manual', status: 'anchored', verdict: 'inaccurate', note: 'figure from 2019' };
}

test('a verdict whose words are gone is not moved onto the same words in another sentence: it is orphaned, with everything it holds', () => {
  const text = 'The minister said the budget would rise by four percent. Later, the opposition leader said the budget would rise by four percent, mocking him.';
  const claim = 'the budget would rise by four percent';
  const verdict = verdictOn(text, claim, 0);
  // The minister's sentence was rewritten; the leader's, with the same words, stays.
  const edited = 'The minister declined to give a figure. Later, the opposition leader said the budget would rise by four percent, mocking him.';
  const [r] = reanchorAnnotations([verdict], edited, { previousLength: text.length });
  assert.equal(r.status, 'orphaned');
  assert.deepEqual([r.id, r.verdict, r.note, r.target.exact], [verdict.id, 'inaccurate', 'figure from 2019', claim], 'kept whole, never dropped');
  // The analysis's own annotation on those words is regenerated by the next refresh anyway; it may follow them.
  const automatic: Annotation = { ...verdict, id: 'quote-0123456789', kind: 'quote', origin: 'auto', verdict: undefined, note: undefined };
  const [a] = reanchorAnnotations([automatic], edited, { previousLength: text.length });
  assert.equal(a.status, 'anchored');
  assert.equal(a.target.start, edited.indexOf(claim));
});

test('a verdict is not drifted onto similar words whose surroundings are other ones, but is onto its own words reworded', () => {
  const text =
    'In March the finance minister told parliament that the deficit had fallen to two percent of output.\n\n' +
    'Elsewhere, a spokesman for the bank said that the deficit had fallen to three percent of output, which critics doubted.';
  const verdict = verdictOn(text, 'the deficit had fallen to two percent of output');
  const elsewhere = text.replace('told parliament that the deficit had fallen to two percent of output.', 'spoke.');
  const [gone] = reanchorAnnotations([verdict], elsewhere, { previousLength: text.length });
  assert.equal(gone.status, 'orphaned', `not moved onto ${JSON.stringify(elsewhere.slice(gone.target.start, gone.target.end))}`);
  assert.equal(gone.verdict, 'inaccurate');
  // Its own sentence reworded in place, the surroundings intact: found, and flagged for review.
  const reworded = text.replace('had fallen to two percent of output', 'had fallen to 2 percent of output');
  const [own] = reanchorAnnotations([verdict], reworded, { previousLength: text.length });
  assert.equal(own.status, 'drifted');
  assert.equal(reworded.slice(own.target.start, own.target.end), 'the deficit had fallen to 2 percent of output');
});

test('a verdict moved with half of its surroundings, or as a whole sentence found once, is placed on its words', () => {
  const text = 'Critics were loud. Brandt said the economy grew by four percent last year, a figure the bureau disputes. Then he left.';
  const verdict = verdictOn(text, 'the economy grew by four percent');
  // What came before changed entirely, what follows did not.
  const edited = 'Critics were loud. Asked on Tuesday, the economist answered that the economy grew by four percent last year, a figure the bureau disputes. Then he left.';
  const [r] = reanchorAnnotations([verdict], edited, { previousLength: text.length });
  assert.equal(r.status, 'anchored');
  assert.equal(r.target.start, edited.indexOf('the economy grew by four percent'));

  // A whole sentence, found once, with both neighbours rewritten: the words place themselves.
  const sentence = 'Brandt said the economy grew by four percent last year, a figure the bureau disputes.';
  const whole = verdictOn(text, sentence);
  const around = 'Nobody was quiet at first. ' + sentence + ' He stayed until the end.';
  const [w] = reanchorAnnotations([whole], around, { previousLength: text.length });
  assert.equal(w.status, 'anchored');
  assert.equal(w.target.start, around.indexOf(sentence));
});

/** A UTF-16 surrogate without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

test('prefix and suffix are cut on whole characters: an emoji or other astral character is never split, so the YAML holds no lone surrogate', () => {
  // Astral characters (emoji, a musical symbol, a CJK extension ideograph) among one-unit ones, so cuts fall on both halves.
  const text = 'Fans 😀 cheered 🎉🎉 as “𝄞 the anthem” played; 𠀋 the mayor said: the plan works 😀😀😀 ab 🇬🇧 end 👍🏽.';
  const starts: number[] = [];
  for (let i = 0; i <= text.length; i++) if (!/[\uDC00-\uDFFF]/.test(text[i] ?? '') || !/[\uD800-\uDBFF]/.test(text[i - 1] ?? '')) starts.push(i);
  let cuts = 0;
  for (const start of starts) {
    for (const end of starts) {
      if (end <= start) continue;
      const target = makeTarget(text, start, end);
      assert.ok(!LONE_SURROGATE.test(target.prefix), `prefix of ${start}..${end}: ${JSON.stringify(target.prefix)}`);
      assert.ok(!LONE_SURROGATE.test(target.suffix), `suffix of ${start}..${end}: ${JSON.stringify(target.suffix)}`);
      assert.ok(target.prefix.length >= Math.min(start, 31) && target.suffix.length >= Math.min(text.length - end, 31), 'at most one unit shorter than the context');
      assert.ok(text.slice(0, start).endsWith(target.prefix) && text.slice(end).startsWith(target.suffix));
      if (target.prefix.length < Math.min(start, 32) || target.suffix.length < Math.min(text.length - end, 32)) cuts++;
    }
  }
  assert.ok(cuts > 0, 'some cuts fell inside a pair');

  // Through the YAML and its UTF-8 bytes, the context comes back as it was, and re-anchors the annotation on its words.
  const emoji = 'x' + '😀'.repeat(20) + ' the claim ' + '😀'.repeat(20);
  const start = emoji.indexOf('the claim');
  const end = start + 'the claim'.length;
  assert.ok(/[\uDC00-\uDFFF]/.test(emoji[start - 32]) && /[\uDC00-\uDFFF]/.test(emoji[end + 32]), 'both 32-unit cuts fall inside a pair');
  const annotation = annotationAt(emoji, 'p', start, end);
  assert.deepEqual([annotation.target.prefix, annotation.target.suffix], ['😀'.repeat(15) + ' ', ' ' + '😀'.repeat(15)]);
  const yaml = renderSidecar({ version: SIDECAR_VERSION, document: { path: 'a.txt', length: emoji.length, sha256: '' }, entities: [], annotations: [annotation] });
  assert.ok(!/\\u[dD][89a-fA-F]/.test(yaml) && !LONE_SURROGATE.test(yaml), yaml);
  const parsed = parseSidecar(new TextDecoder().decode(new TextEncoder().encode(yaml)));
  assert.ok(parsed.ok);
  if (!parsed.ok) return;
  const read = parsed.parsed.sidecar.annotations[0];
  assert.deepEqual([read.target.prefix, read.target.suffix], [annotation.target.prefix, annotation.target.suffix]);
  const [again] = reanchorAnnotations([read], 'New lede 😀.\n' + emoji, { previousLength: emoji.length });
  assert.equal(again.status, 'anchored');
  assert.equal(again.target.start, start + 'New lede 😀.\n'.length);
});

/** Whether a cut before text[i] falls between two letters or digits of one word. */
function insideWord(text: string, i: number): boolean {
  return /[\p{L}\p{N}]/u.test(text[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[i] ?? '');
}

test('re-anchoring lands on whole words: "the plan" is not found in "the planet", nor "the council" in "the councillors"', () => {
  // The exact words are still there, but as the start of another word: the annotated words are gone.
  const text = 'Officials said the plan was sound, and the council agreed.';
  const [plan] = reanchorAnnotations([verdictOn(text, 'the plan')], 'Officials said the planet was warming, and the council agreed.', { previousLength: text.length });
  assert.equal(plan.status, 'orphaned');
  assert.equal(plan.verdict, 'inaccurate');

  // A fuzzy match is widened to the whole word rather than stopping inside it.
  const sentence = 'Officials said the plan would be approved by the council next week.';
  const claim = verdictOn(sentence, 'the plan would be approved by the council');
  for (const edited of [
    'Officials said the planet would be approved by the councillors next week.',
    'Officials said her planet would be approved by the councillors next week.',
  ]) {
    const [r] = reanchorAnnotations([claim], edited, { previousLength: sentence.length });
    const found = edited.slice(r.target.start, r.target.end);
    assert.equal(r.status, 'drifted', edited);
    assert.ok(!insideWord(edited, r.target.start) && !insideWord(edited, r.target.end), `whole words: ${JSON.stringify(found)}`);
  }
  const [said] = reanchorAnnotations([verdictOn(sentence, 'said the plan would be approved by')], 'Officials unsaid the plan would be approved by the council next week.', { previousLength: sentence.length });
  assert.equal(said.target.exact, 'unsaid the plan would be approved by');
  assert.equal(said.status, 'drifted');

  // Words marked inside a word (as their context shows) are found inside it again.
  const planet = 'The planet warms, scientists said.';
  const part = { ...verdictOn(planet, 'plan'), verdict: undefined, note: undefined };
  const moved = 'Tuesday. ' + planet;
  const [p] = reanchorAnnotations([part], moved, { previousLength: planet.length });
  assert.deepEqual([p.status, p.target.start], ['anchored', moved.indexOf('planet')]);

  // A hand-written annotation that gives only its words says nothing of their edges: they are found where they are.
  const handWritten: Annotation = { id: 'h', kind: 'note', note: 'x', origin: 'manual', status: 'anchored', target: { start: -1, end: -1, exact: 'lanet warms, scienti', prefix: '', suffix: '' } };
  const [h] = reanchorAnnotations([handWritten], planet);
  assert.deepEqual([h.status, h.target.start], ['anchored', planet.indexOf('lanet')]);
  // Words at the very start of the text began on an edge (they have no prefix for another reason).
  const opening = 'planet warms, scientists said.';
  const [atStart] = reanchorAnnotations([verdictOn(opening, 'planet warms')], 'An exoplanet warms, scientists said.', { previousLength: opening.length });
  assert.equal(atStart.status, 'orphaned');
});

test('word boundaries are told in any script, and quotation marks and dashes are not letters', () => {
  // Right inside quotation marks or dashes: the annotated words began and ended on a word's edge, so the match must too.
  for (const text of ['He said “the plan would be approved by the council” on Monday.', 'He said—the plan would be approved by the council—on Monday.']) {
    const [r] = reanchorAnnotations([verdictOn(text, 'the plan would be approved by the council')], text.replace('plan', 'planet').replace('council', 'councillors'), {
      previousLength: text.length,
    });
    assert.equal(r.status, 'drifted');
    assert.equal(r.target.exact, 'the planet would be approved by the councillors', text);
  }

  const russian = 'Чиновники сказали, что план одобрят в центре Москвы на неделе.';
  const edited = russian.replace('план', 'планы');
  const [ru] = reanchorAnnotations([verdictOn(russian, 'план одобрят в центре Москвы')], edited, { previousLength: russian.length });
  assert.equal(ru.status, 'drifted');
  assert.equal(ru.target.exact, 'планы одобрят в центре Москвы');
  // Letters outside the Basic Multilingual Plane (mathematical bold) are letters: "𝐛𝐨𝐥𝐝plan" is one word, not cut in it.
  const astral = 'The 𝐛𝐨𝐥𝐝 plan was approved by the council.';
  const glued = astral.replace(' plan', 'plan');
  const [b] = reanchorAnnotations([verdictOn(astral, 'plan was approved by the council')], glued, { previousLength: astral.length });
  const word = [glued.indexOf('𝐛'), glued.indexOf(' was')];
  assert.ok(b.status === 'orphaned' || !(b.target.start > word[0] && b.target.start < word[1]), `${b.status} ${JSON.stringify(b.target.exact)}`);
});

/** Breaks each paragraph's lines at spaces to at most `width` characters, as an editor's re-wrap does. */
function wrap(text: string, width: number): string {
  return text
    .split('\n\n')
    .map((paragraph) => {
      const lines: string[] = [];
      let line = '';
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        if (line && line.length + 1 + word.length > width) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      if (line) lines.push(line);
      return lines.join('\n');
    })
    .join('\n\n');
}

/** Where the n-th character that is not whitespace is in `text`. */
function nonSpaceIndex(text: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i])) at.push(i);
  return at;
}

test('whitespace-only changes (lines re-wrapped or joined, doubled spaces, CRLF <-> LF) leave every annotation on its words, its status unchanged', () => {
  let checked = 0;
  for (const [n, article] of [...SIDECAR_TEST_ARTICLES.entries(), ...SIDECAR_TEST_ARTICLES.entries(), ...SIDECAR_TEST_ARTICLES.entries()]) {
    const text = wrap(article, 72);
    const random = seededRandom(4242 + checked + n);
    const annotations = pickSpans(text, random).map(([s, e], i): Annotation => ({ ...annotationAt(text, `a${i}`, s, e), verdict: 'mixed' }));
    // One whose words were edited before keeps its drifted status and the words first annotated.
    annotations.push({ ...annotations[0], id: 'was-drifted', status: 'drifted', target: { ...annotations[0].target, original: 'the words first annotated' } });
    const crlf = text.replace(/\n/g, '\r\n');
    const variants: Record<string, [string, string]> = {
      're-wrapped narrower': [text, wrap(article, 50)],
      'paragraphs joined into single lines': [text, article],
      'doubled spaces after sentences, trailing spaces and tabs': [text, text.replace(/\. /g, '.  ').replace(/\n/g, ' \n').replace(/\n\n/g, '\n\t\n')],
      'CRLF line ends': [text, crlf],
    };
    for (const [change, [before, after]] of Object.entries(variants)) {
      const placed = reanchorAnnotations(annotations, after, { previousLength: before.length });
      const was = nonSpaceIndex(before);
      const now = nonSpaceIndex(after);
      placed.forEach((a, i) => {
        const old = annotations[i].target;
        const first = was.indexOf(old.start);
        const last = was.indexOf(old.end - 1);
        assert.equal(a.status, annotations[i].status, `${change}: ${a.id} ${JSON.stringify(old.exact)} is ${a.status}`);
        assert.deepEqual([a.target.start, a.target.end], [now[first], now[last] + 1], `${change}: ${a.id} on the same words`);
        assert.equal(a.target.exact, after.slice(a.target.start, a.target.end));
        assert.equal(a.target.exact.replace(/\s+/g, ' '), old.exact.replace(/\s+/g, ' '));
        checked++;
      });
      // And back again: an LF article converted from CRLF.
      if (change === 'CRLF line ends') {
        const back = reanchorAnnotations(placed, text, { previousLength: crlf.length });
        back.forEach((a, i) => {
          assert.deepEqual([a.status, a.target.start, a.target.end], [annotations[i].status, annotations[i].target.start, annotations[i].target.end], `back to LF: ${a.id}`);
          assert.equal(a.target.original, annotations[i].target.original, 'the words as annotated, once they are the same again, are not kept twice');
        });
      }
    }
  }
  assert.ok(checked > 600, `${checked} placements checked`);
});

test('after a whitespace-only change a verdict stays anchored and exported, and its sidecar keeps the words as annotated', () => {
  const text = 'Brandt said the economy grew by\nfour percent last year.\n';
  const claim = verdictOn(text, 'the economy grew by\nfour percent');
  const sidecar: Sidecar = { version: SIDECAR_VERSION, document: { path: 'a.txt', length: text.length, sha256: sha256Hex(text) }, entities: [], annotations: [claim] };
  const rewrapped = 'Brandt said the economy grew by four\r\npercent last year.\r\n';
  const [a] = syncWithText(sidecar, rewrapped).annotations;
  assert.deepEqual([a.status, a.target.exact, a.target.original], ['anchored', 'the economy grew by four\r\npercent', 'the economy grew by\nfour percent']);
  assert.equal(awaitsReview(a), false, 'an anchored verdict is not held back from exports');
  assert.equal(exportClaimReview([{ source: 'a.txt', sidecar: { ...sidecar, annotations: [a] } }]).length, 1);
});
