import { defineQuery } from 'next-sanity'

import { SECTIONS } from '@/sections/query.generated'

import {
  CAMPAIGN_MATERIAL,
  FEEDBACK_WORDS,
  FOOTER,
  HELP_LINK,
  HELP_LINK_ORDER,
  IMAGE,
  IS_START_PAGE,
  NAV_LINK,
  PAGE_LINK,
  PAGE_LINK_WITH_TRANSLATIONS,
  RICH_TEXT,
  TRANSLATIONS,
} from './query-fragments'

/**
 * Every GROQ query the site runs, in one place, declared with `defineQuery` so that TypeGen types
 * their results (sanity.types.ts). Results are checked with the zod schemas in `lib/content/`.
 *
 * Convention: every referenced document is projected with its `_id`. The fetch layer tags cached
 * results with the ids it finds, so a change to a help link, a linked page or an organisation
 * reaches every page that shows it.
 */

const PAGE = /* groq */ `{
  _id,
  _updatedAt,
  title,
  "slug": slug.current,
  "language": coalesce(language, "sv"),
  "isStartPage": ${IS_START_PAGE},
  "translations": ${TRANSLATIONS},
  lead,
  hero{heading, text, "image": image${IMAGE}},
  seo{title, description, noIndex, "image": image${IMAGE}},
  ${SECTIONS}
}`

export const SETTINGS_QUERY = defineQuery(`*[_id == "settings"][0]{
  _id,
  siteName,
  description,
  "startPage": startPage->${PAGE_LINK},
  "organisations": organisations[]->{_id, name, url, role, "logo": logo${IMAGE}},
  "mainNavigation": mainNavigation[]${NAV_LINK},
  ${FOOTER},
  quickExit{label, url, "infoPage": infoPage->${PAGE_LINK_WITH_TRANSLATIONS}},
  helpPage{title, intro},
  "privacyPage": privacyPage->${PAGE_LINK_WITH_TRANSLATIONS},
  "languages": languages[defined(id) && defined(linkText)]{id, title, htmlLang, alternate, linkText, "navigation": navigation[]${NAV_LINK}, ${FOOTER}, feedback{${FEEDBACK_WORDS}}, helpPage{title, intro}},
  feedback{${FEEDBACK_WORDS}, email},
  "socialImage": socialImage${IMAGE}
}`)

/** A page of one language by its slug; pages without a language are Swedish ("sv"). */
export const PAGE_BY_SLUG_QUERY = defineQuery(
  `*[_type == "page" && slug.current == $slug && coalesce(language, "sv") == $language][0]${PAGE}`,
)

/** The start page of one language: the one in the settings, or its translation. */
export const START_PAGE_QUERY = defineQuery(
  `*[_type == "page" && coalesce(language, "sv") == $language && ${IS_START_PAGE}][0]${PAGE}`,
)

/**
 * What the proxy must know before Next's cache answers (lib/content/addresses.ts): every short link
 * and where it leads, every page slug, and the quick exit for the page it shows when it cannot ask.
 */
export const ADDRESSES_QUERY = defineQuery(`{
  "shortLinks": *[_type == "shortLink" && defined(path)] | order(path asc) {
    _id,
    path,
    permanent,
    destination{type, path, url, "page": page->${PAGE_LINK}}
  },
  "pageSlugs": *[_type == "page" && coalesce(language, "sv") == "sv" && defined(slug.current)].slug.current,
  "languages": *[_id == "settings"][0].languages[defined(id)].id,
  "translatedPages": *[_type == "page" && coalesce(language, "sv") != "sv" && defined(slug.current)]{language, "slug": slug.current},
  "quickExit": *[_id == "settings"][0].quickExit{label, url}
}`)

/** The security contact from the settings, for /.well-known/security.txt. */
export const SECURITY_TXT_QUERY = defineQuery(`*[_id == "settings"][0]{
  _id,
  securityTxt{contactEmail, contactUrl, policyUrl, expires}
}`)

/** Every page address: for generateStaticParams and the sitemap. */
export const ROUTES_QUERY = defineQuery(`{
  "pages": *[_type == "page" && defined(slug.current)] | order(slug.current asc) {
    _id,
    _updatedAt,
    "slug": slug.current,
    "language": coalesce(language, "sv"),
    "noIndex": seo.noIndex == true,
    "isStartPage": ${IS_START_PAGE},
    "translationGroup": *[_type == "translation.metadata" && references(^._id)][0]._id
  }
}`)

export const HELP_LINKS_QUERY = defineQuery(`*[_type == "helpLink"] | ${HELP_LINK_ORDER} ${HELP_LINK}`)

export const ACCESSIBILITY_STATEMENT_QUERY = defineQuery(`*[_id == "accessibilityStatement"][0]{
  _id,
  _updatedAt,
  title,
  organisationName,
  serviceName,
  complianceStatus,
  "intro": intro[]${RICH_TEXT},
  knownProblems[]{_key, problem, wcagCriterion, reason, plannedFix},
  "exemptions": exemptions[]${RICH_TEXT},
  assessmentDate,
  method,
  lastUpdated,
  "feedback": feedback[]${RICH_TEXT},
  responsibleAuthority,
  reportEmail,
  responseTime,
  enforcementUrl
}`)

/** One piece of campaign material, by the slug in its file addresses (app/api/material). */
export const CAMPAIGN_MATERIAL_QUERY = defineQuery(
  `*[_type == "campaignMaterial" && slug.current == $slug][0]${CAMPAIGN_MATERIAL}`,
)
