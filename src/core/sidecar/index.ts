// The sidecar module's public surface: schema types, parsing, writing, anchoring, merging, exports and the store.
export * from './types';
export { parseSidecar, DEFAULT_SIDECAR_LIMITS, type ParsedSidecar, type SidecarLimits, type SidecarParseResult } from './parse';
export { renderedBytesAtLeast, renderSidecar } from './serialize';
export { CONTEXT_LENGTH, makeTarget, isOnItsWords, shiftAnnotations, refreshContext, reanchorAnnotations, reanchorOne, type TextChange } from './anchoring';
export { sha256Hex, sha256Bytes } from './sha256';
export {
  emptySidecar,
  storyRegistry,
  toConfirmedEntities,
  syncWithText,
  automaticAnnotations,
  refreshAutomatic,
  annotationsEqual,
  createManual,
  applyPatch,
  newAnnotationId,
} from './refresh';
export { hasUserContent, workLackingIn } from './userContent';
export { mergeSidecars, type SidecarMerge } from './merge';
export { exportW3C, exportClaimReview, toW3CAnnotation, awaitsReview, heldBackFromExport, unpublishedEvidence, VERDICT_RATINGS, type ExportSource } from './export';
export { folderUrl, publishedUrl, type FolderUrlProblem } from './publishedUrl';
export { SidecarStore, fileErrorReason, renderWithinLimit, sidecarPathFor, conflictPathFor, conflictCopyNumber, articleForConflictCopy, isSidecarPath, sidecarOfTemporaryFile, DEFAULT_RECOVERY_WINDOW_MS, articleBaseName, type SidecarLoad, type SidecarWrite, type SidecarStoreOptions } from './store';
export { annotateArticle, type AnnotateOutcome } from './annotateArticle';
export { ambiguousAnnotations, annotationOffset, givesOnlyWords, type AmbiguousAnnotation } from './ambiguity';
export { MemoryFileSystem, type FileOperation } from './memoryFs';
export type { FileSystem, FileStat } from '../fs';
