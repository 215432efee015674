/**
 * The seed dataset with its images: importing it uploads every `_sanityAsset` file as an asset,
 * the lake serves those images, and `export --assets` writes the seed back in the same form, so
 * that export and import round-trip it unchanged.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import type { SanityDocument } from '@sanity/client'
import { createImageUrlBuilder } from '@sanity/image-url'
import sharp from 'sharp'
import { startTestLake, type TestLake } from '@somliga-tror/lake/testing'

const CLI = require.resolve('@somliga-tror/lake/cli')
const SEED = resolve(__dirname, '../../sanity/seed/production.ndjson')
const ASSET_TYPES = ['sanity.imageAsset', 'sanity.fileAsset']

// Each lake here is seeded by the CLI first, which reads every image with sharp.
jest.setTimeout(30_000)

type Json = Record<string, unknown>

const sha1 = (data: Buffer) => createHash('sha1').update(data).digest('hex')

const readNdjson = (file: string): Json[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))

/**
 * Documents as an export means them: without what each lake assigns (`_rev`, timestamps), sorted
 * by id, and with each `_sanityAsset` file named by the SHA-1 of its bytes instead of its path.
 */
function normalise(documents: Json[], ndjsonFile: string): Json[] {
  const withoutSystemFields = documents.map(({ _rev: _r, _createdAt: _c, _updatedAt: _u, ...rest }) => rest)
  const resolved = JSON.parse(JSON.stringify(withoutSystemFields), (key, value) => {
    if (key !== '_sanityAsset') return value
    const [, kind, path] = /^(image|file)@file:\/\/(\.\/.+)$/.exec(value) as RegExpExecArray
    return `${kind}@sha1:${sha1(readFileSync(join(dirname(ndjsonFile), path)))}`
  })
  return resolved.sort((a: Json, b: Json) => String(a._id).localeCompare(String(b._id)))
}

/**
 * Every document of a lake, asset documents included, without what the lake assigns: revisions,
 * timestamps, and the origin in an asset's `url` (each lake serves its assets on its own port).
 */
async function allDocuments(lake: TestLake): Promise<Json[]> {
  const documents: SanityDocument[] = await lake.client().fetch('*[] | order(_id)', {}, { perspective: 'raw' })
  return documents.map(({ _rev: _r, _createdAt: _c, _updatedAt: _u, ...rest }) =>
    typeof rest.url === 'string' && rest._type.startsWith('sanity.')
      ? { ...rest, url: new URL(rest.url).pathname }
      : rest,
  )
}

function cli(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, LAKE_DIR: dir },
    cwd: dir,
    encoding: 'utf8',
  })
}

function exportWithAssets(lake: TestLake, file: string, assetsDir: string) {
  const result = cli(lake.dir, 'export', 'production', file, `--assets=${assetsDir}`)
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
}

describe('the seed dataset', () => {
  const seed = readNdjson(SEED)
  let lake: TestLake
  let exportDir: string

  beforeAll(async () => {
    lake = await startTestLake({ seed: SEED })
    exportDir = mkdtempSync(join(tmpdir(), 'lake-seed-export-'))
  })

  afterAll(async () => {
    await lake.stop()
    rmSync(exportDir, { recursive: true, force: true })
  })

  it('imports into an empty lake with every _sanityAsset turned into an asset reference', async () => {
    const ids = seed.map((document) => document._id)
    expect(await lake.client().fetch('count(*[_id in $ids])', { ids })).toBe(seed.length)
    expect(JSON.stringify(await allDocuments(lake))).not.toMatch(/_sanityAsset/)

    const documents = await lake.client().fetch('*[_id in $ids]', { ids })
    const refs = JSON.stringify(documents).match(/"asset":\{"_type":"reference","_ref":"[^"]+"\}/g) ?? []
    expect(refs.length).toBe(JSON.stringify(seed).match(/"_sanityAsset"/g)?.length)
    const targets = [...new Set(refs.map((ref) => ref.replace(/^.*"_ref":"([^"]+)"\}$/, '$1')))]
    const found = await lake.client().fetch('*[_id in $targets && _type in $types]._id', {
      targets,
      types: ASSET_TYPES,
    })
    expect(found.sort()).toEqual(targets.sort())
  })

  it('creates one asset per file and kind, with the bytes of the seed files', async () => {
    const assets: Array<{ _type: string; originalFilename: string; sha1hash: string; path: string }> = await lake
      .client()
      .fetch('*[_type in $types]{_type, originalFilename, sha1hash, path}', { types: ASSET_TYPES })
    const expected = new Set(
      JSON.stringify(seed)
        .match(/"_sanityAsset":"[^"]+"/g)
        ?.map((field) => field.replace(/^.*"(image|file)@file:\/\/\.\/assets\/(.+)"$/, '$1 $2')),
    )
    expect(assets.map((asset) => `${asset._type.slice(7, -5)} ${asset.originalFilename}`).sort()).toEqual(
      [...expected].sort(),
    )
    for (const asset of assets) {
      const file = readFileSync(join(dirname(SEED), 'assets', asset.originalFilename))
      expect(asset.sha1hash).toBe(sha1(file))
      const served = await fetch(`${lake.httpUrl}/${asset.path}`)
      expect(Buffer.from(await served.arrayBuffer())).toEqual(file)
    }
  })

  it('serves its images resized, as the site asks for them', async () => {
    const images: Array<{ _id: string; metadata: { dimensions: { width: number; height: number } } }> = await lake
      .client()
      .fetch('*[_type == "sanity.imageAsset"]{_id, metadata}')
    const builder = createImageUrlBuilder({ projectId: 'local', dataset: 'production', baseUrl: lake.httpUrl })
    for (const image of images) {
      const response = await fetch(builder.image(image._id).width(320).auto('format').url(), {
        headers: { accept: 'image/webp,*/*' },
      })
      expect(response.status).toBe(200)
      const metadata = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
      const { width, height } = image.metadata.dimensions
      expect([metadata.format, metadata.width, metadata.height]).toEqual([
        'webp',
        320,
        Math.round((height * 320) / width),
      ])
    }
  })

  it('exports in the seed form: the same documents, _sanityAsset fields and files', () => {
    const file = join(exportDir, 'production.ndjson')
    exportWithAssets(lake, file, join(exportDir, 'assets'))
    const exported = readNdjson(file)
    expect(exported.some((document) => ASSET_TYPES.includes(String(document._type)))).toBe(false)
    expect(normalise(exported, file)).toEqual(normalise(seed, SEED))
  })

  it('imports the export into another empty lake, where everything is as in the first', async () => {
    const copy = await startTestLake({ seed: join(exportDir, 'production.ndjson') })
    try {
      expect(await allDocuments(copy)).toEqual(await allDocuments(lake))
      const again = join(exportDir, 'again', 'production.ndjson')
      exportWithAssets(copy, again, join(exportDir, 'again', 'assets'))
      expect(normalise(readNdjson(again), again)).toEqual(normalise(seed, SEED))
    } finally {
      await copy.stop()
    }
  })
})
