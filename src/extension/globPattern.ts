// Matches file paths against the include/exclude glob settings (**, *, ?, {a,b}, [abc]) without a glob library,
// in time proportional to path length times pattern length (no regular expressions, so no backtracking blow-up).
// Paths are those relative to the file's workspace folder, as for VS Code's own files.exclude and search.exclude.

type SegmentToken = { kind: 'star' } | { kind: 'one' } | { kind: 'class'; negate: boolean; items: string } | { kind: 'char'; char: string };
type PatternSegment = { kind: 'globstar' } | { kind: 'segment'; tokens: SegmentToken[] };

/**
 * The most plain patterns one glob may stand for. Each {a,b} group multiplies them: 18 groups of two would be 262,144
 * patterns, each matched against every path, so a longer glob is not used at all (GlobSet reports it).
 */
export const MAX_GLOB_ALTERNATIVES = 256;

/** The most brace groups taken apart for one glob, so that `{a}` written thousands of times costs no more. */
const MAX_BRACE_STEPS = 4 * MAX_GLOB_ALTERNATIVES;

/**
 * Expands {a,b} alternatives (nested too) into plain patterns; undefined when the glob stands for more than
 * MAX_GLOB_ALTERNATIVES of them. A loop over a list of patterns still to expand, so no glob can exhaust the stack.
 */
export function expandBraces(glob: string): string[] | undefined {
  const out: string[] = [];
  const pending = [glob];
  let steps = 0;
  while (pending.length) {
    const pattern = pending.pop()!;
    const group = firstBraceGroup(pattern);
    if (!group) {
      out.push(pattern);
      continue;
    }
    // Every pattern still to expand stands for one plain pattern at least.
    if (++steps > MAX_BRACE_STEPS || out.length + pending.length + group.alternatives.length > MAX_GLOB_ALTERNATIVES) return undefined;
    // Pushed last first, so that the alternatives come out in the order they are written.
    for (let k = group.alternatives.length - 1; k >= 0; k--) pending.push(group.head + group.alternatives[k] + group.tail);
  }
  return out;
}

/** The first {…} of the pattern, split at its top-level commas; undefined when there is none (an unbalanced brace is a literal). */
function firstBraceGroup(glob: string): { head: string; alternatives: string[]; tail: string } | undefined {
  const open = glob.indexOf('{');
  if (open < 0) return undefined;
  let depth = 0;
  let from = open + 1;
  const alternatives: string[] = [];
  for (let i = open; i < glob.length; i++) {
    const c = glob[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      alternatives.push(glob.slice(from, i));
      return { head: glob.slice(0, open), alternatives, tail: glob.slice(i + 1) };
    } else if (c === ',' && depth === 1) {
      alternatives.push(glob.slice(from, i));
      from = i + 1;
    }
  }
  return undefined;
}

function tokenizeSegment(segment: string): SegmentToken[] {
  const tokens: SegmentToken[] = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '?') tokens.push({ kind: 'one' });
    else if (c === '[' && segment.indexOf(']', i + 2) > 0) {
      const close = segment.indexOf(']', i + 2);
      const body = segment.slice(i + 1, close);
      const negate = body[0] === '!' || body[0] === '^';
      tokens.push({ kind: 'class', negate, items: negate ? body.slice(1) : body });
      i = close;
    } else tokens.push({ kind: 'char', char: c });
  }
  return tokens;
}

function classMatches(items: string, char: string): boolean {
  for (let i = 0; i < items.length; i++) {
    if (items[i + 1] === '-' && i + 2 < items.length) {
      if (char >= items[i] && char <= items[i + 2]) return true;
      i += 2;
    } else if (items[i] === char) return true;
  }
  return false;
}

function tokenMatches(token: SegmentToken, char: string): boolean {
  if (token.kind === 'one') return true;
  if (token.kind === 'char') return token.char === char;
  if (token.kind === 'class') return classMatches(token.items, char) !== token.negate;
  return false;
}

/** One path segment against one pattern segment: the two-pointer wildcard match, O(name × pattern) at worst. */
function segmentMatches(tokens: SegmentToken[], name: string): boolean {
  let t = 0;
  let n = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (n < name.length) {
    if (t < tokens.length && tokens[t].kind !== 'star' && tokenMatches(tokens[t], name[n])) {
      t++;
      n++;
    } else if (t < tokens.length && tokens[t].kind === 'star') {
      starAt = t++;
      resumeAt = n;
    } else if (starAt >= 0) {
      t = starAt + 1;
      n = ++resumeAt;
    } else return false;
  }
  while (t < tokens.length && tokens[t].kind === 'star') t++;
  return t === tokens.length;
}

/** A compiled glob; a pattern without a slash matches base names (as VS Code's files.exclude does). */
export class Glob {
  private readonly _alternatives: PatternSegment[][];

  /** Throws GlobTooComplexError for a glob of more than MAX_GLOB_ALTERNATIVES alternatives. */
  constructor(glob: string) {
    const patterns = expandBraces(glob);
    if (!patterns) throw new GlobTooComplexError(glob);
    this._alternatives = patterns.map((pattern) => {
      const relative = pattern.includes('/') ? pattern : `**/${pattern}`;
      return relative
        .split('/')
        .filter((s) => s.length)
        .map((s): PatternSegment => (s === '**' ? { kind: 'globstar' } : { kind: 'segment', tokens: tokenizeSegment(s) }));
    });
  }

