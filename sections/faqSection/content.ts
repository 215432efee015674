import { z } from 'zod'

import { hasText, requiredText, richTextSchema } from '@/lib/content/common'
import { shapeOf } from '@/lib/content/shape'

import { itemsOf, sectionKey, type SectionResult } from '../section-content'

/** A questions section needs a heading and at least one question with an answer. */
export const faqSectionContent = z.object(
  shapeOf<SectionResult<'faqSection'>>()({
    _key: sectionKey,
    _type: z.literal('faqSection'),
    heading: requiredText,
    items: itemsOf(
      z.object({
        _key: sectionKey,
        question: requiredText,
        answer: richTextSchema.refine(hasText, 'answer has no text'),
      }),
      'question',
    ),
  }),
)

export type FaqSectionContent = z.output<typeof faqSectionContent>
