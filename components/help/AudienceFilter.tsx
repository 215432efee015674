import { audienceFilters, HELP_PATH } from '@/vocabulary/help-audiences'

import styles from './AudienceFilter.module.css'

/**
 * Narrows the help page to one audience. Each choice is a link to a prerendered page, so it works
 * without JavaScript; the current one is marked for screen readers with aria-current.
 */
export function AudienceFilter({ current }: { current: string | null }) {
  const choices = [{ href: HELP_PATH, title: 'Alla', slug: null }, ...audienceFilters]
  return (
    <nav aria-label="Visa stöd för" className={styles.filter}>
      <p className={styles.label} aria-hidden="true">
        Visa stöd för:
      </p>
      <ul className={styles.list}>
        {choices.map((choice) => {
          const isCurrent = choice.slug === current
          return (
            <li key={choice.href}>
              <a href={choice.href} aria-current={isCurrent ? 'page' : undefined} className={styles.choice}>
                {choice.title}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