  matches(path: string): boolean {
    const segments = path.split('/').filter((s) => s.length);
    return this._alternatives.some((pattern) => matchSegments(pattern, segments));
  }

  /** Whether the glob matches every file under the folder, at any depth (`archive/**` does, `archive/*` does not). */
  coversFolder(folderPath: string): boolean {
    const segments = folderPath.split('/').filter((s) => s.length);
    return this._alternatives.some((pattern) =>
      prefixesMatching(pattern, segments).some((p) => {
        // A ** that reached the folder's end can go on into it: the rest of the pattern starts with that **.
        const from = p > 0 && pattern[p - 1].kind === 'globstar' ? p - 1 : p;
        return matchesEveryDescendant(pattern.slice(from));
      }),
    );
  }
}

/** The lengths p for which the pattern's first p segments match the whole of `segments`. */
function prefixesMatching(pattern: PatternSegment[], segments: string[]): number[] {
  const lengths: number[] = [];
  let reachable: Uint8Array = new Uint8Array(segments.length + 1);
  reachable[0] = 1;
  for (let p = 0; ; p++) {
    if (reachable[segments.length]) lengths.push(p);
    if (p === pattern.length) return lengths;
    reachable = step(pattern[p], segments, reachable);
  }
}

/**
 * Whether a pattern matches every path of one or more segments: only ** and whole-name * segments, at least one **,
 * and at most one * (each * takes exactly one segment, so two would miss the files right under the folder).
 */
function matchesEveryDescendant(rest: PatternSegment[]): boolean {
  let globstars = 0;
  let anyNames = 0;
  for (const part of rest) {
    if (part.kind === 'globstar') globstars++;
    else if (part.tokens.length === 1 && part.tokens[0].kind === 'star') anyNames++;
    else return false;
  }
  return globstars > 0 && anyNames <= 1;
}

/** Pattern segments against path segments; ** spans zero or more segments. Dynamic programming over both indexes. */
function matchSegments(pattern: PatternSegment[], segments: string[]): boolean {
  // reachable[s] after pattern step p: the pattern's first p segments can consume exactly s path segments.
  let reachable: Uint8Array = new Uint8Array(segments.length + 1);
  reachable[0] = 1;
  for (const part of pattern) reachable = step(part, segments, reachable);
  return reachable[segments.length] === 1;
}

/** One pattern segment further: which numbers of path segments can be consumed after it. */
function step(part: PatternSegment, segments: string[], reachable: Uint8Array): Uint8Array {
  const next = new Uint8Array(segments.length + 1);
  if (part.kind === 'globstar') {
    let any = 0;
    for (let s = 0; s <= segments.length; s++) {
      any |= reachable[s];
      next[s] = any;
    }
  } else {
    for (let s = 0; s < segments.length; s++) if (reachable[s] && segmentMatches(part.tokens, segments[s])) next[s + 1] = 1;
  }
  return next;
}

export class GlobTooComplexError extends Error {
  constructor(readonly glob: string) {
    super(`the glob stands for more than ${MAX_GLOB_ALTERNATIVES} patterns`);
  }
}

export class GlobSet {
  private readonly _globs: Glob[] = [];
  /** The globs that are not used: too many {a,b} alternatives (or any other fault), so they match nothing. */
  readonly rejected: string[] = [];

  constructor(globs: readonly string[]) {
    for (const glob of globs) {
      try {
        this._globs.push(new Glob(glob));
      } catch {
        this.rejected.push(glob);
      }
    }
  }

  matches(path: string): boolean {
    try {
      return this._globs.some((g) => g.matches(path));
    } catch {
      return false;
    }
  }

  /** Whether one of the globs matches every file under the folder, so that the folder need not be read at all. */
  coversFolder(folderPath: string): boolean {
    try {
      return this._globs.some((g) => g.coversFolder(folderPath));
    } catch {
      return false;
    }
  }
}

/**
 * The path the include/exclude globs are matched against: the file's path relative to its workspace folder (so that
 * `articles/**` names the folder's articles folder), or the whole path for a file outside every folder.
 */
export function globPathOf(path: string, folderPath: string | undefined): string {
  if (folderPath === undefined) return path;
  const folder = folderPath.endsWith('/') ? folderPath.slice(0, -1) : folderPath;
  // The folder is known to hold the file; only the case of a drive letter (c: or C:) may differ between the two.
  const inFolder = path.length > folder.length + 1 && path[folder.length] === '/' && path.slice(0, folder.length).toLowerCase() === folder.toLowerCase();
  return inFolder ? path.slice(folder.length + 1) : path;
}

/**
 * The globs as patterns relative to a workspace folder, in the form VS Code's file watcher reads them: each {a,b}
 * alternative apart, and a pattern without a slash given a leading **\/, as Glob matches it against base names. A glob
 * of too many alternatives is left out, as GlobSet leaves it out.
 */
export function folderRelativeGlobs(globs: readonly string[]): string[] {
  const out = new Set<string>();
  for (const glob of globs) {
    for (const pattern of expandBraces(glob) ?? []) {
      const trimmed = pattern.replace(/^\/+/, '');
      if (trimmed) out.add(trimmed.includes('/') ? trimmed : `**/${trimmed}`);
    }
  }
  return [...out];
}
