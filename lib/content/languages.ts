import { z } from 'zod'

import { audienceFilterBySlug, audienceFilters, HELP_PATH, type AudienceFilter } from '@/vocabulary/help-audiences'
import {
  DEFAULT_LANGUAGE,
  DEFAULT_LANGUAGE_ID,
  languageIdProblem,
  languageTagProblem,
  localPath,
  type SiteLanguage,
} from '@/vocabulary/languages'

import { messagesFor, type Messages } from '@/vocabulary/messages'

import {
  feedbackWordsSchema,
  footerSchema,
  navLinksSchema,
  optionalText,
  type FeedbackWords,
  type Footer,
  type NavLink,
} from './common'
import { reportContentProblem } from './report'
import type { Settings } from './settings'

/**
 * What a page's parts need of its language: the version's id (for addresses such as the help
 * page's), its fixed words, the locale for dates, and the `lang` to mark Swedish-only content with
 * (help facts, campaign material) on a page in another language, else undefined.
 */
export type PageLanguage = { id: string; messages: Messages; dateLocale: string; swedishLang: string | undefined }

/** What a page's parts need of a language version (lättläst is Swedish: `htmlLang` "sv"). */
export function pageLanguageOf(language: SiteLanguage): PageLanguage {
  const swedish = language.htmlLang === 'sv'
  return {
    id: language.id,
    messages: messagesFor(language.id),
    dateLocale: swedish ? 'sv-SE' : language.htmlLang,
    swedishLang: swedish ? undefined : 'sv',
  }
}

/**
 * A language version with what the site shows of it: its menu, footer, feedback words, and its
 * help page's title and intro. Swedish's are the settings' own (see `localizedSite`), so its entry
 * has them empty.
 */
export type LanguageVersion = SiteLanguage & {
  navigation: NavLink[]
  footer: Footer
  feedback: FeedbackWords
  helpPage: { title: string | null; intro: string | null }
}

const NO_FEEDBACK_WORDS: FeedbackWords = { text: [], publicRecordNote: null }

const languageEntrySchema = z.object({
  id: z.string(),
  title: z.string().trim().min(1),
  htmlLang: z.string(),
  alternate: z.boolean().nullish(),
  linkText: z.string().trim().min(1),
  navigation: navLinksSchema,
  footer: footerSchema,
  feedback: feedbackWordsSchema
    .nullish()
    .catch(null)
    .transform((words) => words ?? NO_FEEDBACK_WORDS),
  helpPage: z.object({ title: optionalText, intro: optionalText }).nullish().catch(null),
})

/**
 * The language versions from the settings, Swedish first. An entry the Studio would refuse (a bad
 * code, a second entry with the same code) is left out and logged rather than breaking the site.
 */
export const languagesSchema = z
  .array(z.unknown())
  .nullish()
  .catch(null)
  .transform((items): LanguageVersion[] => {
    const versions: LanguageVersion[] = [
      {
        ...DEFAULT_LANGUAGE,
        navigation: [],
        footer: { text: [], links: [] },
        feedback: NO_FEEDBACK_WORDS,
        helpPage: { title: null, intro: null },
      },
    ]
    for (const item of items ?? []) {
      const parsed = languageEntrySchema.safeParse(item)
      const problem = parsed.success
        ? (languageIdProblem(parsed.data.id) ?? languageTagProblem(parsed.data.htmlLang))
        : 'malformed'
      if (!parsed.success || problem || versions.some((version) => version.id === parsed.data.id)) {
        reportContentProblem(`language skipped (${problem ?? 'same code twice'})`, parsed.error)
        continue
      }
      const { id, title, htmlLang, alternate, linkText, navigation, footer, feedback, helpPage } = parsed.data
      versions.push({
        id,
        title,
        htmlLang,
        hreflang: alternate === false ? null : htmlLang,
        linkText,
        navigation,
        footer,
        feedback,
        helpPage: { title: helpPage?.title ?? null, intro: helpPage?.intro ?? null },
      })
    }
    return versions
  })

/** The version a language id names, or Swedish. */
export function languageById(languages: LanguageVersion[], id: string | null | undefined): LanguageVersion {
  return languages.find((language) => language.id === id) ?? languages[0]
}

/** The fixed routes' own addresses, the same in every language after its prefix. */
export const ACCESSIBILITY_PATH = '/tillganglighet'

/** Page slugs: lowercase a–z, digits and hyphens (the Studio enforces it). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** What an address on the public site shows, before any content is read. */
export type SiteRoute =
  | { kind: 'start' }
  | { kind: 'page'; slug: string }
  | { kind: 'help' }
  | { kind: 'helpAudience'; filter: AudienceFilter }
  | { kind: 'accessibility' }
  | { kind: 'notFound' }

/**
 * Reads an address: its language (the first segment when it is a language's code, else Swedish)
 * and what it shows. Anything that cannot be a page is `notFound` without asking the backend.
 */
