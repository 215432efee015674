'use client'

import { useParams } from 'next/navigation'

import { StatusView } from '@/components/page/StatusView'
import { messageLanguageOf, messagesFor } from '@/vocabulary/messages'

/**
 * When a page cannot be rendered (only possible for an address that was never rendered before,
 * while the content backend is down: every other page is served from the cache).
 */
export default function ErrorPage() {
  const languageId = messageLanguageOf(useParams<{ path?: string[] }>()?.path)
  const messages = messagesFor(languageId)
  return (
    <StatusView heading={messages.error.title} languageId={languageId} messages={messages}>
      {messages.error.text}
    </StatusView>
  )
}
