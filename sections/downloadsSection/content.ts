import { z } from 'zod'

import { optionalText, requiredText } from '@/lib/content/common'
import { fileHref } from '@/lib/content/files'
import { imageSchema } from '@/lib/content/image'
import { shapeOf } from '@/lib/content/shape'

import { itemsOf, sectionKey, type SectionResult } from '../section-content'

/** A file the site can serve from its own origin, with a title and a description. */
const downloadItem = z.object({
  _key: sectionKey,
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

/** A downloads section needs a heading and at least one file it can serve. */
export const downloadsSectionContent = z.object(
  shapeOf<SectionResult<'downloadsSection'>>()({
    _key: sectionKey,
    _type: z.literal('downloadsSection'),
    heading: requiredText,
    intro: optionalText,
    items: itemsOf(downloadItem, 'download'),
  }),
)

export type DownloadsSectionContent = z.output<typeof downloadsSectionContent>
