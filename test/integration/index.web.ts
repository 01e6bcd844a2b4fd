// Runs the integration suite inside VS Code for the Web: mocha's browser build, the tdd ui, spec output to the console.
import 'mocha/mocha';

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 60_000, color: false });
    // Loaded after setup so that the suites' `suite`/`test` calls find mocha's globals.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('./suite/all');
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration tests failed`)) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
}
