// The English bundle (l10n/bundle.l10n.json) holds every runtime message of the extension, and ships with it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { BUNDLE_PATH, bundleText, extractMessages } from '../../scripts/l10nMessages.mjs';

const root = path.resolve(__dirname, '../../..');

test('l10n/bundle.l10n.json is the bundle the sources make (run npm run l10n after changing a message)', () => {
  const { bundle, problems } = extractMessages(root);
  assert.deepEqual(problems, []);
  const written: Record<string, unknown> = JSON.parse(fs.readFileSync(path.join(root, BUNDLE_PATH), 'utf8'));
  const missing = Object.keys(bundle).filter((key) => !(key in written));
  const stale = Object.keys(written).filter((key) => !(key in bundle));
  assert.deepEqual({ missing, stale }, { missing: [], stale: [] });
  assert.equal(fs.readFileSync(path.join(root, BUNDLE_PATH), 'utf8'), bundleText(bundle));
  assert.ok(Object.keys(bundle).length > 150, 'the extension speaks through vscode.l10n.t');
});

test('every form of message call is read; a message that is not a literal is reported', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-l10n-'));
  try {
    const file = path.join(dir, 'sample.ts');
    fs.writeFileSync(
      file,
      [
        "import * as vscode from 'vscode';",
        "export const a = vscode.l10n.t('Saved {0}.', 'x');",
        'export const b = vscode.l10n.t(`The tram is late.`);',
        "export const c = vscode.l10n.t({ message: 'Open', comment: ['a button'] });",
        "export const d = (l10n: { t(m: string): string }) => l10n.t('Asked through a localizer');",
        'export const e = (name: string) => vscode.l10n.t(name);',
        "export const f = 'Not a message';",
      ].join('\n'),
    );
    const { bundle, problems } = extractMessages(dir, [file]);
    assert.deepEqual(bundle, {
      'Asked through a localizer': 'Asked through a localizer',
      'Open/a button': { message: 'Open', comment: ['a button'] },
      'Saved {0}.': 'Saved {0}.',
      'The tram is late.': 'The tram is late.',
    });
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^sample\.ts:6:\d+: the message of l10n\.t must be a string literal/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the manifest names the bundle and the package ships it', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  assert.equal(manifest.l10n, './l10n');
  assert.equal(manifest.scripts.l10n, 'node scripts/l10n.mjs');
  const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n').map((line) => line.trim());
  assert.ok(ignore.includes('!l10n/**'), '.vscodeignore lets l10n/ into the package');
});
