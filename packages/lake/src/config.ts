/** The lake's configuration from environment variables (see .env.example), with overrides. */
import { resolve } from 'node:path'
import type { LakeConfig } from './context.ts'

const PROJECT_ID = 'local'
const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024

export function configFromEnv(env: NodeJS.ProcessEnv, overrides: Partial<LakeConfig> = {}): LakeConfig {
  return {
    projectId: PROJECT_ID,
    dir: resolve(env.LAKE_DIR || '.lake'),
    httpPort: port(env, 'LAKE_PORT', 4455),
    tlsPort: port(env, 'LAKE_TLS_PORT', 4456),
    maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
    quiet: false,
    writeToken: env.SANITY_API_WRITE_TOKEN || undefined,
    readToken: env.SANITY_API_READ_TOKEN || undefined,
    ...overrides,
  }
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name]
  if (value === undefined || value === '') return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0 || number > 65535) {
    throw new Error(`${name} must be a port number (0-65535, 0 picks a free one), not "${value}"`)
  }
  return number
}
