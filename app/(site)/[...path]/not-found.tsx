'use client'

import { NotFoundView } from '@/components/page/NotFoundView'
import { useStatusTexts } from '@/components/page/StatusTexts'

/**
 * 404 for addresses under the site's routes (a slug nobody has, a deleted page), in the address's
 * language. The server sends the same view from the page (NotFoundResponse); this one draws it in
 * the browser, with the texts the root layout handed down (components/page/StatusTexts.tsx).
 */
export default function NotFound() {
  const { languageId, texts } = useStatusTexts()
  return <NotFoundView languageId={languageId} messages={texts} />
}
