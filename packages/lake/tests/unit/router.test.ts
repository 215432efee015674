/** @jest-environment node */
import { requestedProjectId, splitVersion, type RawExchange } from '../../src/http/request.ts'
import { json, Router, type Route } from '../../src/http/router.ts'

const route = (method: Route['method'], path: string): Route => ({ method, path, handler: () => json(path) })

describe('Router', () => {
  const router = new Router()
  const byIds = route('GET', '/users/:ids')
  const me = route('GET', '/users/me')
  const rest = route('GET', '/journey/*')
  const mutate = route('POST', '/data/mutate/:dataset')
  ;[byIds, me, rest, mutate].forEach((r) => router.add(r))

  it('prefers the route with more literal segments, whatever the order', () => {
    expect(router.match('GET', '/users/me')).toMatchObject({ kind: 'found', route: me })
    expect(router.match('GET', '/users/a,b')).toMatchObject({ kind: 'found', route: byIds, params: { ids: 'a,b' } })
  })

  it('decodes parameters and matches the rest of a path with *', () => {
    expect(router.match('GET', '/users/drafts.a%2Cb')).toMatchObject({ params: { ids: 'drafts.a,b' } })
    expect(router.match('GET', '/journey/trial/x')).toMatchObject({ route: rest, params: { '*': 'trial/x' } })
  })

  it('tells a wrong method from a missing route', () => {
    expect(router.match('GET', '/data/mutate/production')).toEqual({ kind: 'wrong-method', allowed: ['POST'] })
    expect(router.match('GET', '/nothing/here')).toEqual({ kind: 'not-found' })
    expect(router.match('GET', '/users/%E0%A4%A')).toEqual({ kind: 'not-found' })
  })
})

describe('version prefixes', () => {
  it.each([
    ['/v2025-02-19/data/query/x', '2025-02-19', '/data/query/x'],
    ['/v1/users/me', '1', '/users/me'],
    ['/vX/data/query/x', 'X', '/data/query/x'],
    ['/ping', '1', '/ping'],
    ['/v2025-02-19', '2025-02-19', '/'],
    ['/versions/x', '1', '/versions/x'],
  ])('%s is version %s of %s', (pathname, apiVersion, path) => {
    expect(splitVersion(pathname)).toEqual({ apiVersion, path })
  })
})

describe('the requested project', () => {
  const exchange = (headers: Record<string, string>) => ({ req: { headers }, res: {} }) as unknown as RawExchange
  it('comes from X-Sanity-Project-ID or the host name in front of localhost', () => {
    expect(requestedProjectId(exchange({ 'x-sanity-project-id': 'local', host: '127.0.0.1:4455' }))).toBe('local')
    expect(requestedProjectId(exchange({ ':authority': 'local.localhost:4456' }))).toBe('local')
    expect(requestedProjectId(exchange({ host: 'localhost:4456' }))).toBeUndefined()
    expect(requestedProjectId(exchange({ host: '127.0.0.1:4455' }))).toBeUndefined()
  })
})
