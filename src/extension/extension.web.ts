// Entry of the web worker extension host (VS Code for the Web): the shared activate().
export { activate } from './activate';

export function deactivate(): void {}
