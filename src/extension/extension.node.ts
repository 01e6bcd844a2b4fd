// Entry of the Node extension host (desktop VS Code, code-server): the shared activate().
import { shutdownTasks } from './shutdownTasks';

export { activate } from './activate';

/** Waits for pending sidecar writes, so annotations made just before closing the window are not lost. */
export function deactivate(): Promise<void> {
  return shutdownTasks.run();
}
