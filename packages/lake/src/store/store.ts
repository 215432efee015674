/**
 * The lake's storage: one SQLite database (WAL, synchronous=FULL) holding datasets, the current
 * documents and the full transaction log, plus an in-memory copy of every dataset's documents that
 * queries read. A transaction is one SQLite transaction; it reaches memory and the commit listeners
 * only after COMMIT returned, so an acknowledged write is on disk and a crash never leaves half of one.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync, type StatementSync } from 'node:sqlite'
import type { CommittedTransaction, DatasetInfo, DocumentChange, SanityDocument } from './types.ts'

export type CommitListener = (tx: CommittedTransaction) => void

/** What the mutation engine hands the store: the new state of each touched document. */
export interface TransactionInput {
  dataset: string
  transactionId: string
  timestamp: string
  identity: string
  mutations: unknown[]
  /** `after: null` deletes. Documents must already carry `_rev`, `_createdAt` and `_updatedAt`. */
  changes: Array<{ id: string; after: SanityDocument | null }>
}

const DATASET_NAME = /^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$/

export function isValidDatasetName(name: string): boolean {
  return DATASET_NAME.test(name)
}

export class TransactionIdConflictError extends Error {}

const SQLITE_CONSTRAINT_UNIQUE = 2067

interface DatasetState {
  info: DatasetInfo
  documents: Map<string, SanityDocument>
  /** Bumped on every commit: caches built from `documents` compare it to know they are stale. */
  generation: number
}

interface Statements {
  insertDataset: StatementSync
  updateDatasetAclMode: StatementSync
  deleteDatasetRow: StatementSync
  deleteDatasetDocuments: StatementSync
  deleteDatasetRevisions: StatementSync
  deleteDatasetTransactions: StatementSync
  insertTransaction: StatementSync
  upsertDocument: StatementSync
  deleteDocument: StatementSync
  insertRevision: StatementSync
  revisionBefore: StatementSync
}

export class Store {
  readonly path: string
  private readonly db: DatabaseSync
  private readonly datasetsByName = new Map<string, DatasetState>()
  private readonly listeners = new Set<CommitListener>()
  private readonly statements: Statements

  private constructor(path: string) {
    this.path = path
    this.db = new DatabaseSync(path)
    this.db.exec(`
      PRAGMA journal_mode = WAL;
      PRAGMA synchronous = FULL;
      PRAGMA foreign_keys = ON;
      CREATE TABLE IF NOT EXISTS datasets (
        name TEXT PRIMARY KEY,
        acl_mode TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS documents (
        dataset TEXT NOT NULL,
        id TEXT NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (dataset, id)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS transactions (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        dataset TEXT NOT NULL,
        id TEXT NOT NULL,
        timestamp TEXT NOT NULL,
        identity TEXT NOT NULL,
        mutations TEXT NOT NULL,
        UNIQUE (dataset, id)
      );
      -- One row per document per transaction: the document's state after it (NULL when deleted).
      -- The state before is the previous row of the same document, so it is not stored twice.
      CREATE TABLE IF NOT EXISTS revisions (
        dataset TEXT NOT NULL,
        document_id TEXT NOT NULL,
        seq INTEGER NOT NULL REFERENCES transactions (seq),
        position INTEGER NOT NULL,
        body TEXT,
        PRIMARY KEY (dataset, document_id, seq)
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS revisions_by_seq ON revisions (seq);
    `)
    this.statements = {
      insertDataset: this.db.prepare(
        'INSERT INTO datasets (name, acl_mode, created_at, created_by) VALUES (?, ?, ?, ?)',
      ),
      updateDatasetAclMode: this.db.prepare('UPDATE datasets SET acl_mode = ? WHERE name = ?'),
      deleteDatasetRow: this.db.prepare('DELETE FROM datasets WHERE name = ?'),
      deleteDatasetDocuments: this.db.prepare('DELETE FROM documents WHERE dataset = ?'),
      deleteDatasetRevisions: this.db.prepare('DELETE FROM revisions WHERE dataset = ?'),
      deleteDatasetTransactions: this.db.prepare('DELETE FROM transactions WHERE dataset = ?'),
      insertTransaction: this.db.prepare(
        'INSERT INTO transactions (dataset, id, timestamp, identity, mutations) VALUES (?, ?, ?, ?, ?) RETURNING seq',
      ),
      upsertDocument: this.db.prepare(
        'INSERT INTO documents (dataset, id, body) VALUES (?, ?, ?) ON CONFLICT (dataset, id) DO UPDATE SET body = excluded.body',
      ),
      deleteDocument: this.db.prepare('DELETE FROM documents WHERE dataset = ? AND id = ?'),
      insertRevision: this.db.prepare(
        'INSERT INTO revisions (dataset, document_id, seq, position, body) VALUES (?, ?, ?, ?, ?)',
      ),
      revisionBefore: this.db.prepare(
        'SELECT body FROM revisions WHERE dataset = ? AND document_id = ? AND seq < ? ORDER BY seq DESC LIMIT 1',
      ),
    }
    this.load()
  }

