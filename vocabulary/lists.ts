/**
 * Fixed value lists of the content model: the values the Studio offers editors, with the Swedish
 * labels that the site shows for them too. Pure data with no imports.
 */

export const AUDIENCES = [
  { value: 'buyers', title: 'Du som köper sex' },
  { value: 'sellers', title: 'Du som säljer sex' },
  { value: 'relatives', title: 'Anhöriga' },
  { value: 'professionals', title: 'Yrkesverksamma' },
  { value: 'everyone', title: 'Alla' },
] as const

export type Audience = (typeof AUDIENCES)[number]['value']

export const REGION_SCOPES = [
  { value: 'national', title: 'Hela Sverige' },
  { value: 'varmland', title: 'Värmland' },
  { value: 'municipality', title: 'En kommun' },
] as const

/** Värmland's 16 municipalities; the stored value is the name. */
export const VARMLAND_MUNICIPALITIES = [
  'Arvika',
  'Eda',
  'Filipstad',
  'Forshaga',
  'Grums',
  'Hagfors',
  'Hammarö',
  'Karlstad',
  'Kil',
  'Kristinehamn',
  'Munkfors',
  'Storfors',
  'Sunne',
  'Säffle',
  'Torsby',
  'Årjäng',
] as const

/** Facts about a contact channel; the wording must be exact because people rely on it. */
export const CHANNEL_FACTS = [
  { value: 'free', title: 'Kostnadsfritt' },
  { value: 'anonymous', title: 'Du kan vara anonym' },
  { value: 'notOnBill', title: 'Syns inte på telefonräkningen' },
  { value: 'recorded', title: 'Samtalen spelas in' },
  { value: 'publicRecord', title: 'Det du skriver blir en allmän handling' },
  { value: 'medicalRecord', title: 'Antecknas i din journal' },
] as const

export const ORGANISATION_ROLES = [
  { value: 'sender', title: 'Avsändare' },
  { value: 'partner', title: 'Samarbetspartner' },
] as const

export const COMPLIANCE_STATUSES = [
  { value: 'full', title: 'Helt förenlig' },
  { value: 'partial', title: 'Delvis förenlig' },
  { value: 'none', title: 'Inte förenlig' },
] as const

/**
 * First path segments that belong to the site's own routes, so neither a page slug nor a short
 * link may take them.
 */
export const RESERVED_PATH_SEGMENTS = [
  'studio',
  'api',
  'hjalp',
  'tillganglighet',
  '_next',
  'sitemap.xml',
  'robots.txt',
] as const

/** A help link checked longer ago than this needs checking again. */
export const VERIFICATION_MAX_AGE_DAYS = 365

export const DIGG_COMPLAINT_URL = 'https://www.digg.se/tdosanmalan'

export function titleOf<T extends { value: string; title: string }>(list: readonly T[], value: string | undefined) {
  return list.find((item) => item.value === value)?.title
}

/**
 * The formats campaign material is made in: print PDFs by ISO paper size (in PostScript points,
 * 1/72 inch) and PNGs for screens and social media (in pixels). The value is also the file name
 * the site serves, so it must stay a plain lowercase word.
 */
export const MATERIAL_FORMATS = [
  { value: 'a4', title: 'Affisch A4 (PDF)', kind: 'pdf', width: 595.28, height: 841.89 },
  { value: 'a3', title: 'Affisch A3 (PDF)', kind: 'pdf', width: 841.89, height: 1190.55 },
  { value: 'a2', title: 'Affisch A2 (PDF)', kind: 'pdf', width: 1190.55, height: 1683.78 },
  { value: 'liggande', title: 'Digital skärm, liggande (PNG 1920 × 1080)', kind: 'png', width: 1920, height: 1080 },
  {
    value: 'staende',
    title: 'Digital skärm eller berättelse, stående (PNG 1080 × 1920)',
    kind: 'png',
    width: 1080,
    height: 1920,
  },
  {
    value: 'kvadrat',
    title: 'Inlägg i sociala medier, kvadratiskt (PNG 1080 × 1080)',
    kind: 'png',
    width: 1080,
    height: 1080,
  },
  { value: 'lank', title: 'Bild för länkar och inlägg (PNG 1200 × 630)', kind: 'png', width: 1200, height: 630 },
] as const

export type MaterialFormat = (typeof MATERIAL_FORMATS)[number]['value']

/** The campaign's two colour schemes; the colours themselves live with the renderer. */
export const MATERIAL_PALETTES = [
  { value: 'night', title: 'Mörkblå med vit text' },
  { value: 'sun', title: 'Gul med mörkblå text' },
] as const

export type MaterialPalette = (typeof MATERIAL_PALETTES)[number]['value']
