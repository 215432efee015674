import { defineField } from 'sanity'

import { CHANNEL_FACTS } from '../../../vocabulary/lists'

/** What a channel promises: shared by every kind of channel so the wording is always the same. */
export const channelFactsField = defineField({
  name: 'facts',
  title: 'Bra att veta',
  description: 'Kryssa bara i det som tjänsten själv uppger. Uppgifterna visas precis så här på webbplatsen.',
  type: 'array',
  of: [{ type: 'string' }],
  options: { list: [...CHANNEL_FACTS], layout: 'grid' },
})

export function factTitles(facts: unknown): string | undefined {
  if (!Array.isArray(facts) || facts.length === 0) return undefined
  return facts.map((fact) => CHANNEL_FACTS.find((item) => item.value === fact)?.title ?? fact).join(', ')
}
