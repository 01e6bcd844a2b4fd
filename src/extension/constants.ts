// Command ids, view ids, context keys and the configuration section: the names the manifest and the code share.
export const CONFIG_SECTION = 'newsmark';

export const Commands = {
  annotateQuote: 'newsmark.annotateQuote',
  annotateSpeaker: 'newsmark.annotateSpeaker',
  annotateClaim: 'newsmark.annotateClaim',
  setSpeaker: 'newsmark.setSpeaker',
  addNote: 'newsmark.addNote',
  setVerdict: 'newsmark.setVerdict',
  toggleHighlights: 'newsmark.toggleHighlights',
  /** The toggle's two states as buttons, chosen by the newsmark.highlightsEnabled context key. */
  showHighlights: 'newsmark.showHighlights',
  hideHighlights: 'newsmark.hideHighlights',
  revealInSidebar: 'newsmark.revealInSidebar',
  reanalyseWorkspace: 'newsmark.reanalyseWorkspace',
  export: 'newsmark.export',
  exportWorkspace: 'newsmark.exportWorkspace',
  revealSpan: 'newsmark.revealSpan',
  attributeQuote: 'newsmark.attributeQuote',
  removeAnnotation: 'newsmark.removeAnnotation',
  reanchorAnnotation: 'newsmark.reanchorAnnotation',
  confirmEntity: 'newsmark.confirmEntity',
  forgetEntity: 'newsmark.forgetEntity',
} as const;

export const Views = {
  container: 'newsmark',
  entities: 'newsmark.entities',
  quotes: 'newsmark.quotes',
  crossSource: 'newsmark.crossSource',
  annotations: 'newsmark.annotations',
} as const;

export const ContextKeys = {
  /** The active editor holds an article Newsmark analyses. */
  editorAnalysable: 'newsmark.editorAnalysable',
  /** The active article can keep annotations beside it (it is saved, on a writable file system): the annotate commands apply. */
  editorCanAnnotate: 'newsmark.editorCanAnnotate',
  /** The active article is over newsmark.maxFileSize: the views say so instead of "nothing found". */
  editorTooLarge: 'newsmark.editorTooLarge',
  /** The active article has annotations whose words are gone or changed: Re-anchor Annotation to Selection applies. */
  editorHasDetachedAnnotations: 'newsmark.editorHasDetachedAnnotations',
  /** Highlights are on: the editor and Entities view titles show Hide Highlights, else Show Highlights. */
  highlightsEnabled: 'newsmark.highlightsEnabled',
  crossSourceIndexed: 'newsmark.crossSourceIndexed',
} as const;

/** Diagnostic source and code names, shown in the Problems panel. */
export const DIAGNOSTIC_SOURCE = 'newsmark';
