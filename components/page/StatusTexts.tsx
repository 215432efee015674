'use client'

import { createContext, useContext, type ReactNode } from 'react'

import type { StatusTexts } from '@/vocabulary/messages'

type PageStatusTexts = { languageId: string; texts: StatusTexts }

const StatusTextsContext = createContext<PageStatusTexts | null>(null)

/**
 * Hands the browser's error and 404 views (app/(site)/[...path]/error.tsx, not-found.tsx) the texts
 * of the page's language from the root layout, so they need no message file in the browser.
 */
export function StatusTextsProvider({ languageId, texts, children }: PageStatusTexts & { children: ReactNode }) {
  return <StatusTextsContext value={{ languageId, texts }}>{children}</StatusTextsContext>
}

/** The page's status texts; only inside the site's root layout, which always provides them. */
export function useStatusTexts(): PageStatusTexts {
  const value = useContext(StatusTextsContext)
  if (!value) throw new Error('useStatusTexts outside StatusTextsProvider (the site root layout provides it)')
  return value
}
