import { Box, Button, Card, Flex } from '@sanity/ui'
import { useState } from 'react'
import { useWorkspace } from 'sanity'
import type { PreviewHeaderProps } from 'sanity/presentation'

/**
 * Presentation's own header, plus the way out of draft mode from the Studio: the site's disable
 * route (same origin: the preview is the site the Studio is embedded in) clears the draft-mode
 * cookie, so the editor's browser shows the site as visitors see it, then the Studio leaves the
 * preview for its start.
 */
export function PreviewHeader(props: PreviewHeaderProps) {
  const { basePath } = useWorkspace()
  const [ending, setEnding] = useState(false)
  const endPreview = async () => {
    setEnding(true)
    await fetch('/api/draft-mode/disable', { method: 'POST' }).catch(() => undefined)
    window.location.assign(basePath || '/')
  }
  return (
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
}
