import type { Metadata } from 'next'
import { metadata as studioMetadata } from 'next-sanity/studio'
import type { ReactNode } from 'react'

export { viewport } from 'next-sanity/studio'

/** Never indexed, never sends the Studio's address on as a referrer. */
export const metadata: Metadata = { ...studioMetadata, title: 'Redigera Somliga tror' }

/** The Studio's own root layout, so none of its weight reaches public pages. */
export default function StudioRootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="sv">
      <body style={{ margin: 0 }}>{children}</body>
    </html>
  )
}
