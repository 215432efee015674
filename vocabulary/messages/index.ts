import { en } from './en'
import { lattlast } from './lattlast'
import { sv } from './sv'
import type { Messages } from './types'

export type { Messages } from './types'

/** The message file of each language that has one, by language id. */
const MESSAGES: Record<string, Messages> = { sv, lattlast, en }

/**
 * The fixed texts for a language. A language added in the settings without a message file gets
 * the English ones until a file is written for it (docs/languages.md).
 */
export function messagesFor(languageId: string): Messages {
  return MESSAGES[languageId] ?? en
}
