import { z } from 'zod'

/**
 * Public configuration: the one place that reads the environment for values that may reach the
 * browser (the Studio runs there). Secrets live in `lib/server-env.ts`.
 *
 * Next.js inlines `process.env.X` only when written out literally, so each variable is named here.
 */
const publicEnvSchema = z.object({
  projectId: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'NEXT_PUBLIC_SANITY_PROJECT_ID must be a Sanity project id (a-z, 0-9, -)'),
  dataset: z.string().regex(/^[a-z0-9_-]{1,64}$/, 'NEXT_PUBLIC_SANITY_DATASET must be a dataset name (a-z, 0-9, _, -)'),
  siteUrl: z.url('NEXT_PUBLIC_SITE_URL must be an absolute URL such as https://somligatror.se'),
  lakePort: z.coerce.number().int().min(1).max(65535),
  lakeTlsPort: z.coerce.number().int().min(1).max(65535),
})

const parsed = publicEnvSchema.safeParse({
  projectId: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || 'local',
  dataset: process.env.NEXT_PUBLIC_SANITY_DATASET || 'production',
  siteUrl: process.env.NEXT_PUBLIC_SITE_URL || 'http://localhost:3000',
  lakePort: process.env.LAKE_PORT || 4455,
  lakeTlsPort: process.env.LAKE_TLS_PORT || 4456,
})

if (!parsed.success) {
  throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}\nSee .env.example.`)
}

export const env = parsed.data

/** Project id `local` means the offline content lake (`packages/lake/`); anything else is hosted Sanity. */
export const usesLocalLake = env.projectId === 'local'

/** Where server-side code reaches the API: the lake's plain HTTP port, or Sanity's default host. */
export const serverApiHost = usesLocalLake ? `http://127.0.0.1:${env.lakePort}` : undefined

/**
 * Where the browser (the Studio) reaches the API. The Studio puts the project id in front of the
 * host, so `https://localhost:4456` becomes `https://local.localhost:4456`, which browsers resolve
 * to loopback. The lake serves HTTP/2 there because the Studio needs more than six connections.
 */
export const browserApiHost = usesLocalLake ? `https://localhost:${env.lakeTlsPort}` : undefined

/** Origins the Studio reaches from the browser, for its Content-Security-Policy. */
export const studioApiOrigins = usesLocalLake
  ? [`https://${env.projectId}.localhost:${env.lakeTlsPort}`, `https://localhost:${env.lakeTlsPort}`]
  : [`https://${env.projectId}.api.sanity.io`, `https://${env.projectId}.apicdn.sanity.io`, 'https://api.sanity.io']

/** Where image and file assets live; only the server (Next's image optimizer) fetches from here. */
export const assetBaseUrl = usesLocalLake ? `http://127.0.0.1:${env.lakePort}` : 'https://cdn.sanity.io'
