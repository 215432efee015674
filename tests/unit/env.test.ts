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

describe('lib/server-env', () => {
  const saved = { ...process.env }
  const EXAMPLE = {
    SANITY_API_READ_TOKEN: 'local-viewer-token-change-me-0000000000',
    SANITY_REVALIDATE_SECRET: 'local-revalidate-secret-change-me',
  }
  /** What a server started with these variables does: the check instrumentation.ts runs. */
  const startingWith = async (variables: Record<string, string | undefined>) => {
    process.env = { ...saved, ...EXAMPLE, ...variables } as NodeJS.ProcessEnv
    const serverEnvModule = await import('@/lib/server-env')
    serverEnvModule.refuseUnsafeSecrets()
    return serverEnvModule
  }
  afterEach(() => {
    process.env = { ...saved }
    jest.resetModules()
  })

  it('keeps the example secrets for the local lake: npm run dev, and a production build on this machine', async () => {
    await expect(startingWith({ NODE_ENV: 'development' })).resolves.toHaveProperty('serverEnv.readToken')
    await expect(
      startingWith({ NODE_ENV: 'production', NEXT_PUBLIC_SITE_URL: 'http://127.0.0.1:4000' }),
    ).resolves.toHaveProperty('serverEnv.revalidateSecret', EXAMPLE.SANITY_REVALIDATE_SECRET)
  })

  it('accepts real secrets for a hosted project in production', async () => {
    const { serverEnv } = await startingWith({
      NODE_ENV: 'production',
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123',
      NEXT_PUBLIC_SITE_URL: 'https://somligatror.example',
      SANITY_API_READ_TOKEN: 'sk-viewer-a-real-token',
      SANITY_REVALIDATE_SECRET: 'a-long-random-secret',
    })
    expect(serverEnv).toMatchObject({ readToken: 'sk-viewer-a-real-token', revalidateSecret: 'a-long-random-secret' })
  })

  it('refuses a blank secret in production at a public address, naming it', async () => {
    await expect(
      startingWith({
        NODE_ENV: 'production',
        NEXT_PUBLIC_SITE_URL: 'https://somligatror.example',
        SANITY_API_READ_TOKEN: ' ',
      }),
    ).rejects.toThrow(/SANITY_API_READ_TOKEN is empty/)
  })

  it('refuses the example secrets for a hosted Sanity project, naming both', async () => {
    const starting = startingWith({ NODE_ENV: 'development', NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123' })
    await expect(starting).rejects.toThrow(/hosted Sanity project "abc123"/)
    await expect(starting).rejects.toThrow(/SANITY_API_READ_TOKEN is still the example value/)
    await expect(starting).rejects.toThrow(/SANITY_REVALIDATE_SECRET is still the example value/)
  })
})
