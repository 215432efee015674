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

/** Integration tests use the real @sanity/client, which ships only ES modules: compile node_modules too. */
const overrides = { integration: { transformIgnorePatterns: [] } }

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
