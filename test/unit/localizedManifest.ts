// The manifest as VS Code shows it: each "%key%" placeholder replaced by its English text from package.nls.json.
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(__dirname, '../../..');
const PLACEHOLDER = /^%([\w.-]+)%$/;

export const rawManifest: unknown = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
export const manifestTexts: Record<string, string> = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8'));

/** The keys of every placeholder in a JSON value. */
export function placeholderKeys(value: unknown): string[] {
  if (typeof value === 'string') {
    const key = PLACEHOLDER.exec(value)?.[1];
    return key ? [key] : [];
  }
  if (Array.isArray(value)) return value.flatMap(placeholderKeys);
  if (value && typeof value === 'object') return Object.values(value).flatMap(placeholderKeys);
  return [];
}

function localize(value: unknown): unknown {
  if (typeof value === 'string') {
    const key = PLACEHOLDER.exec(value)?.[1];
    if (key === undefined) return value;
    if (!(key in manifestTexts)) throw new Error(`package.nls.json has no text for %${key}%`);
    return manifestTexts[key];
  }
  if (Array.isArray(value)) return value.map(localize);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localize(v)]));
  return value;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const manifest: any = localize(rawManifest);
