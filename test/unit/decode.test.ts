// decodeArticle: text files in, binary and non-UTF-8 files refused with a reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeArticle } from '../../src/core';

const bytes = (s: string) => new TextEncoder().encode(s);

test('decodes UTF-8 and drops a byte-order mark', () => {
  assert.deepEqual(decodeArticle(bytes('“Hi,” he said.')), { ok: true, text: '“Hi,” he said.' });
  assert.deepEqual(decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), { ok: true, text: 'A' });
  assert.deepEqual(decodeArticle(new Uint8Array()), { ok: true, text: '' });
});

test('refuses binary files', () => {
  const r = decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  assert.equal(r.ok, false);
  assert.match((r as { reason: string }).reason, /binary/);
});

test('refuses text in another encoding', () => {
  const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9]); // "café" in Latin-1
  const r = decodeArticle(latin1);
  assert.equal(r.ok, false);
  assert.match((r as { reason: string }).reason, /UTF-8/);
});
