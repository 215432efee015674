/** @jest-environment node */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { SanityClient } from '@sanity/client'
import { evaluate, parse } from 'groq-js'

import schemaJson from '@/sanity/schema.json'
import { toNdjson } from '@/sanity/seed/content/build.ts'
import { seedDocuments } from '@/sanity/seed/content/index.ts'
import { CHECKING_NOTE } from '@/sanity/schemaTypes/rules/verification'
import { schema, validate } from '@/tests/helpers/schema'

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }
type SeedDocument = JsonObject & { _id: string; _type: string }

/** The schema as `sanity schema extract` writes it; see "The schema check" below. */
const SCHEMA = schemaJson as unknown as SchemaEntry[]
const SEED_DIR = join(process.cwd(), 'sanity', 'seed')
const ASSET_DIR = join(SEED_DIR, 'assets')

function parseNdjson(text: string): SeedDocument[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line) as SeedDocument
      } catch (error) {
        throw new Error(`production.ndjson line ${index + 1} is not JSON: ${(error as Error).message}`)
      }
    })
}

const ndjson = readFileSync(join(SEED_DIR, 'production.ndjson'), 'utf8')
const documents = parseNdjson(ndjson)
const byId = new Map(documents.map((document) => [document._id, document]))
const ofType = (type: string) => documents.filter((document) => document._type === type)

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

type Node = { value: Json; path: string; key?: string }

/** Every value in the dataset with a readable path, e.g. "page-start.sections[2].body[0]". */
function* walk(value: Json, path: string, key?: string): Generator<Node> {
  yield { value, path, key }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* walk(item, `${path}[${index}]`)
  } else if (isObject(value)) {
    for (const [field, child] of Object.entries(value)) yield* walk(child, `${path}.${field}`, field)
  }
}

const everywhere = () => documents.flatMap((document) => [...walk(document, document._id)])

/** Visible text: every string that is not an id, key, reference, asset pointer or address. */
const HIDDEN_FIELDS = new Set(['_id', '_type', '_key', '_ref', '_sanityAsset', 'href', 'url', 'path', 'current'])
const texts = () =>
  everywhere().filter(
    (node): node is Node & { value: string } => typeof node.value === 'string' && !HIDDEN_FIELDS.has(node.key ?? ''),
  )

describe('sanity/seed/production.ndjson', () => {
  it('holds one published document per line, each with a readable, unique id', () => {
    expect(documents.length).toBeGreaterThan(0)
    const ids = documents.map((document) => document._id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const document of documents) {
      expect(document._id).toMatch(/^[a-z][A-Za-z0-9]*(-[a-z0-9]+)*$/)
      expect(typeof document._type).toBe('string')
    }
  })

  it('is exactly what scripts/seed-build.ts makes of sanity/seed/content', () => {
    // Edit the content files and run `node scripts/seed-build.ts`; never edit the NDJSON by hand.
    expect(ndjson).toBe(toNdjson(seedDocuments()))
  })

  it('gives every object in an array a _key that is unique within that array', () => {
    const problems: string[] = []
    for (const { value, path } of everywhere()) {
      if (!Array.isArray(value) || !value.some(isObject)) continue
      const keys = value.map((item) => (isObject(item) ? item._key : undefined))
      keys.forEach((key, index) => {
        if (typeof key !== 'string' || key === '') problems.push(`${path}[${index}] has no _key`)
        else if (keys.indexOf(key) !== index) problems.push(`${path}[${index}] repeats _key "${key}"`)
      })
    }
    expect(problems).toEqual([])
  })

  it('has references that all lead to a document in the seed', () => {
    const dangling = everywhere()
      .filter((node) => node.key === '_ref' && !byId.has(node.value as string))
      .map((node) => `${node.path} → ${String(node.value)}`)
    expect(dangling).toEqual([])
  })

  it('fits the schema: no unknown fields, values of the right kind, references to the right type', () => {
    const problems = documents.flatMap((document) =>
      conformanceProblems(document, { type: 'inline', name: document._type }, document._id),
    )
    expect(problems).toEqual([])
  })

  it('passes the Studio’s own validation, warning only that unchecked help links are unchecked', async () => {
    const client = seedDatasetClient(documents)
    const findings = []
    // The seed claims no check nobody made (sanity/seed/README.md), so the Studio rightly says so.
    const expectedWarning = (document: SeedDocument, path: string, message: string) =>
      document._type === 'helpLink' &&
      !isObject(document.verification) &&
      ((path === 'verification' && message.startsWith('Ej kontrollerad:')) ||
        (path === 'channels' && message.startsWith('Lägg till minst ett sätt')))
    // The translation plugin's own documents (`translation.metadata`) are checked against its
    // schema by the test above; the project's schema here does not hold the plugin's types.
    for (const document of documents.filter(({ _type }) => schema.get(_type))) {
      for (const finding of await validate(withUploadedAssets(document), client)) {
        if (finding.level === 'warning' && expectedWarning(document, finding.path, finding.message)) continue
        findings.push(`${document._id} ${finding.path}: [${finding.level}] ${finding.message}`)
      }
    }
    expect(findings).toEqual([])
  })
})

