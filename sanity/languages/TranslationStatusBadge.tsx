import { useEffect, useState } from 'react'
import { getPublishedId, useClient, type DocumentBadgeDescription, type DocumentBadgeProps } from 'sanity'

import { apiVersion } from '../../vocabulary/api-version'
import { TRANSLATION_STATUS_QUERY, translationStatus, type TranslationStatusResult } from './status'

/**
 * A page's translation status on its badge: which translations are missing or older than the
 * Swedish original (status.ts). Read again whenever the page is saved or published.
 */
export function TranslationStatusBadge(props: DocumentBadgeProps): DocumentBadgeDescription | null {
  const client = useClient({ apiVersion })
  const [result, setResult] = useState<TranslationStatusResult | null>(null)
  const id = getPublishedId(props.id)
  const changed = `${props.published?._updatedAt}|${props.draft?._updatedAt}`
  useEffect(() => {
    const subscription = client.observable
      .fetch<TranslationStatusResult>(TRANSLATION_STATUS_QUERY, { id })
      .subscribe({ next: setResult, error: () => setResult(null) })
    return () => subscription.unsubscribe()
  }, [client, id, changed])
  return translationStatus(result)
}
