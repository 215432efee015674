/** The lake's configuration from environment variables (see .env.example), with overrides. */
import { resolve } from 'node:path'
import type { LakeConfig } from './context.ts'

/** `process.env`, or any set of variables (tests). */
type Environment = Readonly<Record<string, string | undefined>>

const PROJECT_ID = 'local'
const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024
/** Where a Next.js site with an embedded Studio runs when NEXT_PUBLIC_SITE_URL does not say. */
const DEFAULT_SITE_URL = 'http://localhost:3000'
const LOOPBACK_SPELLINGS = ['localhost', '127.0.0.1', '[::1]']

export function configFromEnv(env: Environment, overrides: Partial<LakeConfig> = {}): LakeConfig {
  return {
    projectId: PROJECT_ID,
    dir: resolve(env.LAKE_DIR || '.lake'),
    httpPort: port(env, 'LAKE_PORT', 4455),
    tlsPort: port(env, 'LAKE_TLS_PORT', 4456),
    maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
    quiet: false,
    writeToken: env.SANITY_API_WRITE_TOKEN || undefined,
    readToken: env.SANITY_API_READ_TOKEN || undefined,
    browserOrigins: browserOrigins(env),
    queryTimeoutMs: wholeNumber(env, 'LAKE_QUERY_TIMEOUT_MS', 5000, 1),
    queryWorkers: wholeNumber(env, 'LAKE_QUERY_WORKERS', 2, 1),
    streamsPerClient: {
      signedIn: wholeNumber(env, 'LAKE_MAX_STREAMS', 200, 1),
      anonymous: wholeNumber(env, 'LAKE_MAX_ANONYMOUS_STREAMS', 16, 1),
    },
    imageTransforms: {
      concurrency: wholeNumber(env, 'LAKE_IMAGE_TRANSFORMS', 2, 1),
      cacheBytes: wholeNumber(env, 'LAKE_IMAGE_CACHE_MB', 64, 0) * 1024 * 1024,
    },
    ...overrides,
  }
}

function port(env: Environment, name: string, fallback: number): number {
  const value = env[name]
  if (value === undefined || value === '') return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0 || number > 65535) {
    throw new Error(`${name} must be a port number (0-65535, 0 picks a free one), not "${value}"`)
  }
  return number
}

function wholeNumber(env: Environment, name: string, fallback: number, min: number): number {
  const value = env[name]
  if (value === undefined || value === '') return fallback
  const number = Number(value)
  if (!/^\d+$/.test(value) || number < min) {
    throw new Error(`${name} must be a whole number of at least ${min}, not "${value}"`)
  }
  return number
}

/**
 * The web origins that may call the lake from a browser: LAKE_CORS_ORIGINS (comma-separated), or
 * else the origin of NEXT_PUBLIC_SITE_URL, the site whose Studio is embedded at `/studio`. A
 * loopback origin also stands for its other loopback spellings (localhost, 127.0.0.1, [::1]) on the
 * same scheme and port, so the Studio works whichever of them the browser's address bar shows.
 */
function browserOrigins(env: Environment): string[] {
  const configured = env.LAKE_CORS_ORIGINS?.trim()
  const [name, values] = configured
    ? ['LAKE_CORS_ORIGINS', configured.split(',')]
    : ['NEXT_PUBLIC_SITE_URL', [env.NEXT_PUBLIC_SITE_URL || DEFAULT_SITE_URL]]
  const origins = new Set<string>()
  for (const value of values.map((item) => item.trim()).filter(Boolean)) {
    let url: URL
    try {
      url = new URL(value)
    } catch {
      throw new Error(`${name} must list absolute http(s) URLs such as http://localhost:3000, not "${value}"`)
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new Error(`${name} must list http or https origins, not "${value}"`)
    }
    origins.add(url.origin)
    if (LOOPBACK_SPELLINGS.includes(url.hostname)) {
      for (const alias of LOOPBACK_SPELLINGS) origins.add(`${url.protocol}//${alias}${url.port ? `:${url.port}` : ''}`)
    }
  }
  return [...origins]
}
