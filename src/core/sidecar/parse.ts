// Reads sidecar YAML with limits (size, aliases, nesting) and validates it into the v1 model, with located problems.
import { isAlias, isCollection, isMap, isNode, isPair, isScalar, parseDocument, visit, type Document } from 'yaml';
import type { EntityType, HedgeKind } from '../types';
import { hasOwnComment } from './carriedComments';
import {
  ANNOTATION_KINDS,
  SIDECAR_VERSION,
  VERDICTS,
  type Annotation,
  type AnnotationTarget,
  type AnchorStatus,
  type Sidecar,
  type SidecarEntity,
  type SidecarProblem,
} from './types';

export interface SidecarLimits {
  /** Largest sidecar accepted, in bytes on disk (and UTF-16 code units once read). */
  maxBytes: number;
  /**
   * Most values the YAML aliases may add when read (each alias adds the values of what it refers to): a person who
   * writes `speaker: *mayor` a thousand times adds a thousand; a "billion laughs" file exceeds it at once.
   */
  maxAliasExpansion: number;
  /** Deepest nesting of collections; real sidecars stay under 10. */
  maxDepth: number;
}

// 4 MB holds thousands of annotations; parsing more would hold up the editor for seconds.
export const DEFAULT_SIDECAR_LIMITS: SidecarLimits = { maxBytes: 4 * 1024 * 1024, maxAliasExpansion: 100_000, maxDepth: 64 };

/** A sidecar that passed validation, with its YAML document kept so a rewrite preserves comments, order and extra fields. */
export interface ParsedSidecar {
  sidecar: Sidecar;
  yaml: Document.Parsed;
  /** The exact text it was read from (a rewrite that changes nothing is skipped by comparing with it). */
  text: string;
}

export type SidecarParseResult = { ok: true; parsed: ParsedSidecar } | { ok: false; problems: SidecarProblem[] };

const HEDGE_KINDS: readonly HedgeKind[] = ['epistemic', 'doxastic', 'evidential', 'vague-attribution', 'unsubstantiated'];
const ENTITY_TYPES: readonly EntityType[] = ['person', 'org', 'place'];
const STATUSES: readonly AnchorStatus[] = ['anchored', 'drifted', 'orphaned'];
/** The fields of an annotation (and of its target) in the model; any other was added by a person, and is theirs. */
const ANNOTATION_FIELDS: ReadonlySet<string> = new Set(['id', 'kind', 'target', 'origin', 'status', 'speaker', 'cue', 'hedge', 'verdict', 'note', 'evidence', 'created', 'updated']);
const TARGET_FIELDS: ReadonlySet<string> = new Set(['start', 'end', 'exact', 'prefix', 'suffix', 'original']);