export function resolveSitePath(
  path: readonly string[] | undefined,
  languageIds: readonly string[],
): { languageId: string; route: SiteRoute } {
  const segments = path ?? []
  const prefixed = segments.length > 0 && segments[0] !== DEFAULT_LANGUAGE_ID && languageIds.includes(segments[0])
  const languageId = prefixed ? segments[0] : DEFAULT_LANGUAGE_ID
  return { languageId, route: routeOf(prefixed ? segments.slice(1) : segments) }
}

function routeOf(rest: readonly string[]): SiteRoute {
  const [first, second, ...more] = rest
  if (first === undefined) return { kind: 'start' }
  if (more.length > 0) return { kind: 'notFound' }
  if (`/${first}` === HELP_PATH) {
    if (second === undefined) return { kind: 'help' }
    const filter = audienceFilterBySlug(second)
    return filter ? { kind: 'helpAudience', filter } : { kind: 'notFound' }
  }
  if (second !== undefined) return { kind: 'notFound' }
  if (`/${first}` === ACCESSIBILITY_PATH) return { kind: 'accessibility' }
  return SLUG.test(first) ? { kind: 'page', slug: first } : { kind: 'notFound' }
}

/** The address of a fixed route (everything but campaign pages) in a language. */
export function routePath(languageId: string, route: Exclude<SiteRoute, { kind: 'page' | 'notFound' }>): string {
  switch (route.kind) {
    case 'start':
      return localPath(languageId, '/')
    case 'help':
      return localPath(languageId, HELP_PATH)
    case 'helpAudience':
      return localPath(languageId, route.filter.href)
    case 'accessibility':
      return localPath(languageId, ACCESSIBILITY_PATH)
  }
}

/** Every fixed route of a language, for prerendering and the sitemap. */
export function fixedRoutes(): Exclude<SiteRoute, { kind: 'page' | 'notFound' }>[] {
  return [
    { kind: 'start' },
    { kind: 'help' },
    ...audienceFilters.map((filter) => ({ kind: 'helpAudience' as const, filter })),
    { kind: 'accessibility' },
  ]
}

/** One version of a page in another language, as the translation group lists it. */
export type PageTranslation = { language: string; slug: string; isStartPage: boolean }

export const translationsSchema = z
  .object({
    _id: z.string(),
    pages: z
      .array(z.object({ language: z.string(), slug: z.string(), isStartPage: z.boolean().nullish() }))
      .nullish()
      .catch(null),
  })
  .nullish()
  .catch(null)
  .transform((group): PageTranslation[] =>
    (group?.pages ?? []).map(({ language, slug, isStartPage }) => ({
      language,
      slug,
      isStartPage: isStartPage ?? false,
    })),
  )

/** The address of a page in its language: its start page is the language's root. */
export function translatedPagePath(page: PageTranslation): string {
  return localPath(page.language, page.isStartPage ? '/' : `/${page.slug}`)
}

/** A language link: the same page in another language, or that language's start page. */
export type LanguageLink = { language: LanguageVersion; href: string; counterpart: boolean }

/**
 * Where the language link leads from a page in `currentId`, for every other language: the
 * counterpart when the page has one (a campaign page's translation; the same fixed route), else the
 * language's start page.
 */
export function languageLinks(
  languages: LanguageVersion[],
  currentId: string,
  counterparts: (languageId: string) => string | null,
): LanguageLink[] {
  return languages
    .filter((language) => language.id !== currentId)
    .map((language) => {
      const href = counterparts(language.id)
      return { language, href: href ?? localPath(language.id, '/'), counterpart: href !== null }
    })
}

/**
 * What the chrome of a page in one language needs from the settings: the language, its fixed texts,
 * its menu, footer and feedback section (Swedish's are the settings' own; other languages have
 * their own in their entry, with the settings' one e-mail address), the quick exit (the settings'
 * label is Swedish, so other languages use their message file's) and the pages the chrome links
 * to, in that language where a translation exists.
 */
export function localizedSite(settings: Settings, languageId: string) {
  const language = languageById(settings.languages, languageId)
  const messages = messagesFor(language.id)
  const isDefault = language.id === DEFAULT_LANGUAGE_ID
  return {
    language,
    messages,
    page: pageLanguageOf(language),
    navigation: isDefault ? settings.mainNavigation : language.navigation,
    footer: isDefault ? settings.footer : language.footer,
    feedback: isDefault ? settings.feedback : { ...language.feedback, email: settings.feedback?.email ?? null },
    quickExit: {
      url: settings.quickExit.url,
      label: isDefault ? settings.quickExit.label : messages.quickExit.label,
      infoHref: settings.quickExit.infoPages[language.id] ?? null,
    },
    privacyHref: settings.privacyPage[language.id] ?? null,
  }
}

/** The help page's title and intro in a language: Swedish from the settings' help page, others from their language entry. */
export function helpPageText(settings: Settings, language: LanguageVersion, messages: Messages) {
  if (language.id === DEFAULT_LANGUAGE_ID) return settings.helpPage
  return { title: language.helpPage.title ?? messages.help.title, intro: language.helpPage.intro }
}

/** An audience's name in a language (the help filter's choices). */
export function audienceTitle(messages: Messages, filter: AudienceFilter): string {
  return messages.help.audiences[filter.audience as keyof Messages['help']['audiences']] ?? filter.title
}
