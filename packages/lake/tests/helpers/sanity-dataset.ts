/**
 * Runs Sanity's own dataset libraries against a lake, as `sanity dataset export` and `sanity
 * dataset import` use them, for the interoperability tests. A child process because asset URLs
 * point at the lake's TLS port: run it with NODE_EXTRA_CA_CERTS set to the lake's certificate.
 *
 *   node sanity-dataset.ts export '<client config as JSON>' <out.tar.gz>
 *   node sanity-dataset.ts import '<client config as JSON>' <in.tar.gz>
 */
import { createReadStream } from 'node:fs'
import { createClient } from '@sanity/client'
import { exportDataset } from '@sanity/export'
import { sanityImport } from '@sanity/import'

const [command, config, file] = process.argv.slice(2)
const client = createClient(JSON.parse(config))
const dataset = client.config().dataset as string

if (command === 'export') {
  const result = await exportDataset({ client, dataset, outputPath: file, assetConcurrency: 2 })
  console.log(JSON.stringify({ documents: result.documentCount, assets: result.assetCount }))
} else if (command === 'import') {
  const result = await sanityImport(createReadStream(file), { client, operation: 'create' })
  console.log(JSON.stringify({ documents: result.numDocs, warnings: result.warnings }))
} else {
  throw new Error(`Unknown command "${command}": use export or import`)
}
