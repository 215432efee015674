/**
 * The one line the CLI prints when a lake is ready, and its parser: launchers wait for it rather
 * than polling, and read the ports a lake on port 0 picked from it.
 *
 *   lake ready  http=http://127.0.0.1:4455  https=https://localhost:4456  dir=/…/.lake
 */
export interface ReadyLine {
  httpUrl: string
  httpsUrl: string
  dir: string
}

const READY = /^lake ready {2}http=(\S+) {2}https=(\S+) {2}dir=(.+)$/m

export function formatReadyLine({ httpUrl, httpsUrl, dir }: ReadyLine): string {
  return `lake ready  http=${httpUrl}  https=${httpsUrl}  dir=${dir}`
}

/** The ready line's values, once `output` holds it. */
export function parseReadyLine(output: string): ReadyLine | undefined {
  const match = READY.exec(output)
  return match ? { httpUrl: match[1], httpsUrl: match[2], dir: match[3] } : undefined
}
