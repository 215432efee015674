import { z } from 'zod'

import { optionalText, requiredText } from '@/lib/content/common'
import { campaignMaterialSchema, type CampaignMaterial } from '@/lib/content/material'
import { reportContentProblem } from '@/lib/content/report'
import { shapeOf } from '@/lib/content/shape'

import { sectionKey, type SectionResult } from '../section-content'

/** Material the site can make: it has its text and at least one format. */
type ListedMaterial = CampaignMaterial & { belief: string; answer: string }

const listedMaterials = z
  .array(z.unknown())
  .nullish()
  .catch(null)
  .transform((items) =>
    (items ?? []).flatMap((raw): ListedMaterial[] => {
      const parsed = campaignMaterialSchema.safeParse(raw)
      if (!parsed.success) {
        reportContentProblem('campaign material skipped', parsed.error)
        return []
      }
      const { belief, answer, formats } = parsed.data
      if (!belief || !answer || formats.length === 0) {
        reportContentProblem(`campaign material ${parsed.data._id} skipped: text or formats missing`)
        return []
      }
      return [{ ...parsed.data, belief, answer }]
    }),
  )

/** A heading, and whatever material is published: none is a short note, not a broken section. */
export const campaignMaterialSectionContent = z.object(
  shapeOf<SectionResult<'campaignMaterialSection'>>()({
    _key: sectionKey,
    _type: z.literal('campaignMaterialSection'),
    heading: requiredText,
    intro: optionalText,
    materials: listedMaterials,
  }),
)

export type CampaignMaterialSectionContent = z.output<typeof campaignMaterialSectionContent>
