import localFont from 'next/font/local'

/**
 * Atkinson Hyperlegible Next, designed for readers with low vision, served from the site itself
 * (from the npm package, never a font CDN). One variable file covers every weight; italics are
 * synthesised, which saves a second download for the little emphasis the texts use.
 */
export const atkinson = localFont({
  src: '../../node_modules/@fontsource-variable/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-wght-normal.woff2',
  weight: '200 800',
  style: 'normal',
  display: 'swap',
  variable: '--font-atkinson',
})