export function tooLargeProblem(bytes: number, limits: SidecarLimits = DEFAULT_SIDECAR_LIMITS): SidecarProblem {
  return { message: `sidecar is too large (${formatSize(bytes)}; the limit is ${formatSize(limits.maxBytes)})`, start: 0, end: 0 };
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function parseSidecar(text: string, limits: SidecarLimits = DEFAULT_SIDECAR_LIMITS): SidecarParseResult {
  if (text.length > limits.maxBytes) return { ok: false, problems: [tooLargeProblem(text.length, limits)] };
  const depthProblem = checkNesting(text, limits.maxDepth);
  if (depthProblem) return { ok: false, problems: [depthProblem] };
  let yaml: Document.Parsed;
  try {
    // yaml's own check for repeated keys compares each key with all before it: a mapping of 60,000 keys (650 KB)
    // took half a minute. structureProblem does the same check in one pass.
    yaml = parseDocument(text, { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false, logLevel: 'error' });
  } catch (err) {
    return { ok: false, problems: [{ message: `cannot read YAML: ${(err as Error).message}`, start: 0, end: 0 }] };
  }
  if (yaml.errors.length) {
    // A merge left unfinished breaks the YAML in a dozen places; what to do is one thing.
    const marker = conflictMarkerAt(text);
    if (marker !== undefined) return { ok: false, problems: [{ message: CONFLICT_MARKERS, start: marker, end: marker }] };
    return {
      ok: false,
      problems: yaml.errors.map((e) => ({ message: `YAML syntax error: ${firstLine(e.message)}`, start: e.pos[0], end: Math.max(e.pos[1], e.pos[0]) })),
    };
  }
  // Nothing to validate: said as that, with the way to a sidecar. The file is not replaced (comments are a person's).
  if (holdsNoValue(yaml)) {
    const message = /(^|\s)#/.test(text) ? ONLY_COMMENTS : EMPTY;
    return { ok: false, problems: [{ message, start: 0, end: 0 }] };
  }
  const structural = structureProblem(yaml.contents, limits.maxDepth);
  if (structural) return { ok: false, problems: [structural] };
  const expansion = aliasExpansion(yaml, limits.maxAliasExpansion);
  if (expansion > limits.maxAliasExpansion) {
    const message = expansion === Infinity ? 'a YAML alias refers to a collection that holds it (it would expand forever)' : `the YAML aliases would add more than ${limits.maxAliasExpansion.toLocaleString('en')} values; this looks like an alias bomb`;
    return { ok: false, problems: [{ message, start: 0, end: 0 }] };
  }
  let value: unknown;
  try {
    // (Bounded above: yaml's own count of alias uses would refuse a person's hundred-and-first `*mayor`.)
    value = yaml.toJS({ maxAliasCount: -1 });
  } catch (err) {
    return { ok: false, problems: [aliasProblem((err as Error).message, text)] };
  }
  const validator = new Validator(yaml);
  const sidecar = validator.sidecar(value);
  if (!sidecar || validator.problems.length) return { ok: false, problems: validator.problems };
  return { ok: true, parsed: { sidecar, yaml, text } };
}

const EMPTY = "the sidecar is empty; delete it and run 'newsmark annotate' to start it afresh (newsmark does not replace it)";
const ONLY_COMMENTS =
  "the sidecar holds only comments; write 'version: 1' under them and run 'newsmark annotate' to start it afresh with your comments kept, or delete it (newsmark does not replace it: the comments are yours)";

/** Whether the YAML is no value at all: nothing but blank lines, comments and document markers (---, ...). */
function holdsNoValue(yaml: Document.Parsed): boolean {
  const contents = yaml.contents;
  return contents === null || (isScalar(contents) && contents.value === null && contents.range !== undefined && contents.range[0] === contents.range[1]);
}

const CONFLICT_MARKERS = "the merge of this file was not finished: it still holds git's conflict markers (<<<<<<<, =======, >>>>>>>); keep what you want of each side, delete the marker lines, then run newsmark again";

/** Where the first `<<<<<<<` line of a merge conflict starts, when the text also has its `>>>>>>>` line after it. */
function conflictMarkerAt(text: string): number | undefined {
  const start = /^<{7}(?: |$)/m.exec(text);
  if (!start) return undefined;
  return /^>{7}(?: |$)/m.test(text.slice(start.index)) ? start.index : undefined;
}

/**
 * How many values the document's aliases add when read, each alias the values of what it refers to (its aliases
 * expanded too), counted without expanding anything; past `max` the count stops (max + 1), and a collection holding an
 * alias to itself counts as Infinity.
 */
function aliasExpansion(doc: Document.Parsed, max: number): number {
  const sizes = new Map<unknown, number>();
  const open = new Set<unknown>();
  // The anchors set so far, in document order: an alias means the last one of its name before it. (yaml's own
  // lookup reads the whole document for each alias.)
  const anchors = new Map<string, unknown>();
  let added = 0;
  // Values a node stands for, its aliases expanded.
  const size = (node: unknown): number => {
    if (isAlias(node)) {
      const source = anchors.get(node.source);
      if (!source) return 0;
      if (open.has(source)) return Infinity;
      const n = size(source);
      added = Math.min(added + n, max + 1);
      return n;
    }
    const known = sizes.get(node);
    if (known !== undefined) return known;
    const anchor = isNode(node) ? node.anchor : undefined;
    if (anchor) anchors.set(anchor, node);
    let n = 1;
    if (isCollection(node)) {
      open.add(node);
      for (const item of node.items) {
        n += isPair(item) ? size(item.key) + size(item.value) : size(item);
        if (n > max || added > max) break;
      }
      open.delete(node);
    }
    sizes.set(node, n);
    return n;
  };
  const total = size(doc.contents);
  return total === Infinity ? Infinity : added;
}

/** What went wrong turning the YAML into values: an alias with no anchor before it, or else. */
function aliasProblem(error: string, text: string): SidecarProblem {
  const unresolved = /unresolved alias[^:]*:\s*(\S+)/i.exec(error);
  if (unresolved) {
    const name = unresolved[1];
    // The first "*name" written (the one yaml stopped at, unless the same name is also quoted somewhere before).
    const at = text.indexOf(`*${name}`);
    return {
      message: `the YAML alias *${name} refers to no anchor (&${name}) set before it; a value that starts with * must be quoted`,
      start: Math.max(0, at),
      end: at < 0 ? 0 : at + name.length + 1,
    };
  }
  return { message: `cannot read YAML: ${error}`, start: 0, end: 0 };
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return i < 0 ? s : s.slice(0, i);
}

/**
 * Flow collections nest by brackets; block ones by indentation, which the size limit bounds. Counting brackets
 * outside quotes before parsing keeps a file of ten thousand "[" from exhausting the parser's stack.
 */
function checkNesting(text: string, maxDepth: number): SidecarProblem | undefined {
  let depth = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
      else if (c === 0x5c && quote === 0x22) i++; // backslash escape inside "..."
      else if (c === 0x0a) quote = 0; // a quote left open is the parser's problem, not a nesting one
      continue;
    }
    if (c === 0x22 || c === 0x27) {
      // Only a quote that opens a scalar counts; apostrophes inside plain words do not.
      const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
      if (before === 0x20 || before === 0x0a || before === 0x5b || before === 0x7b || before === 0x2c || before === 0x3a || before === 0x2d) quote = c;
    } else if (c === 0x23 && (i === 0 || text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x0a)) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a) i++;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return { message: `YAML nested more than ${maxDepth} levels deep`, start: i, end: i + 1 };
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

