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
    '**/bench/results/**',
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
    // The public site links with plain <a> on purpose: visitors get no client-router link code and
    // no prefetching of pages they did not ask for (see components/layout/SiteHeader.tsx).
    files: ['app/**/*.tsx', 'components/**/*.tsx'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
])
