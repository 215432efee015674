// Every page of every language in draft mode: see ./layout.tsx.
export { default, generateMetadata } from '../../../(site)/[...path]/page'

/** Rendered per request: draft mode is off at build time, and draft mode skips prerendered pages. */
export const instant = false
