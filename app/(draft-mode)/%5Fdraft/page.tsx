// The start page in draft mode: see app/(draft-mode)/layout.tsx.
export { default, generateMetadata } from '../../(site)/page'
