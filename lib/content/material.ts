import { z } from 'zod'

import type { CAMPAIGN_MATERIAL_QUERY_RESULT } from '@/sanity.types'
import { MATERIAL_FORMATS, MATERIAL_PALETTES, type MaterialPalette } from '@/vocabulary/lists'

import { optionalText } from './common'
import { shapeOf } from './shape'

type MaterialResult = NonNullable<CAMPAIGN_MATERIAL_QUERY_RESULT>

const FORMAT_VALUES = new Set<string>(MATERIAL_FORMATS.map((format) => format.value))
const PALETTE_VALUES = new Set<string>(MATERIAL_PALETTES.map((palette) => palette.value))

/**
 * Campaign material as the site reads it. Every field but the slug may be missing (a document
 * imported or edited past the Studio's rules): the listing and the file route then say what is
 * missing instead of failing.
 */
export const campaignMaterialFields = shapeOf<MaterialResult>()({
  _id: z.string(),
  title: optionalText,
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  belief: optionalText,
  answer: optionalText,
  palette: z
    .string()
    .nullish()
    .catch(null)
    .transform((value): MaterialPalette => (value && PALETTE_VALUES.has(value) ? (value as MaterialPalette) : 'night')),
  // Only formats the site can make, in the order the Studio offers them, each once.
  formats: z
    .array(z.string())
    .nullish()
    .catch(null)
    .transform((values) =>
      MATERIAL_FORMATS.filter((format) => FORMAT_VALUES.has(format.value) && (values ?? []).includes(format.value)),
    ),
  placement: optionalText,
  shortLink: z
    .object({ _id: z.string(), path: z.string().startsWith('/') })
    .nullish()
    .catch(null),
})

export const campaignMaterialSchema = z.object(campaignMaterialFields)

export type CampaignMaterial = z.output<typeof campaignMaterialSchema>

/** One piece by slug; a document that cannot be read is treated as absent. */
export const campaignMaterialQuerySchema = campaignMaterialSchema.nullable().catch(null)
