// The help page for one audience in draft mode: see app/(draft-mode)/layout.tsx.
export { default, generateMetadata, generateStaticParams } from '../../../../(site)/hjalp/[audience]/page'
