import type { NavLink } from '@/lib/content/common'

import { QuickExit } from './QuickExit'
import styles from './SiteHeader.module.css'

type Props = {
  siteName: string
  navigation: NavLink[]
  quickExit: { url: string; label: string; infoHref: string | null }
}

/**
 * The quick-exit bar (it stays at the top while scrolling) and the site's name and main menu.
 * Links across the site are plain <a>: every page is a small cached HTML file, so a full page load
 * is quick, and visitors get neither next/link's code nor prefetches of pages they did not open.
 */
export function SiteHeader({ siteName, navigation, quickExit }: Props) {
  return (
    <>
      <aside className={styles.exitBar} aria-label="Lämna sidan snabbt" data-print="hide">
        <div className={`container ${styles.exitBarInner}`}>
          {quickExit.infoHref && (
            <a href={quickExit.infoHref} className={styles.exitInfo}>
              Om knappen
            </a>
          )}
          <QuickExit url={quickExit.url} label={quickExit.label} />
        </div>
      </aside>
      <header className={styles.header}>
        <div className={`container ${styles.headerInner}`}>
          <a href="/" className={styles.siteName}>
            {siteName}
          </a>
          {navigation.length > 0 && (
            <nav aria-label="Huvudmeny" className={styles.navigation}>
              <ul className={styles.navigationList}>
                {navigation.map((link) => (
                  <li key={link.key}>
                    <a href={link.href}>{link.label}</a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </div>
      </header>
    </>
  )
}
