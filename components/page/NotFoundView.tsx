import { MAIN_CONTENT_ID } from '@/components/layout/SkipLinks'
import { HELP_PATH } from '@/lib/help-audiences'

/** The 404 text, used by the site's not-found page and by the global one. */
export function NotFoundView() {
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className="container">
      <h1>Sidan finns inte</h1>
      <p>Sidan du letar efter finns inte, eller så har den flyttats. Kontrollera adressen om du skrev den själv.</p>
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
