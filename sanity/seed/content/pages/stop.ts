import { bullets, image, navLink, p, pageLink, pathLink, reference, richText, type SeedDocument } from '../build.ts'
import { shareDefault } from '../images.ts'
import { SOURCES } from '../sources.ts'

export const stopPage: SeedDocument = {
  _id: 'page-for-dig-som-vill-sluta',
  _type: 'page',
  title: 'För dig som vill sluta',
  slug: { _type: 'slug', current: 'for-dig-som-vill-sluta' },
  lead: 'Vill du sluta köpa sex? Det går att få hjälp. Du kan prata med någon som är van vid just de här frågorna, och ofta kan du vara anonym.',
  hero: {
    heading: 'Vill du sluta köpa sex?',
    text: 'Du är inte den första som vill sluta. Att söka hjälp är ett första steg, och det är du som bestämmer hur fort det går.',
  },
  seo: {
    title: 'Hjälp för dig som vill sluta köpa sex',
    description:
      'Vill du sluta köpa sex? Här hittar du samtalsstöd i Värmland och i resten av Sverige. Ofta kan du vara anonym.',
    noIndex: false,
  },
  sections: [
    {
      _key: 'du-ar-inte-ensam',
      _type: 'textSection',
      heading: 'Du är inte ensam',
      body: richText(
        p(
          'Kanske har du försökt sluta förut. Kanske skäms du, eller är rädd för vad som händer om någon får veta. Sådana känslor är vanliga.',
        ),
        p(
          'Det finns människor som arbetar med just det här varje dag. De är där för att hjälpa dig att förändra något, inte för att döma dig.',
        ),
      ),
    },
    {
      _key: 'bild-for-sent',
      _type: 'imageSection',
      // Cropped closer to the words, as an editor would: the empty edges go.
      image: image(shareDefault.file, shareDefault.alt, {
        crop: { top: 0.04, bottom: 0.04, left: 0.04, right: 0.04 },
        hotspot: { x: 0.5, y: 0.5, width: 0.8, height: 0.7 },
      }),
      caption: 'Bilden finns att dela och ladda ner under Kampanjmaterial.',
      credit: 'Samhällsråd Värmland',
    },
    {
      _key: 'tror-bara-bestamma-sig',
      _type: 'beliefSection',
      belief: 'att det bara handlar om att bestämma sig.',
      answer:
        'för en del är det svårt att sluta på egen hand. Då finns det hjälp. Till hjälptelefonen PrevenTell kan du ringa om du har sexuella impulser eller beteenden som du inte vill ha.',
      source: { _type: 'source', ...SOURCES.preventell },
    },
    {
      _key: 'sa-gar-det-till',
      _type: 'textSection',
      heading: 'Så kan det gå till',
      body: richText(
        bullets(
          'Du ringer, skickar e-post eller bokar ett besök. Fråga gärna först om du kan vara anonym.',
          'Du berättar så mycket eller så lite som du vill.',
          'Samtalen kan handla om vad som händer innan du köper sex, hur det påverkar dig och andra, och vad du kan göra i stället.',
        ),
        p('Hur det fungerar skiljer sig mellan olika mottagningar. Fråga dem direkt om något är oklart.'),
      ),
    },
    {
      _key: 'stod-for-dig',
      _type: 'helpLinksSection',
      heading: 'Här kan du få stöd',
      intro: 'Börja där det känns enklast. Du kan alltid byta om det inte passar.',
      mode: 'manual',
      links: [
        reference('helpLink-kast-varmland'),
        reference('helpLink-kast-andra-orter'),
        reference('helpLink-preventell'),
        reference('helpLink-1177'),
      ],
    },
    {
      _key: 'fragor-om-hjalp',
      _type: 'faqSection',
      heading: 'Vanliga frågor',
      items: [
        {
          _type: 'faqItem',
          question: 'Måste jag berätta vem jag är?',
          answer: richText(
            p('Nej, inte alltid. Hos flera stödtjänster kan du vara anonym. Fråga när du hör av dig.'),
            p('Om du ringer 1177 spelas samtalet in, och rådet du får antecknas i din journal.'),
          ),
        },
        {
          _type: 'faqItem',
          question: 'Blir jag anmäld om jag söker hjälp?',
          answer: richText(
            p(
              'Att söka stöd är inte samma sak som att anmäla dig själv. Fråga gärna i början av samtalet hur mottagningen hanterar det du berättar.',
            ),
          ),
        },
        {
          _type: 'faqItem',
          question: 'Kostar det något?',
          answer: richText(p('Det skiljer sig mellan olika ställen. Fråga när du tar kontakt.')),
        },
        {
          _type: 'faqItem',
          question: 'Jag har bara betalat för sex via kamera. Gäller det här mig?',
          answer: richText(
            p(
              'Ja. Sedan den 1 juli 2025 räknas det som köp av sexuell handling. Du kan få samma stöd. Läs mer om [vad lagen säger](page:page-darfor-ar-det-ett-brott).',
            ),
          ),
        },
      ],
    },
    {
      _key: 'all-hjalp',
      _type: 'callToActionSection',
      heading: 'Se alla stödtjänster',
      text: 'På sidan Hjälp och stöd finns alla ställen du kan vända dig till.',
      link: navLink('Hjälp och stöd', pathLink('/hjalp')),
    },
    {
      _key: 'narstaende',
      _type: 'callToActionSection',
      heading: 'Oroar du dig för någon annan?',
      link: navLink('Stöd för dig som är närstående', pageLink('page-for-dig-som-ar-narstaende')),
    },
  ],
}
