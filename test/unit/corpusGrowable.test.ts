// The cross-source index's growing arrays: contents kept, new items zero, large ones grown in place, small ones copied.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allocate, grow } from '../../src/core/corpus/growable';
import { IdPostingIndex } from '../../src/core/corpus/postings';

const LARGE = 1 << 18; // items: well past the size from which arrays get resizable buffers

test('a small array grows by copying, half as many again each step, with its items kept and the new ones zero', () => {
  const small = Int32Array.from([5, -7, 9]);
  const bigger = grow(small, 40);
  assert.notEqual(bigger.buffer, small.buffer);
  assert.deepEqual([...bigger.subarray(0, 3)], [5, -7, 9]);
  assert.ok(bigger.length >= 40 && bigger.length < 60, `length ${bigger.length}`);
  assert.ok(bigger.subarray(3).every((v) => v === 0));
  assert.equal(grow(bigger, 10).length, bigger.length, 'asked for less room than it has, it keeps its length');
});

test('a large array lives in a resizable buffer and grows in place, over and over, losing nothing', () => {
  let a: Int32Array = allocate(Int32Array, LARGE);
  assert.ok(a.every((v) => v === 0), 'allocated zeroed');
  const buffer = a.buffer as ArrayBuffer & { resizable?: boolean };
  assert.equal(buffer.resizable, true, 'this runtime has resizable buffers');
  for (let i = 0; i < a.length; i++) a[i] = i * 3 - 1;
  let filled = a.length;
  for (let step = 0; step < 4; step++) {
    const before = a;
    a = grow(a, a.length + 1);
    assert.equal(a.buffer, before.buffer, 'the same buffer, grown');
    assert.ok(a.length > before.length);
    for (let i = 0; i < filled; i += 997) assert.equal(a[i], i * 3 - 1);
    assert.ok(a.subarray(filled).every((v) => v === 0), 'the new items are zero');
    for (let i = filled; i < a.length; i++) a[i] = i * 3 - 1;
    filled = a.length;
  }
  // An older, shorter view grown again must not shrink the buffer under the newer one.
  const newest = a;
  grow(newest.subarray(0, 10), 20);
  assert.equal(newest[newest.length - 1], (newest.length - 1) * 3 - 1);
});

test('every kind of index array grows in place when large, and keeps its type', () => {
  for (const type of [Int16Array, Uint8Array, Float64Array, Int32Array] as const) {
    const a = allocate(type as typeof Int32Array, LARGE);
    a[LARGE - 1] = 7;
    const b = grow(a, LARGE * 2);
    assert.equal(b.constructor, type);
    assert.equal(b.buffer, a.buffer);
    assert.equal(b[LARGE - 1], 7);
    assert.equal(b[LARGE * 2 - 1], 0);
  }
});

test('posting lists past the size of a resizable pool keep every id in order through moves and squeezes', () => {
  const postings = new IdPostingIndex(1 << 20);
  const model = new Map<number, number[]>();
  let id = 0;
  // Lists of very different lengths, added interleaved, so lists move and the pool is squeezed while it is large.
  for (let round = 0; round < 300; round++) {
    for (let term = -40; term < 400; term++) {
      if ((term * 7 + round) % 5 === 0) continue;
      const times = term % 13 === 0 ? 6 : 1;
      for (let t = 0; t < times; t++) {
        postings.add(term, id);
        const list = model.get(term) ?? [];
        list.push(id);
        model.set(term, list);
        id++;
      }
    }
    if (round % 50 === 49) {
      for (let term = 0; term < 400; term += 9) {
        postings.forget(term);
        model.delete(term);
      }
    }
  }
  assert.ok(postings.ids.length * 4 >= LARGE, `the pool reached ${postings.ids.length} ids`);
  for (const [term, ids] of model) {
    const from = postings.start(term);
    assert.deepEqual([...postings.ids.subarray(from, from + postings.count(term))], ids, `term ${term}`);
  }
});
