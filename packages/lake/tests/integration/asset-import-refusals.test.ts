/**
 * Importing `_sanityAsset` fields that cannot become assets: the whole import is refused with a
 * message that names the problem, and nothing is imported.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const CLI = resolve(__dirname, '../../src/cli.ts')

function cli(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, LAKE_DIR: dir },
    cwd: dir,
    encoding: 'utf8',
  })
}

describe('importing asset files that cannot be used', () => {
  let dir: string

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lake-seed-bad-'))
  })

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it.each([
    [
      'a missing file',
      'image@file://./assets/finns-inte.png',
      /names the asset file .*finns-inte\.png, which does not exist/,
    ],
    ['a file that is not an image', `image@file://./data.ndjson`, /cannot be imported: The upload is not an image/],
    ['a remote URL', 'image@https://cdn.sanity.io/images/x/y/z.png', /the lake cannot download assets/],
  ])('refuses %s and imports nothing', (_, sanityAsset, message) => {
    const file = join(dir, 'data.ndjson')
    writeFileSync(
      file,
      `{"_id":"a","_type":"note"}\n{"_id":"b","_type":"note","image":{"_sanityAsset":"${sanityAsset}"}}\n`,
    )
    const result = cli(dir, 'import', 'production', file)
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(message)
    expect(cli(dir, 'export', 'production', join(dir, 'out.ndjson')).stdout).toMatch(/exported 0 documents/)
  })
})

/**
 * Issue 9, finding 12: an import must not publish files from elsewhere on the disk. A file named
 * by `_sanityAsset` must lie in the import file's folder (or below it), also after symbolic links
 * are followed.
 */
describe('importing asset files from outside the import file’s folder', () => {
  let root: string
  let exportDir: string
  let lakeDir: string
  let secret: string
  const SECRET = 'a file that must stay private\n'

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'lake-import-escape-'))
    exportDir = join(root, 'export')
    lakeDir = join(root, 'lake')
    mkdirSync(exportDir)
    mkdirSync(lakeDir)
    mkdirSync(join(root, 'outside'))
    secret = join(root, 'outside', 'secret.txt')
    writeFileSync(secret, SECRET)
    writeFileSync(join(exportDir, 'allowed.txt'), 'a file that may be imported\n')
  })

  afterEach(() => {
    rmSync(root, { recursive: true, force: true })
  })

  function importWith(sanityAsset: string) {
    const file = join(exportDir, 'data.ndjson')
    const document = { _id: 'b', _type: 'note', attachment: { _type: 'file', _sanityAsset: sanityAsset } }
    writeFileSync(file, `{"_id":"a","_type":"note"}\n${JSON.stringify(document)}\n`)
    return cli(lakeDir, 'import', 'production', file)
  }

  /** Every blob the lake stored, as the SHA-1 of its bytes. */
  function storedBlobs(): string[] {
    const assets = join(lakeDir, 'assets')
    if (!existsSync(assets)) return []
    return readdirSync(assets, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /^[a-f0-9]{40}$/.test(entry.name))
      .map((entry) => entry.name)
  }

  const secretSha1 = () => createHash('sha1').update(SECRET).digest('hex')

  it.each([
    ['an absolute path', () => `file@${pathToFileURL(secret).href}`, /is an absolute path/],
    ['a path that climbs out with ..', () => 'file@file://./../outside/secret.txt', /leads outside/],
    [
      'a symbolic link to a file outside',
      () => {
        symlinkSync(secret, join(exportDir, 'link.txt'))
        return 'file@file://./link.txt'
      },
      /symbolic link that leads outside/,
    ],
    [
      'a symbolic link to a folder outside',
      () => {
        symlinkSync(join(root, 'outside'), join(exportDir, 'files'))
        return 'file@file://./files/secret.txt'
      },
      /symbolic link that leads outside/,
    ],
  ])('refuses %s, names the field, and imports nothing', (_, sanityAsset, reason) => {
    const result = importWith(sanityAsset())
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/Document "b", field "attachment"/)
    expect(result.stderr).toMatch(reason)
    expect(storedBlobs()).not.toContain(secretSha1())
    expect(cli(lakeDir, 'export', 'production', join(root, 'out.ndjson')).stdout).toMatch(/exported 0 documents/)
  })

  it('follows a symbolic link that stays inside the folder', () => {
    symlinkSync(join(exportDir, 'allowed.txt'), join(exportDir, 'alias.txt'))
    const result = importWith('file@file://./alias.txt')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(storedBlobs()).toEqual([createHash('sha1').update('a file that may be imported\n').digest('hex')])
  })
})
