import nextJest from 'next/jest.js'

const createJestConfig = nextJest({ dir: './' })

/** One runner, three kinds of test; see README "Tests". */
const projects = [
  {
    displayName: 'unit',
    testEnvironment: 'jsdom',
    testMatch: ['<rootDir>/tests/unit/**/*.test.{ts,tsx}'],
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
  },
]

/**
 * Tests load packages that ship only ES modules (@sanity/client, groq-js, @sanity/mutator):
 * let SWC compile node_modules too (cached after the first run).
 */
const overrides = { unit: { transformIgnorePatterns: [] }, integration: { transformIgnorePatterns: [] } }

export default async function jestConfig() {
  return {
    projects: await Promise.all(
      projects.map(async (project) => ({
        ...(await createJestConfig({ ...project, moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' } })()),
        ...overrides[project.displayName],
      })),
    ),
  }
}
