/**
 * `GET /data/listen/:dataset`: Sanity's listener, a server-sent event stream of the mutations
 * that touch documents matching a GROQ filter (`query`, `$name=<JSON>` parameters). The stream
 * opens with `welcome`; each matching document of a committed transaction then gets a `mutation`
 * event (see `listen/mutation-events.ts`). Options: `includeResult`, `includePreviousRevision`,
 * `includeMutations`, `includeAllVersions`, `effectFormat=mendoza`, `visibility` (commits are always
 * visible to queries) and `enableResume`: a client reconnecting with `Last-Event-ID` then gets
 * `welcomeback` and the events it missed, or `reset` when it has to refetch.
 *
 * Anonymous listeners see published documents only. A bad filter ends the stream with
 * `channelError`. Listeners cost one filter check per touched document per commit.
 */
import { randomBytes } from 'node:crypto'
import type { LakeContext, LakeModule } from '../context.ts'
import { LakeError } from '../errors.ts'
import { handled, type LakeRequest } from '../http/router.ts'
import { formatEventId, parseEventId } from '../listen/event-ids.ts'
import { EventStreams, type EventStream } from '../listen/event-stream.ts'
import { mutationEvents, TransactionView, type ListenerFilter } from '../listen/mutation-events.ts'
import { defaultPerspective } from '../query/perspective.ts'
import type { CommittedTransaction } from '../store/types.ts'
import { queryFromUrl } from './query.ts'

/** Beyond this many missed transactions a resuming client is told to refetch instead. */
const MAX_RESUME_TRANSACTIONS = 1000

interface Listener extends ListenerFilter {
  dataset: string
  stream: EventStream
}

class ListenHub {
  readonly streams = new EventStreams()
  private readonly listeners = new Set<Listener>()
  private readonly lake: LakeContext

  constructor(lake: LakeContext) {
    this.lake = lake
  }

  add(listener: Listener): void {
    this.listeners.add(listener)
  }

  remove(listener: Listener): void {
    this.listeners.delete(listener)
  }

  publish(tx: CommittedTransaction): void {
    let view: TransactionView | undefined
    for (const listener of this.listeners) {
      if (listener.dataset !== tx.dataset) continue
      view ??= new TransactionView(tx)
      listener.stream.sendAll(this.eventsFor(listener, view))
    }
  }

  /** The transaction's events for one listener; the last carries the log position to resume after. */
  eventsFor(listener: Listener, view: TransactionView) {
    const events = mutationEvents(listener, view)
    const id = formatEventId(view.tx.seq, this.lake.store.dataset(view.tx.dataset)!)
    return events.map(({ data }, index) => ({
      event: 'mutation',
      data,
      ...(index === events.length - 1 ? { id } : {}),
    }))
  }
}

const hubs = new WeakMap<LakeContext, ListenHub>()

function handleListen(request: LakeRequest) {
  const hub = hubs.get(request.lake)!
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
  const everything = query.trim() === '*'
  const listener: Listener = {
    dataset,
    options,
    includePrivate: request.identity.canReadPrivate,
    matches: (document) =>
      everything || request.lake.queries.selectIds(query, params, new Map([[document._id, document]])).length > 0,
    stream: hub.streams.start(request.raw, () => hub.remove(listener)),
  }
  const listenerName = randomBytes(12).toString('base64url')
  try {
    // Parses the filter and checks its parameters before anything else is sent.
    request.lake.queries.selectIds(query, params, new Map())
  } catch (error) {
    if (!(error instanceof LakeError)) throw error
    listener.stream.send('channelError', error.body)
    listener.stream.close()
    return handled()
  }
  const info = request.lake.store.dataset(dataset)!
  const resumeAfter = flag('enableResume', false) ? parseEventId(header(request, 'last-event-id'), info) : undefined
  if (resumeAfter === undefined) {
    listener.stream.send('welcome', { listenerName })
  } else {
    const missed = request.lake.store.transactions(dataset, {
      afterSeq: resumeAfter,
      limit: MAX_RESUME_TRANSACTIONS + 1,
    })
    if (missed.length > MAX_RESUME_TRANSACTIONS) {
      listener.stream.send('reset', {})
    } else {
      listener.stream.send('welcomeback', { listenerName })
      for (const tx of missed) listener.stream.sendAll(hub.eventsFor(listener, new TransactionView(tx)))
    }
  }
  // Store reads are synchronous: nothing can commit between the replay and this line.
  if (!listener.stream.closed) hub.add(listener)
  return handled()
}

function header(request: LakeRequest, name: string): string | undefined {
  const value = request.headers[name]
  return Array.isArray(value) ? value[0] : value
}

export const listenModule: LakeModule = {
  name: 'listen',
  routes: [{ method: 'GET', path: '/data/listen/:dataset', handler: handleListen }],
  start(lake) {
    const hub = new ListenHub(lake)
    hubs.set(lake, hub)
    const unsubscribe = lake.store.onCommit((tx) => hub.publish(tx))
    return () => {
      unsubscribe()
      hub.streams.closeAll()
    }
  },
}
