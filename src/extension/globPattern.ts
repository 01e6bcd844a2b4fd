// Matches file paths against the include/exclude glob settings (**, *, ?, {a,b}, [abc]) without a glob library.

/** Compiles a glob to an anchored RegExp over a slash-separated path; a pattern without a slash matches base names. */
export function compileGlob(glob: string): RegExp {
  let source = '';
  let inBraces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          source += '(?:[^/]*/)*';
        } else {
          source += '.*';
        }
      } else {
        source += '[^/]*';
      }
    } else if (c === '?') source += '[^/]';
    else if (c === '{') {
      inBraces++;
      source += '(?:';
    } else if (c === '}' && inBraces) {
      inBraces--;
      source += ')';
    } else if (c === ',' && inBraces) source += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) source += '\\[';
      else {
        const body = glob.slice(i + 1, close).replace(/\\/g, '\\\\').replace(/^!/, '^');
        source += `[${body}]`;
        i = close;
      }
    } else source += c.replace(/[.+^$()|\\/]/g, '\\$&');
  }
  while (inBraces-- > 0) source += ')';
  const anchored = glob.includes('/') ? `^/?${source}$` : `(?:^|/)${source}$`;
  return new RegExp(anchored);
}

export class GlobSet {
  private readonly _patterns: RegExp[];

  constructor(globs: readonly string[]) {
    this._patterns = globs.map(compileGlob);
  }

  matches(path: string): boolean {
    return this._patterns.some((p) => p.test(path));
  }
}
