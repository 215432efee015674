import type { StatusTexts } from '@/vocabulary/messages'

import { StatusView } from './StatusView'

/** The 404 text in the page's language, used by the site's not-found pages and by the global one. */
export function NotFoundView({ languageId, messages }: { languageId: string; messages: StatusTexts }) {
  return (
    <StatusView heading={messages.notFound.title} languageId={languageId} messages={messages}>
      {messages.notFound.text}
    </StatusView>
  )
}
