import type { ReactNode } from 'react'

import { MAIN_CONTENT_ID } from '@/components/layout/SkipLinks'
import { EMERGENCY_NOTE, WAYS_ON } from '@/lib/ways-on'

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
        {WAYS_ON.map(({ href, label }) => (
          <li key={href}>
            <a href={href}>{label}</a>
          </li>
        ))}
      </ul>
      <p>{EMERGENCY_NOTE}</p>
    </main>
  )
}
