// One build script: the extension (node and web worker bundles), the CLI, and the test and bench bundles.
//   node esbuild.mjs [--production] [--watch] [--unit] [--integration] [--bench]
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');

const version = JSON.parse(fs.readFileSync('package.json', 'utf8')).version;

const common = {
  define: { NEWSMARK_VERSION: JSON.stringify(version) },
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  target: 'es2022',
};

/** Every file under dir whose name ends with suffix. */
function filesUnder(dir, suffix) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(suffix))
    .map((f) => path.join(dir, f));
}

const builds = [
  // Desktop: the Node extension host.
  { ...common, entryPoints: ['src/extension/extension.node.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  // VS Code for the Web: a web worker, no node built-ins.
  {
    ...common,
    entryPoints: ['src/extension/extension.web.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
  },
  // The CLI is bundled without `external: ['vscode']`, so a stray vscode import in the core fails the build.
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  },
  // The CLI's analysis worker threads.
  { ...common, entryPoints: ['src/cli/analysisWorker.ts'], outfile: 'dist/analysis-worker.js', platform: 'node', format: 'cjs' },
];

if (args.has('--unit')) {
  builds.push({
    ...common,
    entryPoints: filesUnder('test/unit', '.test.ts'),
    outdir: 'out/test/unit',
    outbase: 'test/unit',
    platform: 'node',
    format: 'cjs',
  });
}
if (args.has('--integration')) {
  builds.push(
    {
      ...common,
      entryPoints: { suite: 'test/integration/index.web.ts' },
      outdir: 'dist/test/web',
      platform: 'browser',
      format: 'cjs',
      external: ['vscode'],
      // mocha's browser build and assert expect a few Node globals.
      define: { ...common.define, global: 'globalThis', 'process.env.NODE_DEBUG': 'false' },
      inject: ['test/integration/process-shim.js'],
    },
    {
      ...common,
      entryPoints: { suite: 'test/integration/index.node.ts' },
      outdir: 'dist/test/node',
      platform: 'node',
      format: 'cjs',
      external: ['vscode', 'mocha'],
    },
  );
}
if (args.has('--bench')) {
  builds.push({ ...common, entryPoints: ['bench/bench.ts', 'bench/activation.ts'], outdir: 'out/bench', platform: 'node', format: 'cjs' });
  // The analysis alone (analyze() with its lexicons and gazetteers), minified as it ships, for its size: no host APIs,
  // so it is built for any platform; the metafile tells its parts apart.
  builds.push({
    ...common,
    stdin: { contents: "export { analyze } from './src/core/analyze';", resolveDir: '.', loader: 'ts', sourcefile: 'analysis-engine.ts' },
    outfile: 'out/bench/analysis-engine.js',
    platform: 'neutral',
    format: 'esm',
    minify: true,
    sourcemap: false,
    metafile: true,
  });
}

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('esbuild: watching for changes');
} else {
  const results = await Promise.allSettled(builds.map((b) => esbuild.build(b)));
  const failed = results.filter((r) => r.status === 'rejected');
  if (failed.length) {
    for (const f of failed) console.error(f.reason?.message ?? f.reason);
    process.exit(1);
  }
  builds.forEach((b, i) => {
    if (b.metafile && b.outfile) fs.writeFileSync(b.outfile.replace(/\.js$/, '.meta.json'), JSON.stringify(results[i].value.metafile));
  });
}
