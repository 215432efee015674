/**
 * GROQ projections that several queries share: lib/queries.ts and the page builder's sections
 * (sections/<type>/query.ts) both build on them. Plain template strings, which TypeGen follows
 * across imports when it types the queries that use them.
 */

export const IMAGE = /* groq */ `{
  "asset": asset->{_id, "width": metadata.dimensions.width, "height": metadata.dimensions.height, "lqip": metadata.lqip, "opaque": metadata.isOpaque},
  crop,
  hotspot,
  alt,
  decorative
}`

const START_PAGE_ID = /* groq */ `*[_id == "settings"][0].startPage._ref`

/**
 * Whether the page in scope is the start page of its language: the one chosen in the settings, or
 * a translation of it (its `translation.metadata` document references both). Pages without a
 * `language` are Swedish ("sv", vocabulary/languages.ts), as every page was before translations.
 */
export const IS_START_PAGE = /* groq */ `(_id == ${START_PAGE_ID} || _id in coalesce(*[_type == "translation.metadata" && references(${START_PAGE_ID})][0].translations[].value._ref, []))`

/** A link target page, its language, and whether it is its language's start page (then its address is `/` or `/<language>`). */
export const PAGE_LINK = /* groq */ `{
  _id,
  "slug": slug.current,
  "language": coalesce(language, "sv"),
  "isStartPage": ${IS_START_PAGE}
}`

/**
 * The other language versions of the page in scope, for the language link and hreflang. The
 * translation group's `_id` is kept, so creating or removing a translation refreshes the page; the
 * other versions' own ids are not, so publishing an English page leaves the Swedish one cached
 * (lib/content/tags.ts: a changed slug reaches it through its link tag).
 */
export const TRANSLATIONS = /* groq */ `*[_type == "translation.metadata" && references(^._id)][0]{
  _id,
  "pages": translations[defined(value->slug.current)].value->{
    "language": coalesce(language, "sv"),
    "slug": slug.current,
    "isStartPage": ${IS_START_PAGE}
  }
}`

/** A page the chrome links to in every language (the quick exit's page, the privacy page), with its translations. */
export const PAGE_LINK_WITH_TRANSLATIONS = /* groq */ `{
  _id,
  "slug": slug.current,
  "language": coalesce(language, "sv"),
  "isStartPage": ${IS_START_PAGE},
  "translations": ${TRANSLATIONS}
}`

export const LINK = /* groq */ `{
  linkType,
  path,
  url,
  "page": page->${PAGE_LINK}
}`

export const NAV_LINK = /* groq */ `{
  _key,
  label,
  "link": link${LINK}
}`

export const RICH_TEXT = /* groq */ `{
  ...,
  markDefs[]{
    ...,
    _type == "internalLink" => {"page": reference->${PAGE_LINK}}
  }
}`

/**
 * A help link as the site needs it. Who checked it stays in the lake: the site only learns
 * whether a named person did (`verified`), and never the check's note.
 */
export const HELP_LINK = /* groq */ `{
  _id,
  name,
  provider,
  providerUrl,
  description,
  "translatedDescription": descriptionTranslations[language == $language][0].text,
  audiences,
  area{scope, regions, municipalities},
  ages{min, max},
  languages,
  interpreter,
  channels[]{_key, _type, number, openingHours, url, label, address, facts},
  "verified": defined(verification.checkedAt) && defined(verification.checkedBy) && verification.checkedBy != ""
}`

/** Help links in the order editors set, then by name. */
export const HELP_LINK_ORDER = /* groq */ `order(coalesce(sortOrder, 1000000) asc, name asc)`

/** A piece of campaign material and its short link: what app/api/material draws and the listing shows. */
export const CAMPAIGN_MATERIAL = /* groq */ `{
  _id,
  title,
  "slug": slug.current,
  belief,
  answer,
  palette,
  formats,
  placement,
  "shortLink": shortLink->{_id, path}
}`

/** A footer: the settings' (Swedish) one and each language version's. */
export const FOOTER = /* groq */ `footer{"text": text[]${RICH_TEXT}, "links": links[]${NAV_LINK}}`

/** The feedback section's words: the settings' (Swedish) and each language version's. */
export const FEEDBACK_WORDS = /* groq */ `"text": text[]${RICH_TEXT}, publicRecordNote`
