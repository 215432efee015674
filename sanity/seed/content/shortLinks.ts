import { reference, type SeedDocument } from './build.ts'

/** Short, easy-to-type addresses for print and QR codes. None of them may clash with a page slug. */
export const shortLinks: SeedDocument[] = [
  {
    _id: 'shortLink-affisch',
    _type: 'shortLink',
    path: '/affisch',
    destination: { type: 'page', page: reference('page-darfor-ar-det-ett-brott') },
    permanent: false,
    placement: 'Affischer i busskurer, Karlstad',
    campaignPeriod: { start: '2026-03-03', end: '2026-03-16' },
    note: 'Står på affischerna under Kampanjmaterial (kamera och fängelse), i text och som QR-kod. Leder till sidan om lagen, eftersom båda affischerna handlar om den.',
  },
  {
    _id: 'shortLink-hjalpen',
    _type: 'shortLink',
    path: '/hjalpen',
    destination: { type: 'path', path: '/hjalp' },
    permanent: true,
    note: 'Lätt att säga och komma ihåg, till exempel i radio, i föreläsningar och på visitkort. Leder till sidan med alla stödtjänster.',
  },
  {
    _id: 'shortLink-sluta',
    _type: 'shortLink',
    path: '/sluta',
    destination: { type: 'page', page: reference('page-for-dig-som-vill-sluta') },
    permanent: false,
    placement: 'Sociala medier',
    note: 'Står på bilden för sociala medier "Det finns hjälp att sluta", i text och som QR-kod, och passar i inlägg som delar den.',
  },
  {
    _id: 'shortLink-material',
    _type: 'shortLink',
    path: '/material',
    destination: { type: 'page', page: reference('page-kampanjmaterial') },
    permanent: false,
    note: 'I e-post och utskick till samarbetspartner som vill sprida kampanjen.',
  },
]
