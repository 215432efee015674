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

/** A link target page, and whether it is the start page (then its address is `/`). */
export const PAGE_LINK = /* groq */ `{
  _id,
  "slug": slug.current,
  "isStartPage": _id == *[_id == "settings"][0].startPage._ref
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

export const HELP_LINK = /* groq */ `{
  _id,
  name,
  provider,
  description,
  audiences,
  region{scope, municipality},
  channels[]{_key, _type, number, openingHours, url, label, address, facts},
  "checkedAt": verification.checkedAt
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
