'use client'

import { StatusView } from '@/components/page/StatusView'

/**
 * When a page cannot be rendered (only possible for an address that was never rendered before,
 * while the content backend is down: every other page is served from the cache).
 */
export default function ErrorPage() {
  return <StatusView heading="Något gick fel">Sidan kunde inte visas just nu. Försök igen om en stund.</StatusView>
}
