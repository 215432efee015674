import type { Messages } from './types'

/**
 * Lättläst svenska: short sentences, one thing at a time, common words, no abbreviations
 * (Myndigheten för tillgängliga medier; docs/languages.md).
 */
export const lattlast: Messages = {
  languageNav: 'Andra språk',
  skipToContent: 'Gå direkt till texten',
  quickExit: {
    label: 'Lämna sidan snabbt',
    barLabel: 'Lämna sidan snabbt',
    about: 'Om knappen',
    shortcutHint: ' (du kan också trycka på Skift tre gånger)',
    remaining: (presses) =>
      presses === 1
        ? 'Tryck på Skift en gång till. Då lämnar du sidan.'
        : `Tryck på Skift ${presses} gånger till. Då lämnar du sidan.`,
    cancelled: 'Du lämnar inte sidan.',
    leaving: 'Du lämnar sidan nu.',
  },
  mainMenu: 'Meny',
  footer: {
    aboutSite: 'Om webbplatsen',
    senders: 'Vem står bakom webbplatsen?',
    feedback: 'Tyck till om webbplatsen',
    email: 'E-post:',
    privacy: 'Personuppgifter och kakor',
    accessibility: 'Tillgänglighet',
  },
  notFound: {
    title: 'Sidan finns inte',
    text: 'Vi hittar inte sidan. Kanske har den flyttats. Titta på adressen om du skrev den själv.',
  },
  error: { title: 'Något gick fel', text: 'Vi kan inte visa sidan just nu. Försök igen om en liten stund.' },
  unavailable: {
    title: 'Vi kan inte visa sidan just nu',
    text: 'Något är fel hos oss. Försök igen om en liten stund.',
  },
  waysOn: { help: 'Hitta hjälp och stöd', start: 'Gå till första sidan', emergency: 'Behöver du hjälp nu? Ring 112.' },
  help: {
    title: 'Hjälp och stöd',
    filterLabel: 'Visa hjälp för',
    all: 'Alla',
    audiences: {
      buyers: 'Du som köper sex',
      sellers: 'Du som säljer sex',
      relatives: 'Närstående',
      professionals: 'Du som möter andra i ditt arbete',
    },
    showing: (shown, total) => `Här är ${shown} av ${total} ställen som kan hjälpa dig.`,
    showingAll: (total) => `Här är alla ${total} ställen som kan hjälpa dig.`,
    empty: 'Här finns ingen hjälp just nu. Välj Alla. Då ser du alla ställen som kan hjälpa dig.',
  },
  helpCard: {
    call: 'Ring',
    web: 'Webb',
    form: 'Skriv till dem',
    booking: 'Boka en tid',
    email: 'E-post',
    visit: 'Besök',
    area: 'Var:',
    ages: 'Ålder:',
    languages: 'Språk:',
    reach: (service) => `Så når du ${service}`,
    detailsAt: 'Du hittar telefonnummer och adress på',
    detailsWith: (organisation) => `Du hittar telefonnummer och adress hos ${organisation}.`,
  },
  sections: {
    beliefLabel: 'Somliga tror',
    beliefBut: 'Men',
    source: 'Här kommer det ifrån:',
    retrieved: (date) => `läst ${date}`,
    allHelp: 'All hjälp',
    allHelpFor: (audience) => `All hjälp: ${audience}`,
    photo: 'Foto:',
    material: {
      none: 'Här finns inget att ladda ner just nu.',
      text: 'Text:',
      carries: (shortLink) =>
        `Här finns adressen ${shortLink}. Här finns en QR-kod till adressen. Här står vilka som gjort affischen.`,
      download: 'Ladda ner',
      forPrinter: 'för tryckeri',
    },
  },
  accessibility: {
    intro: (organisation, service) =>
      `${organisation} står bakom webbplatsen ${service}. Här står det hur lätt det är att använda webbplatsen. Det finns en lag om det.`,
    howAccessible: 'Är webbplatsen lätt att använda?',
    status: ['Webbplatsen följer lagen ', '.'],
    complianceStatus: { full: 'helt', partial: 'delvis', none: 'inte' },
    problemsHeading: 'Det här fungerar inte bra',
    problemWhy: 'Varför:',
    problemCriterion: (criterion) => `Det gäller regel ${criterion} i riktlinjerna för webben.`,
    problemFix: 'Så gör vi det bättre:',
    noProblems: 'Vi vet inte om några fel just nu.',
    exemptions: 'Undantag',
    report: 'Berätta om fel',
    enforcement: [
      'Myndigheten för digital förvaltning kontrollerar att vi följer lagen. Är du inte nöjd med vårt svar? Då kan du ',
      'anmäla det till Myndigheten för digital förvaltning',
      '.',
    ],
    method: 'Så har vi testat webbplatsen',
    dates: (assessed, updated) => `Vi testade webbplatsen den ${assessed}. Vi ändrade den här texten den ${updated}.`,
    responsible: (authority) => `${authority} ansvarar för webbplatsen.`,
    sendTo: 'Skicka e-post till',
    copyAddress: 'Öppnas inte ditt e-postprogram? Skriv då adressen i din vanliga e-post.',
    mailSubject: (service) => `Fel på webbplatsen ${service}`,
    mailBody: 'Vilken sida gäller det?\n\n\nVad fungerar inte?\n\n',
    responseTime: (authority) => `${authority} svarar`,
    nothingRecorded: 'Webbplatsen sparar ingenting om dig. Ditt meddelande går direkt till myndigheten.',
  },
}
