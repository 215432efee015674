import type { ReactNode } from 'react'

import SiteRootLayout, { generateMetadata as metadataFor, viewport } from '../[...path]/layout'

export { viewport }

/** `/` has no path segments: the Swedish start page's document, the same as every other page's. */
const noPath = () => Promise.resolve({})

export function generateMetadata() {
  return metadataFor({ params: noPath() })
}

/** The root layout of `/` alone; see app/(site)/[...path]/layout.tsx for why it is apart. */
export default function StartRootLayout({ children }: { children: ReactNode }) {
  return <SiteRootLayout params={noPath()}>{children}</SiteRootLayout>
}
