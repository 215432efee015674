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
