import Link from 'next/link'

import type { NavLink } from '@/lib/content/common'

import { QuickExit } from './QuickExit'
import styles from './SiteHeader.module.css'

type Props = {
  siteName: string
  navigation: NavLink[]
  quickExit: { url: string; label: string; infoHref: string | null }
}

/** The quick-exit bar (it stays at the top while scrolling) and the site's name and main menu. */
export function SiteHeader({ siteName, navigation, quickExit }: Props) {
  return (
    <>
      <aside className={styles.exitBar} aria-label="Snabb utgång" data-print="hide">
        <div className={`container ${styles.exitBarInner}`}>
          {quickExit.infoHref && (
            <Link href={quickExit.infoHref} className={styles.exitInfo}>
              Så fungerar knappen
            </Link>
          )}
          <QuickExit url={quickExit.url} label={quickExit.label} />
        </div>
      </aside>
      <header className={styles.header}>
        <div className={`container ${styles.headerInner}`}>
          <Link href="/" className={styles.siteName}>
            {siteName}
          </Link>
          {navigation.length > 0 && (
            <nav aria-label="Huvudmeny" className={styles.navigation}>
              <ul className={styles.navigationList}>
                {navigation.map((link) => (
                  <li key={link.key}>
                    {link.external ? (
                      <a href={link.href} rel="noreferrer">
                        {link.label}
                      </a>
                    ) : (
                      <Link href={link.href}>{link.label}</Link>
                    )}
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
