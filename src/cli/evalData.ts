// Finds the project folder and the shared evaluation data beside it (read in place, never copied).
import fs from 'node:fs';
import path from 'node:path';

/** The project root: the folder above dist/ (where the bundled CLI lives) that holds package.json. */
export function projectRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 4; i++) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

/** The evaluation folder: an explicit one, $NEWSMARK_EVAL, or ../shared/eval beside the project. */
export function evalDir(explicit?: string): string | undefined {
  const candidates = [explicit, process.env.NEWSMARK_EVAL, path.join(projectRoot(), '..', 'shared', 'eval')];
  return candidates.find((c): c is string => !!c && fs.existsSync(c));
}

/** The "text" of every line of an eval JSON lines file, or undefined when the data is not there. */
export function readEvalTexts(explicit: string | undefined, relative: string): string[] | undefined {
  const dir = evalDir(explicit);
  const file = dir && path.join(dir, relative);
  if (!file || !fs.existsSync(file)) return undefined;
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}
