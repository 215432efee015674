import {
  bullets,
  decorativeImage,
  h3,
  navLink,
  p,
  pathLink,
  richText,
  translationGroup,
  type SeedDocument,
} from '../build.ts'
import { LAW_URLS, SOURCES } from '../sources.ts'

/**
 * Lättläst and English versions of the start page and the page on the law. They say only what the
 * Swedish pages (start.ts, crime.ts) say, shorter; nothing is added. Lättläst follows Myndigheten
 * för tillgängliga medier: short sentences, one thing at a time, common words, no abbreviations
 * (docs/languages.md). The English law page answers one belief, translated from the Swedish
 * page's; the site prints "Some people believe … But …" around it from the English message file.
 */

export const startPageLattlast: SeedDocument = {
  _id: 'page-lattlast-start',
  _type: 'page',
  language: 'lattlast',
  title: 'Somliga tror',
  slug: { _type: 'slug', current: 'start' },
  lead: 'Det här är en webbplats om att köpa sex. Här står det vad lagen säger. Här står det också var du kan få hjälp.',
  hero: {
    heading: 'Somliga tror att det är lagligt att köpa sex',
    text: 'Men det är ett brott att köpa sex. Vill du sluta? Då kan du få hjälp.',
    image: decorativeImage('dekor-citattecken.png'),
  },
  seo: {
    title: 'Somliga tror – lättläst',
    description: 'Det är ett brott att köpa sex. Här står det vad lagen säger och var du kan få hjälp.',
    noIndex: false,
  },
  sections: [
    {
      _key: 'tror-inte-har',
      _type: 'beliefSection',
      belief: 'att ingen köper sex här i Värmland.',
      answer: 'det händer. Polisen har visat att människor har köpt sex i Värmland.',
      source: { _type: 'source', ...SOURCES.polisenVarmland },
    },
    {
      _key: 'tror-ingen-skadas',
      _type: 'beliefSection',
      belief: 'att ingen blir skadad när två vuxna säger ja.',
      answer:
        'du vet inte varför någon säger ja. Den som säljer sex kan ha skulder. Den kan vara beroende. Den kan vara hotad eller tvingad. Brottsförebyggande rådet har undersökt lagen. De skriver att köp via eskortsidor ofta har koppling till kriminella grupper.',
      source: { _type: 'source', ...SOURCES.bra2022 },
    },
    {
      _key: 'om-kampanjen',
      _type: 'textSection',
      heading: 'Det här är Somliga tror',
      body: richText(
        p('Somliga tror är en kampanj. Den kommer från Samhällsråd Värmland.'),
        p('I Samhällsråd Värmland finns Länsstyrelsen Värmland, Polisen och Region Värmland.'),
        p('Kampanjen är till dig som köper sex. Den är också till dig som tänker på att köpa sex.'),
        p('[Läs vad lagen säger om att köpa sex.](page:page-lattlast-lagen)'),
      ),
    },
    {
      _key: 'saljer-du-sex',
      _type: 'textSection',
      heading: 'Säljer du sex?',
      body: richText(
        p('Det är inte ett brott att sälja sex. Det är den som köper sex som gör ett brott.'),
        p('Du har rätt att få stöd. Du bestämmer själv vad du vill berätta.'),
      ),
    },
    {
      _key: 'hjalp-att-sluta',
      _type: 'callToActionSection',
      heading: 'Vill du sluta köpa sex?',
      text: 'Du är inte den första som vill sluta. Du kan prata med någon. Ofta behöver du inte säga vem du är.',
      link: navLink('Hitta hjälp', pathLink('/lattlast/hjalp/du-som-koper-sex')),
    },
    {
      _key: 'alla-stodtjanster',
      _type: 'callToActionSection',
      heading: 'Prata med någon',
      text: 'Här finns alla ställen som kan hjälpa dig.',
      link: navLink('Hjälp och stöd', pathLink('/lattlast/hjalp')),
    },
  ],
}

