// Campaign pages and short links in draft mode: see app/(draft-mode)/layout.tsx.
export { default, generateMetadata } from '../../../(site)/[...path]/page'

/** Rendered per request, never prerendered: draft mode is off at build time. */
export const instant = false
