// The public surface of the core: what the CLI, the extension and the tests import.
export * from './types';
export { analyze, DEFAULT_MAX_LENGTH } from './analyze';
export { toPrediction, CorpusEntityIds, type Prediction } from './prediction';
export { decodeArticle, type DecodeResult } from './text/decode';
