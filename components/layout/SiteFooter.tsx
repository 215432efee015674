import type { NavLink } from '@/lib/content/common'
import type { Organisation, Settings } from '@/lib/content/settings'
import { RichText } from '@/components/rich-text/RichText'

import styles from './SiteFooter.module.css'

export const ACCESSIBILITY_PATH = '/tillganglighet'

type Props = Pick<Settings, 'footer' | 'feedback' | 'organisations' | 'privacyPage'>

function Senders({ organisations }: { organisations: Organisation[] }) {
  const senders = organisations.filter((organisation) => organisation.role === 'sender')
  if (senders.length === 0) return null
  return (
    <section aria-labelledby="footer-senders">
      <h2 id="footer-senders" className={styles.heading}>
        Avsändare
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
export function SiteFooter({ footer, feedback, organisations, privacyPage }: Props) {
  const links: NavLink[] = [...footer.links]
  if (privacyPage && !links.some((link) => link.href === privacyPage)) {
    links.push({ key: 'privacy', href: privacyPage, label: 'Personuppgifter och kakor' })
  }
  links.push({ key: 'accessibility', href: ACCESSIBILITY_PATH, label: 'Tillgänglighet' })

  return (
    <footer className={styles.footer}>
      <div className={`container ${styles.grid}`}>
        <div className={styles.text}>
          <RichText value={footer.text} />
        </div>
        <nav aria-label="Om webbplatsen">
          <ul className={styles.list}>
            {links.map((link) => (
              <li key={link.key}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <Senders organisations={organisations} />
        {feedback && (feedback.text.length > 0 || feedback.email || feedback.publicRecordNote) && (
          <section aria-labelledby="footer-feedback">
            <h2 id="footer-feedback" className={styles.heading}>
              Synpunkter på webbplatsen
            </h2>
            <RichText value={feedback.text} />
            {feedback.email && (
              <p>
                E-post: <a href={`mailto:${feedback.email}`}>{feedback.email}</a>
              </p>
            )}
            {feedback.publicRecordNote && <p className={styles.note}>{feedback.publicRecordNote}</p>}
          </section>
        )}
      </div>
    </footer>
  )
}
