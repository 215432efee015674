import type { LanguageLink } from '@/lib/content/languages'

import styles from './LanguageLinks.module.css'

/**
 * The way to the same page in the site's other language versions (or to a version's start page
 * when the page has no counterpart there). Each link's text is written in its own language and
 * says so with `lang`; `hreflang` tells what the target is in.
 */
export function LanguageLinks({ links, label }: { links: LanguageLink[]; label: string }) {
  if (links.length === 0) return null
  return (
    <nav aria-label={label} className={styles.languages}>
      <ul className={styles.list}>
        {links.map(({ language, href }) => (
          <li key={language.id}>
            <a href={href} lang={language.htmlLang} hrefLang={language.htmlLang}>
              {language.linkText}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
