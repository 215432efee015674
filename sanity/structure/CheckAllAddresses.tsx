import { Button, Card, Stack, Text } from '@sanity/ui'
import { useState } from 'react'
import { useClient } from 'sanity'

import { apiVersion } from '../../vocabulary/api-version'
import { runLinkCheck } from './CheckAddressesAction'

type Result = { ok: boolean; message: string }

/**
 * "Kontrollera alla webbadresser": the link check on every help link now, instead of one document
 * at a time or waiting for the scheduled run. The result says how many help links have addresses
 * that do not work; those are then listed under Behöver kontrolleras.
 */
export function CheckAllAddresses() {
  const token = useClient({ apiVersion }).config().token
  const [running, setRunning] = useState(false)
  const [result, setResult] = useState<Result | null>(null)

  const run = async () => {
    setRunning(true)
    setResult(null)
    setResult(await runLinkCheck(token!))
    setRunning(false)
  }

  return (
    <Card padding={4}>
      <Stack gap={4}>
        <Text as="h2" size={2} weight="semibold">
          Kontrollera alla webbadresser
        </Text>
        <Text as="p" muted>
          Webbplatsen hämtar varje hjälplänks webbadresser och sparar vad de svarade. Det görs också regelbundet av sig
          självt. Hjälplänkar med adresser som inte fungerar hamnar under Behöver kontrolleras. Det kan ta en stund.
        </Text>
        <div>
          <Button
            text={running ? 'Kontrollerar …' : 'Kontrollera alla nu'}
            tone="primary"
            loading={running}
            disabled={running || !token}
            onClick={() => void run()}
          />
        </div>
        {!token && (
          <Text as="p" size={1}>
            Kontrollen kan inte startas med den här inloggningen.
          </Text>
        )}
        <div role="status">
          {result && (
            <Card padding={3} radius={2} tone={result.ok ? 'positive' : 'critical'}>
              <Text size={1}>{result.message}</Text>
            </Card>
          )}
        </div>
      </Stack>
    </Card>
  )
}
