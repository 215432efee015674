/**
 * The scheduled link check: fetches every help link's web addresses and records on each what it
 * found (lib/link-check.ts). Run it from cron or the deployment's scheduler (docs/site.md):
 *
 *   npm run check-links
 *
 * It reads the project from the environment, with .env.local under it, as the site does, and needs
 * SANITY_API_WRITE_TOKEN (editor rights), which only scripts hold. Prints the help links whose
 * addresses do not work; exits 1 only when the check itself could not run.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { createClient } from '@sanity/client'

import { checkHelpLinks } from '../lib/link-check.ts'
import { apiVersion } from '../vocabulary/api-version.ts'

const root = join(import.meta.dirname, '..')
if (existsSync(join(root, '.env.local'))) process.loadEnvFile(join(root, '.env.local'))

const projectId = process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || 'local'
const token = process.env.SANITY_API_WRITE_TOKEN
if (!token) {
  console.error(
    'check-links: SANITY_API_WRITE_TOKEN is not set. It needs a token with editor rights (see .env.example).',
  )
  process.exit(1)
}
const local = projectId === 'local'
const client = createClient({
  projectId,
  dataset: process.env.NEXT_PUBLIC_SANITY_DATASET || 'production',
  apiVersion,
  useCdn: false,
  token,
  perspective: 'raw',
  ...(local ? { apiHost: `http://127.0.0.1:${process.env.LAKE_PORT || 4455}`, useProjectHostname: false } : {}),
})

try {
  const summary = await checkHelpLinks(client)
  console.log(`check-links: checked ${summary.addresses} addresses of ${summary.helpLinks} help links`)
  for (const { id, name, problems } of summary.broken) {
    console.log(`check-links: ${name} (${id}) has addresses that do not work:\n  ${problems.join('\n  ')}`)
  }
  if (summary.broken.length === 0) console.log('check-links: every address works')
} catch (error) {
  console.error('check-links: the check could not run:', error instanceof Error ? error.message : error)
  process.exit(1)
}
