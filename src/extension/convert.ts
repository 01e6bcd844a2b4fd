// The one place where core spans become vscode Ranges and back.
import * as vscode from 'vscode';
import type { Span } from '../core';
import type { LineIndex } from './lineIndex';

export function rangeOf(lines: LineIndex, span: Span): vscode.Range {
  const start = lines.position(span.start);
  const end = lines.position(span.end);
  return new vscode.Range(start.line, start.character, end.line, end.character);
}

export function rangesOf(lines: LineIndex, spans: readonly Span[]): vscode.Range[] {
  return spans.map((s) => rangeOf(lines, s));
}

export function rangeInDocument(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function spanOf(document: vscode.TextDocument, range: vscode.Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

/** The span of a range in the text `lines` indexes (an analysed version, which may not be the document's text now). */
export function spanIn(lines: LineIndex, range: vscode.Range): Span {
  return { start: lines.offset(range.start.line, range.start.character), end: lines.offset(range.end.line, range.end.character) };
}

export function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
