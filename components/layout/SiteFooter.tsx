import type { NavLink } from '@/lib/content/common'
import type { Organisation, Settings } from '@/lib/content/settings'
import { RichText } from '@/components/rich-text/RichText'
import type { Messages } from '@/vocabulary/messages'

import styles from './SiteFooter.module.css'

type Props = Pick<Settings, 'footer' | 'feedback' | 'organisations'> & {
  /** The privacy page in the page's language, if it has one there. */
  privacyHref: string | null
  accessibilityHref: string
  messages: Messages
}

function Senders({ organisations, heading }: { organisations: Organisation[]; heading: string }) {
  const senders = organisations.filter((organisation) => organisation.role === 'sender')
  if (senders.length === 0) return null
  return (
    <section aria-labelledby="footer-senders">
      <h2 id="footer-senders" className={styles.heading}>
        {heading}
      </h2>
      <ul className={styles.list}>
        {senders.map((organisation) => (
          <li key={organisation.id}>
            {organisation.url ? <a href={organisation.url}>{organisation.name}</a> : organisation.name}
          </li>
        ))}
      </ul>
    </section>
  )
}

/**
 * The footer on every page: the editors' text and links, the senders, how to give feedback, and
 * (always, by law) the accessibility statement and the privacy page.
 */
export function SiteFooter({ footer, feedback, organisations, privacyHref, accessibilityHref, messages }: Props) {
  const links: NavLink[] = [...footer.links]
  if (privacyHref && !links.some((link) => link.href === privacyHref)) {
    links.push({ key: 'privacy', href: privacyHref, label: messages.footer.privacy })
  }
  links.push({ key: 'accessibility', href: accessibilityHref, label: messages.footer.accessibility })

  return (
    <footer className={styles.footer}>
      <div className={`container ${styles.grid}`}>
        <div className={styles.text}>
          <RichText value={footer.text} />
        </div>
        <nav aria-label={messages.footer.aboutSite}>
          <ul className={styles.list}>
            {links.map((link) => (
              <li key={link.key}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <Senders organisations={organisations} heading={messages.footer.senders} />
        {feedback && (feedback.text.length > 0 || feedback.email || feedback.publicRecordNote) && (
          <section aria-labelledby="footer-feedback">
            <h2 id="footer-feedback" className={styles.heading}>
              {messages.footer.feedback}
            </h2>
            <RichText value={feedback.text} />
            {feedback.email && (
              <p>
                {messages.footer.email} <a href={`mailto:${feedback.email}`}>{feedback.email}</a>
              </p>
            )}
            {feedback.publicRecordNote && <p className={styles.note}>{feedback.publicRecordNote}</p>}
          </section>
        )}
      </div>
    </footer>
  )
}
