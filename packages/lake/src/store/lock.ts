/**
 * One process per data directory: the running lake keeps every document in memory, so a second
 * writer (another lake, or `cli.ts import` while a lake runs) would make that copy silently stale.
 * The lock is a pid file; a lock left by a killed process is taken over.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const LOCK_FILE = 'lake.pid'

export class DirectoryInUseError extends Error {}

/** The pid of a live process holding the directory, if any. */
export function directoryLockHolder(dir: string): number | undefined {
  let pid: number
  try {
    pid = Number(readFileSync(join(dir, LOCK_FILE), 'utf8').trim())
  } catch {
    return undefined
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined
  try {
    process.kill(pid, 0)
    return pid
  } catch (error) {
    // EPERM: the process exists but belongs to someone else; it still holds the lock.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined
  }
}

/** Takes the directory for this process; returns the release function. */
export function acquireDirectoryLock(dir: string): () => void {
  const holder = directoryLockHolder(dir)
  if (holder) throw new DirectoryInUseError(`Another lake process (pid ${holder}) is using ${dir}; stop it first`)
  const path = join(dir, LOCK_FILE)
  writeFileSync(path, String(process.pid))
  return () => {
    try {
      if (readFileSync(path, 'utf8').trim() === String(process.pid)) rmSync(path)
    } catch {
      // Already gone: nothing to release.
    }
  }
}
