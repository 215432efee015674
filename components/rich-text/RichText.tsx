import { PortableText, type PortableTextComponents } from 'next-sanity'
import Link from 'next/link'

import type { RichTextBlock } from '@/lib/content/common'

type LinkMark = { href?: string | null }

/** Links were resolved to hrefs (or null) when the content was checked: see lib/content/common.ts. */
const components: PortableTextComponents = {
  marks: {
    internalLink: ({ value, children }) => {
      const href = (value as LinkMark | undefined)?.href
      return href ? <Link href={href}>{children}</Link> : <>{children}</>
    },
    externalLink: ({ value, children }) => {
      const href = (value as LinkMark | undefined)?.href
      return href ? (
        <a href={href} rel="noreferrer">
          {children}
        </a>
      ) : (
        <>{children}</>
      )
    },
  },
  // Unknown block or mark types render their text only, never a warning in the page.
  unknownType: () => null,
  unknownMark: ({ children }) => <>{children}</>,
}

export function RichText({ value }: { value: RichTextBlock[] }) {
  if (value.length === 0) return null
  return <PortableText value={value as never} components={components} onMissingComponent={false} />
}
