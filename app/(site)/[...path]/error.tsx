'use client'

import { StatusView } from '@/components/page/StatusView'
import { useStatusTexts } from '@/components/page/StatusTexts'

/**
 * When a page cannot be rendered (only possible for an address that was never rendered before,
 * while the content backend is down: every other page is served from the cache). In the page's
 * language, from the root layout (components/page/StatusTexts.tsx).
 */
export default function ErrorPage() {
  const { languageId, texts } = useStatusTexts()
  return (
    <StatusView heading={texts.error.title} languageId={languageId} messages={texts}>
      {texts.error.text}
    </StatusView>
  )
}
