import { sectionHeadingId } from '../heading-id'
import type { CallToActionSectionContent } from './content'
import styles from './CallToActionSection.module.css'

/** A heading, a sentence and one clear way forward. */
export function CallToActionSection({ section }: { section: CallToActionSectionContent }) {
  const headingId = sectionHeadingId(section._key)
  const { link } = section
  return (
    <section className={styles.callToAction} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {section.heading}
      </h2>
      {section.text && <p>{section.text}</p>}
      <a href={link.href} className={styles.button}>
        {link.label}
      </a>
    </section>
  )
}
