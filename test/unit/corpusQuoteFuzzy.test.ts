// The edit bound that spares building a fuzzy matcher: it rules out only wordings fuse.js would not find.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Fuse from 'fuse.js/basic';
import { piecesWithinEdits } from '../../src/core/corpus/quoteGroups';

/** A deterministic random source, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** A few letters and a space, so that random wordings come close to each other often. */
function wording(next: () => number, length: number): string {
  const letters = 'abcde ';
  let out = '';
  for (let i = 0; i < length; i++) out += letters[Math.floor(next() * letters.length)];
  return out;
}

/** The wording with a few letters changed, dropped or added. */
function edited(next: () => number, text: string, edits: number): string {
  let out = text;
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(next() * (out.length + 1));
    const kind = Math.floor(next() * 3);
    const letter = 'abcdefg'[Math.floor(next() * 7)];
    out = kind === 0 ? out.slice(0, at) + letter + out.slice(at + 1) : kind === 1 ? out.slice(0, at) + out.slice(at + 1) : out.slice(0, at) + letter + out.slice(at);
  }
  return out;
}

/** Fewest edits between `piece` and any stretch of `text`, the plain way (a table of every prefix pair). */
function fewestEdits(piece: string, text: string): number {
  let row = Array.from({ length: piece.length + 1 }, (_, i) => i);
  let best = row[piece.length];
  for (let j = 1; j <= text.length; j++) {
    const next = [0];
    for (let i = 1; i <= piece.length; i++) next[i] = Math.min(row[i - 1] + (piece[i - 1] === text[j - 1] ? 0 : 1), row[i] + 1, next[i - 1] + 1);
    row = next;
    best = Math.min(best, row[piece.length]);
  }
  return best;
}

/** The same bound, worked out the plain way: every piece of 32 (the last ending with the pattern) within a quarter of its length. */
function plainBound(pattern: string, target: string): boolean {
  const pieces: string[] = [];
  if (pattern.length <= 32) pieces.push(pattern);
  else {
    for (let at = 0; at + 32 <= pattern.length; at += 32) pieces.push(pattern.slice(at, at + 32));
    if (pattern.length % 32) pieces.push(pattern.slice(-32));
  }
  return pieces.every((p) => 4 * fewestEdits(p, target) <= p.length);
}

const cases = (seed: number, count: number): [string, string][] => {
  const next = random(seed);
  const out: [string, string][] = [];
  for (let k = 0; k < count; k++) {
    const target = wording(next, 10 + Math.floor(next() * 110));
    const from = Math.floor(next() * target.length);
    const pattern = edited(next, target.slice(from, from + 8 + Math.floor(next() * 57)), Math.floor(next() * 12));
    out.push([pattern.length >= 8 ? pattern : pattern + 'abcdefgh', target]);
  }
  return out;
};

test('the edit bound agrees with the edit distance worked out the plain way', () => {
  let within = 0;
  let beyond = 0;
  for (const [pattern, target] of cases(5, 1500)) {
    const expected = plainBound(pattern, target);
    assert.equal(piecesWithinEdits(pattern, target), expected, `${JSON.stringify(pattern)} in ${JSON.stringify(target)}`);
    if (expected) within++;
    else beyond++;
  }
  assert.ok(within > 100 && beyond > 100, `both sides seen (${within} within, ${beyond} beyond)`);
});

test('the edit bound never rules out a wording fuse.js finds, and rules out many it does not', () => {
  let found = 0;
  let ruledOut = 0;
  for (const [pattern, target] of cases(9, 1500)) {
    const hit = new Fuse([target], { includeScore: true, ignoreLocation: true, threshold: 0.25, minMatchCharLength: 4 }).search(pattern)[0];
    const fuseFinds = Boolean(hit && (hit.score ?? 1) <= 0.25);
    const bound = piecesWithinEdits(pattern, target);
    if (fuseFinds) {
      found++;
      assert.ok(bound, `fuse.js finds ${JSON.stringify(pattern)} in ${JSON.stringify(target)}`);
    } else if (!bound) ruledOut++;
  }
  assert.ok(found > 100 && ruledOut > 100, `both sides seen (${found} found, ${ruledOut} ruled out)`);
});
