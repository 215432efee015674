'use client'

import { usePathname } from 'next/navigation'

import styles from './PreviewBanner.module.css'

/**
 * Draft mode only: says plainly that the page shows unpublished changes, and offers the way out.
 * A plain link (no prefetch, works without JavaScript) to the route that turns draft mode off and
 * comes back to this page.
 */
export function PreviewBanner() {
  const pathname = usePathname()
  return (
    <aside className={styles.banner} aria-label="Förhandsvisning" data-print="hide">
      <div className={`container ${styles.inner}`}>
        <p className={styles.text}>
          <strong>Förhandsvisning.</strong> Du ser ändringar som inte är publicerade. Besökare ser dem först när du
          publicerar.
        </p>
        <a className={styles.exit} href={`/api/draft-mode/disable?redirect=${encodeURIComponent(pathname)}`}>
          Avsluta förhandsvisning
        </a>
      </div>
    </aside>
  )
}