export const crimePageLattlast: SeedDocument = {
  _id: 'page-lattlast-lagen',
  _type: 'page',
  language: 'lattlast',
  title: 'Lagen om att köpa sex',
  slug: { _type: 'slug', current: 'lagen-om-att-kopa-sex' },
  lead: 'Det är ett brott att köpa sex i Sverige. Här kan du läsa vad lagen säger.',
  hero: {
    heading: 'Det är ett brott att köpa sex',
    text: 'Det är inte ett brott att sälja sex. Den som köper sex kan få fängelse.',
    image: decorativeImage('dekor-paragraf.png'),
  },
  seo: {
    title: 'Lagen om att köpa sex – lättläst',
    description: 'Det är ett brott att köpa sex. Du kan få fängelse i upp till ett år.',
    noIndex: false,
  },
  sections: [
    {
      _key: 'vad-sager-lagen',
      _type: 'textSection',
      heading: 'Vad säger lagen?',
      body: richText(
        bullets(
          'Det är ett brott att betala för sex.',
          'Det är också ett brott att betala för sex som du ser i en kamera. Den regeln finns sedan den 1 juli 2025.',
          'Du kan få fängelse i upp till ett år.',
          'Sedan år 2022 kan du inte få bara böter för brottet.',
          'Det är inte ett brott att sälja sex.',
          'Det är ett värre brott att köpa sex av någon som är under 18 år. Då kan du få fängelse i upp till fyra år.',
        ),
        p('Lagen står i brottsbalken. Du kan [läsa brottsbalken på riksdagen.se](' + LAW_URLS.brottsbalken + ').'),
      ),
    },
    {
      _key: 'tror-maste-traffas',
      _type: 'beliefSection',
      belief: 'att det bara är ett brott om ni träffas.',
      answer:
        'det är också ett brott att betala för sex som du ser i en kamera. Den regeln finns sedan den 1 juli 2025.',
      source: { _type: 'source', ...SOURCES.prop124 },
    },
    {
      _key: 'tror-boter',
      _type: 'beliefSection',
      belief: 'att du bara kan få böter.',
      answer: 'du kan få fängelse i upp till ett år.',
      source: { _type: 'source', ...SOURCES.brb11 },
    },
    {
      _key: 'tror-bara-pengar',
      _type: 'beliefSection',
      belief: 'att det bara är ett köp om du betalar med pengar.',
      answer:
        'du kan betala på andra sätt också. Till exempel med droger, alkohol, presenter eller en plats att sova på. Det är också ett köp.',
      source: { _type: 'source', ...SOURCES.brb11 },
    },
    {
      _key: 'varfor-lagen-finns',
      _type: 'textSection',
      heading: 'Varför finns lagen?',
      body: richText(
        p('Lagen finns sedan år 1999. Den som köper sex ska ta ansvar. Den som säljer sex ska inte straffas.'),
        p('Lagen ska göra att färre köper sex. Om ingen köper sex kan ingen tjäna pengar på att utnyttja människor.'),
        h3('Om du inte vet hur gammal någon är'),
        p('Köp inte sex. Du kan inte se hur gammal någon är. Du kan inte se om någon är tvingad.'),
      ),
    },
    {
      _key: 'vill-du-sluta',
      _type: 'callToActionSection',
      heading: 'Vill du sluta?',
      text: 'Det finns hjälp för dig som köper sex och vill sluta.',
      link: navLink('Hitta hjälp', pathLink('/lattlast/hjalp/du-som-koper-sex')),
    },
  ],
}

export const startPageEnglish: SeedDocument = {
  _id: 'page-en-start',
  _type: 'page',
  language: 'en',
  title: 'Some people believe',
  slug: { _type: 'slug', current: 'start' },
  lead: 'Some people believe that buying sex harms no one, or that it does not happen here. This website is about what actually applies, and where you can get help.',
  hero: {
    heading: 'Some people believe it is legal to buy sex',
    text: 'But buying sex is a crime in Sweden, and it harms people. If you want to stop, help is available.',
    image: decorativeImage('dekor-citattecken.png'),
  },
  seo: {
    title: 'Somliga tror – about buying sex, in English',
    description:
      'Buying sex is a crime in Sweden. Read what the law says and where to get help to stop, as a relative, or if you sell sex.',
    noIndex: false,
  },
  sections: [
    {
      _key: 'om-kampanjen',
      _type: 'textSection',
      heading: 'About this campaign',
      body: richText(
        p(
          '[Somliga tror](lang:sv), "some people believe", is a campaign by Samhällsråd Värmland: the County Administrative Board of Värmland, the Swedish Police Authority and Region Värmland.',
        ),
        p('It speaks mainly to you who buy sex or are thinking of doing so.'),
        p('[Read what the law says.](page:page-en-law)'),
      ),
    },
    {
      _key: 'saljer-du-sex',
      _type: 'textSection',
      heading: 'Do you sell sex?',
      body: richText(
        p('You are not doing anything illegal. It is the buyer who commits a crime.'),
        p('You have the right to support, whatever you have been through. You decide what you want to tell.'),
      ),
    },
    {
      _key: 'hjalp-att-sluta',
      _type: 'callToActionSection',
      heading: 'Do you want to stop buying sex?',
      text: 'You are not the first person who wants to stop. Counselling is available, and you can often stay anonymous.',
      link: navLink('Find help', pathLink('/en/hjalp/du-som-koper-sex')),
    },
    {
      _key: 'alla-stodtjanster',
      _type: 'callToActionSection',
      heading: 'Talk to someone',
      text: 'The Help and support page lists every support service, also for you who sell sex.',
      link: navLink('Help and support', pathLink('/en/hjalp')),
    },
  ],
}

