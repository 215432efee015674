import type { FilterDefault } from '@sanity/client/stega'

/** Where the embedded Studio lives; edit links in stega markers lead here (`sanity.config.ts`). */
export const STUDIO_PATH = '/studio'

/**
 * Fields whose text visitors read on the page. Only these carry stega markers (invisible characters
 * that make text clickable in the preview): a marker in anything the site compares, looks up or
 * puts into an attribute (an audience, a section mode, a URL, an e-mail address used in `mailto:`,
 * alt text) would break it. An allow-list, so that a new field stays clean until someone adds it.
 */
const VISIBLE_TEXT_FIELDS = new Set([
  'answer',
  'belief',
  'description',
  'heading',
  'intro',
  'label',
  'lead',
  'method',
  'name',
  'number',
  'openingHours',
  'organisationName',
  'plannedFix',
  'problem',
  'provider',
  'publicRecordNote',
  'publisher',
  'question',
  'reason',
  'serviceName',
  'siteName',
  // Portable Text spans, and plain `text` fields (hero, call to action).
  'text',
  'title',
  'wcagCriterion',
])

/**
 * The stega filter for draft mode: visible text only, and never what @sanity/client's own default
 * filter refuses (URLs, dates, slugs, `_` fields, anything under `seo`).
 */
export const encodeVisibleTextOnly: FilterDefault = (props) => {
  const field = props.sourcePath.at(-1)
  return typeof field === 'string' && VISIBLE_TEXT_FIELDS.has(field) && props.filterDefault(props)
}
