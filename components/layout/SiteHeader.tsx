import type { ReactNode } from 'react'

import type { NavLink } from '@/lib/content/common'
import type { Messages } from '@/vocabulary/messages'

import { QuickExit } from './QuickExit'
import { SHORTCUT_PRESSES } from './quick-exit'
import styles from './SiteHeader.module.css'

type Props = {
  siteName: string
  /** The start page of the page's language. */
  homeHref: string
  navigation: NavLink[]
  quickExit: { url: string; label: string; infoHref: string | null }
  messages: Messages
  /** The language link, after the menu. */
  languageLinks?: ReactNode
}

/** How many presses may remain before the shortcut leaves: 1 and 2 of 3; the client takes these texts by index. */
const REMAINING_PRESSES = Array.from({ length: SHORTCUT_PRESSES }, (_, index) => index)

/**
 * The quick-exit bar (it stays at the top while scrolling) and the site's name and main menu.
 * Links across the site are plain <a>: every page is a small cached HTML file, so a full page load
 * is quick, and visitors get neither next/link's code nor prefetches of pages they did not open.
 */
export function SiteHeader({ siteName, homeHref, navigation, quickExit, messages, languageLinks }: Props) {
  return (
    <>
      <aside className={styles.exitBar} aria-label={messages.quickExit.barLabel} data-print="hide">
        <div className={`container ${styles.exitBarInner}`}>
          {quickExit.infoHref && (
            <a href={quickExit.infoHref} className={styles.exitInfo}>
              {messages.quickExit.about}
            </a>
          )}
          <QuickExit
            url={quickExit.url}
            label={quickExit.label}
            texts={{
              shortcutHint: messages.quickExit.shortcutHint,
              remaining: REMAINING_PRESSES.map(messages.quickExit.remaining),
              cancelled: messages.quickExit.cancelled,
              leaving: messages.quickExit.leaving,
            }}
          />
        </div>
      </aside>
      <header className={styles.header}>
        <div className={`container ${styles.headerInner}`}>
          <a href={homeHref} className={styles.siteName}>
            {siteName}
          </a>
          {navigation.length > 0 && (
            <nav aria-label={messages.mainMenu} className={styles.navigation}>
              <ul className={styles.navigationList}>
                {navigation.map((link) => (
                  <li key={link.key}>
                    <a href={link.href}>{link.label}</a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {languageLinks}
        </div>
      </header>
    </>
  )
}
