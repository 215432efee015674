/**
 * With the content backend down, the edge and the instances still serve every page: no response
 * of 500 or above through the edge for any page in the sitemap (with and without compression, so
 * that each stored copy is asked for). The lake is started again whatever happens.
 */
import { browserRun, startLake, stopLake } from '../helpers/browser-env'
import { sitemapPaths } from '../helpers/sitemap'
import { pageAt, stack } from '../helpers/stack'

let paths: string[]

beforeAll(async () => {
  paths = await sitemapPaths(stack().edgeUrl)
  await stopLake()
})

afterAll(async () => {
  await startLake()
})

it('has really stopped the lake', async () => {
  await expect(fetch(browserRun().lake.httpUrl)).rejects.toThrow()
})

it('answers every page in the sitemap through the edge without a server error', async () => {
  const errors = []
  for (const encoding of ['identity', 'gzip', 'br'])
    for (const path of paths) {
      // Twice: the second request may be the one that finds the edge's copy expired.
      for (let round = 0; round < 2; round += 1) {
        const { status } = await pageAt(stack().edgeUrl, path, { 'Accept-Encoding': encoding })
        if (status >= 500) errors.push(`${path} (${encoding}): ${status}`)
      }
    }
  expect(paths.length).toBeGreaterThan(0)
  expect(errors).toEqual([])
})
