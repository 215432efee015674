import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    '.lake/**',
    'node_modules/**',
    'coverage/**',
    'test-results/**',
    'bench/results/**',
    'next-env.d.ts',
    'sanity.types.ts',
  ]),
  {
    rules: {
      // Accessibility is law for this site: the jsx-a11y recommendations are errors, not warnings.
      'jsx-a11y/alt-text': 'error',
      'jsx-a11y/anchor-is-valid': 'error',
      'jsx-a11y/aria-props': 'error',
      'jsx-a11y/aria-role': 'error',
      'jsx-a11y/role-has-required-aria-props': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The site never imports the Studio (the `sanity` package or the sanity/ folder), so no Studio
    // code can reach visitors' bundles; what both need is in vocabulary/.
    files: ['app/(site)/**', 'app/(draft-mode)/**', 'app/api/**', 'app/*', 'components/**', 'lib/**', 'proxy.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // The `sanity` package, and the sanity/ folder by alias or relative path.
              regex: '^(sanity|(@/|(\\.\\./)+)sanity)(/|$)',
              message: 'Site code never imports the Studio; shared values are in vocabulary/.',
            },
          ],
        },
      ],
    },
  },
  {
    // The Studio reads the shared vocabulary, never the site's code.
    files: ['sanity/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@/|(\\.\\./)+)(lib|components|app)(/|$)',
              message: 'The Studio never imports the site; shared values are in vocabulary/.',
            },
          ],
        },
      ],
    },
  },
  {
    // The vocabulary is neutral ground: it imports nothing but itself, so both sides can use it.
    files: ['vocabulary/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\./)', message: 'vocabulary/ imports nothing outside itself.' }] },
      ],
    },
  },
  {
    // The public site links with plain <a> on purpose: visitors get no client-router link code and
    // no prefetching of pages they did not ask for (see components/layout/SiteHeader.tsx).
    files: ['app/**/*.tsx', 'components/**/*.tsx'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
])
