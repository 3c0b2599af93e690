import { Button } from '@mantine/core'
import { IconUserShare } from '@tabler/icons-react'
import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DeferredTooltip } from '../../../components/deferred/deferred-tooltip'
import type { RealEventTarget } from './real-event-dialog'

// Opened on demand: the dialog's code loads on the first click.
const RealEventDialog = lazy(async () => ({ default: (await import('./real-event-dialog')).RealEventDialog }))

/**
 * Sends a recent real event of one of the endpoint's topics to it (admins only; the proxy enforces it). Lucca
 * delivers only to an active endpoint, so on any other the button is off and its tooltip says why.
 */
export function RealEventButton({ endpointStatus, ...props }: RealEventTarget & { endpointStatus: string }) {
  const { t } = useTranslation('deliveries')
  const [opened, setOpened] = useState(false)
  const inactive = endpointStatus !== 'active'
  const button = (
    <Button
      size="sm"
      variant="default"
      leftSection={<IconUserShare size={16} aria-hidden />}
      disabled={inactive || props.topics.length === 0}
      onClick={() => setOpened(true)}
    >
      {t('realEvent.open')}
    </Button>
  )
  return (
    <>
      {inactive ? (
        <DeferredTooltip label={t('realEvent.onlyActive')}>
          <span>{button}</span>
        </DeferredTooltip>
      ) : (
        button
      )}
      {opened && (
        <Suspense>
          <RealEventDialog {...props} onClose={() => setOpened(false)} />
        </Suspense>
      )}
    </>
  )
}
