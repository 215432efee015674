'use client'

import { HELP_PATH } from '@/vocabulary/help-audiences'
import './(site)/globals.css'

/** Last resort when even a root layout fails: a plain Swedish page with a way to help. */
export default function GlobalError() {
  return (
    <html lang="sv">
      <body>
        <main className="container">
          <h1>Något gick fel</h1>
          <p>Sidan kunde inte visas just nu. Försök igen om en stund.</p>
          <p>
            <a href={HELP_PATH}>Hitta hjälp och stöd</a>
          </p>
          <p>Är det akut? Ring 112.</p>
        </main>
      </body>
    </html>
  )
}
