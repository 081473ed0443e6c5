import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const coreBase = {
  regex: '^electron(/.*)?$|/(main|preload|server|cli|renderer)(/|$)|^(svelte|cytoscape)(/|-|$)|^(node:)?https?$|^ws$',
  message: 'electron/core may import only contract and Node.',
};
const onlyFrontmatter = { group: ['gray-matter'], message: 'Only core/markdown/frontmatter.ts imports gray-matter.' };
const onlySearch = { group: ['flexsearch'], message: 'Only core/search/flexsearch-index.ts imports flexsearch.' };
const onlyScheduler = { group: ['ts-fsrs'], message: 'Only core/review/scheduler.ts imports ts-fsrs.' };
const onlyOptimizer = { group: ['@open-spaced-repetition/binding'], message: 'Only core/review/optimizer.ts loads the native FSRS optimizer.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**', 'notes/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.svelte', 'renderer/**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  { files: ['renderer/**'], languageOptions: { globals: { ...globals.browser } } },
  // The import table of DESIGN.md, enforced.
  { files: ['electron/contract/**'], rules: restrict([{ regex: '^(?!\\./)', message: 'electron/contract imports nothing but itself.' }]) },
  {
    files: ['electron/core/**'],
    rules: restrict([coreBase, onlyFrontmatter, onlySearch, onlyScheduler, onlyOptimizer]),
  },
  { files: ['electron/core/review/optimizer.ts'], rules: restrict([coreBase, onlyFrontmatter, onlySearch, onlyScheduler]) },
  { files: ['electron/core/markdown/frontmatter.ts'], rules: restrict([coreBase, onlySearch, onlyScheduler, onlyOptimizer]) },
  { files: ['electron/core/search/flexsearch-index.ts'], rules: restrict([coreBase, onlyFrontmatter, onlyScheduler, onlyOptimizer]) },
  { files: ['electron/core/review/scheduler.ts'], rules: restrict([coreBase, onlyFrontmatter, onlySearch, onlyOptimizer]) },
  {
    files: ['electron/server/**', 'electron/cli/**'],
    rules: restrict([{ regex: '^electron(/.*)?$|\\.\\./(renderer|main|preload)(/|$)|^svelte(/|$)', message: 'Hosts import core and contract only.' }]),
  },
  {
    files: ['electron/main/**', 'electron/preload/**'],
    rules: restrict([{ group: ['**/renderer/**', '**/server/**', '**/cli/**', 'svelte', 'svelte/*'], message: 'Hosts import core and contract only.' }]),
  },
  {
    files: ['renderer/**'],
    rules: {
      ...restrict([
        { regex: 'electron/(core|main|preload|server|cli)(/|$)', message: 'The renderer imports the contract (types) only.' },
        { regex: '^(electron|node:.*|fs|path|child_process|os)$', message: 'The renderer runs in a sandboxed page: no Electron or Node modules.' },
      ]),
      // Derived Maps and Sets here are snapshots replaced wholesale, never mutated in place.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  // Tests that read the renderer's sources from disk (catalogue keys, words left in markup): they run in Node.
  {
    files: ['renderer/checks/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict([{ regex: 'electron/(core|main|preload|server|cli)(/|$)', message: 'The renderer imports the contract (types) only.' }]),
  },
);
