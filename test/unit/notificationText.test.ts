// escapeForNotification: a crafted file name cannot put a link into a notification; ordinary names read as they are.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { escapeForNotification } from '../../src/extension/notificationText';

/** How VS Code (1.91 and 1.139 alike) finds links in a notification's message (base/common/linkedText.ts). */
const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;
const linksIn = (message: string) => [...message.matchAll(NOTIFICATION_LINK)].map((m) => m[0]);

test('a file name shaped like a link is no link once escaped', () => {
  const crafted = [
    '[Open settings](command:workbench.action.openSettings).txt',
    'a[b](https://example.invalid/x)c.md',
    '[x](file:///etc/passwd "title").news',
    '[a] [b](command:x).txt',
  ];
  for (const name of crafted) {
    assert.equal(linksIn(`Newsmark: ${name}`).length, 1, `the sample ${name} is a link before escaping`);
    assert.deepEqual(linksIn(`Newsmark: ${escapeForNotification(name)} is over the limit.`), [], name);
  }
});

/** The text as a reader sees it: the word joiner has no width. */
const visible = (message: string) => message.replaceAll('\u2060', '');

test('ordinary names are unchanged, brackets and parentheses included', () => {
  for (const name of ['002_3c97b7e833a7f5e1.txt', 'Interview (2).txt', '[draft] notes.md', 'notes [v2] (final).md', 'a\\b.txt']) {
    assert.equal(escapeForNotification(name), name);
  }
});

test('a link is broken by an invisible character between its "]" and "(": no backslash shows', () => {
  assert.equal(escapeForNotification('[x](command:y)'), '[x]\u2060(command:y)');
  assert.equal(visible(escapeForNotification('[x](command:y)')), '[x](command:y)');
  assert.ok(!escapeForNotification('[a] [b](command:x).txt').includes('\\'));
});

test('no text, however it is made, yields a link once escaped, and it reads the same', () => {
  const pieces = fc.constantFrom('[', ']', '(', ')', '\\', ' ', '"', 'command:', 'https://', 'file:', 'a', 'x.txt');
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 3 })), { maxLength: 14 }), (parts) => {
      const name = parts.join('');
      const escaped = escapeForNotification(name);
      assert.deepEqual(linksIn(`Newsmark: ${escaped} changed on disk.`), []);
      assert.equal(visible(escaped), visible(name), 'the reader sees the name as it is');
    }),
    { numRuns: 3000 },
  );
});
