/**
 * The site's fixed texts (the chrome around the content) in one language. One file per language
 * (sv.ts, lattlast.ts, en.ts) fills this shape; components take them from messagesFor() and hold
 * no visitor text of their own.
 */
export type Messages = {
  /** What language versions call this file's language in the language link's list label. */
  languageNav: string
  skipToContent: string
  quickExit: {
    /** Used when the settings' label (written in Swedish) does not apply: every other language. */
    label: string
    barLabel: string
    about: string
    shortcutHint: string
    remaining: (presses: number) => string
    cancelled: string
    leaving: string
  }
  mainMenu: string
  footer: {
    aboutSite: string
    senders: string
    feedback: string
    email: string
    privacy: string
    accessibility: string
  }
  notFound: { title: string; text: string }
  error: { title: string; text: string }
  unavailable: { title: string; text: string }
  waysOn: { help: string; start: string; emergency: string }
  help: {
    /** Used when the language's help page has no title in the settings. */
    title: string
    filterLabel: string
    all: string
    audiences: { buyers: string; sellers: string; relatives: string; professionals: string }
    showing: (shown: number, total: number) => string
    showingAll: (total: number) => string
    empty: string
  }
  /** A help service's card (components/help/HelpLinkList.tsx). */
  helpCard: {
    call: string
    web: string
    form: string
    booking: string
    email: string
    visit: string
    area: string
    ages: string
    languages: string
    /** The list of a service's channels, for screen readers. */
    reach: (service: string) => string
    /** No checked channel: before the organisation's web address. */
    detailsAt: string
    detailsWith: (organisation: string) => string
  }
  /** The page builder's fixed words (sections/). */
  sections: {
    beliefLabel: string
    beliefBut: string
    source: string
    retrieved: (date: string) => string
    allHelp: string
    allHelpFor: (audience: string) => string
    photo: string
    material: {
      none: string
      text: string
      carries: (shortLink: string) => string
      download: string
      forPrinter: string
    }
  }
  accessibility: {
    intro: (organisation: string, service: string) => string
    howAccessible: string
    /** The sentence around the compliance status: before and after it. */
    status: [before: string, after: string]
    complianceStatus: { full: string; partial: string; none: string }
    problemsHeading: string
    problemWhy: string
    problemCriterion: (criterion: string) => string
    problemFix: string
    noProblems: string
    exemptions: string
    report: string
    enforcement: [before: string, link: string, after: string]
    method: string
    dates: (assessed: string, updated: string) => string
    /** The authority the law holds responsible for the site. */
    responsible: (authority: string) => string
    sendTo: string
    copyAddress: string
    /** The report e-mail's subject and body, written for the recipient in the visitor's language. */
    mailSubject: (service: string) => string
    mailBody: string
    /** What comes before the response time, which is the statement's own (Swedish) text. */
    responseTime: (authority: string) => string
    nothingRecorded: string
  }
}

/**
 * What the views for a page that cannot be shown (404, error) need: plain strings, so the server
 * can hand one language's to the browser's error and 404 views instead of bundling every file.
 */
export type StatusTexts = Pick<Messages, 'notFound' | 'error' | 'waysOn'>
