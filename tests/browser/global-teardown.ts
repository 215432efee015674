import { rmSync } from 'node:fs'

import { browserRun, stopLake } from '../helpers/browser-env'
import { endProcess } from '../helpers/stack'

export default async function globalTeardown(): Promise<void> {
  const run = globalThis.__browserRun
  if (!run) return
  // Whichever processes run now: a test may have killed some and started others.
  const { stack } = browserRun()
  if (stack) {
    await endProcess(stack.figures.aggregatorPid, 'SIGTERM')
    await endProcess(stack.edge.pid, 'SIGTERM')
    for (const instance of stack.instances) await endProcess(instance.pid, 'SIGTERM')
    await endProcess(stack.redis.pid, 'SIGTERM')
    await endProcess(stack.figures.redisPid, 'SIGTERM')
  }
  await stopLake()
  await run.lake.stop()
  rmSync(run.runDir, { recursive: true, force: true })
  rmSync(run.stateFile, { force: true })
}
