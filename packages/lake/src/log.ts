/**
 * The lake's log: one line per request and per transaction, for a person reading a terminal.
 *   12:03:04.120  POST /v2025-02-19/data/mutate/production  200  3.1 ms  editor  (tag)
 *   12:03:04.118  tx 8Kf0…  production  editor  create drafts.abc, patch def
 * `quiet` silences both (tests); warnings and errors are always written.
 */
import type { CommittedTransaction } from './store/types.ts'

export interface Logger {
  request(line: { method: string; url: string; status: number; ms: number; who: string; tag?: string }): void
  transaction(tx: CommittedTransaction): void
  info(message: string): void
  warn(message: string): void
  error(message: string, error?: unknown): void
}

export function createLogger(options: { quiet: boolean }): Logger {
  const time = () => new Date().toTimeString().slice(0, 8) + '.' + String(new Date().getMilliseconds()).padStart(3, '0')
  const write = (line: string) => process.stdout.write(`${time()}  ${line}\n`)
  return {
    request({ method, url, status, ms, who, tag }) {
      if (options.quiet) return
      write(
        `${method.padEnd(6)} ${shorten(url, 120)}  ${status}  ${ms.toFixed(1)} ms  ${who}${tag ? `  (${tag})` : ''}`,
      )
    },
    transaction(tx) {
      if (options.quiet) return
      write(`tx ${tx.transactionId}  ${tx.dataset}  ${tx.identity}  ${describeChanges(tx)}`)
    },
    info(message) {
      if (!options.quiet) write(message)
    },
    warn(message) {
      process.stderr.write(`${time()}  warning: ${message}\n`)
    },
    error(message, error) {
      const detail = error instanceof Error ? `: ${error.stack ?? error.message}` : error ? `: ${String(error)}` : ''
      process.stderr.write(`${time()}  error: ${message}${detail}\n`)
    },
  }
}

function describeChanges(tx: CommittedTransaction): string {
  const described = tx.documents.slice(0, 5).map(({ id, before, after }) => {
    const verb = !before ? 'create' : !after ? 'delete' : 'update'
    return `${verb} ${id}`
  })
  const more = tx.documents.length > 5 ? ` and ${tx.documents.length - 5} more` : ''
  return described.length > 0 ? described.join(', ') + more : 'no changes'
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
