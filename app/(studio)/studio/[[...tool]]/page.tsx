// The client component itself: next-sanity's default export also loads Sanity's hosted bridge.js.
import { NextStudio } from 'next-sanity/studio/client-component'

import config from '@/sanity.config'

/**
 * Prerendered at build time: the page reads no request data, and the Studio routes everything
 * below /studio in the browser. (With Cache Components on, this replaces `dynamic = 'force-static'`,
 * which Next refuses in that mode.)
 */
export function generateStaticParams() {
  return [{ tool: [] }]
}

export default function StudioPage() {
  return <NextStudio config={config} />
}
