/**
 * Queries and listen filters run on worker threads (`worker.ts`), never on the thread that serves
 * requests, so no query can hold up another request: a query still running at the time limit
 * (LAKE_QUERY_TIMEOUT_MS) is stopped by ending its thread, answered with a query error, and the
 * thread replaced. groq-js cannot be interrupted from inside (a `match` pattern is one regular
 * expression call), so ending the thread is the only stop that always works; the README's
 * "Queries" section has the measurements behind the choice.
 *
 * Query workers keep a copy of the documents (`replica.ts`): each reads the datasets from the
 * database when it starts, and every commit is forwarded to every worker before any later job,
 * so a query sees at least every commit acknowledged before it arrived. Filter workers (listen)
 * keep no copy: they are sent the documents to check.
 *
 * The threads start with the first job (a lake that is never queried costs no threads). A job
 * waits for a free worker that has started and read its datasets; the time limit starts when the
 * worker takes the job.
 */
import { Worker } from 'node:worker_threads'
import { apiError, httpError, LakeError } from '../errors.ts'
import type { Logger } from '../log.ts'
import type { Store } from '../store/store.ts'
import type { CommittedTransaction, SanityDocument } from '../store/types.ts'
import type { QueryRequest, QueryResponse } from './engine.ts'
import type { ForwardedCommit } from './replica.ts'

const WORKER_URL = new URL('./worker.ts', import.meta.url)
/** A worker whose query needs more memory than this ends, as a stopped query does. */
const WORKER_HEAP_MB = 512
/** Beyond this many jobs waiting for a worker, new ones are refused with 503. */
const MAX_WAITING_JOBS = 1000

export interface WorkerSetup {
  databasePath: string
  projectId: string
}

export type ToWorker =
  | { kind: 'load'; dataset: string; epoch: number }
  /** Answered with `ready` once everything sent before it is done. */
  | { kind: 'hello' }
  /** A `ForwardedCommit` as JSON: written once, read by every worker. */
  | { kind: 'commit'; commit: string }
  | JobMessage

type JobMessage =
  | { kind: 'query'; job: number; epoch: number; request: QueryRequest }
  | { kind: 'filter'; job: number; query: string; params: Record<string, unknown>; documents: SanityDocument[] }

export type FromWorker =
  | { ready: true }
  | { job: number; ok: true; value: unknown }
  /** A LakeError thrown by the engine (a parse error, a query the engine cannot run). */
  | { job: number; ok: false; refusal: { status: number; message: string; body: Record<string, unknown> } }
  | { job: number; ok: false; failure: string }

type UnnumberedJob =
  Omit<Extract<JobMessage, { kind: 'query' }>, 'job'> | Omit<Extract<JobMessage, { kind: 'filter' }>, 'job'>

interface Job {
  message: UnnumberedJob
  query: string
  resolve(value: unknown): void
  reject(error: unknown): void
}

interface Slot {
  worker: Worker
  /** Started, and has read the datasets: jobs may go to it. */
  ready: boolean
  running?: { id: number; job: Job; timer: NodeJS.Timeout }
  /** Why the thread ended, when it ended by itself (an uncaught error, out of memory). */
  crash?: Error
}

export interface QueryWorkersOptions {
  store: Store
  projectId: string
  size: number
  timeoutMs: number
  log: Logger
  /** Query workers copy the store's documents; filter workers need no copy. */
  replicate: boolean
}

export class QueryWorkers {
  private readonly options: QueryWorkersOptions
  private readonly setup: WorkerSetup
  private readonly slots: Slot[] = []
  private readonly waiting: Job[] = []
  /** A number per dataset incarnation: the store gives a dataset created again a new document map. */
  private readonly epochs = new WeakMap<object, number>()
  private nextEpoch = 1
  private nextJob = 1
  private closed = false
  private readonly unsubscribe: () => void

  constructor(options: QueryWorkersOptions) {
    this.options = options
    this.setup = { databasePath: options.store.path, projectId: options.projectId }
    this.unsubscribe = options.replicate ? options.store.onCommit((tx) => this.forward(tx)) : () => {}
  }

  /** Runs a query on a worker, within the time limit. */
  run(request: QueryRequest): Promise<QueryResponse> {
    const message = { kind: 'query' as const, epoch: this.epochOf(request.dataset), request }
    return this.submit(message, request.query) as Promise<QueryResponse>
  }

  /** Whether each document, alone, matches a listen filter; within the time limit. */
  filter(query: string, params: Record<string, unknown>, documents: SanityDocument[]): Promise<boolean[]> {
    return this.submit({ kind: 'filter', query, params, documents }, query) as Promise<boolean[]>
  }

