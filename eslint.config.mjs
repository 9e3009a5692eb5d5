// Lint: strict TypeScript rules plus the folder-is-a-runtime boundaries from docs/architecture.md.
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'http',
  'https',
  'net',
  'child_process',
  'crypto',
  'worker_threads',
  'url',
  'stream',
  'zlib',
  'util',
  'events',
  'buffer',
  'readline',
  'module',
  'process',
];
const bareModules = new Set([...nodeBuiltins, 'electron', 'better-sqlite3', 'jsdom']);

// Bare module names are matched exactly (a folder called "events" is not Node's events module);
// globs match folders and the node: scheme.
function restrict(names, message) {
  const paths = names.filter((name) => bareModules.has(name)).map((name) => ({ name, message }));
  const group = names.filter((name) => !bareModules.has(name));
  return { paths, patterns: group.length > 0 ? [{ group, message }] : [] };
}
const nodeModules = [...nodeBuiltins, 'node:*'];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'release/',
      'test-artifacts/',
      '.cache/',
      'assets/',
      'bin/',
      'scripts/',
      '*.mjs',
      '*.cjs',
      // Scratch files (gitignored) are nobody's code.
      '**/.*',
    ],
  },
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // The renderer is a web page: no Node, no Electron, no database.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        restrict(
          [
            ...nodeModules,
            'electron',
            'better-sqlite3',
            'jsdom',
            '**/db/**',
            '**/main/!(common)/**',
            '**/main/!(common)',
          ],
          'renderer/ runs in the browser: it may import main/common (types and pure code) but never Node, Electron or the database.',
        ),
      ],
    },
  },
  {
    // The database layer is plain Node: it must run in tests and the CLI without Electron.
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        restrict(
          ['electron', '**/main/!(common)/**', '**/main/!(common)', '**/renderer/**'],
          'db/ is plain Node: no Electron, no app or renderer code (main/common types and pure helpers are fine).',
        ),
      ],
    },
  },
  {
    // Shared contract and pure code: importable from both runtimes, so it may use neither.
    files: ['main/common/**/*.ts', 'main/extract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        restrict(
          [...nodeModules, 'electron', 'better-sqlite3', 'jsdom', '**/db/**', '**/renderer/**'],
          'main/common and main/extract are runtime-neutral: no Node, Electron or database imports.',
        ),
      ],
    },
  },
  {
    // Only the Electron shell may touch Electron.
    files: ['main/**/*.ts', 'tools/**/*.ts', 'bench/**/*.ts', 'e2e/**/*.ts'],
    ignores: ['main/electron/**', 'main/common/**', 'main/extract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        restrict(
          ['electron', '**/renderer/**'],
          'Only main/electron may import Electron; Node code never imports the renderer.',
        ),
      ],
    },
  },
);
