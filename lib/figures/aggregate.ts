/**
 * Counts what the edge wrote to its figures logs since the last pass (deploy/figures/aggregator.ts
 * runs this every second). The edge writes `figures.log` in its directory; rotation (the edge
 * image, deploy/edge/entrypoint.sh) renames it to `figures.log.<time>` and nginx opens a new one.
 * A file is known by its inode and birth time, which a rename keeps, so a rotated file is read on
 * from where the live one was left.
 *
 * Each chunk's counts and the file's new offset are written in one transaction, watched, so that
 * neither a crash between the two nor a second aggregator on the same logs can count a line twice.
 *
 * Loaded by Node directly: erasable TypeScript and `.ts` imports only.
 */
import { open, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { WatchError } from 'redis'

import { tallyLines } from './log.ts'
import { figuresKey, offsetsKey, type FiguresRedis } from './store.ts'

const LOG_FILE = /^figures\.log(\.[\w.-]+)?$/
/** Read per transaction: a day's log after an outage is counted in steps, never all in memory. */
const CHUNK_BYTES = 1 << 20

export type AggregateOptions = {
  redis: FiguresRedis
  prefix: string
  /** The edge these logs are from: each edge's files have offsets of their own. */
  source: string
  dir: string
}

export type PassResult = { lines: number; counted: number }

async function logFiles(dir: string): Promise<{ path: string; identity: string; size: number }[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (error) {
    // The edge has not written its first line yet.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const files = []
  for (const name of names.filter((candidate) => LOG_FILE.test(candidate)).sort()) {
    const path = join(dir, name)
    try {
      const info = await stat(path, { bigint: true })
      files.push({ path, identity: `${info.ino}-${info.birthtimeNs}`, size: Number(info.size) })
    } catch {
      // Removed by rotation between the listing and here.
    }
  }
  return files
}

async function readChunk(path: string, from: number, to: number): Promise<Buffer> {
  const file = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(to - from)
    const { bytesRead } = await file.read(buffer, 0, buffer.length, from)
    return buffer.subarray(0, bytesRead)
  } finally {
    await file.close()
  }
}

/** Counts one chunk of one file; false when there is nothing more to count in it. */
async function countChunk(
  { redis, prefix, source }: AggregateOptions,
  file: { path: string; identity: string; size: number },
  result: PassResult,
): Promise<boolean> {
  const offsets = offsetsKey(prefix, source)
  await redis.watch(offsets)
  let offset = Number((await redis.hGet(offsets, file.identity)) ?? 0)
  // A file shorter than what was counted of it was truncated and written anew.
  if (offset > file.size) offset = 0
  const chunk = await readChunk(file.path, offset, Math.min(file.size, offset + CHUNK_BYTES))
  const end = chunk.lastIndexOf(0x0a) + 1
  if (end === 0) {
    await redis.unwatch()
    // A line longer than a chunk is no line nginx wrote for this log: skip the chunk.
    if (chunk.length === CHUNK_BYTES) {
      await redis.hSet(offsets, file.identity, String(offset + chunk.length))
      return true
    }
    return false
  }
  const { counts, lines } = tallyLines(chunk.subarray(0, end).toString('latin1'))
  const transaction = redis.multi()
  for (const { kind, day, key, count } of counts) transaction.hIncrBy(figuresKey(prefix, kind, day), key, count)
  transaction.hSet(offsets, file.identity, String(offset + end))
  try {
    await transaction.exec()
  } catch (error) {
    // Another aggregator counted this chunk first: read on from its offset.
    if (error instanceof WatchError) return true
    throw error
  }
  result.lines += lines
  result.counted += counts.reduce((sum, { count }) => sum + count, 0)
  return offset + end < file.size
}

/** One pass over every log file: counts what is new, and forgets offsets of files that are gone. */
export async function aggregateOnce(options: AggregateOptions): Promise<PassResult> {
  const result: PassResult = { lines: 0, counted: 0 }
  const files = await logFiles(options.dir)
  for (const file of files) {
    while (await countChunk(options, file, result));
  }
  const offsets = offsetsKey(options.prefix, options.source)
  const present = new Set(files.map((file) => file.identity))
  const gone = (await options.redis.hKeys(offsets)).filter((identity) => !present.has(identity))
  if (gone.length > 0) await options.redis.hDel(offsets, gone)
  return result
}
