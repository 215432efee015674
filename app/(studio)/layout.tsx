import type { ReactNode } from 'react'

export { metadata, viewport } from 'next-sanity/studio'

/** The Studio's own root layout, so none of its weight reaches public pages. */
export default function StudioRootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="sv">
      <body style={{ margin: 0 }}>{children}</body>
    </html>
  )
}
