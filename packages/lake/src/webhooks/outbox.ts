/**
 * Webhook deliveries waiting to be sent, in `${LAKE_DIR}/webhooks.db` (SQLite), so that a restart
 * or a crash loses none: each row is one message (one webhook, one document, one transaction)
 * with its body and its retry schedule. `cursor` is the last transaction whose messages were
 * recorded; after a crash the lake records the transactions after it.
 */
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import type { Operation } from './definitions.ts'

export interface Message {
  /** Also the `idempotency-key` header: the same for every attempt. */
  id: string
  webhook: string
  dataset: string
  documentId: string
  transactionId: string
  transactionTime: string
  operation: Operation
  body: string
  /** Attempts made so far. */
  attempts: number
}

export const OUTBOX_FILE = 'webhooks.db'

export class Outbox {
  private readonly db: DatabaseSync

  constructor(lakeDir: string) {
    this.db = new DatabaseSync(join(lakeDir, OUTBOX_FILE))
    this.db.exec(`
      PRAGMA journal_mode = WAL;
      PRAGMA synchronous = FULL;
      CREATE TABLE IF NOT EXISTS messages (
        id TEXT PRIMARY KEY,
        webhook TEXT NOT NULL,
        dataset TEXT NOT NULL,
        document_id TEXT NOT NULL,
        transaction_id TEXT NOT NULL,
        transaction_time TEXT NOT NULL,
        operation TEXT NOT NULL,
        body TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        -- Milliseconds since the epoch.
        due_at INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS messages_by_due ON messages (due_at);
      CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
    `)
  }

  close(): void {
    if (this.db.isOpen) this.db.close()
  }

  /** The `seq` of the last transaction recorded; undefined before the first. */
  cursor(): number | undefined {
    const row = this.db.prepare("SELECT value FROM state WHERE key = 'cursor'").get()
    return row ? Number(row.value) : undefined
  }

  /** Forgets the cursor: with no webhooks there is nothing to catch up on later. */
  clearCursor(): void {
    this.db.prepare("DELETE FROM state WHERE key = 'cursor'").run()
  }

  /** Adds a transaction's messages, due now, and moves the cursor past it, in one write. */
  record(seq: number, messages: Array<Omit<Message, 'attempts'>>, now: number): void {
    const insert = this.db.prepare(
      `INSERT INTO messages (id, webhook, dataset, document_id, transaction_id, transaction_time, operation, body, attempts, due_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
    )
    this.db.exec('BEGIN IMMEDIATE')
    try {
      for (const m of messages) {
        insert.run(
          m.id,
          m.webhook,
          m.dataset,
          m.documentId,
          m.transactionId,
          m.transactionTime,
          m.operation,
          m.body,
          now,
        )
      }
      this.db
        .prepare(
          "INSERT INTO state (key, value) VALUES ('cursor', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .run(seq)
      this.db.exec('COMMIT')
    } catch (error) {
      this.db.exec('ROLLBACK')
      throw error
    }
  }

  /** A webhook's oldest message that is due at `now`. */
  firstDue(webhook: string, now: number): Message | undefined {
    const row = this.db
      .prepare('SELECT * FROM messages WHERE webhook = ? AND due_at <= ? ORDER BY due_at, rowid LIMIT 1')
      .get(webhook, now)
    if (!row) return undefined
    return {
      id: String(row.id),
      webhook: String(row.webhook),
      dataset: String(row.dataset),
      documentId: String(row.document_id),
      transactionId: String(row.transaction_id),
      transactionTime: String(row.transaction_time),
      operation: String(row.operation) as Operation,
      body: String(row.body),
      attempts: Number(row.attempts),
    }
  }

  /** When the next message of these webhooks falls due; undefined when none waits. */
  nextDueAt(webhooks: string[]): number | undefined {
    if (webhooks.length === 0) return undefined
    const placeholders = webhooks.map(() => '?').join(', ')
    const row = this.db
      .prepare(`SELECT min(due_at) AS due FROM messages WHERE webhook IN (${placeholders})`)
      .get(...webhooks)
    return row?.due === null || row?.due === undefined ? undefined : Number(row.due)
  }

  /** Drops the messages of webhooks that are no longer defined; returns how many. */
  dropAllBut(webhooks: string[]): number {
    const placeholders = webhooks.map(() => '?').join(', ')
    return Number(
      this.db.prepare(`DELETE FROM messages WHERE webhook NOT IN (${placeholders})`).run(...webhooks).changes,
    )
  }

  /** Sets when a message is next due, and how many attempts it has had. */
  schedule(id: string, dueAt: number, attempts: number): void {
    this.db.prepare('UPDATE messages SET due_at = ?, attempts = ? WHERE id = ?').run(dueAt, attempts, id)
  }

  remove(id: string): void {
    this.db.prepare('DELETE FROM messages WHERE id = ?').run(id)
  }
}
