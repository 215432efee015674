import type { ReactNode } from 'react'

import { MAIN_CONTENT_ID } from '@/components/layout/SkipLinks'
import { HELP_PATH } from '@/lib/help-audiences'

/**
 * A page that could not show what was asked for (404, error): what happened, and the ways on that
 * always work (help, the start page, 112). Plain links, so it works without JavaScript.
 */
export function StatusView({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className="container">
      <h1>{heading}</h1>
      <p>{children}</p>
      <ul>
        <li>
          <a href={HELP_PATH}>Hitta hjälp och stöd</a>
        </li>
        <li>
          <a href="/">Gå till startsidan</a>
        </li>
      </ul>
      <p>Är det akut? Ring 112.</p>
    </main>
  )
}
