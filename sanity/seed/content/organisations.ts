import type { SeedDocument } from './build.ts'

/** The three senders behind Samhällsråd Värmland's campaign. Logos are left out on purpose: no copies of real logos in the seed. */
export const organisations: SeedDocument[] = [
  {
    _id: 'organisation-lansstyrelsen-varmland',
    _type: 'organisation',
    name: 'Länsstyrelsen Värmland',
    url: 'https://www.lansstyrelsen.se/varmland',
    role: 'sender',
  },
  {
    _id: 'organisation-polisen',
    _type: 'organisation',
    name: 'Polismyndigheten',
    url: 'https://polisen.se',
    role: 'sender',
  },
  {
    _id: 'organisation-region-varmland',
    _type: 'organisation',
    name: 'Region Värmland',
    url: 'https://www.regionvarmland.se',
    role: 'sender',
  },
]
