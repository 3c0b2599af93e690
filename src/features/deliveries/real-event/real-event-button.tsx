import { Button } from '@mantine/core'
import { IconUserShare } from '@tabler/icons-react'
import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RealEventTarget } from './real-event-dialog'

// Opened on demand: the dialog's code loads on the first click.
const RealEventDialog = lazy(async () => ({ default: (await import('./real-event-dialog')).RealEventDialog }))

/** Sends a recent real event of one of the endpoint's topics to it (admins only; the proxy enforces it). */
export function RealEventButton(props: RealEventTarget) {
  const { t } = useTranslation('deliveries')
  const [opened, setOpened] = useState(false)
  return (
    <>
      <Button
        size="sm"
        variant="default"
        leftSection={<IconUserShare size={16} aria-hidden />}
        disabled={props.topics.length === 0}
        onClick={() => setOpened(true)}
      >
        {t('realEvent.open')}
      </Button>
      {opened && (
        <Suspense>
          <RealEventDialog {...props} onClose={() => setOpened(false)} />
        </Suspense>
      )}
    </>
  )
}
