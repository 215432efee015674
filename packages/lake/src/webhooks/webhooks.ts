/**
 * GROQ-powered webhooks, as Sanity delivers them. After a transaction commits, each changed
 * document is checked against each webhook of its dataset (operation, drafts and versions, filter);
 * a match becomes a message whose body is the projection. Messages are written to the outbox
 * (SQLite) first, then sent one at a time per webhook, oldest first, and retried with exponential
 * backoff on network errors, timeouts, 408, 429 and 5xx; other answers end the message. One log
 * line per attempt.
 *
 * Evaluation runs after the commit listener has returned (never inside it), over the transaction's
 * `before` and `after` states. Filters and projections see the document as it is after the change
 * (before it, for a delete). Transactions of the lake itself (imports, `--seed`) trigger nothing.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { evaluate } from 'groq-js'
import { IMPORT_ROBOT } from '../auth/users.ts'
import type { LakeContext, LakeModule } from '../context.ts'
import { isDraftId, isVersionId, randomId } from '../store/ids.ts'
import type { CommittedTransaction, DocumentChange } from '../store/types.ts'
import { loadWebhooks, type Operation, type Webhook } from './definitions.ts'
import { attempt, deliveryHeaders } from './delivery.ts'
import { Outbox, OUTBOX_FILE, type Message } from './outbox.ts'

/** Attempts per message; the retries wait 1, 2, 4 … 256 s, about 8.5 minutes in all. */
const MAX_ATTEMPTS = 10
const FIRST_RETRY_MS = 1000
/** Transactions read back at start when the lake stopped before recording them. */
const CATCH_UP_LIMIT = 10_000

function retryDelay(attemptsMade: number): number {
  return FIRST_RETRY_MS * 2 ** (attemptsMade - 1)
}

class WebhookDispatcher {
  private readonly lake: LakeContext
  private readonly webhooks: Webhook[]
  private readonly outbox: Outbox
  /** The attempt in progress, by webhook name. */
  private readonly sending = new Map<string, { abort: AbortController; done: Promise<void> }>()
  /** Transactions are recorded one after the other, in commit order. */
  private recording: Promise<void> = Promise.resolve()
  private timer: NodeJS.Timeout | undefined
  private stopped = false

  constructor(lake: LakeContext, webhooks: Webhook[], outbox: Outbox) {
    this.lake = lake
    this.webhooks = webhooks
    this.outbox = outbox
  }

  /** Records what the lake committed while it was not running, then sends what is due. */
  start(): void {
    const dropped = this.outbox.dropAllBut(this.webhooks.map((webhook) => webhook.name))
    if (dropped > 0) this.lake.log.warn(`webhooks: dropped ${dropped} messages of webhooks that are no longer defined`)
    const cursor = this.outbox.cursor()
    if (cursor !== undefined) {
      const datasets = new Set(this.webhooks.map((webhook) => webhook.dataset))
      const missed = [...datasets]
        .filter((dataset) => this.lake.store.hasDataset(dataset))
        .flatMap((dataset) => this.lake.store.transactions(dataset, { afterSeq: cursor, limit: CATCH_UP_LIMIT }))
        .sort((a, b) => a.seq - b.seq)
      missed.forEach((tx) => this.enqueue(tx))
    }
    this.pump()
  }

  /** The commit listener: only schedules, so the transaction's answer is not held up. */
  onCommit(tx: CommittedTransaction): void {
    setImmediate(() => this.enqueue(tx))
  }

  private enqueue(tx: CommittedTransaction): void {
    this.recording = this.recording
      .then(() => this.record(tx))
      .catch((error) => this.lake.log.error(`webhooks: could not record transaction ${tx.transactionId}`, error))
  }

  private async record(tx: CommittedTransaction): Promise<void> {
    if (this.stopped) return
    const messages: Array<Omit<Message, 'attempts'>> = []
    // The lake's own transactions (imports) trigger nothing, as a restore does not notify a site.
    const webhooks =
      tx.identity === IMPORT_ROBOT.id ? [] : this.webhooks.filter((webhook) => webhook.dataset === tx.dataset)
    for (const change of tx.documents) {
      for (const webhook of webhooks) {
        const body = await this.bodyFor(webhook, tx, change)
        if (body === undefined) continue
        messages.push({
          id: `msg-${randomId()}`,
          webhook: webhook.name,
          dataset: tx.dataset,
          documentId: change.id,
          transactionId: tx.transactionId,
          transactionTime: tx.timestamp,
          operation: operationOf(change),
          body,
        })
      }
    }
    if (this.stopped) return
    this.outbox.record(tx.seq, messages, Date.now())
    if (messages.length > 0) this.pump()
  }

