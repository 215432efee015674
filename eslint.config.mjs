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
    // The site never imports the Studio (the `sanity` package or the sanity/ folder), so no Studio
    // code can reach visitors' bundles; what both need is in vocabulary/.
    files: [
      'app/(site)/**',
      'app/(draft-mode)/**',
      'app/api/**',
      'app/*',
      'components/**',
      'lib/**',
      'proxy.ts',
      'sections/**',
    ],
    ignores: ['sections/*/schema.ts', 'sections/studio.generated.ts'],
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
            {
              // A section's Studio schema, from any other file of the page builder.
              regex: '(^|/)sections/[^/]+/schema$|^\\.{1,2}/([^/]+/)?schema$|studio\\.generated$',
              message: "A section's schema.ts is for the Studio only (sections/studio.generated.ts).",
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
            {
              regex: '(^|/)sections/(?!studio\\.generated$|list$)',
              message:
                'The Studio reads the page builder through sections/studio.generated.ts and sections/list.ts only.',
            },
          ],
        },
      ],
    },
  },
  {
    // A section's Studio schema gets nothing from the site: not its code, not the section's other files.
    files: ['sections/*/schema.ts', 'sections/studio.generated.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Packages, the Studio's own helpers and the vocabulary only; the generated list reads the schemas.
              regex: '^(?!\\.\\./\\.\\./(sanity|vocabulary)/|\\./[^/]+/schema$)(\\.|@/)',
              message:
                "A section's schema.ts imports only packages, sanity/ and vocabulary/: the Studio gets none of the site.",
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
    files: ['app/**/*.tsx', 'components/**/*.tsx', 'sections/**/*.tsx'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
])
