/**
 * A query worker thread (`workers.ts` starts and stops them): evaluates queries over its copy of
 * the documents, and listen filters over the documents it is sent, one message at a time, in the
 * order they arrive, so a forwarded commit always lands before the jobs sent after it.
 */
import { setPriority } from 'node:os'
import { parentPort, workerData } from 'node:worker_threads'
import { LakeError } from '../errors.ts'
import { QueryEngine } from './engine.ts'
import { Replica } from './replica.ts'
import type { FromWorker, ToWorker, WorkerSetup } from './workers.ts'

const WORKER_NICENESS = 10

// On Linux a thread has its own nice value: a query that keeps its core busy then yields the CPU
// to the thread that answers requests whenever both want it. Elsewhere it would slow the whole lake.
if (process.platform === 'linux') setPriority(WORKER_NICENESS)

const { databasePath, projectId } = workerData as WorkerSetup
const replica = new Replica(databasePath)
const engine = new QueryEngine(replica, projectId)
const port = parentPort!

port.on('message', (message: ToWorker) => {
  switch (message.kind) {
    case 'commit':
      return replica.apply(JSON.parse(message.commit))
    case 'load':
      // Reading ahead; a failure here is reported by the first query that needs the dataset.
      try {
        replica.ensure(message.dataset, message.epoch)
      } catch {}
      return
    case 'hello':
      return port.postMessage({ ready: true } satisfies FromWorker)
    default:
      port.postMessage(answer(message))
  }
})

function answer(message: Extract<ToWorker, { job: number }>): FromWorker {
  const { job } = message
  try {
    if (message.kind === 'query') {
      replica.ensure(message.request.dataset, message.epoch)
      return { job, ok: true, value: engine.run(message.request) }
    }
    const { query, params, documents } = message
    // Each document alone, as the listener sees it: `*` is that one document.
    const value = documents.map(
      (document) => engine.selectIds(query, params, new Map([[document._id, document]])).length > 0,
    )
    return { job, ok: true, value }
  } catch (error) {
    if (error instanceof LakeError) {
      return { job, ok: false, refusal: { status: error.status, message: error.message, body: error.body } }
    }
    return { job, ok: false, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  }
}
