/**
 * What the site shows when settings are missing or broken: enough to stay usable and safe. A
 * module of its own, with no imports, so that the error pages' client code can carry it.
 */
export const FALLBACK_SETTINGS = {
  siteName: 'Somliga tror',
  quickExitLabel: 'Lämna sidan snabbt',
  /** A neutral site with nothing personal on it. */
  quickExitUrl: 'https://www.smhi.se/',
  helpTitle: 'Hitta hjälp',
} as const