  /** Opens (or creates) the store in `dir`. A new store has the dataset `production`. */
  static open(dir: string): Store {
    mkdirSync(dir, { recursive: true })
    const store = new Store(join(dir, 'lake.db'))
    if (store.datasetsByName.size === 0) store.createDataset('production')
    return store
  }

  private load(): void {
    const datasets = this.db
      .prepare('SELECT name, acl_mode, created_at, created_by FROM datasets ORDER BY created_at')
      .all()
    for (const row of datasets) {
      const info: DatasetInfo = {
        name: String(row.name),
        aclMode: row.acl_mode === 'private' ? 'private' : 'public',
        createdAt: String(row.created_at),
        createdByUserId: String(row.created_by),
      }
      this.datasetsByName.set(info.name, { info, documents: new Map(), generation: 0 })
    }
    const documents = this.db.prepare('SELECT dataset, id, body FROM documents').iterate()
    for (const row of documents) {
      this.datasetsByName.get(String(row.dataset))?.documents.set(String(row.id), JSON.parse(String(row.body)))
    }
  }

  close(): void {
    this.listeners.clear()
    if (this.db.isOpen) this.db.close()
  }

  // --- datasets -----------------------------------------------------------------------------

  datasets(): DatasetInfo[] {
    return [...this.datasetsByName.values()].map((state) => state.info)
  }

  hasDataset(name: string): boolean {
    return this.datasetsByName.has(name)
  }

  dataset(name: string): DatasetInfo | undefined {
    return this.datasetsByName.get(name)?.info
  }

  createDataset(name: string, options: { aclMode?: DatasetInfo['aclMode']; createdBy?: string } = {}): DatasetInfo {
    if (!isValidDatasetName(name)) throw new Error(`Invalid dataset name "${name}"`)
    const existing = this.datasetsByName.get(name)
    if (existing) return existing.info
    const info: DatasetInfo = {
      name,
      aclMode: options.aclMode ?? 'public',
      createdAt: new Date().toISOString(),
      createdByUserId: options.createdBy ?? '',
    }
    this.statements.insertDataset.run(info.name, info.aclMode, info.createdAt, info.createdByUserId)
    this.datasetsByName.set(name, { info, documents: new Map(), generation: 0 })
    return info
  }

  /** Changes who may read a dataset. Returns the dataset as it is now, or undefined when it does not exist. */
  setAclMode(name: string, aclMode: DatasetInfo['aclMode']): DatasetInfo | undefined {
    const state = this.datasetsByName.get(name)
    if (!state) return undefined
    this.statements.updateDatasetAclMode.run(aclMode, name)
    state.info = { ...state.info, aclMode }
    return state.info
  }

  /** Deletes a dataset with its documents and history. Returns false when it did not exist. */
  deleteDataset(name: string): boolean {
    if (!this.datasetsByName.has(name)) return false
    this.inTransaction(() => {
      this.statements.deleteDatasetRevisions.run(name)
      this.statements.deleteDatasetTransactions.run(name)
      this.statements.deleteDatasetDocuments.run(name)
      this.statements.deleteDatasetRow.run(name)
    })
    this.datasetsByName.delete(name)
    return true
  }

  // --- documents ----------------------------------------------------------------------------

  /** The dataset's current documents by id. Shared with the store: never mutate them. */
  documents(dataset: string): ReadonlyMap<string, SanityDocument> {
    return this.state(dataset).documents
  }

  getDocument(dataset: string, id: string): SanityDocument | undefined {
    return this.state(dataset).documents.get(id)
  }

  /** Changes on every commit to the dataset; lets callers cache views of its documents. */
  generation(dataset: string): number {
    return this.state(dataset).generation
  }

  private state(dataset: string): DatasetState {
    const state = this.datasetsByName.get(dataset)
    if (!state) throw new Error(`Unknown dataset "${dataset}"`)
    return state
  }

  // --- transactions -------------------------------------------------------------------------

