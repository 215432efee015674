// The help page in draft mode: see app/(draft-mode)/layout.tsx.
export { default, generateMetadata } from '../../../(site)/hjalp/page'
