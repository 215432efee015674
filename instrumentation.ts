/** Runs once when a server instance starts (Next's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // The standalone server never reads next.config.ts, so the refusal of unsafe secrets runs here too.
    await import('./lib/server-env')
    const { markDrainingOnSigterm } = await import('./lib/lifecycle')
    markDrainingOnSigterm()
  }
}
