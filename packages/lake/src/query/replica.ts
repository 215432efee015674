/**
 * A query worker's copy of the documents: each dataset is read from `lake.db` (its own read-only
 * connection) the first time it is needed, then kept current by the commits the lake forwards, in
 * commit order. A copy remembers the last transaction its read included, so a forwarded commit it
 * already holds is not applied again (which could briefly show half of a later one), and the epoch
 * of the dataset it copies, so a dataset deleted and created again under the same name is read afresh.
 */
import { DatabaseSync } from 'node:sqlite'
import type { SanityDocument } from '../store/types.ts'
import type { DocumentSource } from './engine.ts'

interface DatasetCopy {
  epoch: number
  /** The log position the copy includes. */
  seq: number
  documents: Map<string, SanityDocument>
  generation: number
}

/** What the lake forwards to its query workers after each commit. */
export interface ForwardedCommit {
  dataset: string
  epoch: number
  seq: number
  changes: Array<{ id: string; after: SanityDocument | null }>
}

export class Replica implements DocumentSource {
  private readonly databasePath: string
  private db?: DatabaseSync
  private readonly datasets = new Map<string, DatasetCopy>()
  /** Shared by all datasets, so that a copy read afresh never reuses a generation a cache has seen. */
  private generations = 0

  constructor(databasePath: string) {
    this.databasePath = databasePath
  }

  documents(dataset: string): ReadonlyMap<string, SanityDocument> {
    return this.copy(dataset).documents
  }

  generation(dataset: string): number {
    return this.copy(dataset).generation
  }

  /** Reads the dataset unless this epoch of it is already here. */
  ensure(dataset: string, epoch: number): void {
    if (this.datasets.get(dataset)?.epoch === epoch) return
    const db = (this.db ??= new DatabaseSync(this.databasePath, { readOnly: true }))
    const documents = new Map<string, SanityDocument>()
    // One read transaction: the documents and the log position they are at agree.
    db.exec('BEGIN')
    try {
      for (const row of db.prepare('SELECT id, body FROM documents WHERE dataset = ?').iterate(dataset)) {
        documents.set(String(row.id), JSON.parse(String(row.body)))
      }
      const seq = Number(db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM transactions').get()?.seq ?? 0)
      this.datasets.set(dataset, { epoch, seq, documents, generation: ++this.generations })
    } finally {
      db.exec('COMMIT')
    }
  }

  /**
   * A committed transaction's new document states. Ignored for a dataset not read yet (it will be
   * read whole) and for a transaction the copy's read already included.
   */
  apply(commit: ForwardedCommit): void {
    const { dataset, epoch, seq, changes } = commit
    const copy = this.datasets.get(dataset)
    if (!copy) return
    if (copy.epoch !== epoch) {
      this.datasets.delete(dataset)
      return
    }
    if (seq <= copy.seq) return
    copy.seq = seq
    for (const { id, after } of changes) {
      if (after) copy.documents.set(id, after)
      else copy.documents.delete(id)
    }
    copy.generation = ++this.generations
  }

  close(): void {
    if (this.db?.isOpen) this.db.close()
  }

  private copy(dataset: string): DatasetCopy {
    const copy = this.datasets.get(dataset)
    if (!copy) throw new Error(`Dataset "${dataset}" was not read into this worker`)
    return copy
  }
}
