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

test('ordinary names are unchanged; brackets are escaped', () => {
  assert.equal(escapeForNotification('002_3c97b7e833a7f5e1.txt'), '002_3c97b7e833a7f5e1.txt');
  assert.equal(escapeForNotification('Interview (2).txt'), 'Interview (2).txt');
  assert.equal(escapeForNotification('[draft] notes.md'), '\\[draft\\] notes.md');
  assert.equal(escapeForNotification('[x](command:y)'), '\\[x\\]\\(command:y)');
});

test('no text, however it is made, yields a link once escaped', () => {
  const pieces = fc.constantFrom('[', ']', '(', ')', '\\', ' ', '"', 'command:', 'https://', 'file:', 'a', 'x.txt');
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 3 })), { maxLength: 14 }), (parts) => {
      const name = parts.join('');
      assert.deepEqual(linksIn(`Newsmark: ${escapeForNotification(name)} changed on disk.`), []);
    }),
    { numRuns: 3000 },
  );
});
