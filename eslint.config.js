// Lint rules that encode the architecture (README, "Layout"): the engine is pure TypeScript with one public
// face, src/engine/index.ts. Code outside the engine imports only that index; code inside imports no browser
// API, no database, no UI and nothing of the extension around it. Import cycles are checked by
// tests/lint/check-import-cycles.ts (`npm run lint` runs both). Tests are not linted: unit tests test internals.

import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** An engine module other than the index, however the path reaches it ('../engine/types', '~/src/engine/x'). */
const ENGINE_INTERNAL = String.raw`(^|/)engine/(?!index(\.ts)?$)`;

/** What the engine must not depend on: the extension's runtime and the code that wires the engine into it. */
const NOT_IN_ENGINE = [
  {
    // A regex, not a group: in a group's gitignore syntax '#imports' would be a comment.
    regex: '^(wxt(/.*)?|#imports|webextension-polyfill|browser)$',
    message: 'the engine runs in Node and in any extension context: no browser extension API (pass what it needs in as data).',
  },
  { group: ['dexie', 'dexie/*'], message: 'the engine does not know the database: src/db calls the engine, not the other way round.' },
  { group: ['preact', 'preact/*'], message: 'the engine does not render: src/ui turns its results into views.' },
  {
    regex: String.raw`^(\.\./)+(src/)?(db|ui|background|messaging|page|settings|cli|entrypoints)(/|$)`,
    message: 'the engine imports nothing of the extension around it (src/db, src/ui, src/background, src/messaging, src/page, src/settings, src/cli, entrypoints/).',
  },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'src/generated/**', 'tests/**', 'test-results/**'] },
  {
    files: ['src/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // A leading underscore says "deliberately unused" (a field dropped from a rest copy, a callback's slot).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowTernary: true }],
      'prefer-const': ['error', { destructuring: 'all' }],
      // Preact's hooks follow React's rules; the code already names exhaustive-deps where it departs on purpose.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    ignores: ['src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: ENGINE_INTERNAL,
              message: "outside the engine, import it only through its public face, src/engine/index.ts (e.g. from '../engine'); export what you need from there.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/engine/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: NOT_IN_ENGINE }] },
  },
);
