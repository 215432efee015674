import type { Messages } from './types'

/** Swedish, the default language. */
export const sv: Messages = {
  languageNav: 'Andra språk',
  skipToContent: 'Gå direkt till innehållet',
  quickExit: {
    label: 'Lämna sidan snabbt',
    barLabel: 'Lämna sidan snabbt',
    about: 'Om knappen',
    shortcutHint: ' (eller tryck på Skift tre gånger)',
    remaining: (presses) =>
      presses === 1
        ? 'Tryck på Skift en gång till för att lämna sidan.'
        : `Tryck på Skift ${presses} gånger till för att lämna sidan.`,
    cancelled: 'Snabbkommandot avbröts.',
    leaving: 'Lämnar sidan.',
  },
  mainMenu: 'Huvudmeny',
  footer: {
    aboutSite: 'Om webbplatsen',
    senders: 'Avsändare',
    feedback: 'Synpunkter på webbplatsen',
    email: 'E-post:',
    privacy: 'Personuppgifter och kakor',
    accessibility: 'Tillgänglighet',
  },
  notFound: {
    title: 'Sidan finns inte',
    text: 'Sidan du letar efter finns inte, eller så har den flyttats. Kontrollera adressen om du skrev den själv.',
  },
  error: { title: 'Något gick fel', text: 'Sidan kunde inte visas just nu. Försök igen om en stund.' },
  unavailable: { title: 'Sidan kan inte visas just nu', text: 'Något är fel hos oss. Försök igen om en stund.' },
  waysOn: { help: 'Hitta hjälp och stöd', start: 'Gå till startsidan', emergency: 'Är det akut? Ring 112.' },
  help: {
    title: 'Hjälp och stöd',
    filterLabel: 'Visa stöd för',
    all: 'Alla',
    audiences: {
      buyers: 'Du som köper sex',
      sellers: 'Du som säljer sex',
      relatives: 'Närstående',
      professionals: 'Yrkesverksamma',
    },
    showing: (shown, total) => `Visar ${shown} av ${total} stödtjänster.`,
    showingAll: (total) => `Visar alla ${total} stödtjänster.`,
    empty: 'Just nu finns inga stödtjänster här. Välj Alla för att se alla stödtjänster.',
  },
  helpCard: {
    call: 'Ring',
    web: 'Webb',
    form: 'Kontaktformulär',
    booking: 'Boka tid',
    email: 'E-post',
    visit: 'Besök',
    area: 'Gäller:',
    ages: 'Ålder:',
    languages: 'Språk:',
    reach: (service) => `Så når du ${service}`,
    detailsAt: 'Kontaktuppgifter finns på',
    detailsWith: (organisation) => `Kontaktuppgifter finns hos ${organisation}.`,
  },
  sections: {
    beliefLabel: 'Somliga tror',
    beliefBut: 'Men',
    source: 'Källa:',
    retrieved: (date) => `hämtad ${date}`,
    allHelp: 'Alla stödtjänster',
    allHelpFor: (audience) => `Alla stödtjänster: ${audience}`,
    photo: 'Foto:',
    material: {
      none: 'Det finns inget material att ladda ner just nu.',
      text: 'Text:',
      carries: (shortLink) => `Med kortlänken ${shortLink}, en QR-kod till den och kampanjens avsändare.`,
      download: 'Ladda ner',
      forPrinter: 'för tryckeri, med utfall och skärmärken',
    },
  },
  accessibility: {
    intro: (organisation, service) =>
      `${organisation} står bakom webbplatsen ${service}. Den här redogörelsen beskriver hur webbplatsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service.`,
    howAccessible: 'Hur tillgänglig är webbplatsen?',
    status: ['Webbplatsen är ', ' med lagen om tillgänglighet till digital offentlig service.'],
    complianceStatus: { full: 'helt förenlig', partial: 'delvis förenlig', none: 'inte förenlig' },
    problemsHeading: 'Innehåll som inte är tillgängligt',
    problemWhy: 'Varför:',
    problemCriterion: (criterion) => `Gäller WCAG-kriterium ${criterion}.`,
    problemFix: 'Åtgärdas:',
    noProblems: 'Vi känner inte till några brister just nu.',
    exemptions: 'Undantag',
    report: 'Rapportera brister',
    enforcement: [
      'Myndigheten för digital förvaltning (Digg) har tillsyn över lagen. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du ',
      'anmäla det till Digg',
      '.',
    ],
    method: 'Så har vi testat webbplatsen',
    dates: (assessed, updated) =>
      `Webbplatsen bedömdes senast den ${assessed}. Redogörelsen uppdaterades senast den ${updated}.`,
    responsible: (authority) =>
      `${authority} är den myndighet som ansvarar för webbplatsen enligt lagen om tillgänglighet till digital offentlig service.`,
    sendTo: 'Skicka e-post till',
    copyAddress: 'Om inget e-postprogram öppnas kan du kopiera adressen och skriva från din vanliga e-post.',
    mailSubject: (service) => `Brist i tillgängligheten: ${service}`,
    mailBody: 'Vilken sida gäller det?\n\n\nVad fungerar inte?\n\n',
    responseTime: (authority) => `${authority} svarar`,
    nothingRecorded:
      'Webbplatsen sparar ingenting om dig när du använder länken: ditt meddelande går från ditt e-postprogram direkt till myndigheten.',
  },
}
