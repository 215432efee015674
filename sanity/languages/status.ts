/**
 * Which translations a page has, which are missing and which are older than the Swedish original:
 * what editors see on the page's badge (TranslationStatusBadge.tsx). A pure function of one query's
 * result, so that it is tested without a Studio.
 */

/** Everything the status needs, in one query (the dataset is small). */
export const TRANSLATION_STATUS_QUERY = /* groq */ `{
  "language": coalesce(*[_id == $id][0].language, "sv"),
  "languages": *[_id == "settings"][0].languages[defined(id)]{id, title},
  "versions": *[_type == "translation.metadata" && $id in translations[].value._ref][0].translations[defined(value->_id)]{
    language,
    "updatedAt": value->_updatedAt
  }
}`

export type TranslationStatusResult = {
  language: string
  languages: { id: string; title: string | null }[] | null
  versions: { language: string | null; updatedAt: string | null }[] | null
}

export type TranslationStatus = { label: string; title: string; color: 'success' | 'warning' }

const SWEDISH = 'sv'

/** The badge for a page, or null when the site has no other language yet. */
export function translationStatus(result: TranslationStatusResult | null): TranslationStatus | null {
  const languages = result?.languages ?? []
  if (!result || languages.length === 0) return null
  const versions = result.versions ?? []
  const original = versions.find((version) => (version.language ?? SWEDISH) === SWEDISH)
  const titleOf = (id: string) => languages.find((language) => language.id === id)?.title ?? id
  const olderThanOriginal = (updatedAt: string | null) =>
    Boolean(original?.updatedAt && updatedAt && updatedAt < original.updatedAt)

  if (result.language !== SWEDISH) {
    const own = versions.find((version) => version.language === result.language)
    if (!original)
      return { label: 'Original saknas', title: 'Sidan är inte kopplad till en svensk sida.', color: 'warning' }
    return olderThanOriginal(own?.updatedAt ?? null)
      ? {
          label: 'Äldre än originalet',
          title: 'Den svenska sidan har ändrats efter att översättningen publicerades.',
          color: 'warning',
        }
      : {
          label: 'Översättningen är aktuell',
          title: 'Publicerad efter den senaste ändringen av den svenska sidan.',
          color: 'success',
        }
  }

  const missing = languages.filter((language) => !versions.some((version) => version.language === language.id))
  const older = languages.filter((language) =>
    versions.some((version) => version.language === language.id && olderThanOriginal(version.updatedAt)),
  )
  if (missing.length === 0 && older.length === 0) {
    return {
      label: 'Översatt till alla språk',
      title: languages.map((language) => titleOf(language.id)).join(', '),
      color: 'success',
    }
  }
  const parts = [
    missing.length > 0 && `Saknas: ${missing.map((language) => titleOf(language.id)).join(', ')}`,
    older.length > 0 && `Äldre än originalet: ${older.map((language) => titleOf(language.id)).join(', ')}`,
  ].filter(Boolean)
  return {
    label: missing.length > 0 ? 'Översättning saknas' : 'Översättning äldre',
    title: parts.join('. '),
    color: 'warning',
  }
}