export const crimePageEnglish: SeedDocument = {
  _id: 'page-en-law',
  _type: 'page',
  language: 'en',
  title: 'Why it is a crime',
  slug: { _type: 'slug', current: 'why-it-is-a-crime' },
  lead: 'Buying sex is a crime in Sweden. Here you can read what the law says, what has applied since 1 July 2025, and why the law exists.',
  hero: {
    heading: 'The purchase is the crime',
    text: 'A person who sells sex commits no crime. A person who buys sex can be sentenced to prison.',
    image: decorativeImage('dekor-paragraf.png'),
  },
  seo: {
    title: 'Why buying sex is a crime in Sweden',
    description:
      'Buying a sexual act is a crime. Since 1 July 2025 this also applies at a distance, for example via camera. The penalty is prison for at most one year.',
    noIndex: false,
  },
  sections: [
    {
      _key: 'tror-boter',
      _type: 'beliefSection',
      belief: 'that the penalty is only a fine.',
      answer:
        'since 2022 you can no longer be sentenced to a fine only. The penalty for the purchase of a sexual act is prison for at most one year.',
      source: { _type: 'source', ...SOURCES.brb11 },
    },
    {
      _key: 'vad-sager-lagen',
      _type: 'textSection',
      heading: 'What does the law say?',
      body: richText(
        bullets(
          'The offence is called [köp av sexuell handling](lang:sv), the purchase of a sexual act. It is in the Swedish Criminal Code, chapter 6, section 11.',
          'It is a crime to pay for someone to perform or take part in a sexual act.',
          'Since 1 July 2025 the law also applies when you do not meet, for example when you pay for a sexual act shown live on camera.',
          'The penalty is prison for at most one year. Since 2022 you can no longer be sentenced to a fine only.',
          'Selling sex is not a crime.',
          'Buying a sexual act from someone under 18 is a separate and more serious crime: the exploitation of a child through the purchase of a sexual act. The penalty is prison for at most four years.',
        ),
        p(
          'The law is in the [Swedish Criminal Code at riksdagen.se](' +
            LAW_URLS.brottsbalken +
            ') and the government’s proposal in [Government Bill 2024/25:124](' +
            LAW_URLS.proposition2024_25_124 +
            '), both in Swedish.',
        ),
      ),
    },
    {
      _key: 'varfor-lagen-finns',
      _type: 'textSection',
      heading: 'Why does the law exist?',
      body: richText(
        p(
          'Sweden banned buying sex in 1999. The idea is that the buyer should carry the responsibility, not the seller.',
        ),
        p(
          'The law is meant to reduce demand. Without buyers there is no money to be made from exploiting people in prostitution or human trafficking.',
        ),
        h3('If you do not know how old someone is'),
        p(
          'Do not do it. You cannot tell how old someone is by looking at them, and you cannot see whether someone is being forced.',
        ),
      ),
    },
    {
      _key: 'fragor-om-lagen',
      _type: 'faqSection',
      heading: 'Common questions about the law',
      items: [
        {
          _type: 'faqItem',
          question: 'Does the law apply if we only have contact via camera?',
          answer: richText(
            p(
              'Yes. Since 1 July 2025 paying for a sexual act at a distance, for example a live show via webcam, is a purchase of a sexual act.',
            ),
          ),
        },
        {
          _type: 'faqItem',
          question: 'How do I tell the police if I think someone is being exploited?',
          answer: richText(
            p('Call 114 14. If someone is in danger right now, call 112.'),
            p(
              'You can also send a tip via [polisen.se](https://polisen.se). A tip you send via the website becomes a public document, which means that others may have the right to read it.',
            ),
          ),
        },
      ],
    },
    {
      _key: 'vill-du-sluta',
      _type: 'callToActionSection',
      heading: 'Do you want to stop?',
      text: 'There is counselling for you who buy sex and want to stop.',
      link: navLink('Find help', pathLink('/en/hjalp/du-som-koper-sex')),
    },
  ],
}

/** Which pages are versions of each other: the translation groups the Studio keeps. */
export const translationGroups: SeedDocument[] = [
  translationGroup('translations-start', { sv: 'page-start', lattlast: 'page-lattlast-start', en: 'page-en-start' }),
  translationGroup('translations-law', {
    sv: 'page-darfor-ar-det-ett-brott',
    lattlast: 'page-lattlast-lagen',
    en: 'page-en-law',
  }),
]
