import { PHASE_PRODUCTION_BUILD } from 'next/constants'

/** Runs once when a server starts (Next's instrumentation hook): `next dev`, `next start`, or the image's `node server.js`. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return
  const { startServer } = await import('./lib/lifecycle')
  startServer()
}