/**
 * Nesting too deep, or a key given twice in one mapping. Block collections can nest on one line ("- - - - x"); the
 * tree is walked without recursion to bound its depth.
 */
function structureProblem(root: unknown, maxDepth: number): SidecarProblem | undefined {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth >= maxDepth) {
      const range = node.range ?? [0, 0];
      return { message: `YAML nested more than ${maxDepth} levels deep`, start: range[0], end: range[0] };
    }
    if (isMap(node)) {
      // Scalar keys are equal when their values are (as yaml has it); other keys only when they are the same node.
      const keys = new Set<unknown>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (keys.has(key)) {
          const range = isNode(pair.key) && pair.key.range ? pair.key.range : (node.range ?? [0, 0]);
          const which = isScalar(pair.key) ? ` (${JSON.stringify(String(key))} is given twice)` : '';
          return { message: `YAML syntax error: Map keys must be unique${which}`, start: range[0], end: range[1] };
        }
        keys.add(key);
      }
    }
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        stack.push([item.key, depth + 1], [item.value, depth + 1]);
      } else {
        stack.push([item, depth + 1]);
      }
    }
  }
  return undefined;
}

type Path = (string | number)[];

/** Checks types field by field, filling defaults for optional fields, and records each problem with its place in the YAML. */
class Validator {
  readonly problems: SidecarProblem[] = [];
  constructor(private readonly yaml: Document.Parsed) {}

  private fail(path: Path, message: string): undefined {
    const where = path.length ? `${formatPath(path)}: ` : '';
    this.problems.push({ message: `${where}${message}`, ...this.rangeOf(path) });
    return undefined;
  }

  private rangeOf(path: Path): { start: number; end: number } {
    for (let n = path.length; n >= 0; n--) {
      const node: unknown = n === 0 ? this.yaml.contents : this.yaml.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return { start: node.range[0], end: node.range[1] };
    }
    return { start: 0, end: 0 };
  }

  sidecar(value: unknown): Sidecar | undefined {
    if (!isRecord(value)) return this.fail([], 'a sidecar is a YAML mapping with version, document and annotations');
    const version = value.version;
    if (version === undefined) return this.fail(['version'], `missing; this newsmark writes version ${SIDECAR_VERSION}`);
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return this.fail(['version'], 'must be a whole number such as 1');
    if (version > SIDECAR_VERSION) {
      return this.fail(['version'], `schema version ${version} is newer than this newsmark understands (${SIDECAR_VERSION}); update newsmark`);
    }
    const document = this.documentInfo(value.document);
    const annotations = this.list(value.annotations, ['annotations'], (v, p) => this.annotation(v, p));
    const entities = this.list(value.entities, ['entities'], (v, p) => this.entity(v, p));
    const seen = new Set<string>();
    annotations.forEach((a, i) => {
      if (seen.has(a.id)) this.fail(['annotations', i, 'id'], `duplicate id '${a.id}'`);
      seen.add(a.id);
    });
    // A rewrite matches entities by name: of two with one name, only one could be kept.
    const names = new Map<string, number>();
    entities.forEach((e, i) => {
      const first = names.get(e.name);
      if (first !== undefined) this.fail(['entities', i, 'name'], `'${e.name}' is confirmed twice (also entities[${first}]); keep one, with the aliases of both`);
      else names.set(e.name, i);
    });
    return { version, document, annotations, entities };
  }

