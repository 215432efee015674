import { connection } from 'next/server'

import { isDraining } from '@/lib/lifecycle'
import { sharedCache } from '@/lib/shared-cache/bridge'

/**
 * Readiness: whether this instance should get visitors. Not while it shuts down. Redis being away
 * does not make it unready (it serves its own copies then); the body says so, for monitoring.
 */
export async function GET() {
  await connection()
  const draining = isDraining()
  const body = { ready: !draining, draining, sharedCache: sharedCache()?.status() ?? 'not configured' }
  return Response.json(body, { status: draining ? 503 : 200, headers: { 'Cache-Control': 'no-store' } })
}
