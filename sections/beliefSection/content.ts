import { z } from 'zod'

import { optionalText, requiredText } from '@/lib/content/common'
import { safeUrl } from '@/lib/content/links'
import { shapeOf } from '@/lib/content/shape'

import { sectionKey, type SectionResult } from '../section-content'

/** A belief section needs its belief, its answer and the source of the answer. */
export const beliefSectionContent = z.object(
  shapeOf<SectionResult<'beliefSection'>>()({
    _key: sectionKey,
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

export type BeliefSectionContent = z.output<typeof beliefSectionContent>
