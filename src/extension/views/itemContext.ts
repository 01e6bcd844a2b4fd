// The contextValue of a tree item that annotating commands act on, saying whether its article can be annotated.
//
// The item menus read it instead of the context key newsmark.editorCanAnnotate: VS Code re-renders the rows of every
// tree view when a key that item menus read changes, and a row whose node a refresh in progress has just dropped is
// then not found ("TreeError … Data tree node not found"). The views list the article the key is about, and refresh
// when it changes, so their items know as much.

/** `newsmark.annotation.anchored` where annotations can be saved, `newsmark.readonly.annotation.anchored` where not. */
export function itemContext(context: string, canAnnotate: boolean): string {
  return canAnnotate ? context : context.replace(/^newsmark\./, 'newsmark.readonly.');
}
