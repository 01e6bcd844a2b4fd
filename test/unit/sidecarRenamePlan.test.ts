// Renaming or moving an article takes its sidecar and conflict copies along, and never writes over another sidecar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleForConflictCopy, conflictCopyNumber, conflictPathFor, MemoryFileSystem } from '../../src/core/sidecar';
import { planSidecarRenames } from '../../src/extension/sidecar/renamePlan';

const DIR = 'file:///news';

function files(names: string[]): MemoryFileSystem {
  return new MemoryFileSystem(Object.fromEntries(names.map((n) => [`${DIR}/${n}`, n])));
}

const path = (name: string) => `${DIR}/${name}`;

test('the sidecar and each conflict copy move to the new name', async () => {
  const fs = files(['a.txt', 'a.txt.annotations.yaml', 'a.txt.annotations.conflict.yaml', 'a.txt.annotations.conflict-3.yaml', 'ab.txt.annotations.yaml', 'other.txt']);
  const plan = await planSidecarRenames(fs, [{ from: path('a.txt'), to: `${DIR}/sub/b%20c.txt` }]);
  assert.deepEqual(plan.blocked, []);
  assert.deepEqual(plan.moves, [
    { from: path('a.txt.annotations.yaml'), to: `${DIR}/sub/b%20c.txt.annotations.yaml` },
    { from: path('a.txt.annotations.conflict.yaml'), to: `${DIR}/sub/b%20c.txt.annotations.conflict.yaml` },
    { from: path('a.txt.annotations.conflict-3.yaml'), to: `${DIR}/sub/b%20c.txt.annotations.conflict-2.yaml` },
  ]);
});

test('a sidecar at the new name is never replaced: the old one and its copies stay, and the rename is reported', async () => {
  const fs = files(['a.txt', 'a.txt.annotations.yaml', 'a.txt.annotations.conflict.yaml', 'b.txt.annotations.yaml']);
  const plan = await planSidecarRenames(fs, [{ from: path('a.txt'), to: path('b.txt') }]);
  assert.deepEqual(plan.moves, []);
  assert.deepEqual(plan.blocked, [{ from: path('a.txt'), to: path('b.txt'), sidecar: path('a.txt.annotations.yaml'), existing: path('b.txt.annotations.yaml') }]);
});

test('conflict copies at the new name keep theirs; the moved ones take the next free numbers', async () => {
  const fs = files(['a.txt', 'a.txt.annotations.yaml', 'a.txt.annotations.conflict.yaml', 'b.txt.annotations.conflict.yaml']);
  const plan = await planSidecarRenames(fs, [{ from: path('a.txt'), to: path('b.txt') }]);
  assert.deepEqual(plan.moves, [
    { from: path('a.txt.annotations.yaml'), to: path('b.txt.annotations.yaml') },
    { from: path('a.txt.annotations.conflict.yaml'), to: path('b.txt.annotations.conflict-2.yaml') },
  ]);
});

test('nothing to do for an article without a sidecar, a folder, a sidecar renamed itself, or a sidecar moved by the same rename', async () => {
  const fs = files(['plain.txt', 'a.txt', 'a.txt.annotations.yaml', 'folder/x.txt', 'folder/x.txt.annotations.yaml']);
  assert.deepEqual(await planSidecarRenames(fs, [{ from: path('plain.txt'), to: path('plain2.txt') }]), { moves: [], blocked: [] });
  assert.deepEqual(await planSidecarRenames(fs, [{ from: path('folder'), to: path('folder2') }]), { moves: [], blocked: [] });
  assert.deepEqual(await planSidecarRenames(fs, [{ from: path('a.txt.annotations.yaml'), to: path('z.txt.annotations.yaml') }]), { moves: [], blocked: [] });
  const both = [
    { from: path('a.txt'), to: path('b.txt') },
    { from: path('a.txt.annotations.yaml'), to: path('elsewhere.yaml') },
  ];
  assert.deepEqual(await planSidecarRenames(fs, both), { moves: [], blocked: [] });
});

