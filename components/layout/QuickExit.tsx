'use client'

import { useEffect, useState } from 'react'

import { leavePage, QUICK_EXIT_ATTRIBUTE, SHORTCUT_PRESSES, SHORTCUT_WINDOW_MS } from './quick-exit'
import styles from './QuickExit.module.css'

/** The fixed texts in the page's language (vocabulary/messages), as plain strings a client component can take. */
export type QuickExitTexts = {
  shortcutHint: string
  /** By the number of presses that remain. */
  remaining: string[]
  cancelled: string
  leaving: string
}

type Props = { url: string; label: string; texts: QuickExitTexts }

/**
 * The quick-exit button. Without JavaScript it is a plain link to the neutral site. With
 * JavaScript, it and every other quick-exit link hide the page at once and replace the location,
 * and pressing Shift three times within five seconds does the same anywhere on the page. A live
 * region tells screen reader users how many presses remain, as GOV.UK's pattern does.
 */
export function QuickExit({ url, label, texts }: Props) {
  const [announcement, setAnnouncement] = useState('')

  useEffect(() => {
    let presses = 0
    let timer: ReturnType<typeof setTimeout> | undefined

    const reset = () => {
      presses = 0
      clearTimeout(timer)
    }

    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.(`a[${QUICK_EXIT_ATTRIBUTE}]`)
      if (!link || event.defaultPrevented || event.button !== 0) return
      event.preventDefault()
      leavePage(url)
    }

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Shift') {
        if (presses > 0) {
          reset()
          setAnnouncement('')
        }
        return
      }
      if (event.repeat) return
      presses += 1
      if (presses === 1) {
        timer = setTimeout(() => {
          reset()
          setAnnouncement(texts.cancelled)
        }, SHORTCUT_WINDOW_MS)
      }
      if (presses >= SHORTCUT_PRESSES) {
        reset()
        setAnnouncement(texts.leaving)
        leavePage(url)
        return
      }
      setAnnouncement(texts.remaining[SHORTCUT_PRESSES - presses] ?? '')
    }

    document.addEventListener('click', onClick)
    document.addEventListener('keydown', onKeyDown)
    return () => {
      reset()
      document.removeEventListener('click', onClick)
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [url, texts])

  // rel="noreferrer" as well as the site's Referrer-Policy: the neutral site must not learn where the visitor was.
  return (
    <>
      <a href={url} rel="noreferrer" className={styles.button} {...{ [QUICK_EXIT_ATTRIBUTE]: '' }}>
        {label}
        <span className="visually-hidden">{texts.shortcutHint}</span>
      </a>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  )
}
