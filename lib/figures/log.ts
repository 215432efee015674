/**
 * The edge's figures log (deploy/edge/nginx.conf.template, `log_format figures`): one line per
 * request, carrying only what counting needs, and what counts as a page view or a short-link use.
 *
 *   2026-12-03 GET 200 visitor "-" "/hjalp"
 *   2026-12-03 GET 307 visitor "/busskur" "/busskur"
 *
 * Fields: the day (the edge's time zone), method, status, who asked as the edge judged it from the
 * request's headers (`visitor`; `bot` for a user agent that says it is one; `preview` for an editor
 * in draft mode; `router` for Next's client-router requests), the short link the site answered
 * (its `X-Short-Link` header, `-` for none), and the normalised path without query string. No
 * address, user agent, referrer, cookie or time of day is in the line, so none can be counted or kept.
 *
 * Loaded by Node directly in the aggregator (deploy/figures/aggregator.ts): erasable TypeScript only.
 */

export type Tally = { kind: 'pages' | 'shortLinks'; day: string; key: string }

const LINE =
  /^(\d{4}-\d{2}-\d{2}) ([A-Z]+) (\d{3}) ([a-z]+) "((?:[^"\\]|\\x[0-9A-Fa-f]{2})*)" "((?:[^"\\]|\\x[0-9A-Fa-f]{2})*)"$/

/** Not pages: Next's assets, the API, the Studio, draft mode, the edge's own addresses, and files. */
const NOT_A_PAGE = /^\/(?:_next|api|studio|~draft|edge)(?:\/|$)|\.[A-Za-z0-9]+$/
/** Longer paths are no page of this site; they would only make the figures unreadable. */
const MAX_PATH_LENGTH = 200

/** nginx writes `"`, `\`, control characters and every byte above 126 as `\xHH`; UTF-8 is decoded. */
export function unescapeNginx(value: string): string {
  if (!value.includes('\\x')) return value
  const bytes: number[] = []
  for (let index = 0; index < value.length; index += 1) {
    if (value[index] === '\\' && value[index + 1] === 'x') {
      bytes.push(parseInt(value.slice(index + 2, index + 4), 16))
      index += 3
    } else bytes.push(...Buffer.from(value[index]))
  }
  return Buffer.from(bytes).toString('utf8')
}

export function isPagePath(path: string): boolean {
  return path.startsWith('/') && path.length <= MAX_PATH_LENGTH && !NOT_A_PAGE.test(path)
}

/**
 * What one log line counts for, or null. Only a visitor's GET counts: a HEAD is sent by link
 * checkers and monitors, never by a browser showing a page. A page view is a 200 (or a 304, a
 * reload the browser already had) at a page's path; a short-link use is the site's redirect from a
 * short link (a QR code opens it the same way).
 */
export function tallyOf(line: string): Tally | null {
  const match = LINE.exec(line)
  if (!match) return null
  const [, day, method, status, who, shortLink, rawPath] = match
  if (who !== 'visitor' || method !== 'GET') return null
  if ((status === '307' || status === '308') && shortLink !== '-') {
    const key = unescapeNginx(shortLink)
    return isPagePath(key) ? { kind: 'shortLinks', day, key } : null
  }
  if (status !== '200' && status !== '304') return null
  const path = unescapeNginx(rawPath)
  return isPagePath(path) ? { kind: 'pages', day, key: path } : null
}

/** Complete lines (nginx writes ASCII only: it escapes every other byte), tallied. */
export function tallyLines(text: string): { counts: (Tally & { count: number })[]; lines: number } {
  const counts = new Map<string, Tally & { count: number }>()
  let lines = 0
  for (const line of text.split('\n')) {
    if (line === '') continue
    lines += 1
    const tally = tallyOf(line)
    if (!tally) continue
    const id = `${tally.kind}\n${tally.day}\n${tally.key}`
    const known = counts.get(id)
    if (known) known.count += 1
    else counts.set(id, { ...tally, count: 1 })
  }
  return { counts: [...counts.values()], lines }
}
