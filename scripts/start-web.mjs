#!/usr/bin/env node
// `npm start`: serves VS Code for the Web with newsmark loaded on the sample articles in seeds/.
// Edits stay in the browser's memory; seeds/ on disk is never changed. Ctrl+C stops the server.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort, root, startWebHost } from './web-host.mjs';

const port = Number(process.env.PORT) || (await freePort());
const host = await startWebHost({ folder: path.join(root, 'seeds'), port });
console.log(`\nnewsmark is running in VS Code for the Web: ${host.url}\nOpen an article in the Explorer; the Newsmark view is in the activity bar. Ctrl+C to stop.\n`);

// Open a browser when there is a display to show it on.
if (!process.argv.includes('--no-open') && (process.env.DISPLAY || process.env.WAYLAND_DISPLAY)) {
  const browser = [process.env.BROWSER, '/usr/bin/chromium', '/usr/bin/xdg-open'].find((b) => b && fs.existsSync(b));
  if (browser) spawn(browser, [host.url], { stdio: 'ignore', detached: true }).unref();
}
process.on('SIGINT', () => {
  host.dispose();
  process.exit(0);
});
