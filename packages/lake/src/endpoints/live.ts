/**
 * Live content for next-sanity's `defineLive` / `<SanityLive>` (`client.live.events()`):
 * `GET /data/live/events/:dataset` is a server-sent event stream that opens with `welcome` and then
 * sends, per committed transaction, `message` `{tags}` with the sync tags it invalidates (the same
 * tags `query/sync-tags.ts` puts in query responses) and the log position as event id. Without
 * `includeDrafts=true` (which needs a token) only changes to published documents are announced,
 * and to an anonymous client none in a private dataset.
 * A client reconnecting with `Last-Event-ID` gets the messages it missed, or `restart` (refetch
 * everything) when too many were missed or the id is not from this dataset. The lake never needs
 * to send `goaway`. `GET /check/cors` tells the client that its origin is allowed.
 */
import { mayReadDataset } from '../auth/users.ts'
import type { LakeContext, LakeModule } from '../context.ts'
import { httpError } from '../errors.ts'
import { handled, json, type LakeRequest } from '../http/router.ts'
import { formatEventId, parseEventId } from '../listen/event-ids.ts'
import { EventStreams, type EventStream } from '../listen/event-stream.ts'
import { syncTagsForTransaction } from '../query/sync-tags.ts'
import { isPublicId } from '../store/ids.ts'
import type { CommittedTransaction } from '../store/types.ts'

/** Beyond this many missed transactions a reconnecting client is told to refetch everything. */
const MAX_REPLAY_TRANSACTIONS = 1000

interface LiveStream {
  dataset: string
  includeDrafts: boolean
  stream: EventStream
}

interface LiveHub {
  streams: EventStreams
  live: Set<LiveStream>
}

const hubs = new WeakMap<LakeContext, LiveHub>()

/** The `message` event announcing a transaction, or undefined when it changed nothing the stream sees. */
function messageFor(lake: LakeContext, tx: CommittedTransaction, includeDrafts: boolean) {
  const documents = includeDrafts ? tx.documents : tx.documents.filter((change) => isPublicId(change.id))
  if (documents.length === 0) return undefined
  const tags = syncTagsForTransaction({ ...tx, documents })
  return { event: 'message', data: { tags }, id: formatEventId(tx.seq, lake.store.dataset(tx.dataset)!) }
}

function handleLiveEvents(request: LakeRequest) {
  const hub = hubs.get(request.lake)!
  const { dataset } = request.params
  const includeDrafts = request.query.get('includeDrafts') === 'true'
  if (includeDrafts && !request.identity.canReadPrivate) {
    throw httpError(401, 'Live events with includeDrafts need a token that may read drafts')
  }
  const entry: LiveStream = {
    dataset,
    includeDrafts,
    stream: hub.streams.start(request.raw, () => hub.live.delete(entry)),
  }
  entry.stream.send('welcome', {})
  if (!mayReadDataset(request.identity, request.lake.store.dataset(dataset)!)) {
    // Anonymous, private dataset: no change is anything it may know of; the stream stays quiet.
    return handled()
  }
  const lastEventId = request.headers['last-event-id']
  if (lastEventId !== undefined) {
    const position = parseEventId(String(lastEventId), request.lake.store.dataset(dataset)!)
    const missed =
      position === undefined
        ? undefined
        : request.lake.store.transactions(dataset, { afterSeq: position, limit: MAX_REPLAY_TRANSACTIONS + 1 })
    if (!missed || missed.length > MAX_REPLAY_TRANSACTIONS) {
      entry.stream.send('restart', {})
    } else {
      const messages = missed.map((tx) => messageFor(request.lake, tx, includeDrafts))
      entry.stream.sendAll(messages.filter((message) => message !== undefined))
    }
  }
  // Store reads are synchronous: nothing can commit between the replay and this line.
  if (!entry.stream.closed) hub.live.add(entry)
  return handled()
}

export const liveModule: LakeModule = {
  name: 'live',
  routes: [
    { method: 'GET', path: '/data/live/events/:dataset', stream: true, handler: handleLiveEvents },
    { method: 'GET', path: '/check/cors', handler: () => json({ result: { allowed: true, withCredentials: true } }) },
  ],
  start(lake) {
    const hub: LiveHub = { streams: new EventStreams(), live: new Set() }
    hubs.set(lake, hub)
    const unsubscribe = lake.store.onCommit((tx) => {
      // At most two messages per transaction, whatever the number of streams.
      const messages = new Map<boolean, ReturnType<typeof messageFor>>()
      for (const { dataset, includeDrafts, stream } of hub.live) {
        if (dataset !== tx.dataset) continue
        if (!messages.has(includeDrafts)) messages.set(includeDrafts, messageFor(lake, tx, includeDrafts))
        const message = messages.get(includeDrafts)
        if (message) stream.send(message.event, message.data, message.id)
      }
    })
    return () => {
      unsubscribe()
      hub.streams.closeAll()
    }
  },
}
