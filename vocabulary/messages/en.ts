import type { Messages } from './types'

/** English. Also the chrome of a language an editor adds before it has a message file of its own. */
export const en: Messages = {
  languageNav: 'Other languages',
  skipToContent: 'Skip to content',
  quickExit: {
    label: 'Leave this page quickly',
    barLabel: 'Leave this page quickly',
    about: 'About this button',
    shortcutHint: ' (or press Shift three times)',
    remaining: (presses) =>
      presses === 1
        ? 'Press Shift once more to leave the page.'
        : `Press Shift ${presses} more times to leave the page.`,
    cancelled: 'Shortcut cancelled.',
    leaving: 'Leaving the page.',
  },
  mainMenu: 'Main menu',
  footer: {
    aboutSite: 'About this website',
    senders: 'Published by',
    feedback: 'Feedback on this website',
    email: 'Email:',
    privacy: 'Personal data and cookies',
    accessibility: 'Accessibility',
  },
  notFound: {
    title: 'Page not found',
    text: 'The page you are looking for does not exist, or it has moved. If you typed the address, please check it.',
  },
  error: {
    title: 'Something went wrong',
    text: 'The page could not be shown right now. Please try again in a moment.',
  },
  unavailable: {
    title: 'The page cannot be shown right now',
    text: 'Something is wrong on our side. Please try again in a moment.',
  },
  waysOn: { help: 'Find help and support', start: 'Go to the start page', emergency: 'Is it an emergency? Call 112.' },
  help: {
    title: 'Help and support',
    filterLabel: 'Show support for',
    all: 'Everyone',
    audiences: {
      buyers: 'You who buy sex',
      sellers: 'You who sell sex',
      relatives: 'Family and friends',
      professionals: 'Professionals',
    },
    showing: (shown, total) => `Showing ${shown} of ${total} support services.`,
    showingAll: (total) => `Showing all ${total} support services.`,
    empty: 'There are no support services here right now. Choose Everyone to see all support services.',
  },
  helpCard: {
    call: 'Call',
    web: 'Web',
    form: 'Contact form',
    booking: 'Book a time',
    email: 'E-mail',
    visit: 'Visit',
    area: 'Where:',
    ages: 'Age:',
    languages: 'Languages:',
    reach: (service) => `How to reach ${service}`,
    detailsAt: 'Contact details are at',
    detailsWith: (organisation) => `Contact details are available from ${organisation}.`,
  },
  sections: {
    beliefLabel: 'Some people believe',
    beliefBut: 'But',
    source: 'Source:',
    retrieved: (date) => `retrieved ${date}`,
    allHelp: 'All support services',
    allHelpFor: (audience) => `All support services: ${audience}`,
    photo: 'Photo:',
    material: {
      none: 'There is no material to download at present.',
      text: 'Text:',
      carries: (shortLink) => `With the short link ${shortLink}, a QR code for it and the campaign's senders.`,
      download: 'Download',
      forPrinter: 'for the printer, with bleed and crop marks',
    },
  },
  accessibility: {
    intro: (organisation, service) =>
      `${organisation} is responsible for the website ${service}. This statement describes how the website complies with the Swedish Act (2018:1937) on accessibility to digital public services.`,
    howAccessible: 'How accessible is this website?',
    status: ['This website is ', ' with the Act on accessibility to digital public services.'],
    complianceStatus: { full: 'fully compliant', partial: 'partially compliant', none: 'not compliant' },
    problemsHeading: 'Content that is not accessible',
    problemWhy: 'Why:',
    problemCriterion: (criterion) => `Concerns WCAG success criterion ${criterion}.`,
    problemFix: 'Planned fix:',
    noProblems: 'We know of no problems at present.',
    exemptions: 'Exemptions',
    report: 'Report accessibility problems',
    enforcement: [
      'The Agency for Digital Government (Digg) supervises the Act. If you are not satisfied with how we handle your feedback, you can ',
      'report it to Digg',
      '.',
    ],
    method: 'How we tested this website',
    dates: (assessed, updated) =>
      `The website was last assessed on ${assessed}. This statement was last updated on ${updated}.`,
    responsible: (authority) =>
      `${authority} is the authority responsible for this website under the Act on accessibility to digital public services.`,
    sendTo: 'Send an e-mail to',
    copyAddress: 'If no e-mail program opens, you can copy the address and write from your usual e-mail.',
    mailSubject: (service) => `Accessibility problem: ${service}`,
    mailBody: 'Which page is it about?\n\n\nWhat does not work?\n\n',
    responseTime: (authority) => `${authority} answers within the time stated here in Swedish:`,
    nothingRecorded:
      'The website stores nothing about you when you use the link: your message goes from your e-mail program straight to the authority.',
  },
}
