import 'server-only'
import { z } from 'zod'

/** Server-only secrets. Importing this from a client component fails the build. */
const serverEnvSchema = z.object({
  readToken: z.string().min(1).optional(),
  revalidateSecret: z.string().min(1).optional(),
})

export const serverEnv = serverEnvSchema.parse({
  readToken: process.env.SANITY_API_READ_TOKEN || undefined,
  revalidateSecret: process.env.SANITY_REVALIDATE_SECRET || undefined,
})
