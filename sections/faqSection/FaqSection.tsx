import { RichText } from '@/components/rich-text/RichText'

import { sectionHeadingId } from '../heading-id'
import type { FaqSectionContent } from './content'

/**
 * Questions and answers, all visible: nothing to open, so it works the same without JavaScript,
 * in print and with a screen reader's list of headings.
 */
export function FaqSection({ section }: { section: FaqSectionContent }) {
  const headingId = sectionHeadingId(section._key)
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{section.heading}</h2>
      {section.items.map((item) => (
        <div key={item._key}>
          <h3>{item.question}</h3>
          <RichText value={item.answer} />
        </div>
      ))}
    </section>
  )
}
