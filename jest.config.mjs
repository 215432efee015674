import nextJest from 'next/jest.js'

const createJestConfig = nextJest({ dir: './' })

/**
 * One runner: the site's three kinds of test, and the lake package's own; see README "Tests".
 *
 * Many packages ship only ES modules (sanity, @sanity/client, groq-js, next-sanity). The npm test
 * scripts run jest with --experimental-vm-modules, so Node loads them natively; node_modules are
 * not compiled. (Compiling them with SWC as well breaks .mjs files under that flag.)
 */
/**
 * Lake and integration tests start real processes (a lake seeded with images, a site server) in
 * their hooks, which takes seconds on a busy 2-core machine. This bounds how long they may wait;
 * it is not a speed assertion (bench/ measures speed). Jest reads `testTimeout` from the global
 * configuration only (a project's own is ignored), so it applies to every project; the browser
 * tests set theirs in `tests/browser/timeouts.ts`.
 */
const PROCESS_TEST_TIMEOUT_MS = 30_000

const projects = [
  {
    displayName: 'lake',
    testEnvironment: 'node',
    testMatch: ['<rootDir>/packages/lake/tests/**/*.test.ts'],
  },
  {
    displayName: 'unit',
    testEnvironment: 'jsdom',
    // Each page-builder section keeps its test in its own folder (sections/<type>/).
    testMatch: ['<rootDir>/tests/unit/**/*.test.{ts,tsx}', '<rootDir>/sections/**/*.test.{ts,tsx}'],
  },
  {
    displayName: 'integration',
    testEnvironment: 'node',
    testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
  },
  {
    displayName: 'browser',
    testEnvironment: 'node',
    testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
    // One seeded lake, one `next build` and one `next start` for the whole run.
    globalSetup: '<rootDir>/tests/browser/global-setup.ts',
    globalTeardown: '<rootDir>/tests/browser/global-teardown.ts',
    setupFilesAfterEnv: ['<rootDir>/tests/browser/timeouts.ts'],
  },
]

export default async function jestConfig() {
  return {
    testTimeout: PROCESS_TEST_TIMEOUT_MS,
    projects: await Promise.all(
      projects.map((project) =>
        createJestConfig({
          ...project,
          moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
          // The standalone build copies package.json; jest must not take it for a second project.
          modulePathIgnorePatterns: ['<rootDir>/.next/'],
        })(),
      ),
    ),
  }
}
