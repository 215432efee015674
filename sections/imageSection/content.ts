import { z } from 'zod'

import { optionalText } from '@/lib/content/common'
import { imageSchema } from '@/lib/content/image'
import { shapeOf } from '@/lib/content/shape'

import { sectionKey, type SectionResult } from '../section-content'

/**
 * An image section needs an image it can show (with its alt text, or marked decorative); caption
 * and credit are optional.
 */
export const imageSectionContent = z.object(
  shapeOf<SectionResult<'imageSection'>>()({
    _key: sectionKey,
    _type: z.literal('imageSection'),
    image: imageSchema.refine((image) => image !== null, 'image cannot be shown'),
    caption: optionalText,
    credit: optionalText,
  }),
)

export type ImageSectionContent = z.output<typeof imageSectionContent>
