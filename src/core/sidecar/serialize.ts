// Writes the sidecar model as YAML, editing the previous YAML document in place so comments, order and extra fields survive.
import { Document, isMap, isScalar, isSeq, Scalar, visit, YAMLMap, YAMLSeq } from 'yaml';
import { carriedCommentHeading } from './carriedComments';
import type { ParsedSidecar } from './parse';
import type { Annotation, Sidecar, SidecarEntity } from './types';

/** Key order for annotations the writer creates; hand-written ones keep their own order. */
const ANNOTATION_KEYS = ['id', 'kind', 'origin', 'status', 'speaker', 'cue', 'hedge', 'verdict', 'note', 'evidence', 'target', 'created', 'updated'] as const;
const ENTITY_KEYS = ['name', 'type', 'aliases', 'wikidata'] as const;

const TO_STRING = { lineWidth: 0, minContentWidth: 0 } as const;

/**
 * Prefixes and suffixes with line breaks read better, and diff better, as one double-quoted line: every string with a
 * line break that the writer makes is written so; one already in the file keeps the style it has there (a block a
 * person wrote, `note: |`, or quotes across lines).
 */
function quoteMultilineStrings(doc: Document): void {
  visit(doc, {
    Scalar: (_, node) => {
      if (typeof node.value === 'string' && node.value.includes('\n') && (node.type === undefined || node.type === Scalar.PLAIN)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
}

/**
 * The YAML text for `sidecar`. With `base` (the sidecar as last read), only values that differ are replaced, removed
 * annotations are cut out and new ones inserted in document order; everything else in the file stays as written.
 */
export function renderSidecar(sidecar: Sidecar, base?: ParsedSidecar): string {
  const doc = base ? base.yaml.clone() : freshDocument(sidecar);
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  const root = doc.contents as unknown as YAMLMap;
  syncValue(doc, root, 'version', sidecar.version);
  // A hand-written sidecar may lack the block: it goes where a reader looks for it, under the version.
  if (!root.has('document')) root.items.splice(root.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === 'version') + 1, 0, doc.createPair('document', {}));
  const documentNode = ensureMap(doc, root, 'document');
  syncValue(doc, documentNode, 'path', sidecar.document.path);
  syncValue(doc, documentNode, 'length', sidecar.document.length);
  syncValue(doc, documentNode, 'sha256', sidecar.document.sha256);
  if (sidecar.entities.length || root.has('entities')) {
    syncList(doc, ensureSeq(doc, root, 'entities'), sidecar.entities, (e) => e.name, entityToPlain, syncEntity);
  }
  // A new file lists annotations as given; into an existing one, new annotations go by position among the kept ones.
  syncList(doc, ensureSeq(doc, root, 'annotations'), sidecar.annotations, (a) => a.id, annotationToPlain, syncAnnotation, base ? (a) => a.target.start : undefined);
  quoteMultilineStrings(doc);
  return doc.toString(TO_STRING);
}

function freshDocument(sidecar: Sidecar): Document {
  const doc = new Document({ version: sidecar.version, document: {}, annotations: [] });
  doc.commentBefore = ` newsmark annotations for ${sidecar.document.path || 'an article'} (newsmark sidecar, schema version 1).\n Edit freely: comments, order and extra fields are kept.`;
  return doc;
}

function ensureMap(doc: Document, parent: YAMLMap, key: string): YAMLMap {
  const node = parent.get(key, true);
  if (isMap(node)) return node;
  const created = doc.createNode({}) as YAMLMap;
  parent.set(key, created);
  return created;
}

function ensureSeq(doc: Document, parent: YAMLMap, key: string): YAMLSeq {
  const node = parent.get(key, true);
  if (isSeq(node)) return node;
  const created = doc.createNode([]) as YAMLSeq;
  parent.set(key, created);
  return created;
}

/** Sets parent[key] to value unless it already holds it; a scalar keeps its node (and so its comments and style). */
function syncValue(doc: Document, parent: YAMLMap, key: string, value: unknown): void {
  const node = parent.get(key, true);
  if (value === undefined) {
    if (parent.has(key)) parent.delete(key);
    return;
  }
  if (node !== undefined && sameValue(nodeValue(node), value)) return;
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    node.value = value;
    return;
  }
  parent.set(key, doc.createNode(value));
}

function nodeValue(node: unknown): unknown {
  if (isScalar(node)) return node.value;
  if (isMap(node) || isSeq(node)) return node.toJSON();
  return node;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date) return typeof b === 'string' && a.toISOString() === b;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Makes a YAML list hold `items` (matched by key): items no longer wanted are removed, kept ones edited in place,
 * new ones inserted before the first kept item that sorts after them (or appended).
 */
function syncList<T>(
  doc: Document,
  seq: YAMLSeq,
  items: readonly T[],
  keyOf: (item: T) => string,
  toPlain: (item: T) => Record<string, unknown>,
  syncItem: (doc: Document, node: YAMLMap, item: T) => void,
  orderOf?: (item: T) => number,
): void {
  const wanted = new Map(items.map((item) => [keyOf(item), item]));
  const kept = new Set<string>();
  // An empty list reads back as `[]`, a flow list: filled again, it would put every item on one line.
  if (seq.flow && items.length) seq.flow = false;
  // yaml keeps a comment written above the first item on the list itself; it belongs to that item, and must stay with
  // it when another item is inserted first.
  const first = seq.items[0];
  if (seq.commentBefore && isMap(first)) {
    first.commentBefore = joinComments(seq.commentBefore, first.commentBefore);
    seq.commentBefore = undefined;
  }
  // A person's comment is never dropped: one on an item that goes is carried to the next item that stays.
  let orphanComment: string | undefined;
  seq.items = seq.items.filter((node) => {
    const key = isMap(node) ? listKey(node) : undefined;
    if (key === undefined || !wanted.has(key) || kept.has(key)) {
      orphanComment = joinComments(orphanComment, removedItemComment(node, key));
      return false;
    }
    kept.add(key);
    if (orphanComment) {
      (node as YAMLMap).commentBefore = joinComments(orphanComment, (node as YAMLMap).commentBefore);
      orphanComment = undefined;
    }
    syncItem(doc, node as YAMLMap, wanted.get(key)!);
    return true;
  });
  if (orphanComment) seq.comment = joinComments(seq.comment, orphanComment);
  // The order of each node in the list, read once: reading it back from the nodes for every insertion made adding
  // the thousands of automatic annotations of a long article quadratic in YAML look-ups (tens of seconds).
  const orders = orderOf ? seq.items.map((n) => orderOf(wanted.get(listKey(n as YAMLMap) ?? '')!)) : [];
  for (const item of items) {
    const key = keyOf(item);
    if (kept.has(key)) continue;
    const node = doc.createNode(toPlain(item)) as YAMLMap;
    styleNewNode(node);
    let at = seq.items.length;
    if (orderOf) {
      const order = orderOf(item);
      const i = orders.findIndex((other) => other > order);
      if (i >= 0) at = i;
      orders.splice(at, 0, order);
    }
    seq.items.splice(at, 0, node);
  }
}

function joinComments(a: string | null | undefined, b: string | null | undefined): string | undefined {
  return a && b ? `${a}\n${b}` : a || b || undefined;
}

/** The comments a person wrote on a list item that is going away, introduced by which item they were on. */
function removedItemComment(node: unknown, key: string | undefined): string | undefined {
  if (!isMap(node)) return undefined;
  const comments: string[] = [];
  const collect = (n: { commentBefore?: string | null; comment?: string | null }) => {
    if (n.commentBefore) comments.push(n.commentBefore);
    if (n.comment) comments.push(n.comment);
  };
  collect(node);
  visit(node, { Scalar: (_, n) => collect(n), Map: (_, n) => void (n !== node && collect(n)), Seq: (_, n) => collect(n) });
  if (!comments.length) return undefined;
  const carried = comments.join('\n');
  return `${carriedCommentHeading(key ?? 'an item', carried.split('\n').length)}\n${carried}`;
}

function listKey(node: YAMLMap): string | undefined {
  const id = node.get('id');
  if (typeof id === 'string' || typeof id === 'number') return String(id);
  const name = node.get('name');
  return typeof name === 'string' ? name : undefined;
}

/** Short alias and evidence lists read better on one line. */
function styleNewNode(node: YAMLMap): void {
  const aliases = node.get('aliases', true);
  if (isSeq(aliases)) aliases.flow = true;
  const evidence = node.get('evidence', true);
  if (isSeq(evidence) && evidence.items.length <= 1) evidence.flow = true;
}

/**
 * A number of UTF-8 bytes the rendered sidecar cannot be smaller than: each annotation's keys and scalar values,
 * which every rendering (edited into a base or fresh) writes out at least once each. It lets a writer tell that a
 * sidecar is over a size limit without rendering it.
 */
export function renderedBytesAtLeast(sidecar: Sidecar): number {
  let bytes = 0;
  const add = (plain: Record<string, unknown>): void => {
    // A pair is its key, ':', a space before a scalar, its value, and a line break or ', ' after it.
    for (const [key, value] of Object.entries(plain)) {
      bytes += key.length + 2;
      if (typeof value === 'string') bytes += value.length + 1;
      else if (typeof value === 'number') bytes += String(value).length + 1;
      else if (value !== null && typeof value === 'object' && !Array.isArray(value)) add(value as Record<string, unknown>);
    }
  };
  for (const a of sidecar.annotations) add(annotationToPlain(a));
  return bytes;
}

function annotationToPlain(a: Annotation): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const key of ANNOTATION_KEYS) {
    const v = key === 'target' ? targetToPlain(a) : a[key];
    if (v !== undefined) plain[key] = v;
  }
  return plain;
}

