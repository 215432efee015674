import { audienceTitle } from '@/lib/content/languages'
import { audienceFilters, HELP_PATH } from '@/vocabulary/help-audiences'
import { localPath } from '@/vocabulary/languages'
import type { Messages } from '@/vocabulary/messages'

import styles from './AudienceFilter.module.css'

type Props = { current: string | null; languageId: string; messages: Messages }

/**
 * Narrows the help page to one audience. Each choice is a link to a prerendered page, so it works
 * without JavaScript; the current one is marked for screen readers with aria-current.
 */
export function AudienceFilter({ current, languageId, messages }: Props) {
  const choices = [
    { href: localPath(languageId, HELP_PATH), title: messages.help.all, slug: null },
    ...audienceFilters.map((filter) => ({
      href: localPath(languageId, filter.href),
      title: audienceTitle(messages, filter),
      slug: filter.slug,
    })),
  ]
  return (
    <nav aria-label={messages.help.filterLabel} className={styles.filter}>
      <p className={styles.label} aria-hidden="true">
        {messages.help.filterLabel}:
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
