import { z } from 'zod'

import type { PAGE_BY_SLUG_QUERY_RESULT } from '@/sanity.types'

import { navLinkItemSchema, optionalText, requiredText, richTextSchema, hasText } from './common'
import { helpLinksSchema } from './help-links'
import { fileHref } from './files'
import { imageSchema } from './image'
import { safeUrl } from './links'
import { reportContentProblem } from './report'
import { shapeOf, type ItemOf } from './shape'

/**
 * The page builder's section types, each with the zod schema that checks it. Adding a section type
 * means: its GROQ fragment in lib/queries.ts, its schema here, its component in
 * components/sections/ (the registry there refuses to compile without it).
 */

type SectionResult<Type extends string> = Extract<
  ItemOf<NonNullable<PAGE_BY_SLUG_QUERY_RESULT>['sections']>,
  { _type: Type }
>

const key = z.string().min(1)

/**
 * A list whose items are checked one by one: a broken item is skipped and logged, the others stay.
 * A list with no usable item makes its section malformed.
 */
function itemsOf<Item extends z.ZodType>(item: Item, what: string) {
  return z.array(z.unknown()).transform((items, context) => {
    const valid = items.flatMap((raw) => {
      const parsed = item.safeParse(raw)
      if (parsed.success) return [parsed.data as z.output<Item>]
      reportContentProblem(`${what} skipped`, parsed.error)
      return []
    })
    if (valid.length === 0) context.addIssue({ code: 'custom', message: `no usable ${what}` })
    return valid
  })
}

const beliefSection = z.object(
  shapeOf<SectionResult<'beliefSection'>>()({
    _key: key,
    _type: z.literal('beliefSection'),
    belief: requiredText,
    answer: requiredText,
    source: z.object({
      publisher: requiredText,
      url: z.string().nullish().transform(safeUrl),
      retrieved: optionalText,
    }),
  }),
)

const textSection = z.object(
  shapeOf<SectionResult<'textSection'>>()({
    _key: key,
    _type: z.literal('textSection'),
    heading: optionalText,
    body: richTextSchema.refine(hasText, 'body has no text'),
  }),
)

const helpLinksSection = z.object(
  shapeOf<SectionResult<'helpLinksSection'>>()({
    _key: key,
    _type: z.literal('helpLinksSection'),
    heading: requiredText,
    intro: optionalText,
    mode: z.enum(['manual', 'audience']).nullish().catch(null),
    audience: optionalText,
    links: helpLinksSchema,
  }),
)

const faqSection = z.object(
  shapeOf<SectionResult<'faqSection'>>()({
    _key: key,
    _type: z.literal('faqSection'),
    heading: requiredText,
    items: itemsOf(
      z.object({ _key: key, question: requiredText, answer: richTextSchema.refine(hasText, 'answer has no text') }),
      'question',
    ),
  }),
)

const callToActionSection = z.object(
  shapeOf<SectionResult<'callToActionSection'>>()({
    _key: key,
    _type: z.literal('callToActionSection'),
    heading: requiredText,
    text: optionalText,
    link: navLinkItemSchema.pipe(z.object({ href: z.string(), label: z.string(), key: z.string() })),
  }),
)

const downloadItem = z.object({
  _key: key,
  title: requiredText,
  description: requiredText,
  file: z
    .object({
      _id: z.string(),
      originalFilename: optionalText,
      extension: z.string().min(1),
      size: z.number().nonnegative().nullish(),
    })
    .transform((file, context) => {
      const href = fileHref(file._id)
      if (!href) context.addIssue({ code: 'custom', message: `file ${file._id} cannot be served` })
      return {
        href: href ?? '',
        extension: file.extension.toLowerCase(),
        size: file.size ?? null,
        fileName: file.originalFilename,
      }
    }),
  preview: imageSchema,
})

const downloadsSection = z.object(
  shapeOf<SectionResult<'downloadsSection'>>()({
    _key: key,
    _type: z.literal('downloadsSection'),
    heading: requiredText,
    intro: optionalText,
    items: itemsOf(downloadItem, 'download'),
  }),
)

export const sectionSchemas = {
  beliefSection,
  textSection,
  helpLinksSection,
  faqSection,
  callToActionSection,
  downloadsSection,
}

export type SectionType = keyof typeof sectionSchemas
export type SectionOf<Type extends SectionType> = z.output<(typeof sectionSchemas)[Type]>
export type Section = { [Type in SectionType]: SectionOf<Type> }[SectionType]

function isSectionType(type: unknown): type is SectionType {
  return typeof type === 'string' && Object.hasOwn(sectionSchemas, type)
}

/**
 * Checks every section on its own: an unknown type or a malformed section is skipped and logged,
 * and the rest of the page renders.
 */
export function parseSections(sections: unknown, where: string): Section[] {
  if (!Array.isArray(sections)) return []
  return sections.flatMap((section: { _type?: unknown; _key?: unknown } | null) => {
    const type = section?._type
    const label = `${String(type)} section ${String(section?._key)} on ${where}`
    if (!isSectionType(type)) {
      reportContentProblem(`unknown ${label} skipped`)
      return []
    }
    const parsed = sectionSchemas[type].safeParse(section)
    if (!parsed.success) {
      reportContentProblem(`malformed ${label} skipped`, parsed.error)
      return []
    }
    return [parsed.data]
  })
}
