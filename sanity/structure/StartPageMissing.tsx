import { Button, Card, Stack, Text } from '@sanity/ui'
import { useIntentLink } from 'sanity/router'

/** Shown in place of the start page until the settings name one. */
export function StartPageMissing() {
  const settingsLink = useIntentLink({ intent: 'edit', params: { id: 'settings', type: 'settings' } })
  return (
    <Card padding={4}>
      <Stack gap={4}>
        <Text as="h2" size={2} weight="semibold">
          Ingen startsida är vald
        </Text>
        <Text as="p" muted>
          Startsidan är en av kampanjsidorna. Välj vilken under Inställningar, i fältet Startsida, och publicera
          inställningarna.
        </Text>
        <div>
          <Button
            as="a"
            href={settingsLink.href}
            onClick={settingsLink.onClick}
            text="Öppna inställningarna"
            tone="primary"
          />
        </div>
      </Stack>
    </Card>
  )
}
