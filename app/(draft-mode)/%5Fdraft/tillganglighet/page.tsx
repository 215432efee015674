// The accessibility statement in draft mode: see app/(draft-mode)/layout.tsx.
export { default, generateMetadata } from '../../../(site)/tillganglighet/page'
