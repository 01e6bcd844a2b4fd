// The editor's work per document version, shared by the editor bench and the activation measurement.
import { analyze, type Analysis } from '../src/core';
import { highlightSpans, HIGHLIGHT_KINDS } from '../src/extension/highlights/highlightKinds';
import { LineIndex } from '../src/extension/lineIndex';

/** What the extension does per document version before setDecorations: analyse, pick spans, map them to positions. */
export function analyseAndDecorate(text: string): number {
  return decorationRanges(text, analyze(text));
}

/** The editor's own share: spans per kind and their line/column positions, from a finished analysis. */
export function decorationRanges(text: string, analysis: Analysis): number {
  const spans = highlightSpans(analysis);
  const lines = LineIndex.of(text);
  let ranges = 0;
  for (const kind of HIGHLIGHT_KINDS) {
    for (const span of spans[kind]) {
      lines.position(span.start);
      lines.position(span.end);
      ranges++;
    }
  }
  return ranges;
}

export function timeMs(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
