// The public surface of the core: what the CLI, the extension and the tests import.
export * from './types';
export { analyze, DEFAULT_MAX_LENGTH, MAX_ARTICLE_BYTES } from './analyze';
export { toPrediction, type Prediction } from './prediction';
export { StoryEntityIds } from './corpus/storyEntityIds';
export { decodeArticle, type DecodeResult } from './text/decode';
export { formatOfPath, markdownProse } from './text/markdown';