describe('the seed’s images and files', () => {
  const assets = everywhere().filter(
    (node): node is Node & { value: JsonObject } => isObject(node.value) && '_sanityAsset' in node.value,
  )
  const fileOf = (asset: JsonObject) => String(asset._sanityAsset).replace(/^(image|file)@file:\/\/\.\/assets\//, '')

  it('gives every image alt text (3 to 250 characters) or marks it as decorative', () => {
    const images = assets.filter(({ value }) => String(value._sanityAsset).startsWith('image@'))
    expect(images.length).toBeGreaterThan(0)
    const problems = images
      .filter(({ value }) => {
        if (value.decorative === true) return 'alt' in value
        const alt = typeof value.alt === 'string' ? value.alt.trim() : ''
        return alt.length < 3 || alt.length > 250
      })
      .map(({ path }) => path)
    expect(problems).toEqual([])
  })

  it('points only to files in sanity/seed/assets, and every file there is used', () => {
    const referenced = new Set(assets.map(({ value }) => fileOf(value)))
    const present = new Set(readdirSync(ASSET_DIR))
    expect([...referenced].filter((file) => !present.has(file))).toEqual([])
    expect([...present].filter((file) => !referenced.has(file))).toEqual([])
  })

  it('keeps all asset files together under 1.5 MB', () => {
    const bytes = readdirSync(ASSET_DIR).reduce((sum, file) => sum + statSync(join(ASSET_DIR, file)).size, 0)
    expect(bytes).toBeLessThan(1.5 * 1024 * 1024)
  })
})

/**
 * Phone numbers in shared/domain.md's table of help services, and the facts it gives for each.
 * Nothing else may appear: a number nobody has checked must never reach the site.
 */
const FACT_SHEET_PHONES: Record<string, string[]> = {
  '112': [],
  '114 14': [],
  '1177': ['recorded', 'medicalRecord'],
  '020-50 50 50': ['free', 'anonymous', 'notOnBill'],
}
const digits = (number: string) => number.replace(/^\+46\s?/, '0').replace(/\D/g, '')
const ALLOWED_DIGITS = new Set(Object.keys(FACT_SHEET_PHONES).map(digits))

/** A Swedish national or international number, or digits right after a word such as "ring". */
const PHONE_SHAPED = /(?:\+46|\b0)\d[\d -]{5,}\d/g
const AFTER_CALL_WORD =
  /\b(?:ring|ringa|ringer|telefon|telefonnummer|numret|nummer)\s+(?:[a-zåäö]+\s+){0,3}?(\d[\d -]*\d|\d)/gi

type Channel = JsonObject & { _type: string }
const channelsOf = (link: SeedDocument) => (Array.isArray(link.channels) ? (link.channels as Channel[]) : [])
const isChecked = (link: SeedDocument) => isObject(link.verification) && typeof link.verification.checkedAt === 'string'

describe('the facts in the seed', () => {
  it('shows no phone number that is not in the fact sheet', () => {
    const found: { number: string; where: string }[] = []
    for (const link of ofType('helpLink')) {
      for (const channel of channelsOf(link)) {
        if (channel._type === 'phoneChannel') found.push({ number: String(channel.number), where: link._id })
      }
    }
    for (const { value, path, key } of everywhere()) {
      if (key === 'href' && typeof value === 'string' && value.startsWith('tel:'))
        found.push({ number: value.slice(4), where: path })
    }
    for (const { value, path } of texts()) {
      for (const match of value.matchAll(PHONE_SHAPED)) found.push({ number: match[0], where: path })
      for (const match of value.matchAll(AFTER_CALL_WORD)) found.push({ number: match[1], where: path })
    }
    expect(found.length).toBeGreaterThan(0)
    expect(found.filter(({ number }) => !ALLOWED_DIGITS.has(digits(number)))).toEqual([])
  })

  it('claims no check that nobody made: a check names a person, not a team or a document', () => {
    const checks = ofType('helpLink').filter(isChecked)
    const problems = checks
      .map((link) => ({ id: link._id, by: String((link.verification as JsonObject).checkedBy ?? '') }))
      .filter(({ by }) => !/^\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)+$/u.test(by) || CHECKING_NOTE.test(by) || /grupp/i.test(by))
    expect(problems).toEqual([])
    // sanity/seed/README.md: nobody has contacted a service yet.
    expect(checks.map((link) => link._id)).toEqual([])
  })

  it('keeps notes about checking out of every text visitors read', () => {
    const notes = texts().filter(({ value, path }) => !path.includes('.verification.') && CHECKING_NOTE.test(value))
    expect(notes.map(({ path, value }) => `${path}: ${value}`)).toEqual([])
  })

  it('gives every help link its organisation’s web address, which visitors see until a check is made', () => {
    const missing = ofType('helpLink').filter(
      (link) => typeof link.providerUrl !== 'string' || !link.providerUrl.startsWith('https://'),
    )
    expect(missing.map((link) => link._id)).toEqual([])
  })

  it('gives Evonhuset and Mikamottagningen the municipalities where they are', () => {
    expect(byId.get('helpLink-evonhuset')?.area).toEqual({ scope: 'local', municipalities: ['Malmö'] })
    expect(byId.get('helpLink-mikamottagningen')?.area).toEqual({
      scope: 'local',
      municipalities: ['Stockholm', 'Göteborg'],
    })
  })

  it('states each phone number’s facts exactly as the fact sheet does', () => {
    const phones = ofType('helpLink').flatMap((link) =>
      channelsOf(link).filter((channel) => channel._type === 'phoneChannel'),
    )
    expect(phones.length).toBeGreaterThan(0)
    for (const phone of phones) {
      expect({ number: phone.number, facts: phone.facts ?? [] }).toEqual({
        number: phone.number,
        facts: FACT_SHEET_PHONES[String(phone.number)],
      })
    }
  })

  it('warns that a tip sent through polisen.se becomes a public record', () => {
    const police = byId.get('helpLink-polisen')
    const web = police && channelsOf(police).find((channel) => channel._type === 'webChannel')
    expect(web?.facts).toContain('publicRecord')
  })

  it('uses the outdated name "köp av sexuell tjänst" only when saying it is the old name', () => {
    const outdated = texts().filter(({ value }) => /köp av sexuell tjänst/i.test(value))
    expect(
      outdated.filter(({ value }) => !/\b(hette|tidigare|förr|gamla namnet)\b/i.test(value)).map(({ path }) => path),
    ).toEqual([])
  })

  it('uses every section type of the page builder, and both ways of choosing help links', () => {
    const sections = ofType('page').flatMap((page) =>
      Array.isArray(page.sections) ? (page.sections as JsonObject[]) : [],
    )
    const pageSchema = SCHEMA.find((entry) => entry.name === 'page')
    const sectionTypes = ((pageSchema?.attributes?.sections.value.of as TypeNode).of as TypeNode[]).map(
      (option) => option.rest?.name,
    )
    expect(sectionTypes.length).toBeGreaterThan(0)
    expect(sectionTypes.filter((type) => !sections.some((section) => section._type === type))).toEqual([])
    const helpSections = sections.filter((section) => section._type === 'helpLinksSection')
    expect(new Set(helpSections.map((section) => section.mode))).toEqual(new Set(['manual', 'audience']))
  })

  it('has at least five "Somliga tror / Men" blocks, worded for the site and with a named source', () => {
    const beliefs = ofType('page').flatMap((page) =>
      (Array.isArray(page.sections) ? (page.sections as JsonObject[]) : []).filter(
        (section) => section._type === 'beliefSection',
      ),
    )
    expect(beliefs.length).toBeGreaterThanOrEqual(5)
    for (const belief of beliefs) {
      // The site prints "Somliga tror" ("Some people believe") before the belief and "Men" ("But")
      // before the answer, in the page's language.
      expect(belief.belief).toMatch(/^(att|that) /)
      expect(belief.answer).not.toMatch(/^(men|but)\b/i)
      expect(String((belief.source as JsonObject).publisher).trim()).not.toBe('')
    }
  })
})

