import { MAIN_CONTENT_ID } from '@/components/layout/SkipLinks'
import { HELP_PATH } from '@/vocabulary/help-audiences'

/** Shown at / only while no start page is chosen in the settings: the way to help still works. */
export function FallbackStart({ siteName, description }: { siteName: string; description: string | null }) {
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className="container">
      <h1>{siteName}</h1>
      {description && <p>{description}</p>}
      <p>
        <a href={HELP_PATH}>Hitta hjälp och stöd</a>
      </p>
    </main>
  )
}
