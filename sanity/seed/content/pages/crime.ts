import { bullets, decorativeImage, h3, image, navLink, p, pageLink, richText, type SeedDocument } from '../build.ts'
import { shareDefault } from '../images.ts'
import { LAW_URLS, SOURCES } from '../sources.ts'

/** The law as it reads from 1 July 2025 (Brottsbalken 6 kap. 9 and 11 §§, prop. 2024/25:124). */
export const crimePage: SeedDocument = {
  _id: 'page-darfor-ar-det-ett-brott',
  _type: 'page',
  title: 'Därför är det ett brott',
  slug: { _type: 'slug', current: 'darfor-ar-det-ett-brott' },
  lead: 'Att köpa sex är ett brott i Sverige. Här kan du läsa vad lagen säger, vad som gäller sedan den 1 juli 2025 och varför lagen finns.',
  hero: {
    heading: 'Det är köpet som är brottet',
    text: 'Den som säljer sex gör inget brottsligt. Den som köper kan dömas till fängelse.',
    // Cropped to the section sign, as an editor would in the Studio, so that tests cover cropped images.
    image: decorativeImage('dekor-paragraf.png', {
      crop: { top: 0.05, bottom: 0.05, left: 0.5, right: 0.02 },
      hotspot: { x: 0.78, y: 0.5, width: 0.3, height: 0.8 },
    }),
  },
  seo: {
    title: 'Därför är det ett brott att köpa sex',
    description:
      'Köp av sexuell handling är ett brott. Sedan 1 juli 2025 gäller det även på distans, till exempel via kamera. Straffet är fängelse i högst ett år.',
    image: image(shareDefault.file, shareDefault.alt),
    noIndex: false,
  },
  sections: [
    {
      _key: 'vad-sager-lagen',
      _type: 'textSection',
      heading: 'Vad säger lagen?',
      body: richText(
        bullets(
          'Brottet heter **köp av sexuell handling**. Det står i brottsbalken, 6 kapitlet 11 §.',
          'Det är ett brott att betala för att någon ska göra eller vara med om en sexuell handling.',
          'Sedan den 1 juli 2025 gäller lagen också när ni inte träffas, till exempel när du betalar för en sexuell handling som visas live via kamera.',
          'Straffet är fängelse i högst ett år. Sedan 2022 kan du inte längre dömas till bara böter.',
          'Det är inte ett brott att sälja sex.',
          'Att köpa en sexuell handling av någon som är under 18 år är ett eget och grövre brott. Det heter utnyttjande av barn genom köp av sexuell handling, och straffet är fängelse i högst fyra år.',
        ),
        p(
          'Brottet hette tidigare köp av sexuell tjänst. Namnet ändrades den 1 juli 2025, när lagen också började gälla handlingar på distans.',
        ),
        p(
          'Du kan läsa lagtexten i [brottsbalken på riksdagen.se](' +
            LAW_URLS.brottsbalken +
            ') och regeringens förslag i [proposition 2024/25:124](' +
            LAW_URLS.proposition2024_25_124 +
            ').',
        ),
      ),
    },
    {
      _key: 'tror-maste-traffas',
      _type: 'beliefSection',
      belief: 'att det inte är sexköp om ni aldrig träffas.',
      answer:
        'sedan den 1 juli 2025 gäller lagen också sexuella handlingar på distans. Att betala för en sexuell handling som visas live via kamera är köp av sexuell handling.',
      source: { _type: 'source', ...SOURCES.prop124 },
    },
    {
      _key: 'tror-boter',
      _type: 'beliefSection',
      belief: 'att straffet bara är böter.',
      answer:
        'sedan 2022 kan du inte längre dömas till bara böter. Straffet för köp av sexuell handling är fängelse i högst ett år.',
      source: { _type: 'source', ...SOURCES.brb11 },
    },
    {
      _key: 'tror-bara-pengar',
      _type: 'beliefSection',
      belief: 'att det bara räknas om du betalar med pengar.',
      answer:
        'ersättning kan vara mycket mer än pengar, till exempel droger, alkohol, presenter eller en plats att sova på. Det är fortfarande ett köp.',
      source: { _type: 'source', ...SOURCES.brb11 },
    },
    {
      _key: 'tror-saljaren-gor-fel',
      _type: 'beliefSection',
      belief: 'att den som säljer sex också gör något olagligt.',
      answer: 'det är bara köpet som är ett brott. Den som säljer sex kan inte straffas för det.',
      source: { _type: 'source', ...SOURCES.brb11 },
    },
    {
      _key: 'tror-nastan-vuxen',
      _type: 'beliefSection',
      belief: 'att det inte är så farligt om personen nästan är vuxen.',
      answer:
        'den som är under 18 år är ett barn enligt lagen. Att köpa en sexuell handling av ett barn är ett eget och grövre brott, med fängelse i högst fyra år.',
      source: { _type: 'source', ...SOURCES.brb9 },
    },
    {
      _key: 'varfor-lagen-finns',
      _type: 'textSection',
      heading: 'Varför finns lagen?',
      body: richText(
        p('Sverige förbjöd sexköp år 1999. Tanken är att den som köper ska bära ansvaret, inte den som säljer.'),
        p(
          'Lagen ska minska efterfrågan. Utan köpare finns det inga pengar att tjäna på att utnyttja människor i prostitution eller människohandel.',
        ),
        h3('Om du inte vet hur gammal någon är'),
        p('Låt bli. Du kan inte se på någon hur gammal den är, och du kan inte se om någon är tvingad.'),
      ),
    },
    {
      _key: 'fragor-om-lagen',
      _type: 'faqSection',
      heading: 'Vanliga frågor om lagen',
      items: [
        {
          _type: 'faqItem',
          question: 'Gäller lagen om vi bara har kontakt via kamera?',
          answer: richText(
            p(
              'Ja. Sedan den 1 juli 2025 är det köp av sexuell handling att betala för en sexuell handling på distans, till exempel en livesänd visning via webbkamera.',
            ),
          ),
        },
        {
          _type: 'faqItem',
          question: 'Jag har köpt sex. Vad kan jag göra nu?',
          answer: richText(
            p(
              'Du kan sluta, och du behöver inte göra det ensam. Läs om [stöd för dig som vill sluta](page:page-for-dig-som-vill-sluta). Där kan du ofta vara anonym.',
            ),
          ),
        },
        {
          _type: 'faqItem',
          question: 'Hur tipsar jag polisen om jag tror att någon utnyttjas?',
          answer: richText(
            p('Ring 114 14. Om någon är i fara just nu, ring 112.'),
            p(
              'Du kan också tipsa via [polisen.se](https://polisen.se). Tänk på att ett tips som du skickar via webben blir en allmän handling. Det betyder att andra kan ha rätt att läsa det.',
            ),
          ),
        },
      ],
    },
    {
      _key: 'vill-du-sluta',
      _type: 'callToActionSection',
      heading: 'Vill du sluta?',
      text: 'Det finns samtalsstöd för dig som köper sex och vill sluta.',
      link: navLink('Så kan du få hjälp', pageLink('page-for-dig-som-vill-sluta')),
    },
  ],
}
