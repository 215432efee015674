import type { SeedDocument } from './build.ts'

/**
 * Help services from the project's fact sheet (shared/domain.md). Nobody has yet checked any of
 * them with the service itself, so none carries a verification record: the site shows no channel
 * of theirs, only the web address of the organisation that runs each. The three services whose
 * numbers the fact sheet gives keep those numbers as channels for an editor to check. See
 * sanity/seed/README.md.
 */

export const helpLinks: SeedDocument[] = [
  {
    _id: 'helpLink-kast-varmland',
    _type: 'helpLink',
    name: 'KAST Värmland',
    provider: 'Samtalsakuten i Karlstad (Karlstads pastorat, Karlstads kommun och Region Värmland)',
    providerUrl: 'https://karlstad.se',
    description:
      'Samtal för dig som har köpt sex och vill sluta, för närstående och för dig som har problem med porr. Fråga efter Samtalsakuten när du kontaktar Karlstads kommun.',
    descriptionTranslations: [
      {
        _type: 'descriptionTranslation',
        language: 'en',
        text: 'Counselling for you who have bought sex and want to stop, for family and friends, and for you who have problems with pornography. Ask for Samtalsakuten when you contact Karlstad municipality.',
      },
    ],
    audiences: ['buyers', 'relatives'],
    area: { scope: 'local', regions: ['varmland'] },
    channels: [],
    sortOrder: 10,
  },
  {
    _id: 'helpLink-kast-andra-orter',
    _type: 'helpLink',
    name: 'KAST-mottagningar i andra delar av Sverige',
    provider: 'Kommuner och regioner',
    providerUrl:
      'https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/sex-mot-ersattning-vuxna/vart-kan-du-vanda-dig/',
    description:
      'KAST-mottagningar finns bland annat i Stockholm, Göteborg, Malmö, Jönköping, Västernorrland och Jämtland. De tar emot dig som köper sex och vill sluta, och närstående. Ofta kan du vara anonym.',
    descriptionTranslations: [
      {
        _type: 'descriptionTranslation',
        language: 'en',
        text: 'KAST clinics are found in Stockholm, Gothenburg, Malmö, Jönköping, Västernorrland and Jämtland, among other places. They see you who buy sex and want to stop, and family and friends. You can often stay anonymous.',
      },
    ],
    audiences: ['buyers', 'relatives'],
    area: { scope: 'national' },
    channels: [],
    sortOrder: 20,
  },
  {
    _id: 'helpLink-preventell',
    _type: 'helpLink',
    name: 'PrevenTell',
    provider: 'Anova, Karolinska Universitetssjukhuset',
    providerUrl: 'https://www.karolinska.se',
    description:
      'Nationell hjälplinje för dig som har sexuella tankar eller beteenden som du inte vill ha, till exempel om du inte kan sluta eller har impulser att tvinga någon till sex. Närstående och vårdpersonal kan också höra av sig. Du kan vara anonym.',
    descriptionTranslations: [
      {
        _type: 'descriptionTranslation',
        language: 'en',
        text: 'National helpline for you who have sexual thoughts or behaviour you do not want, for example if you cannot stop or have urges to force someone to have sex. Family, friends and healthcare staff can also get in touch. You can stay anonymous.',
      },
    ],
    audiences: ['buyers', 'relatives', 'professionals'],
    area: { scope: 'national' },
    channels: [],
    sortOrder: 30,
  },
  {
    _id: 'helpLink-1177',
    _type: 'helpLink',
    name: '1177 Vårdguiden',
    provider: 'Regionerna (i Värmland: Region Värmland)',
    providerUrl: 'https://www.1177.se',
    description:
      'Råd om hälsa och vård dygnet runt. Här kan du också få veta vart du kan vända dig för samtalsstöd där du bor. Samtalen spelas in och rådet du får antecknas i din journal.',
    descriptionTranslations: [
      {
        _type: 'descriptionTranslation',
        language: 'en',
        text: 'Advice on health and care around the clock. Here you can also find out where to get counselling where you live. Calls are recorded, and the advice you get is noted in your medical record.',
      },
    ],
    audiences: ['everyone'],
    area: { scope: 'national' },
    channels: [
      { _type: 'phoneChannel', number: '1177', openingHours: 'Dygnet runt', facts: ['recorded', 'medicalRecord'] },
      { _type: 'webChannel', url: 'https://www.1177.se', label: '1177.se' },
    ],
    sortOrder: 40,
  },
  {
    _id: 'helpLink-kvinnofridslinjen',
    _type: 'helpLink',
    name: 'Kvinnofridslinjen',
    provider: 'Nationellt centrum för kvinnofrid',
    providerUrl: 'https://kvinnofridslinjen.se',
    description:
      'Stödtelefon för dig som har utsatts för hot, våld eller sexuella övergrepp, också i prostitution. Närstående och yrkesverksamma kan också ringa. Samtalet är gratis och syns inte på telefonräkningen. Du kan vara anonym.',
    descriptionTranslations: [
      {
        _type: 'descriptionTranslation',
        language: 'en',
        text: 'Support line for you who have been subjected to threats, violence or sexual abuse, also in prostitution. Family, friends and professionals can also call. The call is free and does not show on the phone bill. You can stay anonymous.',
      },
    ],
    audiences: ['sellers', 'relatives', 'professionals'],
    area: { scope: 'national' },
    channels: [
      {
        _type: 'phoneChannel',
        number: '020-50 50 50',
        openingHours: 'Dygnet runt, alla dagar',
        facts: ['free', 'anonymous', 'notOnBill'],
      },
      { _type: 'webChannel', url: 'https://kvinnofridslinjen.se', label: 'kvinnofridslinjen.se' },
    ],
    sortOrder: 50,
  },
  {
    _id: 'helpLink-mikamottagningen',
    _type: 'helpLink',
    name: 'Mikamottagningen',
    provider: 'Stockholms stad och Göteborgs Stad',
    providerUrl: 'https://start.stockholm',
    description: 'Stöd för dig som säljer sex eller har gjort det. Mikamottagningen finns i Stockholm och Göteborg.',
    descriptionTranslations: [
      {
        _type: 'descriptionTranslation',
        language: 'en',
        text: 'Support for you who sell sex or have done so. Mikamottagningen is in Stockholm and Gothenburg.',
      },
    ],
    audiences: ['sellers'],
    area: { scope: 'local', municipalities: ['Stockholm', 'Göteborg'] },
    channels: [],
    sortOrder: 60,
  },
  {
    _id: 'helpLink-evonhuset',
    _type: 'helpLink',
    name: 'Evonhuset',
    provider: 'Malmö stad',
    providerUrl: 'https://malmo.se',
    description: 'Stöd i Malmö för dig som säljer sex eller har gjort det.',
    descriptionTranslations: [
      {
        _type: 'descriptionTranslation',
        language: 'en',
        text: 'Support in Malmö for you who sell sex or have done so.',
      },
    ],
    audiences: ['sellers'],
    area: { scope: 'local', municipalities: ['Malmö'] },
    channels: [],
    sortOrder: 70,
  },
  {
    _id: 'helpLink-polisen',
    _type: 'helpLink',
    name: 'Polisen',
    provider: 'Polismyndigheten',
    providerUrl: 'https://polisen.se',
    description:
      'Ring 112 om det är akut, till exempel om någon är i fara just nu. Ring 114 14 om du vill lämna tips eller har frågor som inte är akuta. Ett tips som du skickar via polisens webbplats blir en allmän handling.',
    descriptionTranslations: [
      {
        _type: 'descriptionTranslation',
        language: 'en',
        text: 'Call 112 in an emergency, for example if someone is in danger right now. Call 114 14 if you want to give a tip or have questions that are not urgent. A tip you send via the police website becomes a public document.',
      },
    ],
    audiences: ['everyone'],
    area: { scope: 'national' },
    channels: [
      { _type: 'phoneChannel', number: '112', openingHours: 'Dygnet runt, när det är akut' },
      { _type: 'phoneChannel', number: '114 14', openingHours: 'Dygnet runt' },
      { _type: 'webChannel', url: 'https://polisen.se', label: 'polisen.se', facts: ['publicRecord'] },
    ],
    sortOrder: 80,
  },
]
