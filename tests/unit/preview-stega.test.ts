/** @jest-environment node */
import type { ContentSourceMap } from '@sanity/client'
import { stegaClean, stegaEncodeSourceMap } from '@sanity/client/stega'

import { requiredText } from '@/lib/content/common'
import { encodeVisibleTextOnly } from '@/lib/sanity/stega'

/** What @sanity/client makes of `value` when a content source map says it is a page's `title`. */
function withStegaMarker(value: string): string {
  const map: ContentSourceMap = {
    documents: [{ _id: 'p1', _type: 'page' }],
    paths: ["$['title']"],
    mappings: { "$['title']": { type: 'value', source: { type: 'documentValue', document: 0, path: 0 } } },
  }
  return stegaEncodeSourceMap({ title: value }, map, { enabled: true, studioUrl: '/studio' }).title
}

describe('which strings carry stega markers in draft mode', () => {
  const encodes = (sourcePath: (string | number | { _key: string; _index: number })[], value = 'Text') =>
    encodeVisibleTextOnly({
      sourcePath,
      resultPath: sourcePath,
      sourceDocument: { _id: 'p1', _type: 'page' },
      value,
      filterDefault: ({ sourcePath: path }) =>
        !path.includes('seo') && !path.some((step) => typeof step === 'string' && step.startsWith('_')),
    })

  it('marks text that visitors read', () => {
    expect(encodes(['title'])).toBe(true)
    expect(encodes(['sections', { _key: 's1', _index: 0 }, 'heading'])).toBe(true)
    expect(encodes(['body', { _key: 'b', _index: 0 }, 'children', { _key: 'c', _index: 0 }, 'text'])).toBe(true)
    expect(encodes(['channels', { _key: 'k', _index: 0 }, 'number'])).toBe(true)
  })

  it('leaves alone what the site compares, looks up or puts into attributes', () => {
    expect(encodes(['sections', { _key: 's1', _index: 0 }, 'audience'])).toBe(false)
    expect(encodes(['sections', { _key: 's1', _index: 0 }, 'mode'])).toBe(false)
    expect(encodes(['audiences', 0])).toBe(false)
    expect(encodes(['channels', { _key: 'k', _index: 0 }, 'address'])).toBe(false)
    expect(encodes(['quickExit', 'url'])).toBe(false)
    expect(encodes(['hero', 'image', 'alt'])).toBe(false)
  })

  it("also honours the client's own default filter", () => {
    expect(encodes(['seo', 'title'])).toBe(false)
  })
})

describe("text with a stega marker, through the site's zod schemas", () => {
  it('keeps the marker whole, so the overlay still finds its field', () => {
    const marked = withStegaMarker('Köp inte sex')
    expect(marked).not.toBe('Köp inte sex')
    expect(requiredText.parse(marked)).toBe(marked)
    expect(stegaClean(requiredText.parse(withStegaMarker('  Köp inte sex')))).toBe('Köp inte sex')
  })
})
