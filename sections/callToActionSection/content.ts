import { z } from 'zod'

import { navLinkItemSchema, optionalText, requiredText } from '@/lib/content/common'
import { shapeOf } from '@/lib/content/shape'

import { sectionKey, type SectionResult } from '../section-content'

/** A call to action needs a heading and a button that leads somewhere. */
export const callToActionSectionContent = z.object(
  shapeOf<SectionResult<'callToActionSection'>>()({
    _key: sectionKey,
    _type: z.literal('callToActionSection'),
    heading: requiredText,
    text: optionalText,
    link: navLinkItemSchema.pipe(z.object({ href: z.string(), label: z.string(), key: z.string() })),
  }),
)

export type CallToActionSectionContent = z.output<typeof callToActionSectionContent>
