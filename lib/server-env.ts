import { z } from 'zod'

import { env, usesLocalLake } from './env'

/**
 * Server-side secrets: the one place that reads them. Next puts only NEXT_PUBLIC_ variables into
 * browser code, so they never leave the server.
 *
 * Unsafe: empty, or still the example value from .env.example (which `npm run dev` copies to
 * .env.local, so it is public), wherever someone other than the developer can reach the site: with
 * a hosted Sanity project, or in production at an address that is not this machine's. The local
 * lake, `npm run dev` and the tests' local production build keep the example values. A server
 * refuses to start with them (refuseUnsafeSecrets, called from instrumentation.ts); `next build`
 * does not check, because secrets are given to the running server, never to the build.
 */
/** In every example secret in .env.example. */
const EXAMPLE_MARKER = 'change-me'

const SECRETS = {
  readToken: {
    variable: 'SANITY_API_READ_TOKEN',
    value: process.env.SANITY_API_READ_TOKEN,
    remedy: 'a token with viewer rights from sanity.io/manage (API → Tokens)',
  },
  revalidateSecret: {
    variable: 'SANITY_REVALIDATE_SECRET',
    value: process.env.SANITY_REVALIDATE_SECRET,
    remedy: 'a long random secret, e.g. from `openssl rand -base64 32`, that the webhook signs with (docs/webhooks.md)',
  },
} as const

function isLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    /^127(\.\d+){3}$/.test(hostname) ||
    hostname === '[::1]'
  )
}

/**
 * Throws, naming each variable and what to set it to, when a secret is unsafe where this server can
 * be reached. The project and site address are the ones this build was made for (Next writes
 * NEXT_PUBLIC_ values into it), which are what it serves.
 */
export function refuseUnsafeSecrets(): void {
  const exposed =
    !usesLocalLake || (process.env.NODE_ENV === 'production' && !isLoopback(new URL(env.siteUrl).hostname))
  if (!exposed) return
  const problems = Object.values(SECRETS).flatMap(({ variable, value, remedy }) => {
    if (!value?.trim()) return [`${variable} is empty or not set. Set it to ${remedy}.`]
    if (value.includes(EXAMPLE_MARKER))
      return [`${variable} is still the example value from .env.example, which anyone can read. Set it to ${remedy}.`]
    return []
  })
  if (problems.length === 0) return
  const where = usesLocalLake ? `in production at ${env.siteUrl}` : `with the hosted Sanity project "${env.projectId}"`
  throw new Error(`Refusing to start ${where} with unsafe secrets:\n- ${problems.join('\n- ')}`)
}

const serverEnvSchema = z.object({
  readToken: z.string().min(1).optional(),
  revalidateSecret: z.string().min(1).optional(),
  /** The edges (nginx, deploy/) the publish webhook purges, comma-separated; none without an edge. */
  edgePurgeUrls: z
    .string()
    .transform((list) =>
      list
        .split(',')
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url('EDGE_PURGE_URLS must be absolute URLs, e.g. http://edge:8080'))),
  /** The campaign figures' Redis (docs/deploy.md, "Campaign figures"); none where nothing is counted. */
  figuresRedisUrl: z.url('FIGURES_REDIS_URL must be a redis:// address, e.g. redis://figures-redis:6379').optional(),
  /** What the site's keys in Redis begin with (the shared cache reads the same variable). */
  redisKeyPrefix: z.string().min(1),
})

export const serverEnv = serverEnvSchema.parse({
  readToken: SECRETS.readToken.value || undefined,
  revalidateSecret: SECRETS.revalidateSecret.value || undefined,
  edgePurgeUrls: process.env.EDGE_PURGE_URLS ?? '',
  figuresRedisUrl: process.env.FIGURES_REDIS_URL?.trim() || undefined,
  redisKeyPrefix: process.env.REDIS_KEY_PREFIX?.trim() || 'somliga-tror',
})
