// Runs the integration suite inside VS Code's Node extension host (code-server and desktop VS Code) with mocha's Node API.
import fs from 'node:fs';
import Mocha from 'mocha';
import { setDiskReader } from './suite/newsmarkTestSupport';

export function run(): Promise<void> {
  // Here the workspace is a real folder: the suite can check what newsmark wrote to disk, not only what VS Code reports.
  setDiskReader((fsPath) => (fs.existsSync(fsPath) ? fs.readFileSync(fsPath, 'utf8') : undefined));
  // No colours: the spec output travels through the workbench's console to the launcher, which prints it as plain text.
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', timeout: 60_000, color: false });
  // The suite files are bundled into this file rather than loaded from disk by mocha, so mocha's globals (suite, test,
  // setup…) are installed by hand before they are required, exactly as mocha does around each file it loads itself.
  const file = 'suite/all';
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, file, mocha);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exports = require('./suite/all');
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_REQUIRE, exports, file, mocha);
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_POST_REQUIRE, globalThis, file, mocha);

  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration tests failed`)) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
}
