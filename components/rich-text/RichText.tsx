import { PortableText, type PortableTextMarkComponent } from 'next-sanity'

import type { RichTextBlock } from '@/lib/content/common'

/**
 * Links were resolved to an href (or null, when they lead nowhere) when the content was checked:
 * see lib/content/common.ts. A link that leads nowhere keeps its words.
 */
const LinkMark: PortableTextMarkComponent<{ _type: string; href?: string | null }> = ({ value, children }) =>
  value?.href ? <a href={value.href}>{children}</a> : <>{children}</>

/** A phrase marked as being in another language is read with that language (WCAG 3.1.2). */
const LanguageMark: PortableTextMarkComponent<{ _type: string; lang?: string | null }> = ({ value, children }) =>
  value?.lang ? <span lang={value.lang}>{children}</span> : <>{children}</>

const components = {
  marks: { internalLink: LinkMark, externalLink: LinkMark, language: LanguageMark },
  // Unknown block or mark types render their text only, never a warning in the page.
  unknownType: () => null,
  unknownMark: ({ children }: { children?: React.ReactNode }) => <>{children}</>,
}

export function RichText({ value }: { value: RichTextBlock[] }) {
  if (value.length === 0) return null
  return <PortableText value={value as never} components={components} onMissingComponent={false} />
}
