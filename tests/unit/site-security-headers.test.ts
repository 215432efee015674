/** @jest-environment node */
import { securityHeaderRules, type SecurityHeaderOptions } from '@/lib/security-headers'

const options: SecurityHeaderOptions = {
  development: false,
  siteUrl: 'https://somligatror.se',
  studioConnectOrigins: ['https://abc123.api.sanity.io', 'wss://abc123.api.sanity.io'],
  studioImageOrigins: ['https://cdn.sanity.io'],
}

function headersFor(path: string, overrides: Partial<SecurityHeaderOptions> = {}) {
  const rules = securityHeaderRules({ ...options, ...overrides })
  // Next matches `source` with path-to-regexp; these two patterns are simple enough to mirror here.
  const matches = (source: string) =>
    source === '/studio/:path*'
      ? path === '/studio' || path.startsWith('/studio/')
      : source.startsWith('/((?!studio') && !/^\/studio(\/|$)/.test(path)
  const headers = rules.filter((rule) => matches(rule.source)).flatMap((rule) => rule.headers)
  return Object.fromEntries(headers.map(({ key, value }) => [key, value]))
}

const directives = (csp: string) =>
  Object.fromEntries(csp.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]))

describe('the public site', () => {
  const headers = headersFor('/darfor-ar-det-ett-brott')
  const csp = directives(headers['Content-Security-Policy'])

  it('loads nothing from any other origin', () => {
    for (const name of ['default-src', 'script-src', 'style-src', 'img-src', 'font-src', 'connect-src', 'frame-src']) {
      expect(csp[name].every((source: string) => source.startsWith("'") || source === 'data:')).toBe(true)
    }
    expect(csp['object-src']).toEqual(["'none'"])
    expect(csp['base-uri']).toEqual(["'none'"])
  })

  it('may only be framed by itself (the Studio’s preview)', () => {
    expect(csp['frame-ancestors']).toEqual(["'self'"])
    expect(headers['X-Frame-Options']).toBe('SAMEORIGIN')
  })

  it('sends no referrer, no sniffing, no powerful features, and HSTS over https', () => {
    expect(headers['Referrer-Policy']).toBe('no-referrer')
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/)
    expect(headers['Permissions-Policy']).toMatch(/geolocation=\(\)/)
    expect(headers['Strict-Transport-Security']).toMatch(/max-age=\d{7,}/)
    expect(csp['upgrade-insecure-requests']).toEqual([])
  })

  it('sends no HSTS over plain http (a local production build)', () => {
    const local = headersFor('/', { siteUrl: 'http://localhost:3000' })
    expect(local['Strict-Transport-Security']).toBeUndefined()
    expect(directives(local['Content-Security-Policy'])['upgrade-insecure-requests']).toBeUndefined()
  })

  it('allows eval and the reload socket only in development', () => {
    expect(csp['script-src']).not.toContain("'unsafe-eval'")
    const development = directives(headersFor('/', { development: true })['Content-Security-Policy'])
    expect(development['script-src']).toContain("'unsafe-eval'")
    expect(development['connect-src']).toContain('ws:')
  })
})

describe('the Studio', () => {
  it('gets its own policy that reaches the content API and nothing else', () => {
    for (const path of ['/studio', '/studio/structure/page']) {
      const headers = headersFor(path)
      const csp = directives(headers['Content-Security-Policy'])
      expect(csp['connect-src']).toEqual(["'self'", 'https://abc123.api.sanity.io', 'wss://abc123.api.sanity.io'])
      expect(csp['img-src']).toContain('https://cdn.sanity.io')
      expect(csp['frame-ancestors']).toEqual(["'self'"])
      expect(headers['Referrer-Policy']).toBe('no-referrer')
    }
  })

  it('does not leak its policy to the site', () => {
    expect(directives(headersFor('/studiosidan')['Content-Security-Policy'])['connect-src']).toEqual(["'self'"])
  })
})
