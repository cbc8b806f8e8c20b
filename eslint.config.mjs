// Type-aware lint for all TypeScript. The pure language service may not import LSP or VS Code,
// and the cluster layer may not import VS Code: those boundaries are enforced here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const SERVER_INTERNALS = {
  regex: '/server/src/(?!service/manifestKit$)',
  message: 'The client imports the server only through protocol/ and server/src/service/manifestKit.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test*/**', '**/*.js', 'bench/.generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: [
          './protocol/tsconfig.json',
          './server/tsconfig.json',
          './client/tsconfig.json',
          './packages/kube-test-apiserver/tsconfig.json',
          './test/tsconfig.json',
          './test/vscode/tsconfig.json',
          './tsconfig.tools.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // node:test's describe/it return promises the runner itself awaits
          allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] }],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // The JavaScript tools (scripts/, bench/, the test runners' scripts; typed by tsconfig.tools.json)
    // leave parameters untyped, so values of type any are expected there; the rest holds.
    files: ['**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['server/src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vscode', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageclient*'],
              message: 'The pure language service has no LSP connection or VS Code imports.',
            },
          ],
        },
      ],
    },
  },
  {
    // The client reaches the server's code through the shared protocol and the service's one public
    // entry, so the service keeps its inner layout to itself.
    files: ['client/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [SERVER_INTERNALS] }] },
  },
  {
    // The cluster layer and the models under the views stay testable in plain Node.
    files: ['client/src/{cluster,core,models}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'This layer has no VS Code imports: put UI code in the views, commands or their adapters.' }],
          patterns: [SERVER_INTERNALS],
        },
      ],
    },
  },
);
