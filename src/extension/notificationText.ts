// Puts file names and other outside text into notifications, where `[label](command:…)` would become a live link.

/**
 * `text` with every `[`, `]` escaped, and every `(` that comes right after a `]`. VS Code's notifications turn
 * `[label](https:|command:|file:…)` into a link only when `](` stand side by side, and never undo backslashes; markdown
 * would show the escaped characters as they are. A `(` elsewhere is left alone, so "Interview (2).txt" reads as it is.
 */
export function escapeForNotification(text: string): string {
  return text.replace(/[[\]]|(?<=\])\(/g, '\\$&');
}
