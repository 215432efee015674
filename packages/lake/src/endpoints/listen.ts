/**
 * `GET /data/listen/:dataset`: Sanity's listener, a server-sent event stream of the mutations
 * that touch documents matching a GROQ filter (`query`, `$name=<JSON>` parameters). The stream
 * opens with `welcome`; each matching document of a committed transaction then gets a `mutation`
 * event (see `listen/mutation-events.ts`). Options: `includeResult`, `includePreviousRevision`,
 * `includeMutations`, `includeAllVersions`, `effectFormat=mendoza`, `visibility` (commits are always
 * visible to queries) and `enableResume`: a client reconnecting with `Last-Event-ID` then gets
 * `welcomeback` and the events it missed, or `reset` when it has to refetch.
 *
 * Anonymous listeners see published documents only (none of a private dataset). A filter that does
 * not parse, or takes longer than the query time limit on a document, ends the stream with
 * `channelError`. Filters are checked on a worker thread, once per distinct filter per commit.
 */
import { randomBytes } from 'node:crypto'
import { mayReadDataset } from '../auth/users.ts'
import type { LakeContext, LakeModule } from '../context.ts'
import { httpError, LakeError } from '../errors.ts'
import { handled, type LakeRequest } from '../http/router.ts'
import { formatEventId, parseEventId } from '../listen/event-ids.ts'
import { EventStreams, type EventStream } from '../listen/event-stream.ts'
import { mutationEvents, TransactionView, type ListenOptions } from '../listen/mutation-events.ts'
import { defaultPerspective } from '../query/perspective.ts'
import { QueryWorkers } from '../query/workers.ts'
import type { CommittedTransaction, SanityDocument } from '../store/types.ts'
import { queryFromUrl } from './query.ts'

/** Beyond this many missed transactions a resuming client is told to refetch instead. */
const MAX_RESUME_TRANSACTIONS = 1000

interface Listener {
  dataset: string
  options: ListenOptions
  /** False for anonymous listeners: no drafts or versions, and no writer's identity. */
  signedIn: boolean
  query: string
  params: Record<string, unknown>
  /** `*`: every document matches, there is no filter to check. */
  everything: boolean
  stream: EventStream
}

/**
 * Open listeners. Filters are checked on a worker thread (`query/workers.ts`) within the query time
 * limit, so checking takes time: commits and newly opened listeners go through one queue, each
 * waiting for the one before, so that every listener gets exactly the commits after it opened, in
 * order. A lake has two hubs, one for signed-in listeners and one for anonymous ones, each with its
 * own queue and thread, so that no anonymous filter can delay the Studio's events.
 */
class ListenHub {
  readonly streams = new EventStreams()
  private readonly listeners = new Set<Listener>()
  private readonly lake: LakeContext
  private readonly filters: QueryWorkers
  private queue: Promise<void> = Promise.resolve()

  constructor(lake: LakeContext) {
    this.lake = lake
    this.filters = new QueryWorkers({
      store: lake.store,
      projectId: lake.config.projectId,
      size: 1,
      timeoutMs: lake.config.queryTimeoutMs,
      log: lake.log,
      replicate: false,
    })
  }

  /**
   * In turn after what came before: greets the listener, sends the transactions it missed (read
   * when it connected), and from then on every commit.
   */
  open(listener: Listener, greeting: 'welcome' | 'welcomeback' | 'reset', missed: CommittedTransaction[] = []): void {
    const listenerName = randomBytes(12).toString('base64url')
    this.enqueue(async () => {
      if (listener.stream.closed) return
      listener.stream.send(greeting, greeting === 'reset' ? {} : { listenerName })
      for (const tx of missed) await this.deliver(tx, [listener])
      if (!listener.stream.closed) this.listeners.add(listener)
    })
  }

  remove(listener: Listener): void {
    this.listeners.delete(listener)
  }

  publish(tx: CommittedTransaction): void {
    this.enqueue(() => this.deliver(tx, [...this.listeners]))
  }

  close(): Promise<void> {
    this.streams.closeAll()
    return this.filters.close()
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((error) => this.lake.log.error('listen: sending events failed', error))
  }

  /** One transaction's events to each of `listeners` whose filter matched; the last event carries the log position. */
  private async deliver(tx: CommittedTransaction, listeners: Listener[]): Promise<void> {
    const interested = listeners.filter((listener) => listener.dataset === tx.dataset && !listener.stream.closed)
    if (interested.length === 0) return
    const matching = await this.checkFilters(interested, tx)
    const view = new TransactionView(tx)
    const id = formatEventId(tx.seq, this.lake.store.dataset(tx.dataset)!)
    for (const [listener, matches] of matching) {
      const events = mutationEvents({ ...listener, includePrivate: listener.signedIn, matches }, view)
      listener.stream.sendAll(
        events.map(({ data }, index) => ({
          event: 'mutation',
          data,
          ...(index === events.length - 1 ? { id } : {}),
        })),
      )
    }
  }