  private documentInfo(v: unknown): Sidecar['document'] {
    const path: Path = ['document'];
    if (v === undefined || v === null) return { path: '', length: -1, sha256: '' };
    if (!isRecord(v)) {
      this.fail(path, 'must be a mapping with path, length and sha256');
      return { path: '', length: -1, sha256: '' };
    }
    return {
      path: this.optionalString(v.path, [...path, 'path']) ?? '',
      length: this.optionalInteger(v.length, [...path, 'length']) ?? -1,
      sha256: this.optionalString(v.sha256, [...path, 'sha256']) ?? '',
    };
  }

  private list<T>(v: unknown, path: Path, item: (v: unknown, p: Path) => T | undefined): T[] {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      this.fail(path, 'must be a list');
      return [];
    }
    const out: T[] = [];
    v.forEach((x, i) => {
      const r = item(x, [...path, i]);
      if (r) out.push(r);
    });
    return out;
  }

  private annotation(v: unknown, path: Path): Annotation | undefined {
    if (!isRecord(v)) return this.fail(path, 'each annotation is a mapping with id, kind and target');
    const id = v.id;
    if (typeof id !== 'string' && typeof id !== 'number') return this.fail([...path, 'id'], 'required (a string)');
    const kind = this.oneOf(v.kind, [...path, 'kind'], ANNOTATION_KINDS, true);
    const target = this.target(v.target, [...path, 'target']);
    const origin = this.oneOf(v.origin, [...path, 'origin'], ['auto', 'manual'] as const, false) ?? 'manual';
    const status = this.oneOf(v.status, [...path, 'status'], STATUSES, false) ?? 'anchored';
    const annotation: Annotation = { id: String(id), kind: kind ?? 'note', target: target ?? { start: -1, end: -1, exact: '', prefix: '', suffix: '' }, origin, status };
    const speaker = this.optionalString(v.speaker, [...path, 'speaker']);
    if (speaker !== undefined) annotation.speaker = speaker;
    const cue = this.optionalString(v.cue, [...path, 'cue']);
    if (cue !== undefined) annotation.cue = cue;
    const hedge = this.oneOf(v.hedge, [...path, 'hedge'], HEDGE_KINDS, false);
    if (hedge !== undefined) annotation.hedge = hedge;
    const verdict = this.oneOf(v.verdict, [...path, 'verdict'], VERDICTS, false);
    if (verdict !== undefined) annotation.verdict = verdict;
    const note = this.optionalString(v.note, [...path, 'note']);
    if (note !== undefined) annotation.note = note;
    if (v.evidence !== undefined && v.evidence !== null) {
      if (!Array.isArray(v.evidence) || v.evidence.some((e) => typeof e !== 'string')) this.fail([...path, 'evidence'], 'must be a list of links (strings)');
      else annotation.evidence = v.evidence as string[];
    }
    const created = this.timestamp(v.created, [...path, 'created']);
    if (created !== undefined) annotation.created = created;
    const updated = this.timestamp(v.updated, [...path, 'updated']);
    if (updated !== undefined) annotation.updated = updated;
    const extraFields = [
      ...Object.keys(v).filter((k) => !ANNOTATION_FIELDS.has(k)),
      ...(isRecord(v.target) ? Object.keys(v.target).filter((k) => !TARGET_FIELDS.has(k)).map((k) => `target.${k}`) : []),
    ];
    if (extraFields.length) annotation.extraFields = extraFields;
    if (this.commentedOn(path)) annotation.commented = true;
    return kind && target ? annotation : undefined;
  }

  /**
   * Whether a person wrote a comment in or on the list item at `path`. The yaml library keeps a comment above the
   * first item on the list itself, and one between two items on the first of them (the writer keeps both there).
   */
  private commentedOn(path: Path): boolean {
    const node: unknown = this.yaml.getIn(path, true);
    if (!isNode(node)) return false;
    const index = path[path.length - 1];
    if (index === 0) {
      const list: unknown = this.yaml.getIn(path.slice(0, -1), true);
      if (isNode(list) && hasOwnComment(list.commentBefore)) return true;
    }
    let found = hasOwnComment(node.commentBefore) || hasOwnComment(node.comment);
    if (!found) {
      visit(node, {
        Node: (_, n) => {
          if (hasOwnComment(n.commentBefore) || hasOwnComment(n.comment)) {
            found = true;
            return visit.BREAK;
          }
          return undefined;
        },
      });
    }
    return found;
  }

  /** TextQuoteSelector fields (exact, prefix, suffix) and TextPositionSelector fields (start, end) in one mapping. */
  private target(v: unknown, path: Path): AnnotationTarget | undefined {
    if (!isRecord(v)) return this.fail(path, 'must be a mapping with the exact words (exact; optional prefix, suffix, start, end)');
    const exact = v.exact;
    if (typeof exact !== 'string' || exact === '') return this.fail([...path, 'exact'], 'must be the annotated words (a non-empty string)');
    const prefix = this.optionalString(v.prefix, [...path, 'prefix']) ?? '';
    const suffix = this.optionalString(v.suffix, [...path, 'suffix']) ?? '';
    const original = this.optionalString(v.original, [...path, 'original']);
    const originalPart = original !== undefined && original !== exact ? { original } : {};
    const s = this.optionalInteger(v.start, [...path, 'start']);
    const e = this.optionalInteger(v.end, [...path, 'end']);
    // Without a position (a hand-written annotation), the words are found by their quote.
    if (s === undefined || e === undefined) return { start: -1, end: -1, exact, prefix, suffix, ...originalPart };
    if (s < 0 || e < s) return this.fail([...path, 'start'], 'start and end must satisfy 0 <= start <= end');
    return { start: s, end: e, exact, prefix, suffix, ...originalPart };
  }

  private entity(v: unknown, path: Path): SidecarEntity | undefined {
    if (!isRecord(v)) return this.fail(path, 'each entity is a mapping with name, type and aliases');
    if (typeof v.name !== 'string' || !v.name.trim()) return this.fail([...path, 'name'], 'required (the canonical name)');
    const type = this.oneOf(v.type, [...path, 'type'], ENTITY_TYPES, true);
    let aliases: string[] = [];
    if (v.aliases !== undefined && v.aliases !== null) {
      if (!Array.isArray(v.aliases) || v.aliases.some((a) => typeof a !== 'string')) this.fail([...path, 'aliases'], 'must be a list of names');
      else aliases = v.aliases as string[];
    }
    const wikidata = this.optionalString(v.wikidata, [...path, 'wikidata']);
    if (wikidata !== undefined && !/^Q[1-9][0-9]*$/.test(wikidata)) this.fail([...path, 'wikidata'], 'must be a Wikidata item id such as Q7747');
    if (!type) return undefined;
    const entity: SidecarEntity = { name: v.name, type, aliases };
    if (wikidata !== undefined) entity.wikidata = wikidata;
    return entity;
  }

  private oneOf<T extends string>(v: unknown, path: Path, allowed: readonly T[], required: boolean): T | undefined {
    if (v === undefined || v === null) {
      if (required) this.fail(path, `required: one of ${allowed.join(', ')}`);
      return undefined;
    }
    if (typeof v !== 'string' || !allowed.includes(v as T)) return this.fail(path, `must be one of ${allowed.join(', ')} (found ${JSON.stringify(v)})`);
    return v as T;
  }

  private optionalString(v: unknown, path: Path): string | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') return this.fail(path, `must be a string (found ${typeof v})`);
    return v;
  }

  private optionalInteger(v: unknown, path: Path): number | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v)) return this.fail(path, 'must be a whole number');
    return v;
  }

  private timestamp(v: unknown, path: Path): string | undefined {
    if (v instanceof Date) return v.toISOString();
    const s = this.optionalString(v, path);
    if (s !== undefined && Number.isNaN(Date.parse(s))) return this.fail(path, 'must be an ISO 8601 date-time');
    return s;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function formatPath(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

