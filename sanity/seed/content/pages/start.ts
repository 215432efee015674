import {
  bullets,
  decorativeImage,
  navLink,
  p,
  pageLink,
  pathLink,
  reference,
  richText,
  type SeedDocument,
} from '../build.ts'
import { SOURCES } from '../sources.ts'

export const startPage: SeedDocument = {
  _id: 'page-start',
  _type: 'page',
  title: 'Somliga tror',
  slug: { _type: 'slug', current: 'start' },
  lead: 'Somliga tror att sexköp inte skadar någon, eller att det inte händer här. Den här webbplatsen handlar om vad som faktiskt gäller och om var du kan få hjälp.',
  hero: {
    heading: 'Somliga tror att det är lagligt att köpa sex',
    text: 'Men att köpa sex är ett brott, och det drabbar människor. Vill du sluta finns det hjälp att få.',
    image: decorativeImage('dekor-citattecken.png'),
  },
  seo: {
    title: 'Somliga tror – om sexköp och hjälp att sluta',
    description:
      'Att köpa sex är ett brott. Läs vad lagen säger och var du kan få hjälp om du vill sluta, om du är närstående eller om du själv säljer sex.',
    noIndex: false,
  },
  sections: [
    {
      _key: 'tror-inte-har',
      _type: 'beliefSection',
      belief: 'att sexköp inte händer här i Värmland.',
      answer:
        'det gör det. Polisen har utrett och bevisat sexköp i Värmland. Ingen vet exakt hur många köp som sker här, men att de sker vet vi.',
      source: { _type: 'source', ...SOURCES.polisenVarmland },
    },
    {
      _key: 'tror-ingen-skadas',
      _type: 'beliefSection',
      belief: 'att ingen skadas när två vuxna är överens.',
      answer:
        'du kan inte se vad som ligger bakom ett ja. Den som säljer kan göra det på grund av skulder, beroende, hot eller tvång. Brå har granskat hur lagen mot sexköp används. Enligt Brå kan köp via eskortsidor ofta kopplas till organiserad brottslighet.',
      source: { _type: 'source', ...SOURCES.bra2022 },
    },
    {
      _key: 'om-kampanjen',
      _type: 'textSection',
      heading: 'Det här är Somliga tror',
      body: richText(
        p(
          'Somliga tror är en kampanj från Samhällsråd Värmland. Bakom den står Länsstyrelsen Värmland, Polismyndigheten och Region Värmland.',
        ),
        p('Kampanjen vänder sig främst till dig som köper sex eller funderar på att göra det. Här kan du:'),
        bullets(
          '[läsa vad lagen säger](page:page-darfor-ar-det-ett-brott)',
          '[få veta var du kan få hjälp att sluta](page:page-for-dig-som-vill-sluta)',
          '[hitta stöd om du är närstående](page:page-for-dig-som-ar-narstaende)',
        ),
      ),
    },
    {
      _key: 'hjalp-att-sluta',
      _type: 'callToActionSection',
      heading: 'Vill du sluta köpa sex?',
      text: 'Du är inte den första som vill sluta. Det finns samtalsstöd, och ofta kan du vara anonym.',
      link: navLink('Så kan du få hjälp', pageLink('page-for-dig-som-vill-sluta')),
    },
    {
      _key: 'stod-i-urval',
      _type: 'helpLinksSection',
      heading: 'Här kan du få stöd',
      intro: 'Ett urval. Alla stödtjänster finns samlade på sidan Hjälp och stöd.',
      mode: 'manual',
      links: [
        reference('helpLink-kast-varmland'),
        reference('helpLink-preventell'),
        reference('helpLink-kvinnofridslinjen'),
        reference('helpLink-polisen'),
      ],
    },
    {
      _key: 'saljer-du-sex',
      _type: 'textSection',
      heading: 'Säljer du sex?',
      body: richText(
        p('Du gör inget brottsligt. Det är den som köper som begår ett brott.'),
        p('Du har rätt till stöd, vad du än har varit med om. Du bestämmer själv vad du vill berätta.'),
      ),
    },
    {
      _key: 'alla-stodtjanster',
      _type: 'callToActionSection',
      heading: 'Prata med någon',
      text: 'På sidan Hjälp och stöd finns alla stödtjänster samlade, också för dig som säljer sex.',
      link: navLink('Hjälp och stöd', pathLink('/hjalp')),
    },
  ],
}
