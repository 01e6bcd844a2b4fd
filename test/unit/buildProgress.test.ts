// The progress of a shared index build: every caller waiting for it sees each step, and one who comes late starts where the build is.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BuildProgress, type BuildStep } from '../../src/extension/crossSource/buildProgress';

function recorder(): { steps: BuildStep[]; report: (step: BuildStep) => void } {
  const steps: BuildStep[] = [];
  return { steps, report: (step) => steps.push(step) };
}

test('a caller who joins a running build is shown how far it got, then the same steps as the first caller', () => {
  const progress = new BuildProgress();
  const first = recorder();
  progress.add(first);
  progress.report({ message: 'listing articles…' });
  progress.report({ message: '1/4 harbour.txt', increment: 25 });
  progress.report({ message: '2/4 pier.txt', increment: 25 });
  const late = recorder();
  progress.add(late);
  assert.deepEqual(late.steps, [{ message: '2/4 pier.txt', increment: 50 }]);
  progress.report({ message: '3/4 board.txt', increment: 25 });
  assert.deepEqual(late.steps.at(-1), { message: '3/4 board.txt', increment: 25 });
  assert.equal(first.steps.length, 4);
  const total = (steps: BuildStep[]) => steps.reduce((sum, s) => sum + (s.increment ?? 0), 0);
  assert.equal(total(first.steps), 75);
  assert.equal(total(late.steps), 75, 'both bars stand at the same place');
});

test('a caller who joins before any step, or joins twice, is not shown anything twice', () => {
  const progress = new BuildProgress();
  const caller = recorder();
  progress.add(caller);
  assert.deepEqual(caller.steps, [], 'nothing to catch up on');
  progress.report({ message: 'listing articles…' });
  progress.add(caller);
  assert.deepEqual(caller.steps, [{ message: 'listing articles…' }]);
});
