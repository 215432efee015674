import { UnpublishIcon } from '@sanity/icons/Unpublish'
import { Button, Flex, Stack } from '@sanity/ui'
import { useState } from 'react'
import {
  getPublishedId,
  useClient,
  useDocumentOperation,
  useDocumentPairPermissions,
  useSyncState,
  useWorkspace,
  validateDocument,
  type DocumentActionComponent,
  type DocumentActionDescription,
  type DocumentActionProps,
  type SanityDocument,
} from 'sanity'

import { apiVersion } from '../../vocabulary/api-version'

import { DocumentLinks, Paragraph, useReferrers, useUnpublishedReferences, type LinkedDocument } from './references'

/**
 * Publishing control for editors. Unpublishing or deleting a document that a published document
 * links to would leave the site with a link to nothing (a menu item, a short link on a poster), so
 * both are refused while such links exist, naming the documents. Publishing a document that links
 * to unpublished ones offers to publish them together.
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

/** Where "Publicera tillsammans" is: asking, publishing, or stopped with a reason the editor can act on. */
type Together =
  { step: 'ask' } | { step: 'working' } | { step: 'invalid'; documents: LinkedDocument[] } | { step: 'failed' }

/**
 * Sanity's publish, which offers to publish the documents the draft links to that are not
 * published yet, together with it: Sanity alone refuses such a publish with a message at the field
 * that does not say what to publish first. "Publicera tillsammans" publishes those drafts and then
 * this one in one transaction of document actions, so either all of them reach the site or none
 * does. Each is validated first, as Sanity's own publish does; one with errors stops it all and is
 * named, so the editor can open it.
 */
export function guardPublish(base: DocumentActionComponent): DocumentActionComponent {
  const GuardedPublish: DocumentActionComponent = (props) => {
    const { id, type, draft, onComplete } = props
    const described = base(props)
    const unpublished = useUnpublishedReferences(draft)
    const [permissions] = useDocumentPairPermissions({ id, type, permission: 'publish' })
    const client = useClient({ apiVersion })
    const workspace = useWorkspace()
    const { isSyncing } = useSyncState(id, type)
    const [together, setTogether] = useState<Together | null>(null)
    if (!described || unpublished.length === 0 || !permissions?.granted) return described
    const close = () => setTogether(null)
    const title = titleOf(props)

    const publishTogether = async () => {
      setTogether({ step: 'working' })
      try {
        const ids = [...unpublished.map((document) => document.id), id]
        const drafts = await client.fetch<SanityDocument[]>(
          '*[_id in $drafts]',
          {
            drafts: ids.map((documentId) => `drafts.${documentId}`),
          },
          { perspective: 'raw' },
        )
        const publishing = new Set(ids)
        // A link to a document published in the same transaction counts as a link to a published one.
        const getDocumentExists = async ({ id: target }: { id: string }) =>
          publishing.has(getPublishedId(target)) ||
          (await client.fetch<boolean>('defined(*[_id == $target][0]._id)', { target: getPublishedId(target) }))
        const invalid: LinkedDocument[] = []
        for (const document of drafts) {
          const markers = await validateDocument({ document, workspace, getDocumentExists, environment: 'studio' })
          if (markers.some((marker) => marker.level === 'error')) {
            const documentId = getPublishedId(document._id)
            invalid.push(
              unpublished.find((linked) => linked.id === documentId) ?? {
                id: documentId,
                type: document._type,
                title,
                published: Boolean(props.published),
              },
            )
          }
        }
        if (invalid.length > 0) return setTogether({ step: 'invalid', documents: invalid })
        // The linked documents first, so that every reference points at a published document when this one is.
        const order = [...drafts].sort(
          (a, b) => Number(getPublishedId(a._id) === id) - Number(getPublishedId(b._id) === id),
        )
        await client.action(
          order.map((document) => ({
            actionType: 'sanity.action.document.publish' as const,
            draftId: document._id,
            publishedId: getPublishedId(document._id),
            ifDraftRevisionId: document._rev,
          })),
        )
        close()
        onComplete()
      } catch (error) {
        console.error('[publish together]', error)
        setTogether({ step: 'failed' })
      }
    }

    return {
      ...described,
      disabled: isSyncing,
      title: 'Något som det här dokumentet länkar till är inte publicerat än',
      onHandle: () => setTogether({ step: 'ask' }),
      dialog: together !== null && {
        type: 'dialog',
        header: 'Publicera tillsammans',
        onClose: close,
        content:
          together.step === 'invalid' ? (
            <Stack gap={3}>
              <Paragraph>Inget publicerades. Det här behöver rättas först, där fälten är markerade:</Paragraph>
              <DocumentLinks documents={together.documents} />
            </Stack>
          ) : together.step === 'failed' ? (
            <Paragraph>
              Inget publicerades: någon annan kan ha ändrat dokumenten samtidigt, eller så svarade servern inte. Försök
              igen om en stund.
            </Paragraph>
          ) : (
            <Stack gap={3}>
              <Paragraph>
                &quot;{title}&quot; länkar till {unpublished.length === 1 ? 'ett dokument' : 'dokument'} som inte är
                publicerat än. Webbplatsen kan bara länka till det som är publicerat:
              </Paragraph>
              <DocumentLinks documents={unpublished} />
              <Paragraph>
                Publicera {unpublished.length === 1 ? 'det' : 'dem'} tillsammans med &quot;{title}&quot;, i ett enda
                steg. Du kan också öppna {unpublished.length === 1 ? 'det' : 'dem'} och publicera var för sig.
              </Paragraph>
            </Stack>
          ),
        footer: (
          <Flex gap={2} justify="flex-end">
            <Button mode="ghost" text={together.step === 'ask' ? 'Avbryt' : 'Stäng'} onClick={close} />
            {(together.step === 'ask' || together.step === 'working') && (
              <Button
                tone="positive"
                text="Publicera tillsammans"
                loading={together.step === 'working'}
                onClick={() => void publishTogether()}
              />
            )}
          </Flex>
        ),
      },
    }
  }
  GuardedPublish.displayName = 'GuardedPublish'
  GuardedPublish.action = 'publish'
  return GuardedPublish
}
