import { CheckmarkCircleIcon } from '@sanity/icons/CheckmarkCircle'
import { useState } from 'react'
import { useCurrentUser, useDocumentOperation, useDocumentPairPermissions, type DocumentActionComponent } from 'sanity'

import { channelFingerprint } from '../schemaTypes/rules/verification'

type WithVerification = {
  channels?: Parameters<typeof channelFingerprint>[0]
  verification?: { checkedAt?: string }
}

/**
 * "Markera som kontrollerad": records today's date and the editor's name on a help link, after
 * the editor confirms they checked the facts with the service. The change is a draft like any
 * other edit, so it reaches the site when the editor publishes.
 */
export const MarkCheckedAction: DocumentActionComponent = ({ id, type, draft, published }) => {
  const { patch } = useDocumentOperation(id, type)
  const [permissions, permissionsLoading] = useDocumentPairPermissions({ id, type, permission: 'update' })
  const user = useCurrentUser()
  const [confirming, setConfirming] = useState(false)

  const today = new Date().toISOString().slice(0, 10)
  const current = (draft ?? published) as WithVerification | null
  const checkedAt = current?.verification?.checkedAt
  const cannotEdit = permissionsLoading || !permissions?.granted
  // A check names a person; the site ignores one that does not.
  const name = user?.name?.trim()

  return {
    label: 'Markera som kontrollerad',
    icon: CheckmarkCircleIcon,
    disabled: Boolean(patch.disabled) || cannotEdit || !name || checkedAt === today,
    title:
      checkedAt === today
        ? 'Redan kontrollerad i dag'
        : cannotEdit
          ? 'Du har inte behörighet att ändra'
          : !name
            ? 'Ditt konto har inget namn, och en kontroll ska visa vem som gjorde den. Lägg till ett namn i din profil.'
            : undefined,
    onHandle: () => setConfirming(true),
    dialog: confirming && {
      type: 'confirm',
      message:
        'Har du i dag kontrollerat alla kontaktvägar, öppettider och uppgifterna under "Bra att veta" hos tjänsten själv? Datumet och ditt namn sparas i hjälplänken. Om en kontaktväg ändras senare tas kontrollen bort.',
      confirmButtonText: 'Ja, allt stämmer',
      cancelButtonText: 'Avbryt',
      onCancel: () => setConfirming(false),
      onConfirm: () => {
        // The channels as checked: changing any of them later clears the check (HelpLinkInput).
        patch.execute([
          { setIfMissing: { verification: {} } },
          {
            set: {
              'verification.checkedAt': today,
              'verification.checkedBy': name,
              'verification.checkedChannels': channelFingerprint(current?.channels),
            },
          },
          { unset: ['verification.clearedBecause'] },
        ])
        setConfirming(false)
      },
    },
  }
}
MarkCheckedAction.displayName = 'MarkCheckedAction'
