// What both rigs do with the page that runs the suite: print its log, count passes and failures, take the pictures
// the tests ask for (`NEWSMARK_SCREENSHOT <name>`), and hear the exit code (what @vscode/test-web does itself when it
// launches its own browser).
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';

/**
 * Exposes codeAutomationLog and codeAutomationExit on the page; call before page.goto.
 * Returns the live counts, a promise of the suite's exit code, and `settled()` for the screenshots still being taken.
 */
export async function attachSuiteReporter(page, { noise, verbose = false, screenshotDir }) {
  const counts = { passing: 0, failing: 0 };
  let screenshots = Promise.resolve();
  let exitWith;
  const exitCode = new Promise((resolve) => (exitWith = resolve));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = format(...args);
    if (!verbose && noise.test(line)) return;
    (type === 'error' ? console.error : console.log)(line);
    const pass = /^\s*(\d+) passing/m.exec(line);
    const fail = /^\s*(\d+) failing/m.exec(line);
    if (pass) counts.passing = Number(pass[1]);
    if (fail) counts.failing = Number(fail[1]);
    const shot = /NEWSMARK_SCREENSHOT (\S+)/.exec(line);
    if (shot && screenshotDir) {
      fs.mkdirSync(screenshotDir, { recursive: true });
      const file = path.join(screenshotDir, `${shot[1]}.png`);
      screenshots = screenshots.then(() => page.screenshot({ path: file }).then(() => console.log(`(screenshot ${file})`)));
    }
  });
  await page.exposeFunction('codeAutomationExit', (code) => exitWith(code));
  return {
    counts,
    exitCode,
    settled: () => screenshots.catch((err) => console.error(`screenshot failed: ${err.message}`)),
    /** The run passed: the suite exited 0, nothing failed, and something passed at all. */
    passed: (code) => code === 0 && counts.failing === 0 && counts.passing > 0,
  };
}
