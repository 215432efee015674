import { z } from 'zod'

import { languageTagProblem } from '@/vocabulary/languages'

import { linkHref, safeUrl } from './links'
import { reportContentProblem } from './report'

/** Text that may be missing: absent, null and blank all become null. */
export const optionalText = z
  .string()
  .nullish()
  .catch(null)
  .transform((value) => (value && value.trim().length > 0 ? value : null))

/** Text that must be there. */
export const requiredText = z.string().trim().min(1)

const pageRefSchema = z
  .object({
    _id: z.string(),
    slug: z.string().nullish(),
    isStartPage: z.boolean().nullish(),
    language: z.string().nullish(),
  })
  .nullish()
  .transform((page) =>
    page ? { slug: page.slug ?? null, isStartPage: page.isStartPage ?? false, language: page.language } : null,
  )

export const linkFieldsSchema = z.object({
  linkType: z.string().nullish().default(null),
  path: z.string().nullish().default(null),
  url: z.string().nullish().default(null),
  page: pageRefSchema,
})

export type ResolvedLink = { href: string }

/** A CMS link resolved to an href, or null when it leads nowhere (a deleted page, a bad URL). */
export const linkSchema = linkFieldsSchema
  .nullish()
  .catch(null)
  .transform((link): ResolvedLink | null => {
    const href = linkHref(
      link && { ...link, linkType: link.linkType ?? null, path: link.path ?? null, url: link.url ?? null },
    )
    return href ? { href } : null
  })

export type NavLink = ResolvedLink & { key: string; label: string }

const navLinkSchema = z.object({
  _key: z.string().nullish(),
  label: requiredText,
  link: linkSchema,
})

/** One labelled link, or null when it has no label or leads nowhere. */
export const navLinkItemSchema = z.unknown().transform((value): NavLink | null => {
  const parsed = navLinkSchema.safeParse(value)
  if (!parsed.success) {
    reportContentProblem('link without label skipped', parsed.error)
    return null
  }
  const { _key, label, link } = parsed.data
  if (!link) {
    reportContentProblem(`link "${label}" leads nowhere; skipped`)
    return null
  }
  return { key: _key ?? label, label, ...link }
})

/** A list of labelled links; broken ones are skipped. */
export const navLinksSchema = z
  .array(navLinkItemSchema)
  .nullish()
  .catch(null)
  .transform((links) => (links ?? []).filter((link): link is NavLink => link !== null))

/**
 * Rich text (Portable Text). Blocks pass through for the renderer; link annotations are resolved to
 * an `href` here so that the renderer never needs to know about pages and slugs.
 */
const markDefSchema = z.looseObject({ _key: z.string(), _type: z.string() }).transform((markDef) => {
  if (markDef._type === 'internalLink') {
    const page = pageRefSchema.safeParse((markDef as { page?: unknown }).page)
    const href = page.success ? linkHref({ linkType: 'page', path: null, url: null, page: page.data }) : null
    return { _key: markDef._key, _type: markDef._type, href }
  }
  if (markDef._type === 'externalLink') {
    return { _key: markDef._key, _type: markDef._type, href: safeUrl((markDef as { href?: string }).href) }
  }
  if (markDef._type === 'language') {
    // A phrase in another language (WCAG 3.1.2): only a well-formed tag reaches the `lang` attribute.
    const lang = (markDef as { lang?: unknown }).lang
    const valid = typeof lang === 'string' && !languageTagProblem(lang)
    return { _key: markDef._key, _type: markDef._type, href: null, lang: valid ? lang : null }
  }
  return { _key: markDef._key, _type: markDef._type, href: null }
})

const blockSchema = z.looseObject({
  _type: z.string(),
  _key: z.string(),
  markDefs: z.array(markDefSchema).nullish().catch(null),
})

export type RichTextBlock = z.output<typeof blockSchema>

export const richTextSchema = z
  .array(z.unknown())
  .nullish()
  .catch(null)
  .transform((blocks): RichTextBlock[] =>
    (blocks ?? []).flatMap((block) => {
      const parsed = blockSchema.safeParse(block)
      if (parsed.success) return [{ ...parsed.data, markDefs: parsed.data.markDefs ?? [] }]
      reportContentProblem('malformed rich text block skipped', parsed.error)
      return []
    }),
  )

/** A footer's text and links (the settings' and each language version's); missing is empty. */
export const footerSchema = z
  .object({ text: richTextSchema, links: navLinksSchema })
  .nullish()
  .catch(null)
  .transform((footer) => footer ?? { text: [], links: [] })

export type Footer = z.output<typeof footerSchema>

/** The feedback section's words in one language; the settings add the one e-mail address. */
export const feedbackWordsSchema = z.object({ text: richTextSchema, publicRecordNote: optionalText })

export type FeedbackWords = z.output<typeof feedbackWordsSchema>

/** True when rich text has any words in it. */
export function hasText(blocks: RichTextBlock[]): boolean {
  return blocks.some(
    (block) =>
      Array.isArray(block.children) &&
      block.children.some((child: { text?: unknown }) => typeof child.text === 'string' && child.text.trim() !== ''),
  )
}
