// Every page of every language in draft mode: see ./layout.tsx.
export { default, generateMetadata } from '../../../(site)/[...path]/page'

/** Rendered per request: draft mode is off at build time, and draft mode skips prerendered pages. */
export const instant = false

/**
 * Next wants one value for a root layout's parameter at build; the help page is enough (it always
 * exists); every other address renders on request, as draft mode always does.
 */
export function generateStaticParams() {
  return [{ path: ['hjalp'] }]
}
