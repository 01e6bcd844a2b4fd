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

test('decodes UTF-16 with its byte-order mark, both byte orders', () => {
  const text = '“Hi,” she said. Ünïcode 😀';
  const le = new Uint8Array(2 + text.length * 2);
  const be = new Uint8Array(2 + text.length * 2);
  le.set([0xff, 0xfe]);
  be.set([0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    le.set([unit & 0xff, unit >> 8], 2 + i * 2);
    be.set([unit >> 8, unit & 0xff], 2 + i * 2);
  }
  assert.deepEqual(decodeArticle(le), { ok: true, text });
  assert.deepEqual(decodeArticle(be), { ok: true, text });
});

test('refuses a UTF-16 file that is cut in half a character', () => {
  const r = decodeArticle(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]));
  assert.equal(r.ok, false);
  assert.match((r as { reason: string }).reason, /UTF-16LE/);
});
