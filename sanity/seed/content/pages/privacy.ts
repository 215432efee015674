import { bullets, p, richText, type SeedDocument } from '../build.ts'
import { LAW_URLS } from '../sources.ts'

/**
 * The page settings.privacyPage points to. It promises only what the site is built to keep: no
 * cookies, no tracking, and campaign figures that are counts per day and address, nothing more
 * (docs/deploy.md, "Campaign figures").
 */
export const privacyPage: SeedDocument = {
  _id: 'page-personuppgifter-och-kakor',
  _type: 'page',
  title: 'Personuppgifter och kakor',
  slug: { _type: 'slug', current: 'personuppgifter-och-kakor' },
  lead: 'Den här webbplatsen använder inga kakor och ingen spårning. Vi vill inte veta vem du är.',
  seo: {
    title: 'Personuppgifter och kakor',
    description:
      'Webbplatsen använder inga kakor, ingen spårning och hämtar ingenting från andra webbplatser. Här kan du läsa varför.',
    noIndex: false,
  },
  sections: [
    {
      _key: 'varfor',
      _type: 'textSection',
      heading: 'Varför vi är försiktiga',
      body: richText(
        p(
          'Ett besök på en webbplats om sexköp kan säga något om ditt sexliv eller om brott. Sådana uppgifter är extra skyddade enligt dataskyddsförordningen (GDPR). Därför har vi byggt webbplatsen så att den inte samlar in något om dig.',
        ),
      ),
    },
    {
      _key: 'inga-kakor',
      _type: 'textSection',
      heading: 'Inga kakor',
      body: richText(
        p(
          'Kakor (cookies) är små filer som en webbplats sparar i din dator eller telefon. Enligt [lagen om elektronisk kommunikation](' +
            LAW_URLS.elektroniskKommunikation +
            '), 9 kapitlet 28 §, måste en webbplats be om ditt samtycke innan den sparar eller läser sådant som inte behövs för att den ska fungera.',
        ),
        p(
          'Den här webbplatsen sparar ingenting i din webbläsare, varken kakor eller annat. Därför frågar vi inte om samtycke.',
        ),
        p(
          'Undantaget är redigeringsverktyget, där redaktörer loggar in för att ändra texterna. Inloggningen kräver att uppgifter sparas i redaktörens webbläsare. Det gäller inte dig som besöker webbplatsen.',
        ),
      ),
    },
    {
      _key: 'ingen-sparning',
      _type: 'textSection',
      heading: 'Ingen spårning',
      body: richText(
        p('Vi använder inte:'),
        bullets(
          'verktyg för besöksstatistik som följer enskilda besökare',
          'spårningspixlar eller annonsverktyg',
          'inbäddade filmer, kartor eller knappar från sociala medier',
          'typsnitt eller andra filer från andra webbplatser',
          'chattar.',
        ),
        p(
          'Allt du ser hämtas från den här webbplatsen. Du lämnar den bara när du själv väljer en länk till en annan webbplats, eller knappen Lämna sidan snabbt.',
        ),
      ),
    },
    {
      _key: 'vad-vi-raknar',
      _type: 'textSection',
      heading: 'Vad vi räknar',
      body: richText(
        p(
          'För att veta om kampanjen når fram räknar vi hur många gånger varje sida visas och hur många gånger varje kortlänk används, till exempel när någon skannar QR-koden på en affisch. Vi räknar per dag. Det enda som sparas är datum, adress och antal, till exempel "3 mars, /hjalp: 17 visningar".',
        ),
        p('Vi sparar inte:'),
        bullets(
          'din IP-adress',
          'vilken webbläsare, dator eller telefon du använder',
          'vilken sida du kom ifrån',
          'kakor eller något annat som kan känna igen dig',
          'vilken tid på dagen du var här.',
        ),
        p(
          'Därför kan ingen, inte heller vi, se vad en viss person har läst eller följa någon mellan sidor eller besök. Sökmotorer och andra program som själva säger att de är robotar räknas inte. Siffrorna visas bara för kampanjens redaktörer.',
        ),
      ),
    },
    {
      _key: 'serverloggar',
      _type: 'textSection',
      heading: 'Det servern ser',
      body: richText(
        p(
          'Som på alla webbplatser tar servern emot din IP-adress när din webbläsare hämtar en sida. Det behövs för att sidan ska kunna skickas till dig. Vi sparar inte adressen i loggen över hämtade sidor eller i siffrorna ovan, och vi använder den inte för att ta reda på vem du är eller vad du läser.',
        ),
      ),
    },
    {
      _key: 'om-du-skriver',
      _type: 'textSection',
      heading: 'Om du skriver till oss',
      body: richText(
        p(
          'Det du skickar till en myndighet blir en allmän handling. Det betyder att andra kan ha rätt att läsa det, om inte sekretess gäller. Skriv därför inte sådant som du vill hålla för dig själv.',
        ),
        p('Vill du prata om din egen situation? Vänd dig hellre till en stödtjänst där du kan vara anonym.'),
      ),
    },
  ],
}
