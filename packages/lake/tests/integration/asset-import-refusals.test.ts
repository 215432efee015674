/**
 * Importing `_sanityAsset` fields that cannot become assets: the whole import is refused with a
 * message that names the problem, and nothing is imported.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

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
