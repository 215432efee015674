import { notFound } from 'next/navigation'
import { Suspense } from 'react'

import type { Messages } from '@/vocabulary/messages'

import { NotFoundView } from './NotFoundView'

function ThrowNotFound(): never {
  notFound()
}

/**
 * What a page returns instead of calling notFound() itself. Called from a page, notFound() makes
 * Next send an empty document and draw the 404 in the browser (vercel/next.js#98954): blank
 * without JavaScript. Thrown inside this small boundary, it still sets the 404 status, and the
 * server sends the layout with the 404 text in place; in the browser, not-found.tsx (the same
 * view, in the language its address names) takes over.
 */
export function NotFoundResponse({ languageId, messages }: { languageId: string; messages: Messages }) {
  return (
    <Suspense fallback={<NotFoundView languageId={languageId} messages={messages} />}>
      <ThrowNotFound />
    </Suspense>
  )
}
