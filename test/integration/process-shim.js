// A minimal `process` for mocha's browser build and node's assert inside the web extension host.
export const process = {
  env: {},
  argv: [],
  platform: 'browser',
  version: '',
  versions: {},
  browser: true,
  cwd: () => '/',
  nextTick: (fn, ...args) => Promise.resolve().then(() => fn(...args)),
  emitWarning: () => {},
  stdout: { write: (s) => console.log(s) },
  stderr: { write: (s) => console.error(s) },
};
