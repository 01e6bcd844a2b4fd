// The token windows hedge rules read around a cue: what a token is, and that reading lazily changes nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TokenWindow } from '../../src/core/hedges/tokens';

const norms = (w: TokenWindow, n: number): string[] => Array.from({ length: n }, (_, i) => w.at(i)?.norm ?? '∅');

test('a window reads words, clitics and marks on either side, nearest first', () => {
  const text = 'The Pier’s owner, we hear, may reopen it.';
  const at = text.indexOf('may');
  assert.deepEqual(norms(new TokenWindow(text, true, at + 3), 5), ['reopen', 'it', '.', '∅', '∅']);
  assert.deepEqual(norms(new TokenWindow(text, false, at), 7), [',', 'hear', 'we', ',', 'owner', "'s", 'pier']);
});

test('tokens asked for out of order, or again after moving, are the ones a fresh window gives', () => {
  const text = 'Critics say the vote might slip; others doubt it.';
  const w = new TokenWindow(text, true, 0);
  assert.equal(w.at(4)?.norm, 'might');
  assert.equal(w.at(0)?.norm, 'critics');
  w.moveTo(text.indexOf(';'));
  assert.deepEqual(norms(w, 3), norms(new TokenWindow(text, true, text.indexOf(';')), 3));
  assert.deepEqual(norms(w, 3), [';', 'others', 'doubt']);
  w.moveTo(text.length);
  assert.equal(w.at(0), undefined);
  const back = new TokenWindow(text, false, 0);
  assert.equal(back.at(0), undefined);
});

test('a window stops after a few hundred characters of the position, whatever the text holds', () => {
  const text = 'may' + ' '.repeat(300) + 'later';
  assert.equal(new TokenWindow(text, true, 3).at(0), undefined);
  assert.equal(new TokenWindow(text, false, text.length - 5).at(0), undefined);
  assert.equal(new TokenWindow('may' + ' '.repeat(100) + 'later', true, 3).at(0)?.norm, 'later');
});
