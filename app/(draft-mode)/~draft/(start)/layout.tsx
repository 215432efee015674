import type { ReactNode } from 'react'

import DraftModeRootLayout from '../[...path]/layout'

export { generateMetadata, viewport } from '../../../(site)/(start)/layout'

/** Draft mode's root layout for the start page; see ../[...path]/layout.tsx. */
export default function DraftModeStartLayout({ children }: { children: ReactNode }) {
  return <DraftModeRootLayout params={Promise.resolve({})}>{children}</DraftModeRootLayout>
}
