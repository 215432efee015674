// The help page for one audience in draft mode: see app/(draft-mode)/layout.tsx.
export { default, generateMetadata } from '../../../../(site)/hjalp/[audience]/page'

/** Rendered per request, never prerendered: draft mode is off at build time. */
export const instant = false
