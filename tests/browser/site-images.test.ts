/**
 * Images as editors leave them. An image cropped and hot-spotted in the Studio (the seed has one)
 * renders through the site's own image optimizer, cropped. And a page whose images, files and
 * references the site cannot render (an asset that is gone, an asset id the image URL builder
 * refuses, an SVG the optimizer would not touch, a crop that leaves nothing, a deleted page or
 * help link) still answers 200 with everything else on it.
 */
import type { Browser, Page } from 'playwright-core'

import { launchBrowser, newContext } from '../helpers/browser'
import { browserRun, lakeClient } from '../helpers/browser-env'
import { eventually } from '../helpers/eventually'
import { PAGE_PATH_GROQ } from '../helpers/sitemap'

const { siteUrl } = browserRun()
const siteOrigin = new URL(siteUrl).origin
const editor = lakeClient('write')
const PUBLISH_DEADLINE_MS = 60_000

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await (await newContext(browser)).newPage()
})

afterAll(async () => {
  await browser?.close()
})

type ShownImage = { src: string; currentSrc: string; width: number; height: number; loaded: boolean }

/** Every image in the page's main content, as the browser has it once loaded. */
async function imagesOnPage(): Promise<ShownImage[]> {
  return page.locator('main img').evaluateAll((images) =>
    (images as HTMLImageElement[]).map((image) => ({
      src: image.getAttribute('src') ?? '',
      currentSrc: image.currentSrc,
      width: Number(image.getAttribute('width')),
      height: Number(image.getAttribute('height')),
      loaded: image.complete && image.naturalWidth > 0,
    })),
  )
}

describe('an image cropped and hot-spotted in the Studio', () => {
  it('renders on its page through /_next/image, cropped to the editor’s frame', async () => {
    const cropped = await editor.fetch<
      {
        path: string
        crop: { top: number; bottom: number; left: number; right: number }
        width: number
        height: number
      }[]
    >(`*[_type == "page" && defined(hero.image.crop) && defined(hero.image.hotspot)]{
      "path": ${PAGE_PATH_GROQ},
      "crop": hero.image.crop,
      "width": hero.image.asset->metadata.dimensions.width,
      "height": hero.image.asset->metadata.dimensions.height
    }`)
    // The seed must have one, so that every page test (accessibility, no JavaScript, privacy) covers it.
    expect(cropped.length).toBeGreaterThan(0)

    for (const { path, crop, width, height } of cropped) {
      const imageAnswers: number[] = []
      const listener = (response: { url(): string; status(): number }) => {
        if (response.url().startsWith(`${siteOrigin}/_next/image`)) imageAnswers.push(response.status())
      }
      page.on('response', listener)
      const response = await page.goto(new URL(path, siteUrl).toString(), { waitUntil: 'networkidle' })
      page.off('response', listener)
      expect(response?.status()).toBe(200)

      const hero = (await imagesOnPage())[0]
      expect(hero).toMatchObject({
        width: Math.round(width * (1 - crop.left - crop.right)),
        height: Math.round(height * (1 - crop.top - crop.bottom)),
        loaded: true,
      })
      expect(hero.src.startsWith('/_next/image?')).toBe(true)
      expect(new URL(hero.currentSrc).searchParams.get('url')).toMatch(/[?&]rect=\d+,\d+,\d+,\d+/)
      expect(imageAnswers.length).toBeGreaterThan(0)
      expect(imageAnswers.filter((status) => status !== 200)).toEqual([])
    }
  })
})

describe('an image section', () => {
  it('renders its cropped image with the alt text, caption and credit on its page', async () => {
    const sections = await editor.fetch<
      {
        path: string
        alt: string
        caption: string
        credit: string
        crop: { top: number; bottom: number; left: number; right: number }
        width: number
        height: number
      }[]
    >(`*[_type == "page" && defined(slug.current)]{"path": ${PAGE_PATH_GROQ}, sections[_type == "imageSection" && defined(image.crop)]{
      "alt": image.alt, caption, credit, "crop": image.crop,
      "width": image.asset->metadata.dimensions.width, "height": image.asset->metadata.dimensions.height
    }}[count(sections) > 0]{path, ...sections[0]}`)
    // The seed uses one, so that every page test covers it.
    expect(sections.length).toBeGreaterThan(0)

    for (const { path, alt, caption, credit, crop, width, height } of sections) {
      const response = await page.goto(new URL(path, siteUrl).toString(), { waitUntil: 'networkidle' })
      expect(response?.status()).toBe(200)
      const figure = page.locator('main figure').filter({ has: page.getByRole('img', { name: alt, exact: true }) })
      expect(await figure.locator('figcaption').innerText()).toBe(`${caption} Foto: ${credit}`)
      const shown = await figure.locator('img').evaluate((image: HTMLImageElement) => ({
        width: Number(image.getAttribute('width')),
        height: Number(image.getAttribute('height')),
        loaded: image.complete && image.naturalWidth > 0,
        url: new URL(image.currentSrc).searchParams.get('url'),
      }))
      expect(shown).toMatchObject({
        width: Math.round(width * (1 - crop.left - crop.right)),
        height: Math.round(height * (1 - crop.top - crop.bottom)),
        loaded: true,
      })
      expect(shown.url).toMatch(/[?&]rect=\d+,\d+,\d+,\d+/)
    }
  })
})

