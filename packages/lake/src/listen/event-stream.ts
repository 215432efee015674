/**
 * Server-sent event streams over HTTP/1.1 and HTTP/2, shared by the listen and live endpoints:
 * one set of open streams per lake module, one keep-alive timer for all of them (a comment line
 * that keeps proxies and browsers from timing the stream out), and cleanup when the client goes
 * away or the lake stops.
 */
import type { ServerResponse } from 'node:http'
import type { RawExchange } from '../http/request.ts'

const KEEP_ALIVE_MS = 25_000
/** A client this far behind is cut off; it reconnects (and resumes) instead of growing our memory. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024

export interface EventStream {
  /** Writes one event; `id` becomes the client's `Last-Event-ID` when it reconnects. */
  send(event: string, data: unknown, id?: string): void
  /** Writes several events in one chunk, so a client never sees half of them. */
  sendAll(events: Array<{ event: string; data: unknown; id?: string }>): void
  close(): void
  readonly closed: boolean
}

export class EventStreams {
  private readonly open = new Set<ServerResponse>()
  private readonly timer: NodeJS.Timeout

  constructor() {
    this.timer = setInterval(() => {
      for (const res of this.open) res.write(': keep-alive\n\n')
    }, KEEP_ALIVE_MS)
    this.timer.unref()
  }

  get size(): number {
    return this.open.size
  }

  /** Starts an event stream on the exchange; `onClose` runs once when it ends, whoever ends it. */
  start({ res }: RawExchange, onClose: () => void): EventStream {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
    })
    this.open.add(res)
    let closed = false
    res.on('close', () => {
      closed = true
      this.open.delete(res)
      onClose()
    })
    const write = (chunk: string) => {
      if (closed) return
      res.write(chunk)
      if (res.writableLength > MAX_BUFFERED_BYTES) res.destroy()
    }
    return {
      send: (event, data, id) => write(format(event, data, id)),
      sendAll: (events) => {
        if (events.length > 0) write(events.map(({ event, data, id }) => format(event, data, id)).join(''))
      },
      close: () => res.end(),
      get closed() {
        return closed
      },
    }
  }

  /** Ends every open stream (the lake is stopping); clients reconnect to the next lake. */
  closeAll(): void {
    clearInterval(this.timer)
    for (const res of this.open) res.end()
  }
}

function format(event: string, data: unknown, id?: string): string {
  // JSON never contains a raw newline, so the data fits on one `data:` line.
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`
}
