/**
 * An HTTP server that stands in for a webhook's target in tests: it records every request and
 * answers as the test tells it (a status, or a dropped connection).
 *
 *   const receiver = new WebhookReceiver()
 *   const url = await receiver.start()            // give the lake this as the webhook's host
 *   const delivery = await receiver.waitFor('for the publish', (d) => d.path === '/api/revalidate')
 */
import { once } from 'node:events'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Delivery {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: string
  /** What the receiver answered. */
  answer?: Answer
}

/** What the receiver does with a request: answer with a status, or drop the connection. */
export type Answer = number | 'drop'

/** Records every request and answers as the test tells it. */
export class WebhookReceiver {
  readonly deliveries: Delivery[] = []
  answer: (delivery: Delivery) => Answer = () => 200
  private readonly server: Server
  private waiters: Array<() => void> = []

  constructor() {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = []
      request.on('data', (chunk: Buffer) => chunks.push(chunk))
      request.on('end', () => {
        const delivery: Delivery = {
          method: request.method ?? '',
          path: request.url ?? '',
          headers: request.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }
        const answer = this.answer(delivery)
        this.deliveries.push({ ...delivery, answer })
        if (answer === 'drop') request.socket.destroy()
        else response.writeHead(answer).end()
        this.waiters.forEach((wake) => wake())
      })
    })
  }

  async start(): Promise<string> {
    this.server.listen(0, '127.0.0.1')
    await once(this.server, 'listening')
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  stop(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((resolveClose) => this.server.close(() => resolveClose()))
  }

  /** Waits for the `count`-th delivery that matches (1 for the first). */
  async waitFor(description: string, match: (delivery: Delivery) => boolean, count = 1): Promise<Delivery> {
    const deadline = Date.now() + 20_000
    for (;;) {
      const matching = this.deliveries.filter(match)
      if (matching.length >= count) return matching[count - 1]
      if (Date.now() > deadline) {
        const seen = this.deliveries.map((d) => `${d.method} ${d.path} ${d.body}`).join('\n')
        throw new Error(`No delivery ${description} (#${count}); received:\n${seen}`)
      }
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, 500)
        this.waiters.push(() => {
          clearTimeout(timer)
          wake()
        })
      })
      this.waiters = []
    }
  }

  to(path: string): Delivery[] {
    return this.deliveries.filter((delivery) => delivery.path === path)
  }
}

/** A delivery's JSON body. */
export const bodyOf = (delivery: Delivery) => JSON.parse(delivery.body)

/** Matches deliveries to `path` about the document `id` (Sanity's `sanity-document-id` header). */
export const forDocument = (path: string, id: string) => (delivery: Delivery) =>
  delivery.path === path && delivery.headers['sanity-document-id'] === id
