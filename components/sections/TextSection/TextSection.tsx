import { RichText } from '@/components/rich-text/RichText'
import type { SectionOf } from '@/lib/content/sections'

import { sectionHeadingId } from '../Sections'

/** Formatted text, under an optional heading. */
export function TextSection({ section }: { section: SectionOf<'textSection'> }) {
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
