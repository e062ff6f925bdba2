import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const noNodeBuiltins = (where) => nodeBuiltins.map((name) => ({ name, message: `No Node built-ins in ${where}.` }));
const noElectron = { name: 'electron', message: 'Only app/electron/ may import electron (see DESIGN.md).' };

/** Production code never imports a test stand-in: a `testing/` folder, vitest or Playwright's test runner. */
const noTestStandIns = [
  { regex: '(^|/)testing(/|$)', message: 'Test stand-ins live in testing/ folders and are for tests only.' },
  { regex: '^(vitest|@playwright/test)(/|$)', message: 'Test runners are for tests only.' },
];

/** The boundaries that matter, as lint rules (see DESIGN.md and the test beside this file's tests). */
export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', '.reports/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: noTestStandIns }],
    },
  },
  {
    files: ['app/electron/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: noTestStandIns }] },
  },
  {
    // Code that runs in both the renderer and Node: no Node built-ins, nothing from the Node-only folders.
    files: ['app/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...noNodeBuiltins('app/shared/ (it also runs in the renderer)')],
          patterns: [
            ...noTestStandIns,
            { regex: '(^|/)(core|electron|host|bench|renderer)(/|$)|contract$', message: 'app/shared/ imports only app/shared/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer runs sandboxed and talks to the core only through the contract.
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...noNodeBuiltins('the renderer (it runs sandboxed)')],
          patterns: [
            ...noTestStandIns,
            { regex: '(^|/)app/(?!contract$|shared/)', message: 'The renderer imports only app/contract.ts and app/shared/.' },
          ],
        },
      ],
    },
  },
  {
    // Tests and their stand-ins may use the runners and each other.
    files: ['**/*.test.ts', '**/testing/**', 'e2e/**', 'playwright.config.ts', 'vitest.config.ts', 'vitest.pg.config.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    files: ['app/electron/**/*.test.ts', 'app/electron/testing/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