// --- The schema check ----------------------------------------------------------------------------

/** A type in sanity/schema.json, the schema as `sanity schema extract` writes it (groq-js type nodes). */
type TypeNode = {
  type: string
  name?: string
  value?: unknown
  of?: TypeNode | TypeNode[]
  attributes?: Record<string, { value: TypeNode; optional?: boolean }>
  rest?: TypeNode
  dereferencesTo?: string
}
type SchemaEntry = { name: string; type: 'type' | 'document'; value?: TypeNode; attributes?: TypeNode['attributes'] }

const NAMED_TYPES = new Map<string, TypeNode>(
  SCHEMA.map((entry) => [
    entry.name,
    entry.type === 'document' ? { type: 'object', attributes: entry.attributes } : (entry.value as TypeNode),
  ]),
)
/** Set by the lake when a document is written, so not part of an export-format seed. */
const SYSTEM_FIELDS = new Set(['_createdAt', '_updatedAt', '_rev'])

function resolve(node: TypeNode): TypeNode {
  if (node.type !== 'inline') return node
  const named = NAMED_TYPES.get(node.name ?? '')
  if (!named) throw new Error(`sanity/schema.json has no type "${node.name}"`)
  return resolve(named)
}

/** An object type's attributes, including those it takes from `rest` (how arrays add `_key`). */
function objectShape(node: TypeNode): Pick<TypeNode, 'attributes' | 'dereferencesTo'> {
  const rest = node.rest ? objectShape(resolve(node.rest)) : {}
  return {
    attributes: { ...rest.attributes, ...node.attributes },
    dereferencesTo: node.dereferencesTo ?? rest.dereferencesTo,
  }
}

