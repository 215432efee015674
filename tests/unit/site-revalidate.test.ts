/** @jest-environment node */
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'

jest.mock('server-only', () => ({}))
jest.mock('next/cache', () => ({ revalidateTag: jest.fn() }))
// Next runs after() callbacks once the response is sent; here they are collected and run by the test.
const mockAfterResponse: (() => Promise<void>)[] = []
jest.mock('next/server', () => ({ after: (callback: () => Promise<void>) => mockAfterResponse.push(callback) }))

const SECRET = 'test-revalidate-secret'

type Route = typeof import('@/app/api/revalidate/route')

/** Loads the route with the given secret in the environment (the secret is read at import). */
async function loadRoute(secret: string | undefined): Promise<{ POST: Route['POST']; revalidateTag: jest.Mock }> {
  jest.resetModules()
  if (secret === undefined) delete process.env.SANITY_REVALIDATE_SECRET
  else process.env.SANITY_REVALIDATE_SECRET = secret
  const { POST } = await import('@/app/api/revalidate/route')
  const { revalidateTag } = (await import('next/cache')) as unknown as { revalidateTag: jest.Mock }
  return { POST, revalidateTag }
}

async function signedRequest(body: string, secret = SECRET): Promise<Request> {
  return new Request('http://localhost/api/revalidate', {
    method: 'POST',
    headers: {
      [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), secret),
      'content-type': 'application/json',
    },
    body,
  })
}

const pageChange = JSON.stringify({ _id: 'page-a', _type: 'page', slug: { before: 'gammal', after: 'ny' } })

afterAll(() => {
  delete process.env.SANITY_REVALIDATE_SECRET
})

/** The calls of the mocked revalidateTag, by profile: `max` (stale-while-revalidate) or expired at once. */
function callsByProfile(revalidateTag: jest.Mock) {
  const calls = revalidateTag.mock.calls as [string, unknown][]
  return {
    max: calls.filter(([, profile]) => profile === 'max').map(([tag]) => tag),
    atOnce: calls.filter(([, profile]) => JSON.stringify(profile) === '{"expire":0}').map(([tag]) => tag),
    other: calls.filter(([, profile]) => profile !== 'max' && JSON.stringify(profile) !== '{"expire":0}'),
  }
}

it('revalidates exactly the tags of a correctly signed change, with the stale-while-revalidate profile', async () => {
  const { POST, revalidateTag } = await loadRoute(SECRET)
  const response = await POST(await signedRequest(pageChange))
  expect(response.status).toBe(200)
  const { revalidated, expired } = await response.json()
  expect(revalidated).toEqual(expect.arrayContaining(['doc:page-a', 'type:page', 'slug:sv:gammal', 'slug:sv:ny']))
  const calls = callsByProfile(revalidateTag)
  expect(calls.max.sort()).toEqual([...revalidated].sort())
  // Campaign material files showing the page (none do, but the route cannot know) go at once.
  expect(expired).toEqual(['drawn:page-a'])
  expect(calls.atOnce).toEqual(expired)
  expect(calls.other).toEqual([])
})

it('expires campaign material files at once, by the material and by its old and new slug', async () => {
  const { POST, revalidateTag } = await loadRoute(SECRET)
  const change = JSON.stringify({ _id: 'material-a', _type: 'campaignMaterial', slug: { before: 'a', after: 'b' } })
  const { revalidated, expired } = await (await POST(await signedRequest(change))).json()
  expect(revalidated).toEqual(expect.arrayContaining(['doc:material-a', 'type:campaignMaterial']))
  expect(expired.sort()).toEqual(['drawn:material-a', 'material:a', 'material:b'])
  expect(callsByProfile(revalidateTag).atOnce.sort()).toEqual(expired)
})

it('expires the same tags again after the response, so a render running during the change cannot keep older content', async () => {
  const { POST, revalidateTag } = await loadRoute(SECRET)
  mockAfterResponse.length = 0
  const { revalidated, expired } = await (await POST(await signedRequest(pageChange))).json()
  revalidateTag.mockClear()
  expect(mockAfterResponse).toHaveLength(1)
  jest.useFakeTimers()
  try {
    const again = mockAfterResponse[0]()
    expect(revalidateTag).not.toHaveBeenCalled()
    await jest.runAllTimersAsync()
    await again
  } finally {
    jest.useRealTimers()
  }
  const calls = callsByProfile(revalidateTag)
  expect(calls.max.sort()).toEqual([...revalidated].sort())
  expect(calls.atOnce).toEqual(expired)
})

it('refuses a signature made with another secret', async () => {
  const { POST, revalidateTag } = await loadRoute(SECRET)
  const response = await POST(await signedRequest(pageChange, 'someone-elses-secret'))
  expect(response.status).toBe(401)
  expect(revalidateTag).not.toHaveBeenCalled()
})

it('refuses a body changed after signing', async () => {
  const { POST, revalidateTag } = await loadRoute(SECRET)
  const signed = await signedRequest(pageChange)
  const tampered = new Request(signed.url, {
    method: 'POST',
    headers: signed.headers,
    body: pageChange.replace('page-a', 'page-b'),
  })
  expect((await POST(tampered)).status).toBe(401)
  expect(revalidateTag).not.toHaveBeenCalled()
})

it('refuses a request without a signature, or with a malformed one', async () => {
  const { POST, revalidateTag } = await loadRoute(SECRET)
  const unsigned = new Request('http://localhost/api/revalidate', { method: 'POST', body: pageChange })
  expect((await POST(unsigned)).status).toBe(401)
  const garbled = new Request('http://localhost/api/revalidate', {
    method: 'POST',
    headers: { [SIGNATURE_HEADER_NAME]: 'not-a-signature' },
    body: pageChange,
  })
  expect((await POST(garbled)).status).toBe(401)
  expect(revalidateTag).not.toHaveBeenCalled()
})

it('fails closed when no secret is configured, even for a request signed with an empty secret', async () => {
  const { POST, revalidateTag } = await loadRoute(undefined)
  const response = await POST(await signedRequest(pageChange))
  expect(response.status).toBe(401)
  expect((await response.json()).message).toMatch(/SANITY_REVALIDATE_SECRET/)
  expect(revalidateTag).not.toHaveBeenCalled()
})

it('answers 400 to a correctly signed body that is not JSON or not a change notice', async () => {
  const { POST, revalidateTag } = await loadRoute(SECRET)
  expect((await POST(await signedRequest('{not json'))).status).toBe(400)
  expect((await POST(await signedRequest(JSON.stringify({ hello: 'world' })))).status).toBe(400)
  expect((await POST(await signedRequest(JSON.stringify({ _id: 'x'.repeat(500), _type: 'page' })))).status).toBe(400)
  expect(revalidateTag).not.toHaveBeenCalled()
})

it('refuses oversized bodies before checking them', async () => {
  const { POST, revalidateTag } = await loadRoute(SECRET)
  const huge = JSON.stringify({ _id: 'page-a', _type: 'page', padding: 'x'.repeat(20_000) })
  expect((await POST(await signedRequest(huge))).status).toBe(413)
  expect(revalidateTag).not.toHaveBeenCalled()
})
