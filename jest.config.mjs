import nextJest from 'next/jest.js'

const createJestConfig = nextJest({ dir: './' })

/**
 * One runner, three kinds of test; see README "Tests".
 *
 * Many packages ship only ES modules (sanity, @sanity/client, groq-js, next-sanity). The npm test
 * scripts run jest with --experimental-vm-modules, so Node loads them natively; node_modules are
 * not compiled. (Compiling them with SWC as well breaks .mjs files under that flag.)
 */
const projects = [
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
    projects: await Promise.all(
      projects.map((project) => createJestConfig({ ...project, moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' } })()),
    ),
  }
}
