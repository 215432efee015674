'use client'

import { MAIN_CONTENT_ID } from '@/components/layout/SkipLinks'
import { HELP_PATH } from '@/lib/help-audiences'

/**
 * When a page cannot be rendered (only possible for an address that was never rendered before,
 * while the content backend is down: every other page is served from the cache). Plain links, so
 * it works without JavaScript.
 */
export default function ErrorPage() {
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className="container">
      <h1>Något gick fel</h1>
      <p>Sidan kunde inte visas just nu. Försök igen om en stund.</p>
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
