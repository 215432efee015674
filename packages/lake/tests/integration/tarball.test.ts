/**
 * The tarball of `sanity dataset export`: the lake exports and imports it (a round trip keeps
 * documents, times, asset bytes, original file names and metadata), reads what Sanity's own
 * `@sanity/export` writes, and writes what `@sanity/import` reads. An import follows nothing out
 * of the tarball.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import sharp from 'sharp'
import { create, extract } from 'tar'
import { LAKE_API_VERSION, startTestLake, type TestLake } from '../../src/testing/index.ts'

const CLI = resolve(__dirname, '../../src/cli.ts')
const SANITY_DATASET = resolve(__dirname, '../helpers/sanity-dataset.ts')

// Lakes, the lake's CLI and Sanity's libraries run as processes; this bounds the wait, it is not a speed check.
jest.setTimeout(180_000)

type Json = Record<string, unknown>

const sha1 = (data: Buffer | string) => createHash('sha1').update(data).digest('hex')

function cli(lakeDir: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, LAKE_DIR: lakeDir },
    cwd: tmpdir(),
    encoding: 'utf8',
  })
}

function cliOk(lakeDir: string, ...args: string[]) {
  const result = cli(lakeDir, ...args)
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  return result.stdout
}

/** Runs `@sanity/export` or `@sanity/import` against a lake, trusting its certificate. */
function sanityLibrary(command: 'export' | 'import', lake: TestLake, file: string) {
  const config = {
    projectId: 'local',
    dataset: 'production',
    apiVersion: LAKE_API_VERSION,
    useCdn: false,
    useProjectHostname: false,
    apiHost: lake.httpUrl,
    token: lake.tokens.write,
  }
  const result = spawnSync(process.execPath, [SANITY_DATASET, command, JSON.stringify(config), file], {
    env: { ...process.env, NODE_EXTRA_CA_CERTS: join(lake.dir, 'tls', 'cert.pem') },
    encoding: 'utf8',
  })
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  return JSON.parse(result.stdout)
}

interface Unpacked {
  /** The one top folder. */
  folder: string
  documents: Json[]
  assets: Record<string, Json>
  /** SHA-1 of each asset file's bytes, by its path in the folder. */
  files: Record<string, string>
}

async function unpack(file: string): Promise<Unpacked> {
  const dir = mkdtempSync(join(tmpdir(), 'lake-tarball-unpacked-'))
  try {
    await extract({ file, cwd: dir })
    const [folder, ...others] = readdirSync(dir)
    expect(others).toEqual([])
    const root = join(dir, folder)
    const documents = readFileSync(join(root, 'data.ndjson'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
    const assets = JSON.parse(readFileSync(join(root, 'assets.json'), 'utf8'))
    const files: Record<string, string> = {}
    for (const sub of ['images', 'files']) {
      for (const name of readdirSync(join(root, sub)))
        files[`${sub}/${name}`] = sha1(readFileSync(join(root, sub, name)))
    }
    return { folder, documents, assets, files }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Values without the fields named, for comparing what a write necessarily changes. */
const without = (fields: string[]) => (value: Json) =>
  Object.fromEntries(Object.entries(value).filter(([key]) => !fields.includes(key)))
const mapValues = (record: Record<string, Json>, change: (value: Json) => Json) =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, change(value)]))

let work: string
let source: TestLake
let poster: Buffer
let unused: Buffer
const REPORT = 'Rapport om sexköp i Värmland\n'
let exported: string
let original: Unpacked

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'lake-tarball-'))
  source = await startTestLake()
  poster = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#c0392b' } })
    .png()
    .toBuffer()
  unused = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#2980b9' } })
    .jpeg()
    .toBuffer()
  const client = source.client()
  const image = await client.assets.upload('image', poster, {
    filename: 'röd affisch.png',
    title: 'Affisch',
    description: 'Kampanjens affisch',
    creditLine: 'Foto: Samhällsrådet',
    label: 'kampanj',
  })
  await client.assets.upload('image', unused, { filename: 'oanvänd.jpg' })
  const file = await client.assets.upload('file', Buffer.from(REPORT), { filename: 'rapport.txt' })
  const imageRef = { _type: 'reference', _ref: image._id }
  const times = { _createdAt: '2023-04-05T06:07:08Z', _updatedAt: '2024-05-06T07:08:09Z' }
  await client
    .transaction()
    .create({ _id: 'author-1', _type: 'author', name: 'Anna', ...times })
    .create({
      _id: 'article-1',
      _type: 'article',
      title: 'Sexköp är ett brott',
      ...times,
      author: { _type: 'reference', _ref: 'author-1' },
      mainImage: {
        _type: 'image',
        asset: imageRef,
        alt: 'Affischen',
        hotspot: { x: 0.3, y: 0.4, height: 1, width: 1 },
      },
      body: [
        {
          _key: 'b1',
          _type: 'block',
          style: 'normal',
          markDefs: [],
          children: [{ _key: 's1', _type: 'span', text: 'Hej' }],
        },
        { _key: 'i1', _type: 'image', asset: imageRef },
      ],
      attachment: { _type: 'file', asset: { _type: 'reference', _ref: file._id } },
    })
    .create({ _id: 'drafts.article-1', _type: 'article', title: 'Sexköp är ett brott (utkast)', ...times })
    .commit()

  exported = join(work, 'lake.tar.gz')
  expect(cliOk(source.dir, 'export', 'production', exported)).toMatch(
    /exported 3 documents and 3 asset files from production/,
  )
  original = await unpack(exported)
})

