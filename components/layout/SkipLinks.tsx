import type { Messages } from '@/vocabulary/messages'

import { QUICK_EXIT_ATTRIBUTE } from './quick-exit'
import styles from './SkipLinks.module.css'

export const MAIN_CONTENT_ID = 'huvudinnehall'

/**
 * The first things a keyboard user reaches: leaving the page comes first, then skipping to the
 * content. Hidden until focused.
 */
export function SkipLinks({
  quickExitUrl,
  quickExitLabel,
  messages,
}: {
  quickExitUrl: string
  quickExitLabel: string
  messages: Messages
}) {
  return (
    <div className={styles.skipLinks} data-print="hide">
      <a href={quickExitUrl} rel="noreferrer" className={styles.link} {...{ [QUICK_EXIT_ATTRIBUTE]: '' }}>
        {quickExitLabel}
      </a>
      <a href={`#${MAIN_CONTENT_ID}`} className={styles.link}>
        {messages.skipToContent}
      </a>
    </div>
  )
}
