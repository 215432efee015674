import { z } from 'zod'

import { hasText, optionalText, richTextSchema } from '@/lib/content/common'
import { shapeOf } from '@/lib/content/shape'

import { sectionKey, type SectionResult } from '../section-content'

/** A text section needs words in its body; the heading is optional. */
export const textSectionContent = z.object(
  shapeOf<SectionResult<'textSection'>>()({
    _key: sectionKey,
    _type: z.literal('textSection'),
    heading: optionalText,
    body: richTextSchema.refine(hasText, 'body has no text'),
  }),
)

export type TextSectionContent = z.output<typeof textSectionContent>
