// A translated message is shown in the case its translator wrote: no text that passed through vscode.l10n.t is
// re-cased afterwards (the Quotes view once lower-cased the hovers' "Direct quote").
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { findRecasedMessages } from '../../scripts/l10nMessages.mjs';

const root = path.resolve(__dirname, '../../..');

test('the extension re-cases no translated message', () => {
  assert.deepEqual(findRecasedMessages(root), []);
});

test('a message re-cased directly, through a function or through a constant is found; other text is not', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-l10n-case-'));
  try {
    const titles = path.join(dir, 'titles.ts');
    const view = path.join(dir, 'view.ts');
    fs.writeFileSync(
      titles,
      [
        "import * as vscode from 'vscode';",
        "export function kindTitle(kind: string): string { if (kind === 'a') return vscode.l10n.t('Direct quote'); return vscode.l10n.t('Reported speech'); }",
        "export const plain = (name: string) => name.trim();",
      ].join('\n'),
    );
    fs.writeFileSync(
      view,
      [
        "import * as vscode from 'vscode';",
        "import { kindTitle, plain } from './titles';",
        "const heading = vscode.l10n.t('Speakers');",
        "export const a = vscode.l10n.t('Not attributed').toLowerCase();",
        "export const b = kindTitle('a').toLocaleLowerCase();",
        'export const c = heading.toUpperCase();',
        "export const d = `${vscode.l10n.t('Place')} ·`.toLowerCase();",
        "export const e = plain('Ada Lindqvist').toLowerCase();",
        "export const f = 'Harbour Board'.toLowerCase();",
      ].join('\n'),
    );
    const found = findRecasedMessages(dir, [titles, view]);
    assert.deepEqual(
      found.map((f) => f.replace(/^view\.ts:(\d+):\d+: .*$/, 'line $1')),
      ['line 4', 'line 5', 'line 6', 'line 7'],
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
