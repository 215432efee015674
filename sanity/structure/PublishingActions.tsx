import { UnpublishIcon } from '@sanity/icons/Unpublish'
import { Button, Flex, Stack } from '@sanity/ui'
import { useState } from 'react'
import {
  useDocumentOperation,
  useDocumentPairPermissions,
  type DocumentActionComponent,
  type DocumentActionDescription,
  type DocumentActionProps,
} from 'sanity'

import { DocumentLinks, Paragraph, useReferrers, useUnpublishedReferences, type LinkedDocument } from './references'

/**
 * Publishing control for editors. Unpublishing or deleting a document that a published document
 * links to would leave the site with a link to nothing (a menu item, a short link on a poster), so
 * both are refused while such links exist, naming the documents. Publishing a document that links
 * to unpublished ones is explained: those come first.
 */

type Removal = 'unpublish' | 'delete'

const WORDS: Record<Removal, { verb: string; done: string }> = {
  unpublish: { verb: 'avpublicera', done: 'försvinner från webbplatsen men finns kvar här som utkast' },
  delete: { verb: 'radera', done: 'försvinner från webbplatsen och raderas här, med alla utkast' },
}

function titleOf({ draft, published }: DocumentActionProps): string {
  const value = (draft ?? published) as { title?: string; name?: string; path?: string } | null
  return value?.title ?? value?.name ?? value?.path ?? 'dokumentet'
}

/** What the dialog says once the referrers are known: refused, or a confirmation that lists them. */
function removalDialog(
  removal: Removal,
  title: string,
  referrers: LinkedDocument[] | null,
  close: () => void,
  confirm: () => void,
): DocumentActionDescription['dialog'] {
  const { verb, done } = WORDS[removal]
  const Verb = verb[0].toUpperCase() + verb.slice(1)
  if (referrers === null)
    return {
      type: 'dialog',
      header: `${Verb} "${title}"`,
      onClose: close,
      content: <Paragraph>Kontrollerar vad som länkar hit…</Paragraph>,
    }

  const published = referrers.filter((referrer) => referrer.published)
  const drafts = referrers.filter((referrer) => !referrer.published)
  if (published.length > 0) {
    return {
      type: 'dialog',
      header: `"${title}" kan inte ${verb}s än`,
      onClose: close,
      content: (
        <Stack gap={3}>
          <Paragraph>
            {published.length === 1 ? 'Det här publicerade dokumentet länkar' : 'De här publicerade dokumenten länkar'}{' '}
            hit. Om du {verb}r skulle webbplatsen leda besökare till en sida som inte finns.
          </Paragraph>
          <DocumentLinks documents={published} />
          <Paragraph>
            Öppna {published.length === 1 ? 'det' : 'dem'}, ta bort länken hit och publicera. Sedan kan du {verb} &quot;
            {title}&quot;.
          </Paragraph>
        </Stack>
      ),
      footer: (
        <Flex justify="flex-end">
          <Button mode="ghost" text="Stäng" onClick={close} />
        </Flex>
      ),
    }
  }
  return {
    type: 'dialog',
    header: `${Verb} "${title}"?`,
    onClose: close,
    content: (
      <Stack gap={3}>
        <Paragraph>
          &quot;{title}&quot; {done}.
        </Paragraph>
        {drafts.length > 0 ? (
          <>
            <Paragraph>
              Inget publicerat länkar hit, men de här utkasten gör det. De kan inte publiceras med länken kvar:
            </Paragraph>
            <DocumentLinks documents={drafts} />
          </>
        ) : (
          <Paragraph>Inget annat dokument länkar hit.</Paragraph>
        )}
      </Stack>
    ),
    footer: (
      <Flex gap={2} justify="flex-end">
        <Button mode="ghost" text="Avbryt" onClick={close} />
        <Button tone="critical" text={`${Verb} nu`} onClick={confirm} />
      </Flex>
    ),
  }
}

/** "Avpublicera": takes the document off the site, keeping it as a draft, unless something published links to it. */
export const UnpublishAction: DocumentActionComponent = (props) => {
  const { id, type, published, onComplete } = props
  const { unpublish } = useDocumentOperation(id, type)
  const [permissions, permissionsLoading] = useDocumentPairPermissions({ id, type, permission: 'unpublish' })
  const { referrers, check } = useReferrers(id)
  const [open, setOpen] = useState(false)

  if (!published) return null
  const cannot = permissionsLoading || !permissions?.granted
  const close = () => setOpen(false)
  return {
    label: 'Avpublicera',
    icon: UnpublishIcon,
    tone: 'critical',
    disabled: Boolean(unpublish.disabled) || cannot,
    title: cannot ? 'Du har inte behörighet att avpublicera' : undefined,
    onHandle: () => {
      setOpen(true)
      void check()
    },
    dialog:
      open &&
      removalDialog('unpublish', titleOf(props), referrers, close, () => {
        unpublish.execute()
        close()
        onComplete()
      }),
  }
}
UnpublishAction.displayName = 'UnpublishAction'
UnpublishAction.action = 'unpublish'

/** Sanity's delete, refused while something published links to the document ("Radera ändå" is not offered). */
export function guardDelete(base: DocumentActionComponent): DocumentActionComponent {
  const GuardedDelete: DocumentActionComponent = (props) => {
    const { id, type, onComplete } = props
    const described = base(props)
    const { delete: remove } = useDocumentOperation(id, type)
    const { referrers, check } = useReferrers(id)
    const [open, setOpen] = useState(false)
    if (!described) return null
    const close = () => setOpen(false)
    return {
      ...described,
      onHandle: () => {
        setOpen(true)
        void check()
      },
      dialog:
        open &&
        removalDialog('delete', titleOf(props), referrers, close, () => {
          remove.execute()
          close()
          onComplete()
        }),
    }
  }
  GuardedDelete.displayName = 'GuardedDelete'
  GuardedDelete.action = 'delete'
  return GuardedDelete
}

/**
 * Sanity's publish, which explains the order when the draft links to documents that are not
 * published yet: Sanity refuses such a publish with a message at the field that does not say what
 * to publish first.
 */
export function guardPublish(base: DocumentActionComponent): DocumentActionComponent {
  const GuardedPublish: DocumentActionComponent = (props) => {
    const described = base(props)
    const unpublished = useUnpublishedReferences(props.draft)
    const [permissions] = useDocumentPairPermissions({ id: props.id, type: props.type, permission: 'publish' })
    const [open, setOpen] = useState(false)
    if (!described || unpublished.length === 0 || !permissions?.granted) return described
    const close = () => setOpen(false)
    const title = titleOf(props)
    return {
      ...described,
      disabled: false,
      title: 'Något som det här dokumentet länkar till är inte publicerat än',
      onHandle: () => setOpen(true),
      dialog: open && {
        type: 'dialog',
        header: 'Publicera i rätt ordning',
        onClose: close,
        content: (
          <Stack gap={3}>
            <Paragraph>
              &quot;{title}&quot; länkar till {unpublished.length === 1 ? 'ett dokument' : 'dokument'} som inte är
              publicerat än. Webbplatsen kan bara länka till det som är publicerat, så publicera först:
            </Paragraph>
            <DocumentLinks documents={unpublished} />
            <Paragraph>Kom sedan tillbaka hit och publicera &quot;{title}&quot;.</Paragraph>
          </Stack>
        ),
        footer: (
          <Flex justify="flex-end">
            <Button mode="ghost" text="Stäng" onClick={close} />
          </Flex>
        ),
      },
    }
  }
  GuardedPublish.displayName = 'GuardedPublish'
  GuardedPublish.action = 'publish'
  return GuardedPublish
}
