/**
 * NDJSON import and export: the CLI commands, the HTTP export endpoint, a round trip between two
 * lakes, and `--seed` filling an empty dataset but leaving a filled one alone.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startTestLake, type TestLake } from '../../src/testing/index.ts'

const CLI = resolve(__dirname, '../../src/cli.ts')

function cli(lake: Pick<TestLake, 'dir'>, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, LAKE_DIR: lake.dir },
    cwd: lake.dir,
    encoding: 'utf8',
  })
}

// Each test starts or restarts lake processes and runs the CLI: slower than a request.
jest.setTimeout(30_000)

const lines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))

describe('export and import', () => {
  let source: TestLake
  let target: TestLake

  beforeAll(async () => {
    source = await startTestLake()
    target = await startTestLake()
    await source
      .client()
      .transaction()
      .create({ _id: 'a', _type: 'note', text: 'publicerad' })
      .create({ _id: 'drafts.a', _type: 'note', text: 'utkast' })
      .create({ _id: 'image-abc-10x10-png', _type: 'sanity.imageAsset', url: 'x', size: 3 })
      .commit()
  })

  afterAll(async () => {
    await Promise.all([source.stop(), target.stop()])
  })

  it('exports every document, drafts and asset documents included, one per line', () => {
    const file = join(source.dir, 'export.ndjson')
    const result = cli(source, 'export', 'production', file)
    expect(result.status).toBe(0)
    const exported = lines(readFileSync(file, 'utf8'))
    expect(exported.map((doc) => doc._id)).toEqual(['a', 'drafts.a', 'image-abc-10x10-png'])
    expect(exported[1]).toMatchObject({ _type: 'note', text: 'utkast', _rev: expect.any(String) })
  })

  it('serves the export over HTTP, without drafts for anonymous callers', async () => {
    const url = `${source.httpUrl}/v2025-02-19/data/export/production`
    const withToken = await fetch(url, { headers: { authorization: `Bearer ${source.tokens.read}` } })
    expect(withToken.headers.get('content-type')).toMatch(/application\/x-ndjson/)
    expect(lines(await withToken.text()).map((doc) => doc._id)).toEqual(['a', 'drafts.a', 'image-abc-10x10-png'])
    const anonymous = lines(await (await fetch(`${url}?types=note`)).text())
    expect(anonymous.map((doc) => doc._id)).toEqual(['a'])
  })

  it('imports an export into another lake, and refuses existing documents unless told what to do', async () => {
    const file = join(source.dir, 'export.ndjson')
    await target.client().create({ _id: 'a', _type: 'note', text: 'redan här' })
    await target.kill('SIGTERM')

    const refused = cli(target, 'import', 'production', file)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toMatch(/Document by ID "a" already exists \(use --replace or --missing\)/)

    expect(cli(target, 'import', 'production', file, '--missing').stdout).toMatch(/imported 2 of 3 documents/)
    await target.restart()
    expect((await target.client().getDocument('a'))?.text).toBe('redan här')
    await target.kill('SIGTERM')

    expect(cli(target, 'import', 'production', file, '--replace').status).toBe(0)
    await target.restart()
    const documents = await target.client().fetch('*[] | order(_id) { _id, text }', {}, { perspective: 'raw' })
    expect(documents).toEqual([
      { _id: 'a', text: 'publicerad' },
      { _id: 'drafts.a', text: 'utkast' },
      { _id: 'image-abc-10x10-png', text: null },
    ])
  })

  it('names the lake as the author of an import, a user the Studio can show in the history', async () => {
    const client = target.client()
    const { events } = await client.request({ url: '/data/history/production/events/documents/a' })
    // Created by the write token's robot, then replaced by the --replace import.
    expect(new Set(events.a.map((event: { author: string }) => event.author))).toEqual(
      new Set(['robot-write', 'lake-import']),
    )
    expect(await client.request({ url: '/users/lake-import' })).toEqual([
      expect.objectContaining({ id: 'lake-import', displayName: 'Lokal sjö (import)' }),
    ])
  })

  it('refuses to import while a lake runs on the directory', () => {
    const result = cli(target, 'import', 'production', join(source.dir, 'export.ndjson'), '--replace')
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/is running on .*; stop it before importing/)
  })

  it('names the bad line of a malformed file and imports nothing', async () => {
    const file = join(target.dir, 'broken.ndjson')
    writeFileSync(file, '{"_id":"fine","_type":"note"}\n{"_id": broken\n')
    await target.kill('SIGTERM')
    const result = cli(target, 'import', 'production', file)
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/Line 2 is not valid JSON/)
    await target.restart()
    expect(await target.client().getDocument('fine')).toBeUndefined()
  })
})

describe('timestamps', () => {
  let dir: string

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lake-import-times-'))
  })

  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('keeps each document’s _createdAt and _updatedAt from the file, and gives it the import’s _rev', () => {
    const dated = (id: string, createdAt: string, updatedAt: string) => ({
      _id: id,
      _type: 'note',
      _rev: 'from-the-other-lake',
      _createdAt: createdAt,
      _updatedAt: updatedAt,
    })
    const documents = [
      dated('old', '2019-05-06T07:08:09Z', '2020-01-02T03:04:05Z'),
      dated('drafts.old', '2019-05-06T07:08:09Z', '2024-11-12T13:14:15.678Z'),
    ]
    const file = join(dir, 'dated.ndjson')
    writeFileSync(file, documents.map((document) => JSON.stringify(document)).join('\n'))
    expect(cli({ dir }, 'import', 'production', file).status).toBe(0)
    // --replace keeps the file's times too: the import restores the documents as they were.
    expect(cli({ dir }, 'import', 'production', file, '--replace').status).toBe(0)

    const exported = join(dir, 'exported.ndjson')
    expect(cli({ dir }, 'export', 'production', exported).status).toBe(0)
    const [draft, old] = lines(readFileSync(exported, 'utf8')) // sorted by id
    expect(old).toMatchObject({ _createdAt: '2019-05-06T07:08:09Z', _updatedAt: '2020-01-02T03:04:05Z' })
    expect(draft).toMatchObject({ _createdAt: '2019-05-06T07:08:09Z', _updatedAt: '2024-11-12T13:14:15.678Z' })
    // One transaction per import: every document gets its id as `_rev`, as after any transaction.
    expect(old._rev).not.toBe('from-the-other-lake')
    expect(draft._rev).toBe(old._rev)
  })

  it('refuses a file with a malformed _updatedAt, naming the document, and imports nothing', () => {
    const file = join(dir, 'badly-dated.ndjson')
    writeFileSync(file, '{"_id":"fine","_type":"note"}\n{"_id":"bad","_type":"note","_updatedAt":"igår"}\n')
    const result = cli({ dir }, 'import', 'staging', file)
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/Document "bad" has _updatedAt "igår"; expected an ISO 8601 date-time/)
    expect(cli({ dir }, 'export', 'staging', join(dir, 'staging.ndjson')).stdout).toMatch(/exported 0 documents/)
  })
})

describe('--seed', () => {
  let seedDir: string
  let seedFile: string

  beforeAll(() => {
    seedDir = mkdtempSync(join(tmpdir(), 'lake-seed-'))
    seedFile = join(seedDir, 'seed.ndjson')
    const documents = [
      { _id: 'seed-a', _type: 'note', text: 'ett' },
      { _id: 'seed-b', _type: 'note', text: 'två' },
      { _id: 'drafts.seed-b', _type: 'note', text: 'två, ändrad' },
    ]
    writeFileSync(seedFile, documents.map((document) => JSON.stringify(document)).join('\n'))
  })

  afterAll(() => rmSync(seedDir, { recursive: true, force: true }))

  it.each([
    ['--seed=<file>', () => ({ args: [`--seed=${seedFile}`] })],
    ['--seed with LAKE_SEED_FILE', () => ({ args: ['--seed'], env: { LAKE_SEED_FILE: seedFile } })],
  ])('%s imports the file into an empty production, and leaves it alone once filled', async (_, options) => {
    const lake = await startTestLake(options())
    try {
      const ids = lines(readFileSync(seedFile, 'utf8')).map((doc) => doc._id)
      const seededCount = () => lake.client().fetch('count(*[_id in $ids])', { ids }, { perspective: 'raw' })
      expect(await seededCount()).toBe(ids.length)
      expect(lake.output()).toMatch(/seeded production with \d+ documents/)

      await lake.client().delete(ids[0])
      await lake.restart()
      expect(lake.output()).toMatch(/production already has \d+ documents; --seed leaves it alone/)
      expect(await seededCount()).toBe(ids.length - 1)
    } finally {
      await lake.stop()
    }
  })

  it('refuses --seed without a file, and a file that does not exist, with a message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lake-seed-refused-'))
    try {
      const run = (...args: string[]) =>
        spawnSync(process.execPath, [CLI, ...args], {
          env: { ...process.env, LAKE_DIR: dir, LAKE_SEED_FILE: '', LAKE_PORT: '0', LAKE_TLS_PORT: '0' },
          cwd: dir,
          encoding: 'utf8',
        })
      const bare = run('--seed')
      expect(bare.status).toBe(1)
      expect(bare.stderr).toMatch(/--seed needs a file: --seed=<file>, or set LAKE_SEED_FILE/)
      const missing = run('--seed=finns-inte.ndjson')
      expect(missing.status).toBe(1)
      expect(missing.stderr).toMatch(/--seed: there is no file .*finns-inte\.ndjson/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