  /**
   * Which of the transaction's documents each listener's filter matches, each document checked
   * alone, once per distinct filter. A listener whose filter fails (the time limit) gets
   * `channelError` and is closed.
   */
  private async checkFilters(
    listeners: Listener[],
    tx: CommittedTransaction,
  ): Promise<Map<Listener, (document: SanityDocument) => boolean>> {
    const documents = tx.documents.flatMap(({ before, after }) =>
      [before, after].filter((document) => document !== null),
    )
    const matching = new Map<Listener, (document: SanityDocument) => boolean>()
    const byFilter = new Map<string, Listener[]>()
    for (const listener of listeners) {
      if (listener.everything) {
        matching.set(listener, () => true)
        continue
      }
      const key = JSON.stringify([listener.query, listener.params])
      byFilter.set(key, [...(byFilter.get(key) ?? []), listener])
    }
    for (const group of byFilter.values()) {
      const { query, params } = group[0]
      try {
        const results = await this.filters.filter(query, params, documents)
        const matched = new Set(documents.filter((_, index) => results[index]))
        for (const listener of group) matching.set(listener, (document) => matched.has(document))
      } catch (error) {
        const body = error instanceof LakeError ? error.body : httpError(500, 'The filter could not be checked').body
        for (const listener of group) {
          listener.stream.send('channelError', body)
          listener.stream.close()
        }
      }
    }
    return matching
  }
}

const hubs = new WeakMap<LakeContext, { signedIn: ListenHub; anonymous: ListenHub }>()

function handleListen(request: LakeRequest) {
  const signedIn = request.identity.user !== null
  const hub = hubs.get(request.lake)![signedIn ? 'signedIn' : 'anonymous']
  const { dataset } = request.params
  const { query, params } = queryFromUrl(request.query)
  const flag = (name: string, fallback: boolean) => {
    const value = request.query.get(name)
    return value === null ? fallback : value === 'true'
  }
  const options = {
    includeResult: flag('includeResult', false),
    includePreviousRevision: flag('includePreviousRevision', false),
    includeMutations: flag('includeMutations', true),
    // From API v2025-02-19 listeners see published documents unless they ask for all versions.
    includeAllVersions: flag('includeAllVersions', defaultPerspective(request.apiVersion).kind === 'raw'),
    ...(request.query.get('effectFormat') === 'mendoza' ? { effectFormat: 'mendoza' as const } : {}),
  }
  const listener: Listener = {
    dataset,
    options,
    signedIn,
    query,
    params,
    everything: query.trim() === '*',
    stream: hub.streams.start(request.raw, () => hub.remove(listener)),
  }
  try {
    // Parses the filter and checks its parameters (evaluating nothing) before anything is sent.
    request.lake.queries.validate(query, params)
  } catch (error) {
    if (!(error instanceof LakeError)) throw error
    listener.stream.send('channelError', error.body)
    listener.stream.close()
    return handled()
  }
  const info = request.lake.store.dataset(dataset)!
  if (!mayReadDataset(request.identity, info)) {
    // Anonymous, private dataset: the stream stays open and quiet, as no document is visible.
    listener.stream.send('welcome', { listenerName: randomBytes(12).toString('base64url') })
    return handled()
  }
  const resumeAfter = flag('enableResume', false) ? parseEventId(header(request, 'last-event-id'), info) : undefined
  if (resumeAfter === undefined) {
    hub.open(listener, 'welcome')
    return handled()
  }
  // Read now: a commit from here on is sent to the listener as it is published.
  const missed = request.lake.store.transactions(dataset, { afterSeq: resumeAfter, limit: MAX_RESUME_TRANSACTIONS + 1 })
  if (missed.length > MAX_RESUME_TRANSACTIONS) hub.open(listener, 'reset')
  else hub.open(listener, 'welcomeback', missed)
  return handled()
}

function header(request: LakeRequest, name: string): string | undefined {
  const value = request.headers[name]
  return Array.isArray(value) ? value[0] : value
}

export const listenModule: LakeModule = {
  name: 'listen',
  routes: [{ method: 'GET', path: '/data/listen/:dataset', stream: true, handler: handleListen }],
  start(lake) {
    const both = { signedIn: new ListenHub(lake), anonymous: new ListenHub(lake) }
    hubs.set(lake, both)
    const unsubscribe = lake.store.onCommit((tx) => {
      both.signedIn.publish(tx)
      both.anonymous.publish(tx)
    })
    return async () => {
      unsubscribe()
      await Promise.all([both.signedIn.close(), both.anonymous.close()])
    }
  },
}
