#!/usr/bin/env node
// Runs the integration suite inside VS Code for the Web 1.91 in Debian Chromium, offline.
//   node test/integration/run-web.mjs [--screenshots DIR] [--timeout SECONDS] [--verbose]
// A test that logs `NEWSMARK_SCREENSHOT <name>` gets a picture of the page taken to DIR/<name>.png.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { attachSuiteReporter } from './suiteReporter.mjs';
import { CHROMIUM_ARGS, chromiumPath, freePort, root, seedWorkspace, startWebHost } from '../../scripts/web-host.mjs';

const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const screenshotDir = option('--screenshots') ?? process.env.NEWSMARK_SCREENSHOTS;
const verbose = argv.includes('--verbose');
// The workbench's own chatter about the missing gallery and translations, hidden unless --verbose.
const NOISE = /Ignoring fetching additional builtin extensions|package\.nls\.json|nls\.messages\.js|Loading development extension at|Found additional builtin location|GET \/static\/|Ignoring the error while validating workspace folder/;
const timeoutSeconds = Number(option('--timeout') ?? 600);
const testsPath = path.join(root, 'dist', 'test', 'web', 'suite.js');
if (!fs.existsSync(testsPath)) {
  console.error(`${testsPath} is missing: build it with node esbuild.mjs --integration`);
  process.exit(2);
}

const workspace = seedWorkspace({ startupFixtures: true });
const port = await freePort();
const host = await startWebHost({ folder: workspace, testsPath, port });
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });

const reporter = await attachSuiteReporter(page, { noise: NOISE, verbose, screenshotDir });

const timer = setTimeout(() => {
  console.error(`web rig: no result after ${timeoutSeconds} s`);
  finish(1);
}, timeoutSeconds * 1000);

async function finish(code) {
  clearTimeout(timer);
  await reporter.settled();
  await browser.close().catch(() => {});
  host.dispose();
  fs.rmSync(workspace, { recursive: true, force: true });
  console.log(`\nweb: ${reporter.counts.passing} passed, ${reporter.counts.failing} failed`);
  process.exit(reporter.passed(code) ? 0 : 1);
}

await page.goto(host.url);
finish(await reporter.exitCode);
