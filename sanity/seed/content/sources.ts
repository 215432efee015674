/**
 * Sources and addresses the seed cites. Each is a real publication; where no stable address is
 * known, the source has no URL rather than a guessed one.
 */

export const LAW_URLS = {
  brottsbalken:
    'https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/brottsbalk-1962700_sfs-1962-700/',
  /** Prop. 2024/25:124, which renamed the offence and extended it to acts at a distance (1 July 2025). */
  proposition2024_25_124: 'https://data.riksdagen.se/dokument/HC03124.html',
  elektroniskKommunikation:
    'https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-2022482-om-elektronisk-kommunikation_sfs-2022-482/',
  digitalOffentligService:
    'https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-20181937-om-tillganglighet-till-digital_sfs-2018-1937/',
}

type Source = { publisher: string; url?: string; retrieved?: string }

/**
 * When the seed's texts were written from the web sources below: the date they were last read,
 * not a legal review. Read each again, and update the date, before launch (README.md).
 */
const READ = '2026-11-28'

export const SOURCES = {
  brb11: { publisher: 'Brottsbalken 6 kap. 11 §, riksdagen.se', url: LAW_URLS.brottsbalken, retrieved: READ },
  brb9: { publisher: 'Brottsbalken 6 kap. 9 §, riksdagen.se', url: LAW_URLS.brottsbalken, retrieved: READ },
  prop124: {
    publisher: 'Regeringens proposition 2024/25:124, riksdagen.se',
    url: LAW_URLS.proposition2024_25_124,
    retrieved: READ,
  },
  /** Said by Polisen's head of the Värmland police area when the campaign started; no web copy known. */
  polisenVarmland: { publisher: 'Polisen i Värmland, i Nya Wermlands-Tidningen den 23 januari 2015' },
  bra2022: {
    publisher: 'Brottsförebyggande rådet (Brå), rapport om hur lagen mot sexköp tillämpas, 2022',
    url: 'https://bra.se/publikationer/arkiv/publikationer/2022-04-29-kop-av-sexuella-tjanster.html',
    retrieved: READ,
  },
  preventell: {
    publisher: 'Regeringen, pressmeddelande om hjälptelefonen PrevenTell, 2018',
    url: 'https://www.regeringen.se/pressmeddelanden/2018/08/hjalptelefon-for-personer-som-riskerar-bega-sexuella-overgrepp-ska-utvarderas/',
    retrieved: READ,
  },
  kunskapsguiden: {
    publisher: 'Kunskapsguiden, Socialstyrelsen: Vart kan du vända dig?',
    url: 'https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/sex-mot-ersattning-vuxna/vart-kan-du-vanda-dig/',
    retrieved: READ,
  },
} satisfies Record<string, Source>
