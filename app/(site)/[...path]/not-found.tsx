'use client'

import { useParams } from 'next/navigation'

import { NotFoundView } from '@/components/page/NotFoundView'
import { messageLanguageOf, messagesFor } from '@/vocabulary/messages'

/**
 * 404 for addresses under the site's routes (a slug nobody has, a deleted page), in the address's
 * language. The server sends the same view from the page (NotFoundResponse); this one draws it in
 * the browser, where only the address is at hand.
 */
export default function NotFound() {
  const languageId = messageLanguageOf(useParams<{ path?: string[] }>()?.path)
  return <NotFoundView languageId={languageId} messages={messagesFor(languageId)} />
}
