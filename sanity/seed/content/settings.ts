import { image, navLink, p, pageLink, pathLink, reference, richText, type SeedDocument } from './build.ts'
import { shareDefault } from './images.ts'
import { LAW_URLS } from './sources.ts'

export const settings: SeedDocument = {
  _id: 'settings',
  _type: 'settings',
  siteName: 'Somliga tror',
  description:
    'En kampanj från Samhällsråd Värmland om sexköp: vad lagen säger, varför det spelar roll och var du kan få hjälp att sluta.',
  startPage: reference('page-start'),
  organisations: [
    reference('organisation-lansstyrelsen-varmland'),
    reference('organisation-polisen'),
    reference('organisation-region-varmland'),
  ],
  mainNavigation: [
    navLink('Därför är det ett brott', pageLink('page-darfor-ar-det-ett-brott')),
    navLink('Vill du sluta?', pageLink('page-for-dig-som-vill-sluta')),
    navLink('För närstående', pageLink('page-for-dig-som-ar-narstaende')),
    navLink('Hjälp och stöd', pathLink('/hjalp')),
  ],
  // The site adds the link to the accessibility statement to the footer itself.
  footer: {
    text: richText(
      p(
        'Somliga tror är en kampanj från Samhällsråd Värmland: Länsstyrelsen Värmland, Polismyndigheten och Region Värmland.',
      ),
      p('Är det akut? Ring 112.'),
    ),
    links: [
      navLink('Personuppgifter och kakor', pageLink('page-personuppgifter-och-kakor')),
      navLink('Om knappen Lämna sidan snabbt', pageLink('page-lamna-sidan-snabbt')),
      navLink('Kampanjmaterial', pageLink('page-kampanjmaterial')),
    ],
  },
  quickExit: {
    label: 'Lämna sidan snabbt',
    url: 'https://www.smhi.se',
    infoPage: reference('page-lamna-sidan-snabbt'),
  },
  helpPage: {
    title: 'Hjälp och stöd',
    intro:
      'Här finns stödtjänster för dig som köper sex och vill sluta, för dig som säljer sex och för närstående. Hos flera av dem kan du vara anonym. Är det akut, ring 112.',
  },
  privacyPage: reference('page-personuppgifter-och-kakor'),
  // Language versions besides Swedish (docs/languages.md); their pages are in pages/translations.ts.
  languages: [
    {
      _type: 'siteLanguage',
      title: 'Lättläst svenska',
      id: 'lattlast',
      htmlLang: 'sv',
      alternate: false,
      linkText: 'Lättläst',
      navigation: [
        navLink('Lagen om att köpa sex', pageLink('page-lattlast-lagen')),
        navLink('Hjälp och stöd', pathLink('/lattlast/hjalp')),
      ],
      footer: {
        text: richText(
          p('Somliga tror är en kampanj. Den kommer från Länsstyrelsen Värmland, Polisen och Region Värmland.'),
          p('Behöver du hjälp nu? Ring 112.'),
        ),
      },
      feedback: {
        text: richText(
          p(
            'Vill du säga vad du tycker om webbplatsen? Har du hittat något som är fel? Kontakta [Länsstyrelsen Värmland](https://www.lansstyrelsen.se/varmland).',
          ),
        ),
        publicRecordNote:
          'Det du skickar till en myndighet kan andra få läsa. Skriv inte sådant som du vill ha för dig själv. Vill du prata om hur du har det? Vänd dig hellre till en stödtjänst. Där behöver du inte säga vem du är.',
      },
      helpPage: {
        title: 'Hjälp och stöd',
        intro:
          'Här finns ställen som kan hjälpa dig. Det finns hjälp för dig som köper sex och vill sluta. Det finns hjälp för dig som säljer sex. Det finns också hjälp för dig som är närstående. Ofta behöver du inte säga vem du är. Behöver du hjälp nu? Ring 112.',
      },
    },
    {
      _type: 'siteLanguage',
      title: 'Engelska',
      id: 'en',
      htmlLang: 'en',
      alternate: true,
      linkText: 'In English',
      navigation: [
        navLink('Why it is a crime', pageLink('page-en-law')),
        navLink('Help and support', pathLink('/en/hjalp')),
      ],
      footer: {
        text: richText(
          p(
            '[Somliga tror](lang:sv), “some people believe”, is a campaign by [Samhällsråd Värmland](lang:sv): the County Administrative Board of Värmland, the Swedish Police Authority and Region Värmland.',
          ),
          p('In an emergency, call 112.'),
        ),
      },
      feedback: {
        text: richText(
          p(
            'Do you have comments on the website, or did you find something wrong? Contact [the County Administrative Board of Värmland](https://www.lansstyrelsen.se/varmland).',
          ),
        ),
        publicRecordNote:
          'What you send to a public authority becomes an official document. Others may then have the right to read it, unless it is classified. Do not write anything you want to keep to yourself. If you want to talk about your own situation, turn to a support service instead, where you can stay anonymous.',
      },
      helpPage: {
        title: 'Help and support',
        intro:
          'Here you will find support services for you who buy sex and want to stop, for you who sell sex, and for family and friends. With several of them you can stay anonymous. In an emergency, call 112.',
      },
    },
  ],
  feedback: {
    text: richText(
      p(
        'Har du synpunkter på webbplatsen, eller hittar du något som är fel? Kontakta [Länsstyrelsen Värmland](https://www.lansstyrelsen.se/varmland).',
      ),
    ),
    publicRecordNote:
      'Det du skickar till en myndighet blir en allmän handling. Det betyder att andra kan ha rätt att läsa det, om inte sekretess gäller. Skriv inte sådant som du vill hålla för dig själv. Vill du prata om din egen situation, vänd dig hellre till en stödtjänst där du kan vara anonym.',
  },
  socialImage: image(shareDefault.file, shareDefault.alt),
  checkPeriods: { helpLinkMonths: 6, legalReviewMonths: 12 },
  // Prop. 2024/25:124 renamed the offence and extended it to acts at a distance from 1 July 2025.
  law: { title: 'Brottsbalken 6 kap. 11 §', url: LAW_URLS.brottsbalken, changedAt: '2025-07-01' },
}
