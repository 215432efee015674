import { rmSync } from 'node:fs'

import { stopLake } from '../helpers/browser-env'

export default async function globalTeardown(): Promise<void> {
  const run = globalThis.__browserRun
  if (!run) return
  await run.site.stop()
  // Whichever lake process runs now: a test may have stopped the first and started another.
  await stopLake()
  await run.lake.stop()
  rmSync(run.stateFile, { force: true })
}
