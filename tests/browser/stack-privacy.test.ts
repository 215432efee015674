/**
 * What the edge sends is what the site sends: for every page, whether the edge renders, stores or
 * serves its copy, and in every encoding it stores, no cookie is set and every security header is
 * there. And shared caches are told the truth: no page may be kept ten minutes (Next's own
 * s-maxage) by a cache that is not purged.
 */
import { securityHeaderRules } from '@/lib/security-headers'

import { sitemapPaths } from '../helpers/sitemap'
import { pageAt, stack } from '../helpers/stack'

/** The headers every public response carries (their values are unit-tested in site-security-headers). */
const SECURITY_HEADERS = securityHeaderRules({
  development: false,
  siteUrl: 'http://localhost',
  studioConnectOrigins: [],
  studioImageOrigins: [],
})[0].headers.map((header) => header.key.toLowerCase())

it('sets no cookie and sends every security header through the edge, for every page and encoding', async () => {
  const paths = [...(await sitemapPaths(stack().edgeUrl)), '/sitemap.xml', '/api/og']
  const problems = []
  for (const encoding of ['identity', 'gzip', 'br'])
    for (const path of paths)
      // The first answer may come from an instance, the next from the edge's copy.
      for (let round = 0; round < 2; round += 1) {
        const { status, headers } = await pageAt(stack().edgeUrl, path, { 'Accept-Encoding': encoding })
        const missing = SECURITY_HEADERS.filter((name) => !headers.has(name))
        const cacheControl = headers.get('cache-control') ?? ''
        if (status !== 200) problems.push(`${path} (${encoding}): ${status}`)
        if (headers.has('set-cookie')) problems.push(`${path} (${encoding}): sets a cookie`)
        if (missing.length > 0) problems.push(`${path} (${encoding}): no ${missing.join(', ')}`)
        if (/s-maxage=([2-9]|\d\d)/.test(cacheControl)) problems.push(`${path} (${encoding}): ${cacheControl}`)
      }
  expect(SECURITY_HEADERS).toContain('content-security-policy')
  expect(problems).toEqual([])
})
