import { HELP_PATH } from '@/vocabulary/help-audiences'
import { localPath } from '@/vocabulary/languages'
import type { StatusTexts } from '@/vocabulary/messages'

/**
 * What every page that cannot show what was asked for (404, error, the proxy's 503) offers
 * instead, in the page's language: the ways on that always work, then the emergency number.
 */
export function waysOn(languageId: string, messages: Pick<StatusTexts, 'waysOn'>) {
  return {
    links: [
      { href: localPath(languageId, HELP_PATH), label: messages.waysOn.help },
      { href: localPath(languageId, '/'), label: messages.waysOn.start },
    ],
    emergency: messages.waysOn.emergency,
  }
}
