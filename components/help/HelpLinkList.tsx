import { stegaClean } from '@sanity/client/stega'
import type { HelpChannel, HelpLink } from '@/lib/content/help-links'
import type { PageLanguage } from '@/lib/content/languages'

import styles from './HelpLinkList.module.css'

type HeadingLevel = 'h2' | 'h3'

/** The facts are Swedish words from the help link's lists: marked so on a page in another language. */
function Facts({ facts, lang }: { facts: string[]; lang: string | undefined }) {
  if (facts.length === 0) return null
  return (
    <ul className={styles.facts} lang={lang}>
      {facts.map((fact) => (
        <li key={fact}>{fact}</li>
      ))}
    </ul>
  )
}

function Channel({ channel, language }: { channel: HelpChannel; language: PageLanguage }) {
  const text = language.messages.helpCard
  const label = (words: string) => <span className={styles.channelLabel}>{words} </span>
  const hours = (openingHours: string | null) =>
    openingHours && (
      <span className={styles.hours} lang={language.swedishLang}>
        {' '}
        {openingHours}
      </span>
    )
  const facts = <Facts facts={channel.facts} lang={language.swedishLang} />
  switch (channel.kind) {
    case 'phone':
      return (
        <>
          {label(text.call)}
          <a href={channel.href} className={styles.phone}>
            {channel.number}
          </a>
          {hours(channel.openingHours)}
          {facts}
        </>
      )
    case 'web':
    case 'form':
    case 'booking':
      return (
        <>
          {label(text[channel.kind])}
          <a href={channel.href}>{channel.label}</a>
          {facts}
        </>
      )
    case 'email':
      return (
        <>
          {label(text.email)}
          <a href={channel.href}>{channel.address}</a>
          {facts}
        </>
      )
    case 'visit':
      return (
        <>
          {label(text.visit)}
          <span>{channel.address}</span>
          {hours(channel.openingHours)}
          {facts}
        </>
      )
  }
}

/** Where the service is offered, for whom and in which languages: only what the editors filled in. */
function About({ link, language }: { link: HelpLink; language: PageLanguage }) {
  const text = language.messages.helpCard
  const facts = [
    { label: text.area, value: link.area },
    { label: text.ages, value: link.ages },
    { label: text.languages, value: link.languages },
    { label: null, value: link.interpreter },
  ].filter((fact): fact is { label: string | null; value: string } => Boolean(fact.value))
  if (facts.length === 0) return null
  return (
    <ul className={styles.about}>
      {facts.map(({ label, value }) => (
        <li key={value}>
          {label && `${label} `}
          <span lang={language.swedishLang}>{value}</span>
        </li>
      ))}
    </ul>
  )
}

/**
 * One help service: who runs it, what it offers, and how to reach it. A service whose channels
 * nobody has checked points to its organisation's web address instead.
 */
function HelpLinkCard({
  link,
  headingLevel: Heading,
  language,
}: {
  link: HelpLink
  headingLevel: HeadingLevel
  language: PageLanguage
}) {
  const text = language.messages.helpCard
  // In draft mode the name carries stega markers for visual editing; attributes get the clean text.
  return (
    <li className={styles.card}>
      <Heading className={styles.name}>{link.name}</Heading>
      {link.provider && <p className={styles.provider}>{link.provider}</p>}
      <p lang={link.descriptionLang ?? undefined}>{link.description}</p>
      <About link={link} language={language} />
      {link.channels.length > 0 ? (
        <ul className={styles.channels} aria-label={text.reach(stegaClean(link.name))}>
          {link.channels.map((channel) => (
            <li key={channel.key}>
              <Channel channel={channel} language={language} />
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.fallback}>
          {link.fallback ? (
            <>
              {text.detailsAt} <a href={link.fallback.href}>{link.fallback.label}</a>.
            </>
          ) : (
            text.detailsWith(link.provider ?? link.name)
          )}
        </p>
      )}
    </li>
  )
}

/** A list of help services; each name is a heading at the given level. */
export function HelpLinkList({
  links,
  headingLevel,
  language,
}: {
  links: HelpLink[]
  headingLevel: HeadingLevel
  language: PageLanguage
}) {
  return (
    <ul className={styles.list}>
      {links.map((link) => (
        <HelpLinkCard key={link.id} link={link} headingLevel={headingLevel} language={language} />
      ))}
    </ul>
  )
}
