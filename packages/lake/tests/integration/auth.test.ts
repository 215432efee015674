/**
 * The Studio's login flow against the lake, step by step as the Studio performs it, plus what the
 * Studio reads to decide what a user may do (users/me, acl, grants) and what the lake enforces.
 */
import { readFileSync } from 'node:fs'
import { get as httpsGet } from 'node:https'
import type { IncomingHttpHeaders } from 'node:http'
import { join } from 'node:path'
import type { ClientError } from '@sanity/client'
import { startTestLake, type TestLake } from '../../src/testing/index.ts'

// Restarting the lake takes a moment on a busy machine.
jest.setTimeout(30_000)

let lake: TestLake
const STUDIO = 'http://localhost:3333/studio'

beforeAll(async () => {
  lake = await startTestLake({ env: { LAKE_CORS_ORIGINS: new URL(STUDIO).origin } })
})

afterAll(async () => {
  await lake.stop()
})

const api = (path: string, init?: RequestInit) => fetch(`${lake.httpUrl}/v2025-02-19${path}`, init)
const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

/** What a browser sends with the login page's own form: it comes from the lake's origin. */
const fromLoginPage = () => ({ origin: lake.httpUrl, 'sec-fetch-site': 'same-origin' })

/** Follows the provider link, submits the form as `user`, and returns where the lake redirects. */
async function logIn(user: string, type = 'dual'): Promise<Response> {
  const { providers } = await (await api('/auth/providers')).json()
  const form = new URLSearchParams({ user, origin: STUDIO, type })
  return fetch(providers[0].url, { method: 'POST', body: form, redirect: 'manual', headers: fromLoginPage() })
}

/** The headers of a GET over the TLS port (HTTP/1.1), trusting only the lake's own certificate. */
function getOverTls(url: string): Promise<IncomingHttpHeaders> {
  const ca = readFileSync(join(lake.dir, 'tls', 'cert.pem'))
  return new Promise((resolve, reject) => {
    httpsGet(url, { ca }, (response) => {
      response.resume()
      resolve(response.headers)
    }).on('error', reject)
  })
}

async function sessionToken(user: string): Promise<string> {
  const location = (await logIn(user)).headers.get('location') ?? ''
  const sid = new URL(location).hash.replace('#sid=', '')
  const { token } = await (await api(`/auth/fetch?sid=${sid}`)).json()
  return token
}

