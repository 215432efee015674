/**
 * Where a server instance is in its life, for the readiness endpoint: SIGTERM (a deploy, a scale
 * down) makes it draining. Next then stops accepting connections and finishes the requests in
 * flight (its standalone server does this itself); a load balancer that asks first sees 503.
 */
const DRAINING_KEY = Symbol.for('somliga-tror.draining')
const globals = globalThis as typeof globalThis & { [DRAINING_KEY]?: boolean }

export function markDrainingOnSigterm(): void {
  process.once('SIGTERM', () => {
    globals[DRAINING_KEY] = true
  })
}

export function isDraining(): boolean {
  return globals[DRAINING_KEY] === true
}
