import { z } from 'zod'

import type { PAGE_BY_SLUG_QUERY_RESULT } from '@/sanity.types'
import { parseSections } from '@/sections/parse'

import { optionalText, requiredText } from './common'
import { imageFieldsSchema, imageSchema } from './image'
import { translationsSchema } from './languages'
import { reportContentProblem } from './report'
import { shapeOf } from './shape'

type PageResult = NonNullable<PAGE_BY_SLUG_QUERY_RESULT>

const pageFieldsSchema = z.object(
  shapeOf<PageResult>()({
    _id: z.string(),
    _updatedAt: z.string(),
    title: requiredText,
    slug: requiredText,
    language: z.string(),
    translations: translationsSchema,
    isStartPage: z
      .boolean()
      .nullish()
      .transform((value) => value ?? false),
    lead: optionalText,
    hero: z.object({ heading: optionalText, text: optionalText, image: imageSchema }).nullish().catch(null),
    seo: z
      .object({
        title: optionalText,
        description: optionalText,
        noIndex: z.boolean().nullish().catch(null),
        // Kept as fields: the social image is cropped to 1200 × 630 around the hotspot.
        image: imageFieldsSchema.nullish().catch(null),
      })
      .nullish()
      .catch(null),
    sections: z.unknown(),
  }),
)

export type Page = Omit<z.output<typeof pageFieldsSchema>, 'sections'> & { sections: ReturnType<typeof parseSections> }

/**
 * A campaign page, or null when there is none. A page without a title or slug cannot be shown; it
 * is logged and treated as missing rather than failing the request.
 */
export const pageSchema = z.unknown().transform((value): Page | null => {
  if (value === null || value === undefined) return null
  const parsed = pageFieldsSchema.safeParse(value)
  if (!parsed.success) {
    reportContentProblem(`page ${String((value as { _id?: unknown })._id)} cannot be shown`, parsed.error)
    return null
  }
  return { ...parsed.data, sections: parseSections(parsed.data.sections, `page "${parsed.data.slug}"`) }
})
