import nounsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

/** Imports that would let one context reach into another: they must talk through lib/messaging.ts. */
const otherEntrypoints = {
  group: ['**/entrypoints/**', '@/entrypoints/**'],
  message: 'Entrypoints do not import one another; put shared code in lib/ or components/.',
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', '.demo/**', 'node_modules/**', 'bench/results*'] },
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: no remote or generated code.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: no generated code.' },
        {
          // Preact's only way to write HTML (web-ext lint sees its innerHTML in the bundle): never used.
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render page and pack text as text, never as HTML.',
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render page and pack text as text, never as HTML.' },
        { property: 'outerHTML', message: 'Render page and pack text as text, never as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render page and pack text as text, never as HTML.' },
      ],
    },
  },
  {
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/entrypoints/**', '@/entrypoints/**'], message: 'lib/ must not import entrypoints.' },
            { group: ['**/components/**', '@/components/**'], message: 'lib/ must not import components.' },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [otherEntrypoints] }] },
  },
  {
    files: ['entrypoints/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./\\.\\./entrypoints/|^\\.\\./(background|content|sidepanel|popup|options)(/|$)',
              message: otherEntrypoints.message,
            },
          ],
        },
      ],
    },
  },
  {
    // Tests and tools build fixture DOM from their own strings and read serialised DOM to prove the
    // page is unchanged; none of it ships in the extension.
    files: ['tests/**', 'scripts/**', 'bench/**'],
    rules: { 'no-restricted-properties': 'off', 'no-unsanitized/method': 'off', 'no-unsanitized/property': 'off' },
  },
);
