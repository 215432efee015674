/**
 * @jest-environment node
 */
/**
 * The campaign figures' log: what the edge writes (deploy/edge/nginx.conf.template) and what the
 * aggregator counts from it (lib/figures/log.ts).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { edgeConfig } from '@/deploy/stack'
import { isPagePath, tallyLines, tallyOf, unescapeNginx } from '@/lib/figures/log'

const line = (fields: { status?: number; method?: string; who?: string; shortLink?: string; path: string }) =>
  `2026-03-03 ${fields.method ?? 'GET'} ${fields.status ?? 200} ${fields.who ?? 'visitor'} "${fields.shortLink ?? '-'}" "${fields.path}"`

describe('the edge writes nothing that tells visitors apart', () => {
  const template = readFileSync(join(__dirname, '../../deploy/edge/nginx.conf.template'), 'utf8')
  const format = /log_format figures '([^']*)';/.exec(template)?.[1]

  it('has a figures log format of exactly the day, method, status, who, short link and path', () => {
    expect(format).toBeDefined()
    expect(format?.match(/\$\w+/g)).toEqual([
      '$edge_figures_day',
      '$request_method',
      '$status',
      '$edge_figures_who',
      '$upstream_http_x_short_link',
      '$uri',
    ])
  })

  it('derives the day and who asked from maps that write only a date and one of four words', () => {
    // A map's body ends at its closing brace on a line of its own (its regexes may hold braces).
    const map = (name: string) =>
      new RegExp(`map [^\\n]*\\${name} \\{\\n([\\s\\S]*?)\\n  \\}`).exec(template)?.[1] ?? ''
    const values = (body: string) =>
      body
        .split(';')
        .map((entry) => entry.trim().split(/\s+/).at(-1))
        .filter(Boolean)
    expect(values(map('$edge_figures_day'))).toEqual(['""', '$edge_figures_date'])
    expect(map('$edge_figures_day')).toMatch(/\[0-9\]\{4\}-\[0-9\]\{2\}-\[0-9\]\{2\}/)
    expect(new Set(values(map('$edge_figures_who')))).toEqual(new Set(['router', 'visitor', 'bot', 'preview']))
    expect(values(map('$edge_self_declared_bot'))).toEqual(['0', '1'])
  })

  it('sends the figures log no address, user agent, referrer, cookie or query string', () => {
    expect(format).not.toMatch(
      /remote_addr|forwarded|http_user_agent|http_referer|cookie|request_uri|args|time_local|msec/,
    )
  })

  it('does not pass the short-link header on to visitors', () => {
    expect(template).toMatch(/proxy_hide_header X-Short-Link;/)
  })

  it('writes the figures log in batches, in the edge as started, and leaves it out only when asked (the bench)', () => {
    const options = {
      root: join(__dirname, '../..'),
      port: 1,
      innerPort: 2,
      sizerPort: 3,
      runDir: '/run/edge',
      upstreams: ['127.0.0.1:4'],
      purgeFrom: '127.0.0.1',
    }
    expect(edgeConfig(options)).toMatch(
      /^\s*access_log \/run\/edge\/figures\/figures\.log figures buffer=64k flush=1s if=\$edge_figures_line;$/m,
    )
    expect(edgeConfig({ ...options, withoutFigures: true })).not.toMatch(/access_log \S+ figures/)
  })
})

describe('what counts', () => {
  it('counts a visitor’s page view by day and path', () => {
    expect(tallyOf(line({ path: '/hjalp' }))).toEqual({ kind: 'pages', day: '2026-03-03', key: '/hjalp' })
    expect(tallyOf(line({ path: '/' }))).toEqual({ kind: 'pages', day: '2026-03-03', key: '/' })
    // A reload of a page the browser had.
    expect(tallyOf(line({ path: '/hjalp/narstaende', status: 304 }))).toEqual({
      kind: 'pages',
      day: '2026-03-03',
      key: '/hjalp/narstaende',
    })
  })

  it('counts a short-link use (a QR scan is one) by the short link the site answered', () => {
    expect(tallyOf(line({ status: 307, shortLink: '/busskur', path: '/busskur' }))).toEqual({
      kind: 'shortLinks',
      day: '2026-03-03',
      key: '/busskur',
    })
    // Typed in capitals: the site names the short link it found.
    expect(tallyOf(line({ status: 308, shortLink: '/busskur', path: '/BUSSKUR' }))?.key).toBe('/busskur')
  })

  it('does not count redirects that are no short link', () => {
    expect(tallyOf(line({ status: 307, path: '/Hjalp' }))).toBeNull()
    expect(tallyOf(line({ status: 308, path: '/hjalp/' }))).toBeNull()
  })

  it('does not count bots that say so, editors previewing, client-router requests, HEAD or POST', () => {
    for (const who of ['bot', 'preview', 'router']) expect(tallyOf(line({ who, path: '/hjalp' }))).toBeNull()
    expect(tallyOf(line({ who: 'bot', status: 307, shortLink: '/busskur', path: '/busskur' }))).toBeNull()
    expect(tallyOf(line({ method: 'HEAD', path: '/hjalp' }))).toBeNull()
    expect(tallyOf(line({ method: 'POST', path: '/hjalp' }))).toBeNull()
  })

  it('does not count assets, the API, the Studio, draft mode, the edge or files', () => {
    for (const path of [
      '/_next/static/chunks/app.js',
      '/_next/image',
      '/api/og/hjalp',
      '/api/revalidate',
      '/studio',
      '/studio/structure/page',
      '/~draft/hjalp',
      '/edge/status',
      '/robots.txt',
      '/sitemap.xml',
      '/icon.svg',
      '/.well-known/security.txt',
    ]) {
      expect(isPagePath(path)).toBe(false)
      expect(tallyOf(line({ path }))).toBeNull()
    }
    expect(isPagePath('/studiobesok')).toBe(true)
  })

  it('does not count errors, the 503 page or a not-found page', () => {
    for (const status of [404, 500, 502, 503]) expect(tallyOf(line({ status, path: '/hjalp' }))).toBeNull()
  })

  it('reads the bytes nginx escapes back into the path', () => {
    expect(unescapeNginx('/h\\xC3\\xA4r')).toBe('/här')
    expect(tallyOf(line({ path: '/sm\\xC3\\xA5-ord' }))?.key).toBe('/små-ord')
  })

  it('refuses a line that is not the figures format, such as one with an address in it', () => {
    expect(tallyOf('203.0.113.7 - - [03/Mar/2026:10:00:00 +0100] "GET /hjalp HTTP/1.1" 200 512')).toBeNull()
    expect(tallyOf(`${line({ path: '/hjalp' })} 203.0.113.7`)).toBeNull()
    expect(tallyOf('2026-03-03 GET 200 visitor "-"')).toBeNull()
    expect(tallyOf('')).toBeNull()
  })
})

describe('tallying a chunk of the log', () => {
  it('adds up the lines per day, kind and key, and counts every line read', () => {
    const text = [
      line({ path: '/hjalp' }),
      line({ path: '/hjalp' }),
      line({ path: '/hjalp', who: 'bot' }),
      line({ path: '/_next/static/a.js' }),
      line({ status: 307, shortLink: '/busskur', path: '/busskur' }),
      '2026-03-04 GET 200 visitor "-" "/hjalp"',
      '',
    ].join('\n')
    const { counts, lines } = tallyLines(text)
    expect(lines).toBe(6)
    expect(counts).toEqual(
      expect.arrayContaining([
        { kind: 'pages', day: '2026-03-03', key: '/hjalp', count: 2 },
        { kind: 'shortLinks', day: '2026-03-03', key: '/busskur', count: 1 },
        { kind: 'pages', day: '2026-03-04', key: '/hjalp', count: 1 },
      ]),
    )
    expect(counts).toHaveLength(3)
  })
})
