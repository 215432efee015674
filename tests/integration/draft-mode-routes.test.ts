/**
 * The draft-mode routes against a real lake: secrets are created the way the Studio's Presentation
 * tool creates them (`createPreviewSecret` from @sanity/preview-url-secret, with an editor's
 * client), and the enable route checks them with the site's own viewer client. Next's request
 * context (`draftMode()`, `cookies()`) exists only inside Next, so it is recorded here, as
 * next-sanity's own tests do; the browser tests drive the real cookie through `next start`.
 */
import { resolve } from 'node:path'
import type { SanityClient } from '@sanity/client'
import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'

import { startTestLake, type TestLake } from '@somliga-tror/lake/testing'
import { pointSiteModulesAt } from '../helpers/site'

jest.mock('server-only', () => ({}))

const draftModeStore = { isEnabled: false, enable: jest.fn(), disable: jest.fn() }
const cookieStore = { get: jest.fn(), set: jest.fn(), delete: jest.fn(), has: jest.fn(() => false) }
jest.mock('next/headers', () => ({
  draftMode: async () => draftModeStore,
  cookies: async () => cookieStore,
}))
jest.mock('next/server', () => ({ ...jest.requireActual('next/server'), connection: async () => {} }))

type EnableRoute = typeof import('@/app/api/draft-mode/enable/route')
type DisableRoute = typeof import('@/app/api/draft-mode/disable/route')
type LiveRoute = typeof import('@/app/api/draft-mode/live/route')

const STUDIO_URL = 'http://localhost:3000/studio'
const CLOCK_AHEAD = resolve(__dirname, '../helpers/clock-ahead.ts')

let lake: TestLake
let editor: SanityClient
let enable: EnableRoute['GET']
let disable: DisableRoute
let live: LiveRoute['GET']

beforeAll(async () => {
  lake = await startTestLake({ seed: 'sanity/seed/production.ndjson' })
  editor = lake.client()
  pointSiteModulesAt(lake)
  ;({ GET: enable } = await import('@/app/api/draft-mode/enable/route'))
  disable = await import('@/app/api/draft-mode/disable/route')
  ;({ GET: live } = await import('@/app/api/draft-mode/live/route'))
})

afterAll(async () => {
  await lake?.stop()
})

beforeEach(() => {
  jest.clearAllMocks()
  draftModeStore.isEnabled = false
})

/** The Studio's own way to make a secret: a `sanity.previewUrlSecret` draft, written by the editor. */
async function studioSecret(): Promise<string> {
  const { secret } = await createPreviewSecret(editor, 'presentation', STUDIO_URL, 'editor')
  return secret
}

function enableUrl(query: Record<string, string>): Request {
  return new Request(`http://localhost:3000/api/draft-mode/enable?${new URLSearchParams(query)}`)
}

/** Next's `redirect()` throws; the thrown error carries the target. */
async function redirectOf(response: Promise<unknown>): Promise<string> {
  const error = await response.then(
    () => {
      throw new Error('expected a redirect')
    },
    (thrown: unknown) => thrown as { digest?: string },
  )
  const [kind, , location] = String(error.digest).split(';')
  expect(kind).toBe('NEXT_REDIRECT')
  return location
}

