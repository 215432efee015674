/** Runs once when a server instance starts (Next's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { markDrainingOnSigterm } = await import('./lib/lifecycle')
    markDrainingOnSigterm()
  }
}
