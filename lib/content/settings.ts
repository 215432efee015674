import { z } from 'zod'

import type { SETTINGS_QUERY_RESULT } from '@/sanity.types'

import { navLinksSchema, optionalText, richTextSchema } from './common'
import { FALLBACK_SETTINGS } from './fallback'
import { imageFieldsSchema, imageSchema, type ContentImage } from './image'
import { pagePath } from './links'
import { reportContentProblem } from './report'
import { shapeOf } from './shape'

type SettingsResult = NonNullable<SETTINGS_QUERY_RESULT>

const pageRef = z
  .object({ slug: z.string().nullish(), isStartPage: z.boolean().nullish() })
  .nullish()
  .catch(null)
  .transform((page) => pagePath(page ? { slug: page.slug ?? null, isStartPage: page.isStartPage ?? false } : null))

export type Organisation = {
  id: string
  name: string
  url: string | null
  role: 'sender' | 'partner'
  logo: ContentImage | null
}

const organisationSchema = z.object({
  _id: z.string(),
  name: z.string().trim().min(1),
  url: z
    .url({ protocol: /^https$/ })
    .nullish()
    .catch(null),
  role: z.enum(['sender', 'partner']).nullish().catch(null),
  logo: imageSchema,
})

/** The neutral site that quick exit leaves for: https only, else the fallback. */
export const quickExitUrl = z
  .url({ protocol: /^https$/ })
  .nullish()
  .catch(null)
  .transform((url) => {
    if (!url) reportContentProblem('settings.quickExit.url missing or not https; using the fallback')
    return url ?? FALLBACK_SETTINGS.quickExitUrl
  })

const settingsFieldsSchema = z.object(
  shapeOf<SettingsResult>()({
    _id: z.string(),
    siteName: optionalText.transform((name) => name ?? FALLBACK_SETTINGS.siteName),
    description: optionalText,
    startPage: pageRef,
    organisations: z
      .array(z.unknown())
      .nullish()
      .catch(null)
      .transform((items): Organisation[] =>
        (items ?? []).flatMap((item) => {
          const parsed = organisationSchema.safeParse(item)
          if (!parsed.success) {
            reportContentProblem('organisation skipped', parsed.error)
            return []
          }
          const { _id, name, url, role, logo } = parsed.data
          return [{ id: _id, name, url: url ?? null, role: role ?? 'sender', logo }]
        }),
      ),
    mainNavigation: navLinksSchema,
    footer: z
      .object({ text: richTextSchema, links: navLinksSchema })
      .nullish()
      .catch(null)
      .transform((footer) => footer ?? { text: [], links: [] }),
    quickExit: z
      .object({ label: optionalText, url: quickExitUrl, infoPage: pageRef })
      .nullish()
      .catch(null)
      .transform((quickExit) => ({
        label: quickExit?.label ?? FALLBACK_SETTINGS.quickExitLabel,
        url: quickExit?.url ?? FALLBACK_SETTINGS.quickExitUrl,
        infoHref: quickExit?.infoPage ?? null,
      })),
    helpPage: z
      .object({ title: optionalText, intro: optionalText })
      .nullish()
      .catch(null)
      .transform((help) => ({ title: help?.title ?? FALLBACK_SETTINGS.helpTitle, intro: help?.intro ?? null })),
    privacyPage: pageRef,
    feedback: z
      .object({ text: richTextSchema, email: z.email().nullish().catch(null), publicRecordNote: optionalText })
      .nullish()
      .catch(null),
    socialImage: imageFieldsSchema.nullish().catch(null),
  }),
)

export type Settings = z.output<typeof settingsFieldsSchema>

const EMPTY_SETTINGS_INPUT = { _id: 'settings' }

/** Site settings; every field has a fallback, so broken settings never take the site down. */
export const settingsSchema = z.unknown().transform((value): Settings => {
  const parsed = settingsFieldsSchema.safeParse(value ?? EMPTY_SETTINGS_INPUT)
  if (parsed.success) return parsed.data
  reportContentProblem('settings unusable; using fallbacks', parsed.error)
  return settingsFieldsSchema.parse(EMPTY_SETTINGS_INPUT)
})
