import { useToast } from '@sanity/ui/toast'
import { useEffect } from 'react'
import { set, unset, type ObjectInputProps } from 'sanity'

import { channelChange, channelFingerprint, checkClearedMessage } from '../rules/verification'

type HelpLinkValue = {
  channels?: Parameters<typeof channelFingerprint>[0]
  verification?: { checkedAt?: string; checkedChannels?: string }
}

/**
 * The help link's form, which clears its check as soon as a channel's facts differ from those
 * that were checked: a changed number must not reach the site marked as checked. The editor is
 * told why, in a toast now and at the "Kontroll" field until the link is checked again. It
 * watches the document rather than the editor's keystrokes, so a change from anywhere counts.
 */
export function HelpLinkInput(props: ObjectInputProps) {
  const { onChange, readOnly } = props
  const value = props.value as HelpLinkValue | undefined
  const toast = useToast()
  const checkedAt = value?.verification?.checkedAt
  const checked = value?.verification?.checkedChannels
  const now = channelFingerprint(value?.channels)

  useEffect(() => {
    // A check recorded before fingerprints existed has nothing to compare with.
    if (readOnly || !checkedAt || !checked || checked === now) return
    const change = channelChange(checked, now)
    const message = checkClearedMessage(change, new Date().toISOString().slice(0, 10))
    onChange([
      unset(['verification', 'checkedAt']),
      unset(['verification', 'checkedBy']),
      unset(['verification', 'checkedChannels']),
      set(message, ['verification', 'clearedBecause']),
    ])
    toast.push({
      status: 'warning',
      title: 'Kontrollen togs bort',
      description: `Eftersom ${change} ligger hjälplänken nu under "Behöver kontrolleras".`,
      duration: 10000,
    })
  }, [readOnly, checkedAt, checked, now, onChange, toast])

  return props.renderDefault(props)
}
