#!/usr/bin/env node
/**
 * The lake's command line (`sanity-lake …`; in this repository `npm run lake -- …`):
 *   (no command) [--seed[=<file>]] [--quiet]           run in the foreground until SIGINT/SIGTERM;
 *                                                      --seed imports a file (LAKE_SEED_FILE by
 *                                                      default) into an empty `production`
 *   export <dataset> <file>.tar.gz                     write a dataset as `sanity dataset export` does
 *   export <dataset> <file> [--assets=<dir>]           write it as NDJSON; with --assets, its asset
 *                                                      files too, named by `_sanityAsset`
 *   import <dataset> <file> [--replace | --missing]    an NDJSON file or an export tarball;
 *                                                      `_sanityAsset` files are uploaded as assets
 * Reads LAKE_DIR, LAKE_PORT, LAKE_TLS_PORT, LAKE_SEED_FILE, LAKE_WEBHOOKS_FILE and the API tokens
 * from the environment, and from `.env.local` in the working directory when it exists.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { BlobStore } from './assets/blobs.ts'
import { assetsDirIsBeside, exportAssetFiles } from './assets/ndjson-assets.ts'
import { configFromEnv } from './config.ts'
import type { LakeConfig, LakeContext } from './context.ts'
import { LakeError } from './errors.ts'
import { importFile } from './io/import-file.ts'
import { ExportError, exportLines, ImportError, type ImportMode } from './io/ndjson.ts'
import { isTarballName, writeExportTarball } from './io/tarball.ts'
import { startLake } from './lake.ts'
import { formatReadyLine } from './ready-line.ts'
import { createLogger } from './log.ts'
import { QueryEngine } from './query/engine.ts'
import { DirectoryInUseError, directoryLockHolder } from './store/lock.ts'
import { Store } from './store/store.ts'

const USAGE = `Usage:
  sanity-lake [--seed[=<file>]] [--quiet]
  sanity-lake export <dataset> <file>.tar.gz
  sanity-lake export <dataset> <file>.ndjson [--assets=<dir>]
  sanity-lake import <dataset> <file> [--replace | --missing]`

async function main(argv: string[]): Promise<void> {
  if (existsSync('.env.local')) process.loadEnvFile('.env.local')
  const flags = new Set(argv.filter((arg) => arg.startsWith('--')))
  const [command, ...args] = argv.filter((arg) => !arg.startsWith('--'))
  if (flags.has('--help')) return console.log(USAGE)
  const config = configFromEnv(process.env, { quiet: flags.has('--quiet') })
  switch (command) {
    case undefined:
      return serve(config, seedFile(flags, process.env))
    case 'export':
      return exportCommand(config.dir, config.projectId, args, flags)
    case 'import':
      return importCommand(config, args, flags)
    default:
      throw new UsageError(`Unknown command "${command}"`)
  }
}

/** The file `--seed=<file>` names, or LAKE_SEED_FILE for a bare `--seed`; undefined without the flag. */
function seedFile(flags: Set<string>, env: NodeJS.ProcessEnv): string | undefined {
  const named = [...flags].find((flag) => flag.startsWith('--seed='))?.slice('--seed='.length)
  if (!named && !flags.has('--seed')) return undefined
  const file = named || env.LAKE_SEED_FILE
  if (!file) throw new UsageError('--seed needs a file: --seed=<file>, or set LAKE_SEED_FILE')
  if (!existsSync(file)) throw new UsageError(`--seed: there is no file ${resolve(file)}`)
  return resolve(file)
}

async function serve(config: ReturnType<typeof configFromEnv>, seed: string | undefined): Promise<void> {
  const lake = await startLake(config)
  if (seed) await seedProduction(lake.context, seed)
  console.log(formatReadyLine({ httpUrl: lake.httpUrl, httpsUrl: lake.httpsUrl, dir: config.dir }))
  const stop = (signal: string) => {
    lake.context.log.info(`${signal}: stopping`)
    lake.close().then(
      () => process.exit(0),
      (error) => {
        console.error('lake: failed to stop cleanly:', error)
        process.exit(1)
      },
    )
  }
  process.once('SIGINT', () => stop('SIGINT'))
  process.once('SIGTERM', () => stop('SIGTERM'))
}

