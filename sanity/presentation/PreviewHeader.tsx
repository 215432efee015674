import { Box, Button, Card, Flex, Stack, Text } from '@sanity/ui'
import { useState } from 'react'
import { useCurrentUser, useWorkspace } from 'sanity'
import type { PreviewHeaderProps } from 'sanity/presentation'

/** Said to someone whose only role is to read: the preview cannot connect for them, and here is why. */
const VIEWER_NOTICE =
  'Du är inloggad som läsare. Som läsare kan du läsa allt innehåll i Innehåll, men inte ändra, publicera eller förhandsvisa utkast. Förhandsvisningen är bara för redaktörer. Be en redaktör om hjälp om du behöver ändra något.'

/**
 * Presentation's own header, plus the way out of draft mode from the Studio: the site's disable
 * route (same origin: the preview is the site the Studio is embedded in) clears the draft-mode
 * cookie, so the editor's browser shows the site as visitors see it, then the Studio leaves the
 * preview for its start. A viewer is told plainly what the role allows: the preview needs a
 * secret that only editors may create, so for them it would only fail to connect.
 */
export function PreviewHeader(props: PreviewHeaderProps) {
  const { basePath } = useWorkspace()
  const user = useCurrentUser()
  const viewerOnly = Boolean(user?.roles.length) && user!.roles.every((role) => role.name === 'viewer')
  const [ending, setEnding] = useState(false)
  const endPreview = async () => {
    setEnding(true)
    await fetch('/api/draft-mode/disable', { method: 'POST' }).catch(() => undefined)
    window.location.assign(basePath || '/')
  }
  const header = (
    <Flex align="stretch">
      <Box flex={1}>{props.renderDefault(props)}</Box>
      <Card borderBottom borderLeft paddingX={2} display="flex" style={{ alignItems: 'center' }}>
        <Button
          mode="ghost"
          fontSize={1}
          padding={2}
          text="Avsluta förhandsvisning"
          loading={ending}
          onClick={endPreview}
        />
      </Card>
    </Flex>
  )
  if (!viewerOnly) return header
  return (
    <Stack>
      {header}
      <Card tone="caution" padding={3} borderBottom role="status">
        <Text size={1}>{VIEWER_NOTICE}</Text>
      </Card>
    </Stack>
  )
}
