// Shutdown: deactivate() waits for every registered task (pending sidecar writes), and a failing one stops no other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ShutdownTasks } from '../../src/extension/shutdownTasks';

test('running the shutdown tasks waits for each to finish; a failure does not stop the others; disposed ones do not run', async () => {
  const tasks = new ShutdownTasks();
  const done: string[] = [];
  const later = (name: string, ms: number) => () => new Promise<void>((resolve) => setTimeout(() => (done.push(name), resolve()), ms));
  tasks.add(later('slow write', 30));
  tasks.add(async () => {
    throw new Error('disk full');
  });
  tasks.add(later('quick write', 1));
  const gone = tasks.add(later('disposed', 1));
  gone.dispose();
  const originalError = console.error;
  console.error = () => undefined;
  try {
    await tasks.run();
  } finally {
    console.error = originalError;
  }
  assert.deepEqual(done.sort(), ['quick write', 'slow write']);
});
