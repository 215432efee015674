import { z } from 'zod'

import { optionalText, requiredText } from '@/lib/content/common'
import { helpLinksSchema } from '@/lib/content/help-links'
import { shapeOf } from '@/lib/content/shape'

import { sectionKey, type SectionResult } from '../section-content'

/** A help-links section needs a heading; its links are checked like the help page's. */
export const helpLinksSectionContent = z.object(
  shapeOf<SectionResult<'helpLinksSection'>>()({
    _key: sectionKey,
    _type: z.literal('helpLinksSection'),
    heading: requiredText,
    intro: optionalText,
    mode: z.enum(['manual', 'audience']).nullish().catch(null),
    audience: optionalText,
    links: helpLinksSchema,
  }),
)

export type HelpLinksSectionContent = z.output<typeof helpLinksSectionContent>