test('a chain of renames in one go (a to b, b to c) moves b’s sidecar, and leaves a’s where it is rather than risk b’s', async () => {
  const fs = files(['a.txt', 'a.txt.annotations.yaml', 'b.txt', 'b.txt.annotations.yaml']);
  const plan = await planSidecarRenames(fs, [
    { from: path('a.txt'), to: path('b.txt') },
    { from: path('b.txt'), to: path('c.txt') },
  ]);
  assert.deepEqual(plan.moves, [{ from: path('b.txt.annotations.yaml'), to: path('c.txt.annotations.yaml') }]);
  assert.deepEqual(plan.blocked.map((b) => b.from), [path('a.txt')]);
});

test('two renames never plan one destination twice', async () => {
  const fs = files(['a.txt', 'a.txt.annotations.conflict.yaml', 'x/a.txt', 'x/a.txt.annotations.conflict.yaml']);
  const plan = await planSidecarRenames(fs, [
    { from: path('a.txt'), to: path('y/a.txt') },
    { from: path('x/a.txt'), to: path('y/a.txt') },
  ]);
  const targets = plan.moves.map((m) => m.to);
  assert.equal(new Set(targets).size, targets.length, JSON.stringify(plan));
});

test('conflict copies are told by their names as the store numbers them', () => {
  assert.equal(conflictCopyNumber('story.txt', 'story.txt.annotations.conflict.yaml'), 1);
  assert.equal(conflictCopyNumber('story.txt', 'story.txt.annotations.conflict-2.yaml'), 2);
  assert.equal(conflictCopyNumber('story.txt', 'story.txt.annotations.conflict-12.yaml'), 12);
  for (const other of ['story.txt.annotations.yaml', 'story.txt.annotations.conflict-1.yaml', 'story.txt.annotations.conflict-02.yaml', 'story.txt.old.annotations.conflict.yaml', 'history.txt.annotations.conflict.yaml']) {
    assert.equal(conflictCopyNumber('story.txt', other), undefined, other);
  }
  assert.equal(articleForConflictCopy('desk/story.txt.annotations.conflict-3.yaml'), 'desk/story.txt');
  assert.equal(conflictPathFor('desk/story.txt', 3), 'desk/story.txt.annotations.conflict-3.yaml');
});

/** A folder as macOS and Windows disks keep it: names compared without case, listed as they were written. */
class CaseInsensitiveFileSystem extends MemoryFileSystem {
  private stored(path: string): string | undefined {
    const lower = path.toLowerCase();
    return [...this.files.keys()].find((p) => p.toLowerCase() === lower);
  }

  override async stat(path: string) {
    return super.stat(this.stored(path) ?? path);
  }
}

test('an article renamed only in case (story.txt to Story.txt, on a disk that ignores case) takes its sidecar along, and nothing is reported', async () => {
  const fs = new CaseInsensitiveFileSystem({ [path('story.txt')]: 'x', [path('story.txt.annotations.yaml')]: 'y', [path('story.txt.annotations.conflict.yaml')]: 'z' });
  const plan = await planSidecarRenames(fs, [{ from: path('story.txt'), to: path('Story.txt') }]);
  assert.deepEqual(plan.blocked, []);
  assert.deepEqual(plan.moves, [
    { from: path('story.txt.annotations.yaml'), to: path('Story.txt.annotations.yaml') },
    { from: path('story.txt.annotations.conflict.yaml'), to: path('Story.txt.annotations.conflict.yaml') },
  ]);
  // On a disk that tells case apart, a sidecar of the other case is another article's, and is never replaced.
  const sensitive = files(['story.txt', 'story.txt.annotations.yaml', 'Story.txt.annotations.yaml']);
  const blocked = await planSidecarRenames(sensitive, [{ from: path('story.txt'), to: path('Story.txt') }]);
  assert.deepEqual(blocked.moves, []);
  assert.equal(blocked.blocked.length, 1);
});
