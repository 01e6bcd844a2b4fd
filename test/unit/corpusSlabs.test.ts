// The shared chunks that hold the index's per-document arrays: arrays apart, aligned, and their room counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Slabs } from '../../src/core/corpus/slabs';

test('slabs: arrays handed out are aligned, never overlap, and keep what is written to them', () => {
  const slabs = new Slabs();
  const arrays = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? slabs.uint8(i % 97) : i % 3 === 1 ? slabs.uint16(i % 501) : slabs.int32(i % 1201)));
  arrays.forEach((a, i) => {
    assert.equal(a.byteOffset % 8, 0);
    a.fill(i % 250);
  });
  arrays.forEach((a, i) => assert.ok(a.every((x) => x === i % 250), `array ${i}`));
  const big = slabs.int32(1 << 17);
  assert.equal(big.byteOffset, 0);
  assert.equal(big.buffer.byteLength, 1 << 19);
});

test('slabs: a copy has the same type and items; room given back counts towards compaction', () => {
  const slabs = new Slabs();
  const source = Uint16Array.from([1, 2, 3, 65535]);
  const copy = slabs.copy(source);
  assert.ok(copy instanceof Uint16Array);
  assert.deepEqual([...copy], [...source]);
  const kept = Array.from({ length: 2000 }, () => slabs.uint8(4000));
  assert.equal(slabs.needsCompaction(), false);
  for (const a of kept.slice(0, 1000)) slabs.release(a);
  assert.equal(slabs.needsCompaction(), false, 'half given back');
  for (const a of kept.slice(1000, 1100)) slabs.release(a);
  assert.equal(slabs.needsCompaction(), true);
  assert.ok(slabs.bytesTaken >= 2000 * 4000);
});
