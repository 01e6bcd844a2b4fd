// Activation in a fresh process (run by the editor bench, once per process, as each window's extension host loads
// the extension once): node out/bench/activation.js BUNDLE prints the times as one JSON line.
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { analyseAndDecorate, timeMs } from './editorWork';

/**
 * A stand-in for the `vscode` module: every property is a callable object and every call returns one, so activate()
 * runs its whole composition (settings, listeners, views, commands) with no work done by VS Code itself.
 * `names` covers every property name the bundle reads, a superset of the module's exports (esbuild copies them off the module).
 */
function inertVscode(names: string[]): unknown {
  const handler: ProxyHandler<() => void> = {
    get: (_target, key) => (key === Symbol.toPrimitive ? () => '' : key === 'then' || key === '__esModule' ? undefined : inert),
    apply: () => inert,
    construct: () => inert,
    set: () => true,
  };
  const inert: object = new Proxy(function () {}, handler);
  const exported = Object.fromEntries(names.map((n) => [n, inert]));
  return exported;
}

export interface ActivationTimes {
  loadMs: number;
  activateMs: number;
  firstMs: number;
  disposables: number;
}

/** One activation in this (fresh) process: load the bundle with an inert vscode, activate(), analyse a seed. */
function measureActivation(bundle: string): ActivationTimes {
  const seed = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().pop()!;
  const text = fs.readFileSync(path.join('seeds', seed), 'utf8');
  const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
  const originalLoad = loader._load;
  const source = fs.readFileSync(bundle, 'utf8');
  // The names the bundle reads off its vscode imports (`X=j(require("vscode"))`, then `X.window`): esbuild copies
  // every property of the module once per import, so a stand-in with more names than the real module costs more.
  const imports = [...source.matchAll(/([A-Za-z_$][\w$]*)\s*=\s*[A-Za-z_$][\w$]*\(require\("vscode"\)/g)].map((m) => m[1]);
  const escape = (name: string): string => name.replace(/\$/g, '\\$');
  const read = imports.length ? new RegExp(`(?<![\\w$.])(?:${imports.map(escape).join('|')})\\.([A-Za-z_]\\w*)`, 'g') : /\.([A-Za-z_]\w*)/g;
  const names = [...new Set([...source.matchAll(read)].map((m) => m[1]))];
  const stub = inertVscode(names);
  // The stand-in's garbage (the bundle read and scanned for names) is not the extension's: collected before timing.
  (globalThis as { gc?: () => void }).gc?.();
  loader._load = (request, parent, isMain) => (request === 'vscode' ? stub : originalLoad(request, parent, isMain));
  try {
    let extension: { activate(context: unknown): unknown } | undefined;
    const loadMs = timeMs(() => {
      extension = Module.createRequire(__filename)(bundle) as { activate(context: unknown): unknown };
    });
    // The context's other members (workspace state, storage locations) are inert too: VS Code's own work.
    const subscriptions: unknown[] = [];
    const inert = (stub as Record<string, unknown>)[names[0]];
    const context = new Proxy({ subscriptions }, { get: (target, key) => (key === 'subscriptions' ? target.subscriptions : key === 'then' ? undefined : inert) });
    const activateMs = timeMs(() => extension?.activate(context));
    const firstMs = timeMs(() => analyseAndDecorate(text));
    return { loadMs, activateMs, firstMs, disposables: subscriptions.length };
  } finally {
    loader._load = originalLoad;
  }
}

const bundle = process.argv[2];
if (!bundle) {
  console.error('usage: node out/bench/activation.js BUNDLE');
  process.exitCode = 2;
} else {
  console.log(JSON.stringify(measureActivation(path.resolve(bundle))));
}
