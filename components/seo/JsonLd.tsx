import { stegaClean } from '@sanity/client/stega'

/**
 * Structured data in a script tag; `<` is escaped so no text from the CMS can close the tag. Search
 * engines read it, so draft mode's stega markers are removed.
 */
export function JsonLd({ data }: { data: object }) {
  const json = JSON.stringify(stegaClean(data)).replace(/</g, '\\u003c')
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
}