describe('a page with images, files and references the site cannot render', () => {
  const stamp = Date.now()
  const pageId = `page-media-test-${stamp}`
  const slug = `bildtest-${stamp}`
  const malformedAssetId = `image-not-a-content-hash-${stamp}`
  let svgAssetId: string
  /** A reference to an asset that is not there (weak, as a deleted asset leaves it). */
  const missing = (kind: 'image' | 'file', extension: string) => ({
    _type: 'reference',
    _ref: `${kind}-${'0'.repeat(39)}${stamp % 10}-${kind === 'image' ? '10x10-' : ''}${extension}`,
    _weak: true,
  })

  beforeAll(async () => {
    const svg = await editor.assets.upload(
      'image',
      Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20"/></svg>',
      ),
      { filename: 'ruta.svg', contentType: 'image/svg+xml' },
    )
    svgAssetId = svg._id
    const download = await editor.fetch<Record<string, unknown>>(
      '*[_type == "page" && count(sections[_type == "downloadsSection"]) > 0][0].sections[_type == "downloadsSection"][0].items[0]',
    )
    const image = (asset: { _type: string; _ref: string }, extra: Record<string, unknown> = {}) => ({
      _type: 'accessibleImage',
      asset,
      decorative: true,
      ...extra,
    })
    await editor
      .transaction()
      .create({
        _id: malformedAssetId,
        _type: 'sanity.imageAsset',
        mimeType: 'image/png',
        extension: 'png',
        metadata: { _type: 'sanity.imageMetadata', dimensions: { width: 100, height: 100, aspectRatio: 1 } },
      })
      .create({
        _id: pageId,
        _type: 'page',
        title: `Bildtest ${stamp}`,
        slug: { _type: 'slug', current: slug },
        lead: 'En sida där varje bild, fil och hänvisning är trasig, utom en.',
        hero: { heading: 'Rubriken syns ändå', image: image({ _type: 'reference', _ref: malformedAssetId }) },
        seo: { image: image(missing('image', 'png')) },
        sections: [
          {
            _key: 'nedladdningar',
            _type: 'downloadsSection',
            heading: 'Nedladdningar som finns kvar',
            items: [
              download,
              {
                ...download,
                _key: 'fil-saknas',
                title: 'Filen saknas',
                file: { _type: 'file', asset: missing('file', 'pdf') },
              },
              { ...download, _key: 'svg', title: 'Med SVG', preview: image({ _type: 'reference', _ref: svgAssetId }) },
              {
                ...download,
                _key: 'beskuren-bort',
                title: 'Beskuren bort',
                preview: image((download.preview as { asset: { _type: string; _ref: string } }).asset, {
                  crop: { _type: 'sanity.imageCrop', top: 0, bottom: 0, left: 0.6, right: 0.6 },
                }),
              },
              { ...download, _key: 'bild-saknas', title: 'Bilden saknas', preview: image(missing('image', 'jpg')) },
            ],
          },
          {
            _key: 'hjalp',
            _type: 'helpLinksSection',
            heading: 'Hjälp som finns kvar',
            mode: 'manual',
            links: [
              { _key: 'borta', _type: 'reference', _ref: `helpLink-finns-inte-${stamp}`, _weak: true },
              { _key: 'finns', _type: 'reference', _ref: await editor.fetch<string>('*[_type == "helpLink"][0]._id') },
            ],
          },
          {
            _key: 'knapp',
            _type: 'callToActionSection',
            heading: 'En knapp till en sida som är borta',
            link: {
              _type: 'navLink',
              label: 'Borta',
              link: {
                _type: 'link',
                linkType: 'page',
                page: { _type: 'reference', _ref: `page-borta-${stamp}`, _weak: true },
              },
            },
          },
        ],
      })
      .commit()
  })

  afterAll(async () => {
    await editor.delete({ query: '*[_id in $ids]', params: { ids: [pageId, malformedAssetId, svgAssetId] } })
  })

  it('answers 200 with the heading, the working download and help link, and only images from /_next/image', async () => {
    const path = `/${slug}`
    await eventually(async () => (await fetch(new URL(path, siteUrl))).status === 200, {
      timeoutMs: PUBLISH_DEADLINE_MS,
      describe: async () => `${path} answers ${(await fetch(new URL(path, siteUrl))).status}`,
    })
    const response = await page.goto(new URL(path, siteUrl).toString(), { waitUntil: 'networkidle' })
    expect(response?.status()).toBe(200)
    const main = page.getByRole('main')
    expect(await page.locator('h1').allInnerTexts()).toEqual([`Bildtest ${stamp}`])
    expect(await main.getByText('Rubriken syns ändå').count()).toBe(1)
    expect(await main.getByRole('heading', { name: 'Nedladdningar som finns kvar' }).count()).toBe(1)
    expect(await main.getByRole('heading', { name: 'Hjälp som finns kvar' }).count()).toBe(1)
    expect(await main.getByText('Filen saknas').count()).toBe(0)

    const images = await imagesOnPage()
    expect(images.length).toBeGreaterThan(0)
    expect(images.filter(({ src, loaded }) => !src.startsWith('/_next/image?') || !loaded)).toEqual([])
  })
})