const typeLiteral = (node: TypeNode) => objectShape(resolve(node)).attributes?._type?.value.value

function conformanceProblems(value: Json, schemaNode: TypeNode, path: string): string[] {
  const node = resolve(schemaNode)
  switch (node.type) {
    case 'unknown':
      return []
    case 'string':
    case 'number':
    case 'boolean':
      if (typeof value !== node.type) return [`${path}: should be a ${node.type}`]
      return node.value !== undefined && value !== node.value
        ? [`${path}: should be ${JSON.stringify(node.value)}`]
        : []
    case 'null':
      return value === null ? [] : [`${path}: should be null`]
    case 'array':
      if (!Array.isArray(value)) return [`${path}: should be an array`]
      return value.flatMap((item, index) => conformanceProblems(item, node.of as TypeNode, `${path}[${index}]`))
    case 'union': {
      const options = node.of as TypeNode[]
      const results = options.map((option) => conformanceProblems(value, option, path))
      if (results.some((problems) => problems.length === 0)) return []
      const matching = isObject(value) ? options.findIndex((option) => typeLiteral(option) === value._type) : -1
      return matching >= 0
        ? results[matching]
        : [`${path}: ${JSON.stringify(value).slice(0, 60)} is none of the allowed kinds`]
    }
    case 'object': {
      if (!isObject(value)) return [`${path}: should be an object`]
      const { attributes = {}, dereferencesTo } = objectShape(node)
      const problems: string[] = []
      for (const [field, child] of Object.entries(value)) {
        // An export-format seed points to its file instead of an uploaded asset; the import swaps them.
        if (field === '_sanityAsset' && 'asset' in attributes) continue
        const attribute = attributes[field]
        if (!attribute) problems.push(`${path}.${field}: not in the schema`)
        else problems.push(...conformanceProblems(child, attribute.value, `${path}.${field}`))
      }
      for (const [field, attribute] of Object.entries(attributes)) {
        if (attribute.optional || field in value || SYSTEM_FIELDS.has(field)) continue
        if (field === 'asset' && '_sanityAsset' in value) continue
        problems.push(`${path}.${field}: missing`)
      }
      if (dereferencesTo && typeof value._ref === 'string' && byId.get(value._ref)?._type !== dereferencesTo) {
        problems.push(`${path}: refers to ${value._ref}, which is not a ${dereferencesTo}`)
      }
      return problems
    }
    default:
      return [`${path}: the test does not know schema type "${node.type}"`]
  }
}

// --- Studio validation of the seed ------------------------------------------------------------------

/** What the import does to `_sanityAsset`: upload the file and point to the asset document. */
function withUploadedAssets(document: SeedDocument): SeedDocument {
  const swap = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(swap)
    if (!isObject(value)) return value
    const { _sanityAsset, ...rest } = value
    const swapped = Object.fromEntries(Object.entries(rest).map(([field, child]) => [field, swap(child)]))
    if (typeof _sanityAsset !== 'string') return swapped
    const [kind, location] = _sanityAsset.split('@')
    const name = location.replace(/^.*\//, '').replace(/\W/g, '-')
    return { ...swapped, asset: { _type: 'reference', _ref: `${kind}-${name}` } }
  }
  return swap(document) as SeedDocument
}

/**
 * Dataset rules (slug and short-link clashes, redirect loops) query through the client. Here their
 * GROQ runs with groq-js, the lake's own query engine, over the seed itself, so the seed's
 * documents are checked against each other without a running lake.
 */
function seedDatasetClient(dataset: SeedDocument[]): SanityClient {
  const client = {
    withConfig: () => client,
    fetch: async (query: string, params: Record<string, unknown> = {}) =>
      (await evaluate(parse(query, { params }), { dataset, params })).get(),
  }
  return client as unknown as SanityClient
}
