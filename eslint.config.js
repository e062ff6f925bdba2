import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', '.reports/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The boundary that matters: only the Electron shell may import electron.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only app/electron/ may import electron (see DESIGN.md).' }] },
      ],
    },
  },
  {
    files: ['app/electron/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer runs sandboxed: no Node built-ins, no electron.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to the core only through renderer/src/api.ts.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'No Node built-ins in the renderer (it runs sandboxed).' })),
          ],
        },
      ],
    },
  },
);
