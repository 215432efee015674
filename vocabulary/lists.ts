/**
 * Fixed value lists of the content model: the values the Studio offers editors, with the Swedish
 * labels that the site shows for them too. Pure data with no imports.
 */

export const AUDIENCES = [
  { value: 'buyers', title: 'Du som köper sex' },
  { value: 'sellers', title: 'Du som säljer sex' },
  { value: 'relatives', title: 'Närstående' },
  { value: 'professionals', title: 'Yrkesverksamma' },
  { value: 'everyone', title: 'Alla' },
] as const

export type Audience = (typeof AUDIENCES)[number]['value']

/** Where a help service is offered: the whole country, only online, or named regions and municipalities. */
export const AREA_SCOPES = [
  { value: 'national', title: 'Hela Sverige' },
  { value: 'digital', title: 'Bara digitalt' },
  { value: 'local', title: 'Vissa regioner eller kommuner' },
] as const

export type AreaScope = (typeof AREA_SCOPES)[number]['value']

/** Sweden's 21 regions, by the name each uses without "Region"; the title is what visitors read. */
export const SWEDISH_REGIONS = [
  { value: 'stockholm', title: 'Stockholm' },
  { value: 'uppsala', title: 'Uppsala' },
  { value: 'sormland', title: 'Sörmland' },
  { value: 'ostergotland', title: 'Östergötland' },
  { value: 'jonkoping', title: 'Jönköpings län' },
  { value: 'kronoberg', title: 'Kronoberg' },
  { value: 'kalmar', title: 'Kalmar län' },
  { value: 'gotland', title: 'Gotland' },
  { value: 'blekinge', title: 'Blekinge' },
  { value: 'skane', title: 'Skåne' },
  { value: 'halland', title: 'Halland' },
  { value: 'vastra-gotaland', title: 'Västra Götaland' },
  { value: 'varmland', title: 'Värmland' },
  { value: 'orebro', title: 'Örebro län' },
  { value: 'vastmanland', title: 'Västmanland' },
  { value: 'dalarna', title: 'Dalarna' },
  { value: 'gavleborg', title: 'Gävleborg' },
  { value: 'vasternorrland', title: 'Västernorrland' },
  { value: 'jamtland-harjedalen', title: 'Jämtland Härjedalen' },
  { value: 'vasterbotten', title: 'Västerbotten' },
  { value: 'norrbotten', title: 'Norrbotten' },
] as const

/** Languages a help service may speak, with their Swedish names as visitors read them. */
export const LANGUAGES = [
  { value: 'sv', title: 'svenska' },
  { value: 'en', title: 'engelska' },
  { value: 'ar', title: 'arabiska' },
  { value: 'fa', title: 'persiska' },
  { value: 'prs', title: 'dari' },
  { value: 'so', title: 'somaliska' },
  { value: 'ti', title: 'tigrinja' },
  { value: 'ku', title: 'kurdiska' },
  { value: 'tr', title: 'turkiska' },
  { value: 'pl', title: 'polska' },
  { value: 'ro', title: 'rumänska' },
  { value: 'bg', title: 'bulgariska' },
  { value: 'ru', title: 'ryska' },
  { value: 'uk', title: 'ukrainska' },
  { value: 'es', title: 'spanska' },
  { value: 'fr', title: 'franska' },
  { value: 'de', title: 'tyska' },
  { value: 'th', title: 'thailändska' },
  { value: 'sh', title: 'bosniska, kroatiska och serbiska' },
  { value: 'fi', title: 'finska' },
  { value: 'fit', title: 'meänkieli' },
  { value: 'smi', title: 'samiska' },
  { value: 'rom', title: 'romani' },
  { value: 'yi', title: 'jiddisch' },
  { value: 'swl', title: 'svenskt teckenspråk' },
] as const

/** Whether a service offers an interpreter; left unset when nobody knows. */
export const INTERPRETER_OPTIONS = [
  { value: 'yes', title: 'Tolk finns' },
  { value: 'no', title: 'Tolk finns inte' },
] as const

/** The youngest and oldest age a help service may state. */
export const AGE_RANGE = { min: 0, max: 120 } as const

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
