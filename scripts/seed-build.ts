/**
 * Rebuilds the seed dataset from its source in sanity/seed/content/:
 * sanity/seed/production.ndjson and the images in sanity/seed/assets/.
 *
 *   node scripts/seed-build.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { toNdjson } from '../sanity/seed/content/build.ts'
import { IMAGE_DESIGNS } from '../sanity/seed/content/images.ts'
import { seedDocuments } from '../sanity/seed/content/index.ts'
import { renderSeedImages } from './seed-images.ts'

const seedDirectory = join(dirname(fileURLToPath(import.meta.url)), '..', 'sanity', 'seed')
const assetDirectory = join(seedDirectory, 'assets')

const documents = seedDocuments()
writeFileSync(join(seedDirectory, 'production.ndjson'), toNdjson(documents))
console.log(`seed: wrote ${documents.length} documents to sanity/seed/production.ndjson`)

mkdirSync(assetDirectory, { recursive: true })
const images = await renderSeedImages(IMAGE_DESIGNS, assetDirectory)
console.log(`seed: rendered ${images.length} images into sanity/seed/assets/`)
