/**
 * A server instance's life: its start (instrumentation.ts), and where it is for the readiness
 * endpoint. SIGTERM (a deploy, a scale down) makes it draining. Next then stops accepting
 * connections and finishes the requests in flight (its standalone server does this itself); a load
 * balancer that asks first sees 503.
 */
import { refuseUnsafeSecrets } from './server-env'

const DRAINING_KEY = Symbol.for('somliga-tror.draining')
const globals = globalThis as typeof globalThis & { [DRAINING_KEY]?: boolean }

/** Refuses to run with unsafe secrets, then listens for SIGTERM. */
export function startServer(): void {
  try {
    refuseUnsafeSecrets()
  } catch (error) {
    // Stop for certain: a server with unsafe secrets must not answer a single request.
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
  process.once('SIGTERM', () => {
    globals[DRAINING_KEY] = true
  })
}

export function isDraining(): boolean {
  return globals[DRAINING_KEY] === true
}
