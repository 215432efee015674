import type { ReactNode } from 'react'

import { MAIN_CONTENT_ID } from '@/components/layout/SkipLinks'
import { waysOn } from '@/lib/ways-on'
import type { StatusTexts } from '@/vocabulary/messages'

type Props = { heading: string; children: ReactNode; languageId: string; messages: StatusTexts }

/**
 * A page that could not show what was asked for (404, error): what happened, and the ways on that
 * always work (help, the start page, 112) in the page's language. Plain links, so it works without
 * JavaScript.
 */
export function StatusView({ heading, children, languageId, messages }: Props) {
  const { links, emergency } = waysOn(languageId, messages)
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className="container">
      <h1>{heading}</h1>
      <p>{children}</p>
      <ul>
        {links.map(({ href, label }) => (
          <li key={href}>
            <a href={href}>{label}</a>
          </li>
        ))}
      </ul>
      <p>{emergency}</p>
    </main>
  )
}
