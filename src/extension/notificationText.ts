// Puts file names and other outside text into notifications, where `[label](command:…)` would become a live link.

/** Invisible, and no line break: the reader sees the text as it was. */
const WORD_JOINER = '\u2060';

/**
 * `text` with a word joiner between every `]` and the `(` right after it. VS Code's notifications turn
 * `[label](https:|command:|file:…)` into a link only when `](` stand side by side, and show everything else as plain
 * text (a backslash escape would be shown as a backslash). So "[draft] notes.md" and "Interview (2).txt" read as they are.
 */
export function escapeForNotification(text: string): string {
  return text.replace(/\](?=\()/g, `]${WORD_JOINER}`);
}
