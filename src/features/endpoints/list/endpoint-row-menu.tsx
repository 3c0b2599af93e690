import { ActionIcon } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDots, IconExternalLink, IconPlayerPause, IconPlayerPlay, IconTrash } from '@tabler/icons-react'
import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { DeferredMenu } from '../../../components/deferred/deferred-menu'
import { addressOf } from '../../../lib/lucca-client'
import { useUpdateEndpoint, type ListedEndpoint } from '../endpoints-api'
import { endpointLabel } from '../endpoint-label'

// The dialogs load when one opens: the list renders without modal code.
const DeleteEndpointModal = lazy(async () => ({
  default: (await import('../status/delete-endpoint-modal')).DeleteEndpointModal,
}))
const StatusChangeModal = lazy(async () => ({
  default: (await import('../status/status-change-modal')).StatusChangeModal,
}))

interface EndpointRowMenuProps {
  endpoint: ListedEndpoint
  canEdit: boolean
  isProduction: boolean
}

export function EndpointRowMenu({ endpoint, canEdit, isProduction }: EndpointRowMenuProps) {
  const { t } = useTranslation('endpoints')
  const { t: tShell } = useTranslation()
  const [dialog, setDialog] = useState<'delete' | 'activate' | 'disable' | null>(null)
  const update = useUpdateEndpoint()
  const label = endpointLabel(endpoint)

  function disable() {
    // Outside production, disabling is instant and reversible, so it needs no confirmation.
    if (isProduction) return setDialog('disable')
    update.mutate(
      { endpoint, patch: { status: 'inactive' } },
      {
        onError: (error) =>
          notifications.show({ color: 'red', title: t('statusChange.failed'), message: error.message }),
      },
    )
  }

  return (
    <>
      <DeferredMenu
        position="bottom-end"
        withinPortal
        target={
          <ActionIcon variant="subtle" color="gray" aria-label={t('list.moreActions', { endpoint: label })}>
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        }
        items={(Menu) => (
          <>
            <Menu.Item
              component={Link}
              to={`/endpoints/${encodeURIComponent(addressOf(endpoint))}`}
              leftSection={<IconExternalLink size={14} aria-hidden />}
            >
              {tShell('actions.open')}
            </Menu.Item>
            {canEdit && endpoint.status === 'active' && (
              <Menu.Item leftSection={<IconPlayerPause size={14} aria-hidden />} onClick={disable}>
                {t('actions.disable')}
              </Menu.Item>
            )}
            {canEdit && endpoint.status !== 'active' && (
              <Menu.Item
                leftSection={<IconPlayerPlay size={14} aria-hidden />}
                onClick={() => setDialog('activate')}
              >
                {endpoint.status === 'suspended' ? t('actions.reactivate') : t('actions.enable')}
              </Menu.Item>
            )}
            {canEdit && (
              <Menu.Item
                // Mantine's red menu text is 3.3:1 on white; the theme's error tone passes in both schemes.
                c="var(--mantine-color-error)"
                leftSection={<IconTrash size={14} aria-hidden />}
                onClick={() => setDialog('delete')}
              >
                {t('actions.delete')}
              </Menu.Item>
            )}
          </>
        )}
      />
      <Suspense>
        {dialog === 'delete' && (
          <DeleteEndpointModal
            endpoint={endpoint}
            isProduction={isProduction}
            opened
            onClose={() => setDialog(null)}
          />
        )}
        {(dialog === 'activate' || dialog === 'disable') && (
          <StatusChangeModal
            endpoint={endpoint}
            target={dialog === 'activate' ? 'active' : 'inactive'}
            opened
            onClose={() => setDialog(null)}
          />
        )}
      </Suspense>
    </>
  )
}
