import { z } from 'zod'

import type { SETTINGS_QUERY_RESULT } from '@/sanity.types'

import { feedbackWordsSchema, footerSchema, navLinksSchema, optionalText } from './common'
import { FALLBACK_SETTINGS } from './fallback'
import { imageFieldsSchema, imageSchema, type ContentImage } from './image'
import { pagePath } from './links'
import { languagesSchema, translatedPagePath, translationsSchema } from './languages'
import { DEFAULT_LANGUAGE_ID } from '@/vocabulary/languages'
import { reportContentProblem } from './report'
import { shapeOf } from './shape'

type SettingsResult = NonNullable<SETTINGS_QUERY_RESULT>

const pageRef = z
  .object({ slug: z.string().nullish(), isStartPage: z.boolean().nullish(), language: z.string().nullish() })
  .nullish()
  .catch(null)
  .transform((page) =>
    pagePath(
      page ? { slug: page.slug ?? null, isStartPage: page.isStartPage ?? false, language: page.language } : null,
    ),
  )

/**
 * A page the chrome links to in every language: its address by language id (its own, and each
 * translation's). A language without a version of it has none.
 */
export type LocalizedPageRef = Record<string, string>

const localizedPageRef = z
  .object({
    slug: z.string().nullish(),
    isStartPage: z.boolean().nullish(),
    language: z.string().nullish(),
    translations: translationsSchema,
  })
  .nullish()
  .catch(null)
  .transform((page): LocalizedPageRef => {
    if (!page) return {}
    const own = pagePath({ slug: page.slug ?? null, isStartPage: page.isStartPage ?? false, language: page.language })
    const paths: LocalizedPageRef = Object.fromEntries(
      page.translations.map((translation) => [translation.language, translatedPagePath(translation)]),
    )
    if (own) paths[page.language ?? DEFAULT_LANGUAGE_ID] = own
    return paths
  })

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
    footer: footerSchema,
    quickExit: z
      .object({ label: optionalText, url: quickExitUrl, infoPage: localizedPageRef })
      .nullish()
      .catch(null)
      .transform((quickExit) => ({
        label: quickExit?.label ?? FALLBACK_SETTINGS.quickExitLabel,
        url: quickExit?.url ?? FALLBACK_SETTINGS.quickExitUrl,
        infoPages: quickExit?.infoPage ?? {},
      })),
    helpPage: z
      .object({ title: optionalText, intro: optionalText })
      .nullish()
      .catch(null)
      .transform((help) => ({ title: help?.title ?? FALLBACK_SETTINGS.helpTitle, intro: help?.intro ?? null })),
    privacyPage: localizedPageRef,
    languages: languagesSchema,
    feedback: feedbackWordsSchema
      .extend({ email: z.email().nullish().catch(null) })
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