/** `--seed` fills an empty `production` dataset and leaves one with documents alone. */
async function seedProduction(lake: LakeContext, file: string): Promise<void> {
  const existing = lake.store.documents('production').size
  if (existing > 0) {
    console.log(`lake: production already has ${existing} documents; --seed leaves it alone`)
    return
  }
  const { written } = await importFile(lake, new BlobStore(lake.config.dir), 'production', file, 'create')
  console.log(`lake: seeded production with ${written} documents from ${file}`)
}

async function exportCommand(dir: string, projectId: string, args: string[], flags: Set<string>): Promise<void> {
  const [dataset, file] = args
  if (!dataset || !file || args.length > 2) throw new UsageError('export needs a dataset and a file')
  const assetsDir = [...flags].find((flag) => flag.startsWith('--assets='))?.slice('--assets='.length)
  const tarball = isTarballName(file)
  if (tarball && assetsDir !== undefined) {
    throw new UsageError('a .tar.gz export holds its asset files itself; --assets=<dir> is for NDJSON')
  }
  if (assetsDir !== undefined && !assetsDirIsBeside(file, assetsDir)) {
    throw new UsageError('--assets=<dir> must be a folder beside or below the NDJSON file: an import reads only there')
  }
  // Reading is safe while a lake runs: SQLite gives this process a consistent snapshot.
  const store = Store.open(dir)
  try {
    if (!store.hasDataset(dataset)) throw new UsageError(`Dataset "${dataset}" not found for project ID "${projectId}"`)
    const blobs = new BlobStore(dir)
    if (tarball) {
      const written = await writeExportTarball(file, dataset, store.documents(dataset), blobs)
      console.log(
        `lake: exported ${written.documents} documents and ${written.assets} asset files from ${dataset} to ${file}`,
      )
      return
    }
    const documents = assetsDir
      ? exportAssetFiles(store.documents(dataset), blobs, file, assetsDir)
      : store.documents(dataset)
    const lines = [...exportLines(documents, { includePrivate: true })]
    writeFileSync(file, lines.join(''))
    console.log(`lake: exported ${lines.length} documents from ${dataset} to ${file}`)
  } finally {
    store.close()
  }
}

async function importCommand(config: LakeConfig, args: string[], flags: Set<string>): Promise<void> {
  const { dir, projectId } = config
  const [dataset, file] = args
  if (!dataset || !file) throw new UsageError('import needs a dataset and a file')
  if (flags.has('--replace') && flags.has('--missing')) throw new UsageError('use --replace or --missing, not both')
  const mode: ImportMode = flags.has('--replace') ? 'replace' : flags.has('--missing') ? 'missing' : 'create'
  const holder = directoryLockHolder(dir)
  if (holder) throw new UsageError(`A lake (pid ${holder}) is running on ${dir}; stop it before importing`)
  if (!existsSync(file)) throw new UsageError(`import: there is no file ${resolve(file)}`)
  const store = Store.open(dir)
  try {
    if (!store.hasDataset(dataset)) store.createDataset(dataset)
    const queries = new QueryEngine(store, projectId)
    const log = createLogger({ quiet: true })
    store.onCommit((tx) => log.transaction(tx))
    const { written, total } = await importFile({ store, queries, config }, new BlobStore(dir), dataset, file, mode)
    console.log(`lake: imported ${written} of ${total} documents into ${dataset} (${mode})`)
  } finally {
    store.close()
  }
}

class UsageError extends Error {}

main(process.argv.slice(2)).catch((error: unknown) => {
  const { code, port } = error as { code?: unknown; port?: unknown }
  if (code === 'EADDRINUSE') {
    console.error(`lake: port ${port} is already in use; stop what uses it, or set LAKE_PORT / LAKE_TLS_PORT`)
  } else if (
    error instanceof UsageError ||
    error instanceof ImportError ||
    error instanceof ExportError ||
    error instanceof DirectoryInUseError
  ) {
    console.error(`lake: ${error.message}`)
    if (error instanceof UsageError) console.error(USAGE)
  } else if (error instanceof LakeError) {
    const hint = error.status === 409 ? ' (use --replace or --missing)' : ''
    console.error(`lake: ${error.message}${hint}`)
  } else {
    console.error('lake:', error)
  }
  process.exit(1)
})
