import { formatDate } from '@/lib/format'

import { sectionHeadingId } from '../heading-id'
import type { PageLanguage } from '@/lib/content/languages'
import type { BeliefSectionContent } from './content'
import styles from './BeliefSection.module.css'

/** "Somliga tror …" and the answer, "Men …", with its source, in the page's language. */
export function BeliefSection({ section, language }: { section: BeliefSectionContent; language: PageLanguage }) {
  const headingId = sectionHeadingId(section._key)
  const { source } = section
  const text = language.messages.sections
  return (
    <section className={styles.belief} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        <span className={styles.label}>{text.beliefLabel}</span> {section.belief}
      </h2>
      <p className={styles.answer}>
        <span className={styles.but}>{text.beliefBut}</span> {section.answer}
      </p>
      <p className={styles.source}>
        {text.source} {source.url ? <a href={source.url}>{source.publisher}</a> : source.publisher}
        {source.retrieved && <>, {text.retrieved(formatDate(source.retrieved, language.dateLocale))}</>}
      </p>
    </section>
  )
}