describe('login', () => {
  it('offers the local provider and a Swedish login page with a labelled choice of users', async () => {
    const { providers } = await (await api('/auth/providers')).json()
    expect(providers).toEqual([{ name: 'local', title: 'Lokal användare', url: `${lake.httpUrl}/v1/auth/login/local` }])
    const page = await fetch(`${providers[0].url}?origin=${encodeURIComponent(STUDIO)}&type=dual&projectId=local`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<html lang="sv">')
    expect(html).toMatch(
      /<input type="radio" id="user-editor" name="user" value="editor" checked>\s*<label for="user-editor">/,
    )
    expect(html).toContain('<label for="user-viewer"><strong>Läsare</strong>')
    expect(html).toContain('<button type="submit">Logga in</button>')
  })

  it('sends the browser back to the Studio with a one-time session id worth a token', async () => {
    const response = await logIn('editor')
    expect(response.status).toBe(303)
    const location = new URL(response.headers.get('location') ?? '')
    expect(location.origin + location.pathname).toBe(STUDIO)
    const sid = location.hash.match(/^#sid=(.{20,})$/)?.[1]
    expect(sid).toBeDefined()

    const exchanged = await api(`/auth/fetch?sid=${sid}`)
    const { token } = await exchanged.json()
    expect(token.length).toBeGreaterThanOrEqual(32)
    expect((await api(`/auth/fetch?sid=${sid}`)).status).toBe(401)

    const me = await (await api('/users/me', bearer(token))).json()
    expect(me).toMatchObject({ id: 'editor', name: 'Redaktör', role: 'editor', roles: [{ name: 'editor' }] })
    expect(await (await api('/auth/id', bearer(token))).json()).toEqual({ id: 'editor' })
  })

  it('sets a session cookie with the token for dual and cookie logins, which /auth/id accepts', async () => {
    for (const type of ['dual', 'cookie']) {
      const sid = new URL((await logIn('viewer', type)).headers.get('location') ?? '').hash.replace('#sid=', '')
      // The Studio's exchange and its cookie probe, both with credentials (API version as the Studio calls them).
      const exchanged = await fetch(`${lake.httpUrl}/v2026-05-04/auth/fetch?sid=${sid}`)
      const cookie = (exchanged.headers.get('set-cookie') ?? '').split(';')[0]
      expect(cookie).toBe(`lake_session=${(await exchanged.json()).token}`)
      const probe = await fetch(`${lake.httpUrl}/v2026-05-04/auth/id?tag=sanity.studio.auth.check-id`, {
        headers: { cookie },
      })
      expect(await probe.json()).toEqual({ id: 'viewer' })
    }
    // A token-only Studio (`withSid=true`) gets no cookie.
    const sid = new URL((await logIn('viewer', 'token')).headers.get('location') ?? '').hash.replace('#sid=', '')
    expect((await api(`/auth/fetch?sid=${sid}`)).headers.get('set-cookie')).toBeNull()
  })

  it('marks the cookie for a Studio on another site over TLS: Secure, SameSite=None, Partitioned', async () => {
    const sid = new URL((await logIn('editor', 'dual')).headers.get('location') ?? '').hash.replace('#sid=', '')
    const exchanged = await getOverTls(`${lake.httpsUrl}/v2026-05-04/auth/fetch?sid=${sid}`)
    expect(exchanged['set-cookie']).toEqual([
      expect.stringMatching(/^lake_session=lake[\w-]+; Path=\/; HttpOnly; Secure; SameSite=None; Partitioned$/),
    ])
  })

  it('refuses to hand a session to a page that is not on this machine', async () => {
    const { providers } = await (await api('/auth/providers')).json()
    const page = await fetch(`${providers[0].url}?origin=${encodeURIComponent('https://evil.example/studio')}`)
    expect(page.status).toBe(400)
    const form = new URLSearchParams({ user: 'editor', origin: 'https://evil.example/studio', type: 'dual' })
    const post = await fetch(providers[0].url, {
      method: 'POST',
      body: form,
      redirect: 'manual',
      headers: fromLoginPage(),
    })
    expect(post.status).toBe(400)
    expect(post.headers.get('location')).toBeNull()
  })

  it('hands sessions only to a Studio origin the lake allows, even on this machine', async () => {
    const { providers } = await (await api('/auth/providers')).json()
    const elsewhere = 'http://localhost:8080/studio'
    expect((await fetch(`${providers[0].url}?origin=${encodeURIComponent(elsewhere)}`)).status).toBe(400)
    const form = new URLSearchParams({ user: 'editor', origin: elsewhere, type: 'dual' })
    const post = await fetch(providers[0].url, {
      method: 'POST',
      body: form,
      redirect: 'manual',
      headers: fromLoginPage(),
    })
    expect(post.status).toBe(400)
    expect(post.headers.get('location')).toBeNull()
  })

  it('signs nobody in from a form on any other page (login request forgery)', async () => {
    const { providers } = await (await api('/auth/providers')).json()
    const form = new URLSearchParams({ user: 'viewer', origin: STUDIO, type: 'dual' })
    const forged = (headers: Record<string, string>) =>
      fetch(providers[0].url, { method: 'POST', body: form, redirect: 'manual', headers })
    const attempts: Array<Record<string, string>> = [
      // A page on another site: refused before the login is even looked at.
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      // The Studio's own origin is allowed to call the API, but not to post the login.
      { origin: new URL(STUDIO).origin, 'sec-fetch-site': 'same-site' },
      // A request that does not say where it comes from.
      {},
      { origin: lake.httpUrl, 'sec-fetch-site': 'cross-site' },
    ]
    for (const headers of attempts) {
      const response = await forged(headers)
      expect(response.status).toBe(403)
      expect(response.headers.get('location')).toBeNull()
    }
  })

  it('keeps its login page out of frames on other sites', async () => {
    const page = await fetch(`${lake.httpUrl}/v1/auth/login/local?origin=${encodeURIComponent(STUDIO)}&type=dual`)
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(page.headers.get('x-frame-options')).toBe('DENY')
  })

  it('answers anonymous requests as not logged in', async () => {
    expect(await (await api('/users/me')).json()).toEqual({})
    expect((await api('/auth/id')).status).toBe(401)
  })

  it('keeps sessions across restarts, and ends them at logout', async () => {
    const token = await sessionToken('editor')
    await lake.restart()
    expect((await (await api('/users/me', bearer(token))).json()).id).toBe('editor')
    expect((await api('/auth/logout', { method: 'POST', ...bearer(token) })).status).toBe(200)
    const after = await api('/users/me', bearer(token))
    expect(after.status).toBe(401)
    expect(await after.json()).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Session not found' })
  })
})

describe('what a viewer may do', () => {
  it('tells the Studio through the dataset ACL and project grants that a viewer cannot write', async () => {
    const viewer = await sessionToken('viewer')
    const editor = await sessionToken('editor')
    const acl = async (token: string) => (await api('/projects/local/datasets/production/acl', bearer(token))).json()
    expect(await acl(viewer)).toEqual([{ filter: '_id in path("**")', permissions: ['read', 'history'] }])
    expect((await acl(editor))[0].permissions).toEqual(expect.arrayContaining(['read', 'create', 'update']))
    const grants = await (await api('/projects/local/grants', bearer(viewer))).json()
    expect(grants['sanity.project'][0].grants).toEqual([{ name: 'read', params: {} }])
  })

  it('lets a viewer read drafts but refuses their publishing with 403', async () => {
    await lake.client().create({ _id: 'drafts.notice', _type: 'notice', title: 'Utkast' })
    const viewer = lake.client({ token: await sessionToken('viewer') })
    expect(await viewer.getDocument('drafts.notice')).toMatchObject({ title: 'Utkast' })
    let error: ClientError | undefined
    try {
      await viewer.action({
        actionType: 'sanity.action.document.publish',
        draftId: 'drafts.notice',
        publishedId: 'notice',
      })
    } catch (caught) {
      error = caught as ClientError
    }
    expect(error?.statusCode).toBe(403)
    expect(error?.message).toMatch(/Insufficient permissions; permission "update" required/)
    expect(await lake.client().getDocument('notice')).toBeUndefined()
  })
})