describe('enable', () => {
  it('turns draft mode on for the secret the Studio created, and goes to the page it asked for', async () => {
    const secret = await studioSecret()
    const location = await redirectOf(
      enable(enableUrl({ 'sanity-preview-secret': secret, 'sanity-preview-pathname': '/hjalp' })),
    )
    expect(location).toBe('/hjalp')
    expect(draftModeStore.enable).toHaveBeenCalledTimes(1)
    expect(cookieStore.set).toHaveBeenCalledWith(
      expect.objectContaining({ name: '__prerender_bypass', httpOnly: true }),
    )
  })

  it("answers Presentation's frame with a page that waits in Swedish and then goes to the page", async () => {
    const secret = await studioSecret()
    const request = enableUrl({ 'sanity-preview-secret': secret, 'sanity-preview-pathname': '/hjalp' })
    const response = await enable(new Request(request, { headers: { 'Sec-Fetch-Dest': 'iframe' } }))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await response.text()
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/hjalp">')
    expect(html).toContain('<html lang="sv">')
    expect(html).toContain('Förhandsvisningen laddas')
    expect(draftModeStore.enable).toHaveBeenCalledTimes(1)
    expect(cookieStore.set).toHaveBeenCalledWith(expect.objectContaining({ name: '__prerender_bypass' }))
  })

  it('stays on this site whatever address the request names', async () => {
    const secret = await studioSecret()
    const location = await redirectOf(
      enable(enableUrl({ 'sanity-preview-secret': secret, 'sanity-preview-pathname': '//evil.example/x' })),
    )
    expect(new URL(location, 'http://localhost:3000').origin).toBe('http://localhost:3000')
  })

  it('refuses a wrong secret with 401, and sets nothing', async () => {
    await studioSecret()
    const response = await enable(
      enableUrl({ 'sanity-preview-secret': 'forged-secret-0123456789', 'sanity-preview-pathname': '/' }),
    )
    expect(response.status).toBe(401)
    // Said in Swedish, as an editor reads it, with what to do.
    expect(await response.text()).toBe(
      'Länken till förhandsvisningen gäller inte längre. Öppna förhandsvisningen igen från Studion (Presentation).',
    )
    expect(draftModeStore.enable).not.toHaveBeenCalled()
    expect(cookieStore.set).not.toHaveBeenCalled()
  })

  it('refuses a request without a secret, or with an empty one, with 401', async () => {
    const queries: Record<string, string>[] = [
      { 'sanity-preview-pathname': '/' },
      { 'sanity-preview-secret': '', 'sanity-preview-pathname': '/' },
      {},
    ]
    for (const query of queries) {
      expect((await enable(enableUrl(query))).status).toBe(401)
    }
    expect(draftModeStore.enable).not.toHaveBeenCalled()
  })

  it('refuses a secret an hour old: the same lake, restarted an hour and a minute later, finds it expired', async () => {
    const secret = await studioSecret()
    await lake.kill('SIGTERM')
    const later = await startTestLake({
      reuse: lake,
      env: { NODE_OPTIONS: `--import=${CLOCK_AHEAD}`, CLOCK_AHEAD_MS: String(61 * 60_000) },
    })
    try {
      const response = await enable(enableUrl({ 'sanity-preview-secret': secret, 'sanity-preview-pathname': '/' }))
      expect(response.status).toBe(401)
      expect(draftModeStore.enable).not.toHaveBeenCalled()
    } finally {
      await later.kill('SIGTERM')
      await lake.restart()
    }
    // Back on today's clock, a fresh secret works again: the refusal was the secret's age.
    await expect(redirectOf(enable(enableUrl({ 'sanity-preview-secret': await studioSecret() })))).resolves.toBe('/')
  })

  it('answers 503 when the content backend cannot be asked, and sets nothing', async () => {
    const secret = await studioSecret()
    await lake.kill('SIGTERM')
    try {
      const error = jest.spyOn(console, 'error').mockImplementation(() => {})
      const response = await enable(enableUrl({ 'sanity-preview-secret': secret }))
      expect(response.status).toBe(503)
      expect(await response.text()).toMatch(/^Förhandsvisningen kunde inte öppnas: innehållstjänsten svarade inte\./)
      expect(error).toHaveBeenCalled()
      error.mockRestore()
    } finally {
      await lake.restart()
    }
    expect(draftModeStore.enable).not.toHaveBeenCalled()
  })
})

describe('disable', () => {
  it('turns draft mode off from the banner and returns to the page, staying on this site', async () => {
    expect(
      await redirectOf(
        disable.GET(new Request('http://localhost:3000/api/draft-mode/disable?redirect=%2Fhjalp%3Fvisa%3D1')),
      ),
    ).toBe('/hjalp?visa=1')
    expect(
      await redirectOf(
        disable.GET(new Request('http://localhost:3000/api/draft-mode/disable?redirect=%2F%2Fevil.example')),
      ),
    ).toBe('/')
    expect(await redirectOf(disable.GET(new Request('http://localhost:3000/api/draft-mode/disable')))).toBe('/')
    expect(draftModeStore.disable).toHaveBeenCalledTimes(3)
    expect(cookieStore.delete).toHaveBeenCalledWith('sanity-preview-perspective')
  })

  it('turns draft mode off for the Studio with 204', async () => {
    const response = await disable.POST()
    expect(response.status).toBe(204)
    expect(draftModeStore.disable).toHaveBeenCalledTimes(1)
  })
})

describe('live', () => {
  it('refuses a browser that is not in draft mode', async () => {
    const response = await live(new Request('http://localhost:3000/api/draft-mode/live'))
    expect(response.status).toBe(401)
    expect(await response.text()).toBe('Förhandsvisningen är inte på. Öppna den från Studion.')
  })

  it('tells a browser in draft mode that a draft changed, and nothing of its content', async () => {
    draftModeStore.isEnabled = true
    const aborted = new AbortController()
    const response = await live(new Request('http://localhost:3000/api/draft-mode/live', { signal: aborted.signal }))
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/)
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
    let received = ''
    const until = async (text: string) => {
      while (!received.includes(text)) received += (await reader.read()).value ?? ''
    }
    // Once the route says welcome it listens to the lake: a change from now on must be reported.
    await until('event: welcome')
    const id = await editor.fetch<string>('*[_type == "helpLink"][0]._id')
    const secretText = `Hemligt utkast ${process.pid}`
    await editor.createOrReplace({ ...(await editor.getDocument(id))!, _id: `drafts.${id}`, name: secretText })
    try {
      await until('event: change')
      expect(received).not.toContain(secretText)
    } finally {
      aborted.abort()
      await reader.cancel().catch(() => {})
      await editor.delete(`drafts.${id}`)
    }
  })
})

it('refuses everything while the site has no viewer token', async () => {
  jest.resetModules()
  const saved = process.env.SANITY_API_READ_TOKEN
  delete process.env.SANITY_API_READ_TOKEN
  try {
    const { GET } = await import('@/app/api/draft-mode/enable/route')
    const response = await GET(enableUrl({ 'sanity-preview-secret': await studioSecret() }))
    expect(response.status).toBe(401)
    expect(await response.text()).toMatch(/^Förhandsvisningen är avstängd på den här servern: .*SANITY_API_READ_TOKEN/)
  } finally {
    process.env.SANITY_API_READ_TOKEN = saved
  }
  expect(draftModeStore.enable).not.toHaveBeenCalled()
})
