import { en } from './en'
import { lattlast } from './lattlast'
import { sv } from './sv'
import type { Messages } from './types'

export type { Messages, StatusTexts } from './types'

/** The message file of each language that has one, by language id. */
const MESSAGES: Record<string, Messages> = { sv, lattlast, en }

/**
 * The fixed texts for a language. A language added in the settings without a message file gets
 * the English ones until a file is written for it (docs/languages.md).
 */
export function messagesFor(languageId: string): Messages {
  return MESSAGES[languageId] ?? en
}

/**
 * The language of an address by its first segment, for what answers without the settings (the
 * proxy's 503 page): a language with a message file, else Swedish.
 */
export function messageLanguageOf(path: readonly string[] | undefined): string {
  const first = path?.[0]
  // 'sv' is DEFAULT_LANGUAGE_ID (vocabulary/languages.ts), which a file in messages/ may not import.
  return first && first !== 'sv' && first in MESSAGES ? first : 'sv'
}
