// Every page of every language in draft mode: see ./layout.tsx.
export { default, generateMetadata } from '../../../(site)/[[...path]]/page'

/** Rendered per request, never prerendered: draft mode is off at build time. */
export const instant = false
