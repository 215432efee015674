import { bullets, h3, navLink, p, pathLink, richText, type SeedDocument } from '../build.ts'
import { SOURCES } from '../sources.ts'

export const relativesPage: SeedDocument = {
  _id: 'page-for-dig-som-ar-narstaende',
  _type: 'page',
  title: 'För dig som är närstående',
  slug: { _type: 'slug', current: 'for-dig-som-ar-narstaende' },
  lead: 'Kanske har du upptäckt att någon nära dig köper sex. Eller så oroar du dig för att någon du bryr dig om säljer sex. Du har rätt till stöd för din egen skull.',
  hero: {
    heading: 'Är du orolig för någon som står dig nära?',
    text: 'Det är vanligt att känna ilska, sorg och skam. Du behöver inte bära det ensam.',
  },
  seo: {
    title: 'Stöd för dig som är närstående',
    description:
      'Köper din partner sex, eller oroar du dig för att någon nära dig säljer sex? Här kan du läsa om stöd för dig som är närstående.',
    noIndex: false,
  },
  sections: [
    {
      _key: 'nar-nagon-koper',
      _type: 'textSection',
      heading: 'Om någon nära dig köper sex',
      body: richText(
        p('Det är inte ditt fel. Den som köper sex ansvarar själv för det.'),
        p('Du kan prata med någon om hur du mår, även om den du oroar dig för inte vill ha hjälp.'),
        bullets(
          'Tänk på din egen säkerhet och hälsa. Du kan till exempel testa dig för könssjukdomar via vården.',
          'Du behöver inte bestämma något direkt om er relation.',
          'Om du har utsatts för hot eller våld kan du ringa Kvinnofridslinjen.',
        ),
      ),
    },
    {
      _key: 'tror-inget-stod',
      _type: 'beliefSection',
      belief: 'att det inte finns något stöd för dig som är närstående.',
      answer:
        'det finns det. KAST-mottagningarna tar emot dig som är närstående till någon som köper sex. Du kan höra av dig för din egen skull.',
      source: { _type: 'source', ...SOURCES.kunskapsguiden },
    },
    {
      _key: 'nar-nagon-saljer',
      _type: 'textSection',
      heading: 'Om någon nära dig säljer sex',
      body: richText(
        p(
          'Att sälja sex är inte ett brott. Men den som säljer kan vara utsatt för våld, hot eller tvång, utan att det syns utåt.',
        ),
        bullets(
          'Visa att du finns kvar, även om du inte förstår eller håller med.',
          'Lyssna mer än du ger råd.',
          'Berätta att det finns stöd, till exempel hos Mikamottagningen och Evonhuset, och låt personen själv bestämma.',
        ),
        h3('Om personen är under 18 år'),
        p(
          'Då är det ett barn som utnyttjas. Kontakta socialtjänsten i kommunen eller ring polisen på 114 14. Om barnet är i fara just nu, ring 112.',
        ),
      ),
    },
    {
      _key: 'stod-for-narstaende',
      _type: 'helpLinksSection',
      heading: 'Stöd för dig som är närstående',
      intro: 'De här stödtjänsterna tar emot närstående.',
      mode: 'audience',
      audience: 'relatives',
    },
    {
      _key: 'fragor-fran-narstaende',
      _type: 'faqSection',
      heading: 'Vanliga frågor från närstående',
      items: [
        {
          _type: 'faqItem',
          question: 'Kan jag vara anonym när jag ringer?',
          answer: richText(
            p(
              'Ofta, ja. Hos Kvinnofridslinjen kan du vara anonym, samtalet är gratis och det syns inte på telefonräkningen. Fråga andra stödtjänster hur de gör.',
            ),
          ),
        },
        {
          _type: 'faqItem',
          question: 'Ska jag polisanmäla?',
          answer: richText(
            p(
              'Det bestämmer du. Du kan ringa polisen på 114 14 och fråga, eller lämna ett tips. Om någon är i fara just nu, ring 112.',
            ),
            p(
              'Ett tips som du skickar via polisens webbplats blir en allmän handling. Det betyder att andra kan ha rätt att läsa det.',
            ),
          ),
        },
      ],
    },
    {
      _key: 'alla-stodtjanster',
      _type: 'callToActionSection',
      heading: 'Se alla stödtjänster',
      link: navLink('Hjälp och stöd', pathLink('/hjalp')),
    },
  ],
}
