// Entry of the Node extension host (desktop VS Code, code-server): the shared activate().
export { activate } from './activate';

export function deactivate(): void {}
