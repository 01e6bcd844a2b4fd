// Writes l10n/bundle.l10n.json, the English bundle of the extension's runtime messages (every vscode.l10n.t message in
// src/extension), which translators copy to bundle.l10n.<locale>.json.  node scripts/l10n.mjs [--check]
// --check writes nothing and fails when the bundle is not the one the sources make.
// Not @vscode/l10n-dev's export: it reads only calls on the vscode module's l10n (or its own), so it leaves out the
// messages of code kept free of vscode, which receives vscode.l10n as a parameter (Delete Annotation's questions).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_PATH, bundleText, extractMessages } from './l10nMessages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { bundle, problems } = extractMessages(root);
for (const problem of problems) console.error(problem);
if (problems.length) process.exit(1);

const file = path.join(root, BUNDLE_PATH);
const text = bundleText(bundle);
const count = Object.keys(bundle).length;
if (process.argv.includes('--check')) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (current !== text) {
    console.error(`${BUNDLE_PATH} is out of date with the sources (${count} messages): run npm run l10n`);
    process.exit(1);
  }
  console.log(`${BUNDLE_PATH}: up to date, ${count} messages`);
} else {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`${BUNDLE_PATH}: ${count} messages`);
}
