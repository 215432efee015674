import { HELP_PATH } from '@/vocabulary/help-audiences'

/**
 * What every page that cannot show what was asked for (404, error, the proxy's 503) offers
 * instead: the ways on that always work, then the emergency number.
 */
export const WAYS_ON = [
  { href: HELP_PATH, label: 'Hitta hjälp och stöd' },
  { href: '/', label: 'Gå till startsidan' },
] as const

export const EMERGENCY_NOTE = 'Är det akut? Ring 112.'
