/** @jest-environment node */
describe('lib/env', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
    jest.resetModules()
  })

  it('defaults to the local lake', async () => {
    delete process.env.NEXT_PUBLIC_SANITY_PROJECT_ID
    const { env, usesLocalLake, serverApiHost } = await import('@/lib/env')
    expect(env.projectId).toBe('local')
    expect(usesLocalLake).toBe(true)
    expect(serverApiHost).toBe(`http://127.0.0.1:${env.lakePort}`)
  })

  it('points at hosted Sanity for any other project id', async () => {
    process.env.NEXT_PUBLIC_SANITY_PROJECT_ID = 'abc123'
    const { usesLocalLake, serverApiHost, browserApiHost } = await import('@/lib/env')
    expect(usesLocalLake).toBe(false)
    expect(serverApiHost).toBeUndefined()
    expect(browserApiHost).toBeUndefined()
  })

  it('refuses a malformed site URL with a message naming the variable', async () => {
    process.env.NEXT_PUBLIC_SITE_URL = 'not a url'
    await expect(import('@/lib/env')).rejects.toThrow(/NEXT_PUBLIC_SITE_URL/)
  })
})
