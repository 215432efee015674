/**
 * Polls until a condition holds, for effects that arrive asynchronously (a publish reaching the
 * site). The deadline only bounds how long a test waits; it is not a speed assertion (speed is
 * measured in bench/).
 */
export async function eventually<T>(
  check: () => Promise<T | false | null | undefined>,
  {
    timeoutMs = 60_000,
    intervalMs = 250,
    describe,
  }: { timeoutMs?: number; intervalMs?: number; describe: () => string | Promise<string> },
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const result = await check()
    if (result !== false && result !== null && result !== undefined) return result
    if (Date.now() > deadline) throw new Error(`Still not true after ${timeoutMs / 1000} s: ${await describe()}`)
    await new Promise((wait) => setTimeout(wait, intervalMs))
  }
}
