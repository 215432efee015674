import 'server-only'
import { z } from 'zod'

/** Server-only secrets. Importing this from a client component fails the build. */
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
})

export const serverEnv = serverEnvSchema.parse({
  readToken: process.env.SANITY_API_READ_TOKEN || undefined,
  revalidateSecret: process.env.SANITY_REVALIDATE_SECRET || undefined,
  edgePurgeUrls: process.env.EDGE_PURGE_URLS ?? '',
})
