/**
 * Asset bytes on disk, addressed by their SHA-1: `${LAKE_DIR}/assets/<first two hex digits>/<sha1>`.
 * Bytes are first staged in `assets/tmp/` while they are hashed, then fsynced, renamed into place
 * and the directory fsynced, so a blob is complete on disk before any asset document names it.
 * Blobs are shared by every dataset; documents decide what is visible where.
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import { access, mkdir, open, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { httpError } from '../errors.ts'

/** Bytes hashed and written to a temporary file, not yet part of the store. */
export interface StagedBlob {
  sha1: string
  size: number
  tempPath: string
}

export class BlobStore {
  private readonly root: string
  private readonly tempDir: string

  constructor(lakeDir: string) {
    this.root = join(lakeDir, 'assets')
    this.tempDir = join(this.root, 'tmp')
  }

  /** Removes staged files that a crash left behind. Only safe while nothing else uses the store. */
  clearStaged(): void {
    rmSync(this.tempDir, { recursive: true, force: true })
    mkdirSync(this.tempDir, { recursive: true })
  }

  /**
   * Streams bytes to a temporary file while hashing them. More than `limit` bytes are refused with
   * 413 after the rest of the source was read and dropped, so an HTTP client still gets the answer.
   */
  async stage(source: AsyncIterable<Uint8Array>, limit: number): Promise<StagedBlob> {
    await mkdir(this.tempDir, { recursive: true })
    const tempPath = join(this.tempDir, randomBytes(12).toString('hex'))
    const file = await open(tempPath, 'wx')
    const hash = createHash('sha1')
    let size = 0
    try {
      for await (const chunk of source) {
        size += chunk.length
        if (size > limit) continue
        hash.update(chunk)
        await file.write(chunk)
      }
      if (size > limit) throw httpError(413, `The asset is larger than the limit of ${limit} bytes`)
      if (size === 0) throw httpError(400, 'The asset is empty')
      await file.sync()
    } catch (error) {
      await file.close()
      await rm(tempPath, { force: true })
      throw error
    }
    await file.close()
    return { sha1: hash.digest('hex'), size, tempPath }
  }

  /** Moves a staged blob into the store durably; a blob that is already there is kept as it is. */
  async keep(staged: StagedBlob): Promise<void> {
    const target = this.path(staged.sha1)
    if (await this.has(staged.sha1)) return this.discard(staged)
    const dir = join(target, '..')
    await mkdir(dir, { recursive: true })
    await rename(staged.tempPath, target)
    const handle = await open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  }

  async discard(staged: StagedBlob): Promise<void> {
    await rm(staged.tempPath, { force: true })
  }

  path(sha1: string): string {
    return join(this.root, sha1.slice(0, 2), sha1)
  }

  async has(sha1: string): Promise<boolean> {
    return access(this.path(sha1)).then(
      () => true,
      () => false,
    )
  }
}