afterAll(async () => {
  await source.stop()
  rmSync(work, { recursive: true, force: true })
})

describe('the lake’s export tarball', () => {
  it('has Sanity’s layout: one top folder, data.ndjson with _sanityAsset fields, assets.json, images/, files/', () => {
    expect(original.folder).toMatch(/^production-export-\d{4}-\d{2}-\d{2}t\d{2}-\d{2}-\d{2}-\d{3}z$/)
    expect(original.files).toEqual({
      [`images/${sha1(poster)}-40x20.png`]: sha1(poster),
      [`images/${sha1(unused)}-16x16.jpg`]: sha1(unused),
      [`files/${sha1(REPORT)}.txt`]: sha1(REPORT),
    })
    expect(original.documents.map((document) => document._id)).toEqual(['article-1', 'author-1', 'drafts.article-1'])
    const article = original.documents[0]
    expect(article).toMatchObject({ _createdAt: '2023-04-05T06:07:08Z', _updatedAt: '2024-05-06T07:08:09Z' })
    expect(article.mainImage).toEqual({
      _type: 'image',
      _sanityAsset: `image@file://./images/${sha1(poster)}-40x20.png`,
      alt: 'Affischen',
      hotspot: { x: 0.3, y: 0.4, height: 1, width: 1 },
    })
    expect(article.attachment).toEqual({ _type: 'file', _sanityAsset: `file@file://./files/${sha1(REPORT)}.txt` })
    expect(original.assets[`image-${sha1(poster)}`]).toMatchObject({
      originalFilename: 'röd affisch.png',
      title: 'Affisch',
      description: 'Kampanjens affisch',
      creditLine: 'Foto: Samhällsrådet',
      label: 'kampanj',
      sha1hash: sha1(poster),
      metadata: { dimensions: { width: 40, height: 20, aspectRatio: 2 }, hasAlpha: false },
    })
    expect(original.assets[`file-${sha1(REPORT)}`]).toMatchObject({ originalFilename: 'rapport.txt' })
    expect(original.assets[`image-${sha1(poster)}`]).not.toHaveProperty('url')
  })

  it('survives a round trip: import into another lake, export again, and everything but _rev is the same', async () => {
    const target = join(work, 'round-trip')
    expect(cliOk(target, 'import', 'production', exported)).toMatch(/imported 6 of 6 documents into production/)
    const again = join(work, 'again.tar.gz')
    cliOk(target, 'export', 'production', again)
    const copy = await unpack(again)
    expect(copy.files).toEqual(original.files)
    expect(copy.documents.map(without(['_rev']))).toEqual(original.documents.map(without(['_rev'])))
    expect(mapValues(copy.assets, without(['_rev']))).toEqual(mapValues(original.assets, without(['_rev'])))
    // One import transaction: it is every document's revision now.
    expect(new Set(copy.documents.map((document) => document._rev)).size).toBe(1)
  })

  it('seeds a lake, whose client then sees the assets with their file names and metadata', async () => {
    const seeded = await startTestLake({ seed: exported })
    try {
      const article = await seeded
        .client()
        .fetch(
          `*[_id == "article-1"][0]{_updatedAt, "image": mainImage.asset->{originalFilename, title, metadata}, "file": attachment.asset->originalFilename}`,
        )
      expect(article).toMatchObject({
        _updatedAt: '2024-05-06T07:08:09Z',
        image: { originalFilename: 'röd affisch.png', title: 'Affisch', metadata: { dimensions: { width: 40 } } },
        file: 'rapport.txt',
      })
      const response = await fetch(`${seeded.httpUrl}/images/local/production/${sha1(poster)}-40x20.png`)
      expect(sha1(Buffer.from(await response.arrayBuffer()))).toBe(sha1(poster))
    } finally {
      await seeded.stop()
    }
  })
})

