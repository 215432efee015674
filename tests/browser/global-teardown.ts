import { rmSync } from 'node:fs'

export default async function globalTeardown(): Promise<void> {
  const run = globalThis.__browserRun
  if (!run) return
  await run.site.stop()
  await run.lake.stop()
  rmSync(run.stateFile, { force: true })
}
