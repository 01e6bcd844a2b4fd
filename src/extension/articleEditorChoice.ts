// Which editor a command that works on selected words acts on, when focus may be in the Output panel or elsewhere.
// (No vscode import: the choice is tested on its own.)

/** What the choice reads of an editor: its document and where it is. */
export interface EditorLike {
  readonly document: unknown;
  readonly viewColumn?: number;
}

/**
 * The active editor when it shows an article; else the article editor focused most recently that is still visible
 * (the same editor, or one showing its document in the same column: VS Code makes a new editor object when a tab is
 * shown again); else any visible article editor. Undefined when no article is visible: a command then says so,
 * rather than acting on the Output panel's text or on a settings file.
 */
export function chooseArticleEditor<E extends EditorLike>(
  active: E | undefined,
  recentlyFocused: readonly E[],
  visible: readonly E[],
  isArticle: (document: E['document']) => boolean,
): E | undefined {
  if (active && isArticle(active.document)) return active;
  for (const focused of recentlyFocused) {
    const shown = visible.find((e) => e === focused) ?? visible.find((e) => e.document === focused.document && e.viewColumn === focused.viewColumn);
    if (shown && isArticle(shown.document)) return shown;
  }
  return visible.find((e) => isArticle(e.document));
}