describe('Sanity’s own libraries', () => {
  it('@sanity/export writes a tarball of a lake that the lake imports as it exported it', async () => {
    const sanityExport = join(work, 'sanity-export.tar.gz')
    expect(sanityLibrary('export', source, sanityExport)).toEqual({ documents: 3, assets: 3 })
    const target = join(work, 'from-sanity-export')
    expect(cliOk(target, 'import', 'production', sanityExport)).toMatch(/imported 6 of 6 documents/)
    const reexported = join(work, 'from-sanity-export.tar.gz')
    cliOk(target, 'export', 'production', reexported)
    const copy = await unpack(reexported)
    expect(copy.files).toEqual(original.files)
    expect(copy.documents.map(without(['_rev']))).toEqual(original.documents.map(without(['_rev'])))
    expect(mapValues(copy.assets, without(['_rev']))).toEqual(mapValues(original.assets, without(['_rev'])))
  })

  it('@sanity/import imports the lake’s tarball into another lake', async () => {
    const target = await startTestLake()
    try {
      // The target's own `production` starts empty; @sanity/import creates documents and uploads assets.
      expect(sanityLibrary('import', target, exported)).toMatchObject({ documents: 3, warnings: [] })
      const reexported = join(work, 'from-sanity-import.tar.gz')
      cliOk(target.dir, 'export', 'production', reexported)
      const copy = await unpack(reexported)
      expect(copy.files).toEqual(original.files)
      expect(copy.documents.map(without(['_rev', '_updatedAt']))).toEqual(
        original.documents.map(without(['_rev', '_updatedAt'])),
      )
      // Documents keep their times, as the lake keeps those a create brings; @sanity/import then
      // patches in asset references and strengthens references, which is an edit of article-1.
      const updatedAt = (documents: Json[]) => documents.map((document) => [document._id, document._updatedAt])
      expect(updatedAt(copy.documents).filter(([id]) => id !== 'article-1')).toEqual(
        updatedAt(original.documents).filter(([id]) => id !== 'article-1'),
      )
      expect(copy.documents[0]._createdAt).toBe('2023-04-05T06:07:08Z')
      // Assets are uploaded again, so they are new documents, with the exported names and metadata.
      const assetFields = without(['_rev', '_createdAt', '_updatedAt'])
      expect(mapValues(copy.assets, assetFields)).toEqual(mapValues(original.assets, assetFields))
    } finally {
      await target.stop()
    }
  })
})

describe('an import follows nothing out of the tarball', () => {
  let dir: string
  let lakeDir: string

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lake-tarball-bad-'))
    lakeDir = join(dir, 'lake')
    mkdirSync(join(dir, 'stage', 'export', 'images'), { recursive: true })
    writeFileSync(join(dir, 'outside.txt'), 'private\n')
  })

  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const stage = (path: string) => join(dir, 'stage', path)

  function writeData(...documents: Json[]) {
    writeFileSync(stage('export/data.ndjson'), documents.map((document) => JSON.stringify(document)).join('\n'))
  }

  async function pack() {
    const file = join(dir, 'bad.tar.gz')
    await create({ file, cwd: stage(''), gzip: true }, ['export'])
    return file
  }

  function refused(file: string, message: RegExp) {
    const result = cli(lakeDir, 'import', 'production', file)
    expect(result.stderr).toMatch(message)
    expect(result.status).toBe(1)
    expect(cli(lakeDir, 'export', 'production', join(dir, 'after.ndjson')).stdout).toMatch(/exported 0 documents/)
  }

  it('refuses a tarball that holds a symbolic link', async () => {
    writeData({ _id: 'a', _type: 'note', image: { _sanityAsset: 'file@file://./images/evil.txt' } })
    symlinkSync(join(dir, 'outside.txt'), stage('export/images/evil.txt'))
    refused(await pack(), /holds entries an import does not follow .*export\/images\/evil\.txt is a SymbolicLink/)
  })

  it('refuses a tarball with a path that climbs out, and writes nothing there', async () => {
    writeData({ _id: 'a', _type: 'note' })
    const name = `escaped-${process.pid}-${Date.now()}.txt`
    writeFileSync(join(dir, 'stage', name), 'escaped\n')
    mkdirSync(stage('deeper'))
    const file = join(dir, 'bad.tar.gz')
    await create({ file, cwd: stage('deeper'), gzip: true, preservePaths: true }, ['../export', `../${name}`])
    refused(file, new RegExp(`\\.\\./${name} leads outside the tarball`))
    expect(existsSync(join(tmpdir(), name))).toBe(false)
  })

  it.each([
    ['an absolute path', 'file@file:///etc/hostname', /is an absolute path/],
    ['a path that climbs out with ..', 'file@file://./../../../../../../etc/hostname', /leads outside/],
  ])('refuses a _sanityAsset with %s, naming the field', async (_, sanityAsset, reason) => {
    writeData({ _id: 'a', _type: 'note', attachment: { _type: 'file', _sanityAsset: sanityAsset } })
    refused(await pack(), new RegExp(`Document "a", field "attachment": .*${reason.source}`))
  })

  it('refuses a tarball without an .ndjson file, and one that is not a tarball', async () => {
    writeFileSync(stage('export/readme.txt'), 'no data\n')
    refused(await pack(), /holds no \.ndjson file/)
    const notTar = join(dir, 'not.tar.gz')
    writeFileSync(notTar, gzipSync('this is not a tar archive'.repeat(40)))
    refused(notTar, /is not a readable tarball/)
  })

  it('names the asset file and the field when a file in the tarball is not an image', async () => {
    writeFileSync(stage('export/images/fake.png'), 'not a png')
    writeData({ _id: 'a', _type: 'note', image: { _type: 'image', _sanityAsset: 'image@file://./images/fake.png' } })
    refused(
      await pack(),
      /Document "a", field "image": the asset file images\/fake\.png cannot be imported: The upload is not an image/,
    )
  })
})