  /**
   * Writes one transaction atomically and durably, then updates memory and tells the listeners.
   * Throws TransactionIdConflictError when the dataset already has a transaction with that id.
   */
  commit(input: TransactionInput): CommittedTransaction {
    const state = this.state(input.dataset)
    const documents: DocumentChange[] = input.changes.map(({ id, after }) => ({
      id,
      before: state.documents.get(id) ?? null,
      after,
    }))
    let seq = 0
    this.inTransaction(() => {
      const row = this.insertTransactionRow(input)
      seq = Number(row.seq)
      documents.forEach((change, position) => {
        const body = change.after ? JSON.stringify(change.after) : null
        if (body === null) this.statements.deleteDocument.run(input.dataset, change.id)
        else this.statements.upsertDocument.run(input.dataset, change.id, body)
        this.statements.insertRevision.run(input.dataset, change.id, seq, position, body)
      })
    })
    // Durable from here on: only now does anyone else see the transaction.
    for (const change of documents) {
      if (change.after) state.documents.set(change.id, change.after)
      else state.documents.delete(change.id)
    }
    state.generation++
    const committed: CommittedTransaction = {
      seq,
      dataset: input.dataset,
      transactionId: input.transactionId,
      timestamp: input.timestamp,
      identity: input.identity,
      mutations: input.mutations,
      documents,
    }
    for (const listener of this.listeners) {
      try {
        listener(committed)
      } catch (error) {
        // A broken subscriber must not undo or block a committed transaction.
        console.error('lake: commit listener failed:', error)
      }
    }
    return committed
  }

  private insertTransactionRow(input: TransactionInput): Record<string, unknown> {
    try {
      return this.statements.insertTransaction.get(
        input.dataset,
        input.transactionId,
        input.timestamp,
        input.identity,
        JSON.stringify(input.mutations),
      ) as Record<string, unknown>
    } catch (error) {
      // Checked by shape: errors from node:sqlite may come from another realm (e.g. under jest).
      const { errcode, message } = error as { errcode?: unknown; message?: unknown }
      if (errcode === SQLITE_CONSTRAINT_UNIQUE && String(message).includes('transactions.')) {
        throw new TransactionIdConflictError(`Transaction ID "${input.transactionId}" already exists`)
      }
      throw error
    }
  }

  private inTransaction(work: () => void): void {
    this.db.exec('BEGIN IMMEDIATE')
    try {
      work()
      this.db.exec('COMMIT')
    } catch (error) {
      this.db.exec('ROLLBACK')
      throw error
    }
  }

  /** Subscribes to committed transactions (called synchronously after COMMIT). Returns unsubscribe. */
  onCommit(listener: CommitListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  // --- the log ------------------------------------------------------------------------------

  /**
   * Reads committed transactions back, oldest first: all of a dataset's, or only those that touched
   * `documentId`. `afterSeq` and `limit` page through the log.
   */
  transactions(
    dataset: string,
    options: { documentId?: string; afterSeq?: number; limit?: number } = {},
  ): CommittedTransaction[] {
    const { documentId, afterSeq = 0, limit = 1000 } = options
    const rows = documentId
      ? this.db
          .prepare(
            `SELECT t.seq, t.id, t.timestamp, t.identity, t.mutations FROM transactions t
             JOIN revisions r ON r.seq = t.seq
             WHERE r.dataset = ? AND r.document_id = ? AND t.seq > ? ORDER BY t.seq LIMIT ?`,
          )
          .all(dataset, documentId, afterSeq, limit)
      : this.db
          .prepare(
            'SELECT seq, id, timestamp, identity, mutations FROM transactions WHERE dataset = ? AND seq > ? ORDER BY seq LIMIT ?',
          )
          .all(dataset, afterSeq, limit)
    const revisionsOf = this.db.prepare('SELECT document_id, body FROM revisions WHERE seq = ? ORDER BY position')
    return rows.map((row) => {
      const seq = Number(row.seq)
      const documents = revisionsOf.all(seq).map((revision) => {
        const id = String(revision.document_id)
        return { id, before: this.revisionBefore(dataset, id, seq), after: parseBody(revision.body) }
      })
      return {
        seq,
        dataset,
        transactionId: String(row.id),
        timestamp: String(row.timestamp),
        identity: String(row.identity),
        mutations: JSON.parse(String(row.mutations)),
        documents,
      }
    })
  }

  /** The document as it was right before transaction `seq` (null if it did not exist). */
  revisionBefore(dataset: string, documentId: string, seq: number): SanityDocument | null {
    const row = this.statements.revisionBefore.get(dataset, documentId, seq)
    return row ? parseBody(row.body) : null
  }
}

function parseBody(body: unknown): SanityDocument | null {
  return typeof body === 'string' ? JSON.parse(body) : null
}
