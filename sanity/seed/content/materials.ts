import { reference, type SeedDocument } from './build.ts'

/**
 * Campaign material the site draws on demand (app/api/material): the posters and the social
 * image that used to be fixed PNG files, now with the short link and its QR code on them.
 */
export const materials: SeedDocument[] = [
  {
    _id: 'campaignMaterial-kamera',
    _type: 'campaignMaterial',
    title: 'Affisch: Att betala för sex via kamera är också ett brott',
    slug: { _type: 'slug', current: 'kamera' },
    belief: 'att det inte är sexköp om ni aldrig träffas.',
    answer: 'Att betala för sex via kamera är också ett brott. Så är lagen sedan den 1 juli 2025.',
    palette: 'night',
    formats: ['a4', 'a3', 'a2', 'liggande', 'staende'],
    shortLink: reference('shortLink-affisch'),
  },
  {
    _id: 'campaignMaterial-fangelse',
    _type: 'campaignMaterial',
    title: 'Affisch: Straffet är fängelse',
    slug: { _type: 'slug', current: 'fangelse' },
    belief: 'att straffet bara är böter.',
    answer: 'Sedan 2022 är straffet för att köpa sex fängelse i upp till ett år.',
    palette: 'sun',
    formats: ['a4', 'a3', 'a2', 'liggande', 'staende'],
    shortLink: reference('shortLink-affisch'),
    placement: 'Busskur Karlstad C',
  },
  {
    _id: 'campaignMaterial-sluta',
    _type: 'campaignMaterial',
    title: 'Bild för sociala medier: Det finns hjälp att sluta',
    slug: { _type: 'slug', current: 'sluta' },
    belief: 'att det är för sent att sluta.',
    answer: 'Det finns hjälp för dig som köper sex och vill sluta. Ofta kan du vara anonym.',
    palette: 'sun',
    formats: ['kvadrat', 'staende', 'lank'],
    shortLink: reference('shortLink-sluta'),
  },
]
