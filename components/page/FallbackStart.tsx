import { MAIN_CONTENT_ID } from '@/components/layout/SkipLinks'

type Props = { siteName: string; description: string | null; helpHref: string; helpLabel: string }

/**
 * Shown at a language's start address while it has no start page (none chosen in the settings, or
 * no translation of it yet): the way to help still works.
 */
export function FallbackStart({ siteName, description, helpHref, helpLabel }: Props) {
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className="container">
      <h1>{siteName}</h1>
      {description && <p>{description}</p>}
      <p>
        <a href={helpHref}>{helpLabel}</a>
      </p>
    </main>
  )
}