  /** The message body for a change, or undefined when the webhook does not want it. */
  private async bodyFor(webhook: Webhook, tx: CommittedTransaction, change: DocumentChange) {
    const operation = operationOf(change)
    if (!webhook.on.has(operation)) return undefined
    if (isDraftId(change.id) && !webhook.includeDrafts) return undefined
    if (isVersionId(change.id) && !webhook.includeAllVersions) return undefined
    const { store, queries, config } = this.lake
    const options = {
      root: change.after ?? change.before,
      before: change.before,
      after: change.after,
      dataset: queries.view(tx.dataset, { kind: 'raw' }, true).documents,
      dereference: ({ _ref }: { _ref: string }) => store.getDocument(tx.dataset, _ref) ?? null,
      sanity: { projectId: config.projectId, dataset: tx.dataset },
    }
    try {
      if (webhook.filter && (await (await evaluate(webhook.filter, options)).get()) !== true) return undefined
      const body = webhook.projection ? await (await evaluate(webhook.projection, options)).get() : options.root
      return JSON.stringify(body ?? null)
    } catch (error) {
      this.lake.log.warn(`webhook ${webhook.name}: GROQ failed for ${change.id}, not sent: ${String(error)}`)
      return undefined
    }
  }

  /**
   * Sends each idle webhook's oldest due message, then sleeps until the next one falls due. One
   * message at a time per webhook, so a webhook's messages that are due go out in commit order.
   */
  private pump(): void {
    if (this.stopped) return
    clearTimeout(this.timer)
    const now = Date.now()
    for (const webhook of this.webhooks) {
      const message = this.sending.has(webhook.name) ? undefined : this.outbox.firstDue(webhook.name, now)
      if (message) this.send(webhook, message)
    }
    // A busy webhook calls pump() again when its attempt ends.
    const idle = this.webhooks.map((webhook) => webhook.name).filter((name) => !this.sending.has(name))
    const next = this.outbox.nextDueAt(idle)
    if (next !== undefined) this.timer = setTimeout(() => this.pump(), Math.max(0, next - Date.now()))
  }

  private send(webhook: Webhook, message: Message): void {
    const abort = new AbortController()
    const done = this.deliver(webhook, message, abort.signal).finally(() => {
      this.sending.delete(webhook.name)
      this.pump()
    })
    this.sending.set(webhook.name, { abort, done })
  }

  private async deliver(webhook: Webhook, message: Message, signal: AbortSignal): Promise<void> {
    const started = performance.now()
    const headers = deliveryHeaders(webhook, message, this.lake.config.projectId)
    const result = await attempt(webhook, headers, message.body, signal)
    // Interrupted by shutdown: not an attempt; the message stays due for the next start.
    if (this.stopped) return
    const attempts = message.attempts + 1
    const outcome = 'status' in result ? String(result.status) : result.error
    const ms = Math.round(performance.now() - started)
    const line = `webhook ${webhook.name}  ${message.operation} ${message.documentId}  ${webhook.httpMethod} ${webhook.url.href}  ${outcome}  ${ms} ms  attempt ${attempts}/${MAX_ATTEMPTS}`
    if ('status' in result && result.status >= 200 && result.status < 300) {
      this.outbox.remove(message.id)
      this.lake.log.info(line)
      return
    }
    const retryable = !('status' in result) || result.status === 408 || result.status === 429 || result.status >= 500
    if (retryable && attempts < MAX_ATTEMPTS) {
      const delay = retryDelay(attempts)
      this.outbox.schedule(message.id, Date.now() + delay, attempts)
      this.lake.log.warn(`${line}, retrying in ${delay / 1000} s`)
    } else {
      this.outbox.remove(message.id)
      this.lake.log.warn(`${line}, giving up`)
    }
  }

  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.timer)
    for (const { abort } of this.sending.values()) abort.abort()
    await Promise.all([this.recording, ...[...this.sending.values()].map(({ done }) => done)])
  }
}

function operationOf(change: DocumentChange): Operation {
  return !change.before ? 'create' : !change.after ? 'delete' : 'update'
}

export const webhooksModule: LakeModule = {
  name: 'webhooks',
  routes: [],
  start(lake) {
    const { source, webhooks, disabled } = loadWebhooks(process.env)
    disabled.forEach((reason) => lake.log.warn(reason))
    lake.log.info(`webhooks: ${webhooks.map((webhook) => webhook.name).join(', ') || 'none'} (${source})`)
    if (webhooks.length === 0) {
      // Nothing to catch up on when webhooks come back: they start with the transactions after that.
      if (existsSync(join(lake.config.dir, OUTBOX_FILE))) {
        const outbox = new Outbox(lake.config.dir)
        outbox.clearCursor()
        outbox.close()
      }
      return
    }
    const outbox = new Outbox(lake.config.dir)
    const dispatcher = new WebhookDispatcher(lake, webhooks, outbox)
    const unsubscribe = lake.store.onCommit((tx) => dispatcher.onCommit(tx))
    dispatcher.start()
    return async () => {
      unsubscribe()
      await dispatcher.stop()
      outbox.close()
    }
  },
}
