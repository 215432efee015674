/**
 * Small builders for the seed documents, so that the content files read as Swedish text rather
 * than as Sanity's JSON. `_key`s are added afterwards by `withKeys`, never by hand.
 */

export type SeedValue = string | number | boolean | null | SeedValue[] | { [key: string]: SeedValue }
export type SeedObject = { [key: string]: SeedValue }
export type SeedDocument = SeedObject & { _id: string; _type: string }

/** Where seed asset files live, relative to the NDJSON file, as `sanity dataset export` writes it. */
const ASSET_DIR = './assets'

export function reference(id: string): SeedObject {
  return { _type: 'reference', _ref: id }
}

/** An image with alt text; `file` is a name in `sanity/seed/assets/`; optionally cropped as an editor would. */
export function image(file: string, alt: string, framing?: Framing): SeedObject {
  return {
    _type: 'accessibleImage',
    _sanityAsset: `image@file://${ASSET_DIR}/${file}`,
    ...framingOf(framing),
    alt,
    decorative: false,
  }
}

/** How an editor framed an image in the Studio: the share cut off each edge, and the focal area. */
export type Framing = {
  crop: { top: number; bottom: number; left: number; right: number }
  hotspot: { x: number; y: number; width: number; height: number }
}

/** An image that adds nothing a reader needs, so screen readers skip it; optionally cropped as an editor would. */
export function decorativeImage(file: string, framing?: Framing): SeedObject {
  return {
    _type: 'accessibleImage',
    _sanityAsset: `image@file://${ASSET_DIR}/${file}`,
    ...framingOf(framing),
    decorative: true,
  }
}

function framingOf(framing: Framing | undefined): SeedObject {
  return framing
    ? {
        crop: { _type: 'sanity.imageCrop', ...framing.crop },
        hotspot: { _type: 'sanity.imageHotspot', ...framing.hotspot },
      }
    : {}
}

export function file(name: string): SeedObject {
  return { _type: 'file', _sanityAsset: `file@file://${ASSET_DIR}/${name}` }
}

/**
 * The translation group of one page (@sanity/document-internationalization's metadata document):
 * its versions by language. Weak references, as the Studio writes them (sanity/languages).
 */
export function translationGroup(id: string, versions: Record<string, string>): SeedDocument {
  return {
    _id: id,
    _type: 'translation.metadata',
    schemaTypes: ['page'],
    translations: Object.entries(versions).map(([language, pageId]) => ({
      _type: 'internationalizedArrayReferenceValue',
      language,
      value: { _type: 'reference', _ref: pageId, _weak: true },
    })),
  }
}

export function pageLink(pageId: string): SeedObject {
  return { _type: 'link', linkType: 'page', page: reference(pageId) }
}

export function pathLink(path: string): SeedObject {
  return { _type: 'link', linkType: 'path', path }
}

export function navLink(label: string, link: SeedObject): SeedObject {
  return { _type: 'navLink', label, link }
}

// --- Rich text (Portable Text) ------------------------------------------------------------------

type Span = { _type: 'span'; text: string; marks: string[] }

/**
 * Inline markup in the content files: **fet**, [text](https://…) for a link to the web,
 * [text](page:page-id) for a link to a page on the site and [text](lang:sv) for a phrase in another
 * language than the page's. Nothing else is interpreted.
 */
const INLINE = /\*\*(.+?)\*\*|\[(.+?)\]\((.+?)\)/g

function inline(text: string): { children: Span[]; markDefs: SeedObject[] } {
  const children: Span[] = []
  const markDefs: SeedObject[] = []
  let last = 0
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) children.push({ _type: 'span', text: text.slice(last, match.index), marks: [] })
    const [, strong, label, target] = match
    if (strong !== undefined) {
      children.push({ _type: 'span', text: strong, marks: ['strong'] })
    } else {
      const markKey = `${target.startsWith('lang:') ? 'lang' : 'link'}${markDefs.length + 1}`
      if (target.startsWith('lang:')) {
        markDefs.push({ _key: markKey, _type: 'language', lang: target.slice('lang:'.length) })
      } else if (target.startsWith('page:')) {
        markDefs.push({ _key: markKey, _type: 'internalLink', reference: reference(target.slice('page:'.length)) })
      } else if (/^(https:\/\/|mailto:|tel:)/.test(target)) {
        markDefs.push({ _key: markKey, _type: 'externalLink', href: target })
      } else {
        // Rich text can link to pages and to full addresses only; site paths such as /hjalp need a link section.
        throw new Error(`Unsupported link target "${target}" in: ${text}`)
      }
      children.push({ _type: 'span', text: label, marks: [markKey] })
    }
    last = match.index + match[0].length
  }
  if (last < text.length) children.push({ _type: 'span', text: text.slice(last), marks: [] })
  return { children, markDefs }
}

function block(style: string, text: string, list?: 'bullet' | 'number'): SeedObject {
  const { children, markDefs } = inline(text)
  return {
    _type: 'block',
    style,
    ...(list ? { listItem: list, level: 1 } : {}),
    markDefs,
    children,
  }
}

export const p = (text: string) => block('normal', text)
export const h2 = (text: string) => block('h2', text)
export const h3 = (text: string) => block('h3', text)
export const bullets = (...items: string[]) => items.map((item) => block('normal', item, 'bullet'))
export const numbered = (...items: string[]) => items.map((item) => block('normal', item, 'number'))

/** Rich text from paragraphs, headings and lists (lists are arrays of blocks and get flattened). */
export function richText(...parts: (SeedObject | SeedObject[])[]): SeedObject[] {
  return parts.flat()
}

// --- Keys and output ------------------------------------------------------------------------------

/** FNV-1a, 32 bit: enough to give every array item a stable, distinct key. */
function hash(input: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

function addKeys(value: SeedValue, path: string): SeedValue {
  if (Array.isArray(value)) {
    return value.map((item, index) => {
      const itemPath = `${path}[${index}]`
      if (item === null || typeof item !== 'object' || Array.isArray(item)) return addKeys(item, itemPath)
      const keyed = addKeys(item, itemPath) as SeedObject
      return '_key' in keyed ? keyed : { _key: hash(itemPath), ...keyed }
    })
  }
  if (value !== null && typeof value === 'object') {
    // Span keys within a block are local to the block; markDef keys are set by `inline`.
    return Object.fromEntries(
      Object.entries(value).map(([field, child]) => [field, addKeys(child, `${path}.${field}`)]),
    )
  }
  return value
}

/**
 * Gives every object in an array a `_key` (unless the content file chose a readable one), derived
 * from the document id and the item's position, so rebuilding the seed changes no keys.
 */
export function withKeys(document: SeedDocument): SeedDocument {
  return addKeys(document, document._id) as SeedDocument
}

/** One document per line, sorted by id, as `sanity dataset export` writes them. */
export function toNdjson(documents: SeedDocument[]): string {
  return [...documents]
    .sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
    .map((document) => JSON.stringify(document))
    .join('\n')
    .concat('\n')
}
