// The start page in draft mode: see ../[...path]/layout.tsx.
export { default, generateMetadata } from '../../../(site)/(start)/page'

/** Rendered per request, never prerendered: draft mode is off at build time. */
export const instant = false
