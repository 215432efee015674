/** @jest-environment node */
import { configFromEnv } from '../../src/config.ts'

describe('browser origins', () => {
  it('default to the site of NEXT_PUBLIC_SITE_URL, in every loopback spelling when it is local', () => {
    expect(configFromEnv({}).browserOrigins).toEqual([
      'http://localhost:3000',
      'http://127.0.0.1:3000',
      'http://[::1]:3000',
    ])
    expect(configFromEnv({ NEXT_PUBLIC_SITE_URL: 'http://127.0.0.1:3100/' }).browserOrigins).toEqual([
      'http://127.0.0.1:3100',
      'http://localhost:3100',
      'http://[::1]:3100',
    ])
    expect(configFromEnv({ NEXT_PUBLIC_SITE_URL: 'https://somligatror.se' }).browserOrigins).toEqual([
      'https://somligatror.se',
    ])
  })

  it('come from LAKE_CORS_ORIGINS when it is set, as origins', () => {
    const config = configFromEnv({
      NEXT_PUBLIC_SITE_URL: 'http://localhost:3000',
      LAKE_CORS_ORIGINS: 'https://studio.example/studio, http://app.localhost:3333',
    })
    expect(config.browserOrigins).toEqual(['https://studio.example', 'http://app.localhost:3333'])
  })

  it('refuse a value that is not an http(s) URL, naming the variable', () => {
    expect(() => configFromEnv({ LAKE_CORS_ORIGINS: 'localhost:3000' })).toThrow(/LAKE_CORS_ORIGINS/)
    expect(() => configFromEnv({ LAKE_CORS_ORIGINS: 'ftp://example.com' })).toThrow(/LAKE_CORS_ORIGINS/)
    expect(() => configFromEnv({ NEXT_PUBLIC_SITE_URL: 'not a url' })).toThrow(/NEXT_PUBLIC_SITE_URL/)
  })
})

describe('limits', () => {
  it('have defaults and read whole numbers from the environment', () => {
    expect(configFromEnv({})).toMatchObject({ queryTimeoutMs: 5000, queryWorkers: 2 })
    expect(configFromEnv({ LAKE_QUERY_TIMEOUT_MS: '250' }).queryTimeoutMs).toBe(250)
    expect(() => configFromEnv({ LAKE_QUERY_WORKERS: '0' })).toThrow(/LAKE_QUERY_WORKERS/)
    expect(() => configFromEnv({ LAKE_QUERY_TIMEOUT_MS: '1.5s' })).toThrow(/LAKE_QUERY_TIMEOUT_MS/)
    expect(configFromEnv({}).streamsPerClient).toEqual({ signedIn: 200, anonymous: 16 })
    expect(configFromEnv({ LAKE_MAX_ANONYMOUS_STREAMS: '4' }).streamsPerClient.anonymous).toBe(4)
    expect(() => configFromEnv({ LAKE_MAX_STREAMS: '0' })).toThrow(/LAKE_MAX_STREAMS/)
    expect(configFromEnv({}).imageTransforms).toEqual({ concurrency: 2, cacheBytes: 64 * 1024 * 1024 })
    expect(configFromEnv({ LAKE_IMAGE_CACHE_MB: '0' }).imageTransforms.cacheBytes).toBe(0)
    expect(() => configFromEnv({ LAKE_IMAGE_TRANSFORMS: '0' })).toThrow(/LAKE_IMAGE_TRANSFORMS/)
  })
})
