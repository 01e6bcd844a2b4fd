// Lint: typescript-eslint's recommended rules, and the core's boundary (no vscode, no node built-ins).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', '.vscode-test-web/**', 'test/integration/process-shim.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly', process: 'readonly', URL: 'readonly', URLSearchParams: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
        setInterval: 'readonly', clearInterval: 'readonly', fetch: 'readonly', AbortController: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', Buffer: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'setImmediate', 'clearImmediate'].map((name) => ({ name, message: 'The core runs in the browser too: no Node globals in src/core.' })),
      ],
      // Dynamic imports and globalThis would slip past the two rules above.
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression', message: 'The core is bundled for the browser too: no dynamic imports in src/core.' },
        {
          selector: "MemberExpression[object.name='globalThis'][property.name=/^(process|Buffer|require|global|setImmediate)$/]",
          message: 'The core runs in the browser too: no Node globals in src/core.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'The core runs in the CLI and on the web: keep vscode out of src/core.' }, ...nodeBuiltins.map((name) => ({ name, message: 'The core runs in the browser too: no node built-ins in src/core.' }))],
        },
      ],
    },
  },
);
