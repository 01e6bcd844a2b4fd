// Work that must finish before the extension host unloads newsmark: deactivate() returns the promise of running it.
// Disposal alone cannot do this, because the host does not wait for dispose().

export type ShutdownTask = () => Promise<void>;

export class ShutdownTasks {
  private readonly tasks = new Set<ShutdownTask>();

  /** Registers a task; disposing the result unregisters it (push it to the context's subscriptions). */
  add(task: ShutdownTask): { dispose(): void } {
    this.tasks.add(task);
    return { dispose: () => void this.tasks.delete(task) };
  }

  /** Runs every registered task at once; one failing does not keep the others from finishing. */
  async run(): Promise<void> {
    const results = await Promise.allSettled([...this.tasks].map((task) => task()));
    for (const r of results) if (r.status === 'rejected') console.error('newsmark: work at shutdown failed', r.reason);
  }
}

/** The one registry both entries' deactivate() run; activate() adds to it. */
export const shutdownTasks = new ShutdownTasks();
