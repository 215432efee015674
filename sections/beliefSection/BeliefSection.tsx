import { formatDate } from '@/lib/format'

import { sectionHeadingId } from '../heading-id'
import type { BeliefSectionContent } from './content'
import styles from './BeliefSection.module.css'

/** "Somliga tror …" and the answer, "Men …", with its source. */
export function BeliefSection({ section }: { section: BeliefSectionContent }) {
  const headingId = sectionHeadingId(section._key)
  const { source } = section
  return (
    <section className={styles.belief} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        <span className={styles.label}>Somliga tror</span> {section.belief}
      </h2>
      <p className={styles.answer}>
        <span className={styles.but}>Men</span> {section.answer}
      </p>
      <p className={styles.source}>
        Källa: {source.url ? <a href={source.url}>{source.publisher}</a> : source.publisher}
        {source.retrieved && <>, hämtad {formatDate(source.retrieved)}</>}
      </p>
    </section>
  )
}
