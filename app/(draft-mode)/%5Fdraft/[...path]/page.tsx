// Campaign pages and short links in draft mode: see app/(draft-mode)/layout.tsx.
export { default, generateMetadata, generateStaticParams } from '../../../(site)/[...path]/page'

/** As on the site: it may answer with a redirect. */
export const instant = false
