import SitePage, { generateMetadata as metadataFor } from '../[...path]/page'

/** It may answer with a redirect, which Next's dev-time instant-navigation check cannot follow. */
export const instant = false

const noPath = () => Promise.resolve({})

export function generateMetadata() {
  return metadataFor({ params: noPath() })
}

/** The Swedish start page: the page of every address, at the address without segments. */
export default function StartPage() {
  return <SitePage params={noPath()} />
}
