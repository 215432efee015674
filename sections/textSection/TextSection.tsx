import { RichText } from '@/components/rich-text/RichText'

import { sectionHeadingId } from '../heading-id'
import type { TextSectionContent } from './content'

/** Formatted text, under an optional heading. */
export function TextSection({ section }: { section: TextSectionContent }) {
  if (!section.heading) {
    return (
      <div>
        <RichText value={section.body} />
      </div>
    )
  }
  const headingId = sectionHeadingId(section._key)
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{section.heading}</h2>
      <RichText value={section.body} />
    </section>
  )
}