  async close(): Promise<void> {
    this.closed = true
    this.unsubscribe()
    const stopping = () => httpError(503, 'The lake is stopping')
    for (const job of this.waiting.splice(0)) job.reject(stopping())
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        this.finish(slot)?.reject(stopping())
        return slot.worker.terminate()
      }),
    )
  }

  private submit(message: UnnumberedJob, query: string): Promise<unknown> {
    if (this.closed) return Promise.reject(httpError(503, 'The lake is stopping'))
    if (this.waiting.length >= MAX_WAITING_JOBS) {
      return Promise.reject(httpError(503, `The lake has ${MAX_WAITING_JOBS} queries waiting; try again shortly`))
    }
    if (this.slots.length === 0) for (let i = 0; i < this.options.size; i++) this.slots.push(this.spawn())
    return new Promise((resolve, reject) => {
      this.waiting.push({ message, query, resolve, reject })
      this.dispatch()
    })
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.waiting.length === 0) return
      if (!slot.ready || slot.running) continue
      const job = this.waiting.shift() as Job
      const id = this.nextJob++
      const timer = setTimeout(() => this.stop(slot), this.options.timeoutMs)
      slot.running = { id, job, timer }
      slot.worker.postMessage({ ...job.message, job: id } satisfies ToWorker)
    }
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL, {
      workerData: this.setup,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    })
    const slot: Slot = { worker, ready: false }
    worker.on('message', (answer: FromWorker) => {
      if (!('ready' in answer)) return this.settle(slot, answer)
      slot.ready = true
      this.dispatch()
    })
    worker.on('error', (error) => (slot.crash = error))
    worker.on('exit', () => this.replaceCrashed(slot))
    if (this.options.replicate) {
      // Read every dataset now, while nobody waits for it.
      for (const { name } of this.options.store.datasets()) {
        worker.postMessage({ kind: 'load', dataset: name, epoch: this.epochOf(name) } satisfies ToWorker)
      }
    }
    worker.postMessage({ kind: 'hello' } satisfies ToWorker)
    return slot
  }

  private settle(slot: Slot, answer: Exclude<FromWorker, { ready: true }>): void {
    if (slot.running?.id !== answer.job) return
    const job = this.finish(slot) as Job
    if (answer.ok) job.resolve(answer.value)
    else if ('refusal' in answer) {
      job.reject(new LakeError(answer.refusal.status, answer.refusal.message, answer.refusal.body))
    } else {
      this.options.log.error(`query failed in its worker: ${JSON.stringify(job.query.slice(0, 200))}`, answer.failure)
      job.reject(httpError(500, 'The lake failed to run this query'))
    }
    this.dispatch()
  }

  /** The time limit passed: end the thread (nothing else interrupts groq-js) and start another. */
  private stop(slot: Slot): void {
    const job = this.retire(slot)
    void slot.worker.terminate()
    if (!job) return
    const { timeoutMs } = this.options
    this.options.log.warn(`query stopped after ${timeoutMs} ms: ${JSON.stringify(job.query.slice(0, 200))}`)
    job.reject(
      apiError(
        400,
        'queryExecutionError',
        `The query did not finish within the lake's time limit of ${timeoutMs} ms (LAKE_QUERY_TIMEOUT_MS)`,
        { query: job.query },
      ),
    )
  }

  /** A thread that ended by itself (out of memory, a crash): its job fails, a new thread takes its place. */
  private replaceCrashed(slot: Slot): void {
    if (this.closed || !this.slots.includes(slot)) return
    const job = this.retire(slot)
    const error = slot.crash as (Error & { code?: string }) | undefined
    if (!job) {
      this.options.log.error('a query worker stopped', error)
      return
    }
    if (error?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      const description = `The query needed more than the ${WORKER_HEAP_MB} MB of memory a query worker has`
      job.reject(apiError(400, 'queryExecutionError', description, { query: job.query }))
    } else {
      this.options.log.error(`query worker stopped during ${JSON.stringify(job.query.slice(0, 200))}`, error)
      job.reject(httpError(500, 'The lake failed to run this query'))
    }
  }

  /** Takes a slot out of service, puts a fresh worker in its place, and returns the job it was running. */
  private retire(slot: Slot): Job | undefined {
    const job = this.finish(slot)
    const index = this.slots.indexOf(slot)
    if (index >= 0 && !this.closed) this.slots[index] = this.spawn()
    this.dispatch()
    return job
  }

  private finish(slot: Slot): Job | undefined {
    const running = slot.running
    if (!running) return undefined
    clearTimeout(running.timer)
    slot.running = undefined
    return running.job
  }

  private forward(tx: CommittedTransaction): void {
    const commit: ForwardedCommit = {
      dataset: tx.dataset,
      epoch: this.epochOf(tx.dataset),
      seq: tx.seq,
      changes: tx.documents.map(({ id, after }) => ({ id, after })),
    }
    const message: ToWorker = { kind: 'commit', commit: JSON.stringify(commit) }
    for (const slot of this.slots) slot.worker.postMessage(message)
  }

  private epochOf(dataset: string): number {
    const documents = this.options.store.documents(dataset)
    let epoch = this.epochs.get(documents)
    if (epoch === undefined) this.epochs.set(documents, (epoch = this.nextEpoch++))
    return epoch
  }
}
