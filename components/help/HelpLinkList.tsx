import { stegaClean } from '@sanity/client/stega'
import type { HelpChannel, HelpLink } from '@/lib/content/help-links'

import styles from './HelpLinkList.module.css'

type HeadingLevel = 'h2' | 'h3'

function Facts({ facts }: { facts: string[] }) {
  if (facts.length === 0) return null
  return (
    <ul className={styles.facts}>
      {facts.map((fact) => (
        <li key={fact}>{fact}</li>
      ))}
    </ul>
  )
}

function Channel({ channel }: { channel: HelpChannel }) {
  switch (channel.kind) {
    case 'phone':
      return (
        <>
          <span className={styles.channelLabel}>Ring </span>
          <a href={channel.href} className={styles.phone}>
            {channel.number}
          </a>
          {channel.openingHours && <span className={styles.hours}> {channel.openingHours}</span>}
          <Facts facts={channel.facts} />
        </>
      )
    case 'web':
      return (
        <>
          <span className={styles.channelLabel}>Webb </span>
          <a href={channel.href}>{channel.label}</a>
          <Facts facts={channel.facts} />
        </>
      )
    case 'form':
    case 'booking':
      return (
        <>
          <span className={styles.channelLabel}>{channel.kind === 'form' ? 'Kontaktformulär ' : 'Boka tid '}</span>
          <a href={channel.href}>{channel.label}</a>
          <Facts facts={channel.facts} />
        </>
      )
    case 'email':
      return (
        <>
          <span className={styles.channelLabel}>E-post </span>
          <a href={channel.href}>{channel.address}</a>
          <Facts facts={channel.facts} />
        </>
      )
    case 'visit':
      return (
        <>
          <span className={styles.channelLabel}>Besök </span>
          <span>{channel.address}</span>
          {channel.openingHours && <span className={styles.hours}> {channel.openingHours}</span>}
          <Facts facts={channel.facts} />
        </>
      )
  }
}

/** Where the service is offered, for whom and in which languages: only what the editors filled in. */
function About({ link }: { link: HelpLink }) {
  const facts = [
    link.area && `Gäller: ${link.area}`,
    link.ages && `Ålder: ${link.ages}`,
    link.languages && `Språk: ${link.languages}`,
    link.interpreter,
  ].filter((fact): fact is string => Boolean(fact))
  if (facts.length === 0) return null
  return (
    <ul className={styles.about}>
      {facts.map((fact) => (
        <li key={fact}>{fact}</li>
      ))}
    </ul>
  )
}

/**
 * One help service: who runs it, what it offers, and how to reach it. A service whose channels
 * nobody has checked points to its organisation's web address instead.
 */
function HelpLinkCard({ link, headingLevel: Heading }: { link: HelpLink; headingLevel: HeadingLevel }) {
  // In draft mode the name carries stega markers for visual editing; attributes get the clean text.
  return (
    <li className={styles.card}>
      <Heading className={styles.name}>{link.name}</Heading>
      {link.provider && <p className={styles.provider}>{link.provider}</p>}
      <p lang={link.descriptionLang ?? undefined}>{link.description}</p>
      <About link={link} />
      {link.channels.length > 0 ? (
        <ul className={styles.channels} aria-label={`Så når du ${stegaClean(link.name)}`}>
          {link.channels.map((channel) => (
            <li key={channel.key}>
              <Channel channel={channel} />
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.fallback}>
          {link.fallback ? (
            <>
              Kontaktuppgifter finns på <a href={link.fallback.href}>{link.fallback.label}</a>.
            </>
          ) : (
            <>Kontaktuppgifter finns hos {link.provider ?? link.name}.</>
          )}
        </p>
      )}
    </li>
  )
}

/** A list of help services; each name is a heading at the given level. */
export function HelpLinkList({ links, headingLevel }: { links: HelpLink[]; headingLevel: HeadingLevel }) {
  return (
    <ul className={styles.list}>
      {links.map((link) => (
        <HelpLinkCard key={link.id} link={link} headingLevel={headingLevel} />
      ))}
    </ul>
  )
}
