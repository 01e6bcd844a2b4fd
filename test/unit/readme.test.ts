// The README's tables of settings and commands stay true to the manifest.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { manifest } from './localizedManifest';

const root = path.resolve(__dirname, '../../..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const rows = readme.split('\n').filter((line) => line.startsWith('|'));

test('every setting is in the README with its default', () => {
  const properties: Record<string, { default: unknown }> = manifest.contributes.configuration.properties;
  for (const [key, spec] of Object.entries(properties)) {
    const row = rows.find((r) => r.startsWith(`| \`${key}\` |`));
    assert.ok(row, `README has no row for the setting ${key}`);
    const defaults = Array.isArray(spec.default) ? spec.default : [spec.default];
    // (An empty text is shown as settings.json writes it: `""`.)
    for (const value of defaults) assert.ok(row.includes(`\`${value === '' ? '""' : String(value)}\``), `README row of ${key} lacks its default ${JSON.stringify(value)}`);
  }
  const documented = rows.map((r) => /^\| `(newsmark\.[\w.]+)` \|/.exec(r)?.[1]).filter(Boolean);
  for (const key of documented) assert.ok(key! in properties, `README documents ${key}, which the manifest does not have`);
});

test('every command a person can run is in the README, with its keys', () => {
  const hidden = new Set(
    (manifest.contributes.menus.commandPalette as { command: string; when?: string }[]).filter((m) => m.when === 'false').map((m) => m.command),
  );
  const inViews = new Set(
    Object.entries(manifest.contributes.menus as Record<string, { command?: string }[]>)
      .filter(([menu]) => menu.startsWith('view/'))
      .flatMap(([, items]) => items.map((i) => i.command)),
  );
  for (const command of manifest.contributes.commands as { command: string; title: string }[]) {
    if (hidden.has(command.command) && !inViews.has(command.command)) continue;
    const row = rows.find((r) => r.startsWith(`| ${command.title} |`));
    assert.ok(row, `README has no row for the command “${command.title}”`);
    for (const kb of (manifest.contributes.keybindings as { command: string; key: string }[]).filter((k) => k.command === command.command)) {
      // "ctrl+k q" is written `Ctrl+K Q`: each key capitalised, the presses of a chord apart.
      const keys = kb.key
        .split(' ')
        .map((press) => press.split('+').map((k) => k[0].toUpperCase() + k.slice(1)).join('+'))
        .join(' ');
      assert.ok(row.includes(`\`${keys}\``), `README row of “${command.title}” lacks its keys ${keys}`);
    }
  }
});

test('every colour the README names is contributed', () => {
  const colors = new Set((manifest.contributes.colors as { id: string }[]).map((c) => c.id));
  const named = [...readme.matchAll(/`(newsmark\.\w+(?:Background|Border|Ruler))`/g)].map((m) => m[1]);
  assert.ok(named.length > 0);
  for (const id of named) assert.ok(colors.has(id), `README names the colour ${id}, which the manifest does not contribute`);
});