const TARGET_KEYS = ['exact', 'prefix', 'suffix', 'start', 'end', 'original'] as const;

function targetToPlain(a: Annotation): Record<string, unknown> {
  const { exact, prefix, suffix, start, end, original } = a.target;
  const plain: Record<string, unknown> = { exact };
  if (prefix) plain.prefix = prefix;
  if (suffix) plain.suffix = suffix;
  if (start >= 0 && end >= start) Object.assign(plain, { start, end });
  if (original !== undefined) plain.original = original;
  return plain;
}

function syncAnnotation(doc: Document, node: YAMLMap, a: Annotation): void {
  for (const key of ANNOTATION_KEYS) {
    if (key === 'id') continue;
    if (key === 'target') syncTarget(doc, node, a);
    else syncValue(doc, node, key, a[key]);
  }
}

/** Edits the target's fields in place, so a comment or an extra field inside it survives. */
function syncTarget(doc: Document, node: YAMLMap, a: Annotation): void {
  const target = ensureMap(doc, node, 'target');
  const plain = targetToPlain(a);
  for (const key of TARGET_KEYS) syncValue(doc, target, key, plain[key]);
}

function entityToPlain(e: SidecarEntity): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const key of ENTITY_KEYS) if (e[key] !== undefined) plain[key] = e[key];
  return plain;
}

function syncEntity(doc: Document, node: YAMLMap, e: SidecarEntity): void {
  for (const key of ENTITY_KEYS) if (key !== 'name') syncValue(doc, node, key, e[key]);
}
