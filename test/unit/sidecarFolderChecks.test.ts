// Workspace folders added and removed: which folders' sidecars are looked through for problems, and which reports go.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldersToCheck, reportsToDrop } from '../../src/extension/sidecar/folderChecks';

test('an added folder is looked through; one inside another folder of the workspace is covered by that folder', () => {
  const current = ['file:///news/wire', 'file:///news/wire/ap', 'file:///desk', 'file:///desk-2'];
  assert.deepEqual(foldersToCheck(['file:///news/wire/ap', 'file:///desk-2'], current), ['file:///desk-2']);
  // A folder and one inside it added together: the outer one's check covers both.
  assert.deepEqual(foldersToCheck(['file:///news/wire', 'file:///news/wire/ap'], current), ['file:///news/wire']);
  // A name that only starts like another folder's is not inside it.
  assert.deepEqual(foldersToCheck(['file:///desk-2'], ['file:///desk', 'file:///desk-2']), ['file:///desk-2']);
  assert.deepEqual(foldersToCheck(['file:///desk/'], ['file:///desk/']), ['file:///desk/']);
});

test('the reports of a removed folder go, unless another folder of the workspace still holds the sidecar', () => {
  const reported = [
    'file:///wire/a.txt.annotations.yaml',
    'file:///wire/ap/b.txt.annotations.yaml',
    'file:///wire-2/c.txt.annotations.yaml',
    'file:///desk/d.txt.annotations.yaml',
  ];
  assert.deepEqual(reportsToDrop(reported, ['file:///wire'], ['file:///desk', 'file:///wire-2']), ['file:///wire/a.txt.annotations.yaml', 'file:///wire/ap/b.txt.annotations.yaml']);
  // /wire/ap is still a folder of the workspace: its sidecars are still checked, and their reports stay.
  assert.deepEqual(reportsToDrop(reported, ['file:///wire/'], ['file:///wire/ap', 'file:///desk']), ['file:///wire/a.txt.annotations.yaml']);
  assert.deepEqual(reportsToDrop(reported, [], ['file:///desk']), []);
});
