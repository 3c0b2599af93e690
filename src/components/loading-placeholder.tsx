import { Skeleton, Stack, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

/** After this long a load is slow enough to say so, rather than leave the admin looking at grey bars. */
const slowAfterMs = 3_000

/** The one way a loading page looks: grey bars in the shape of what is coming, and the slow-Lucca notice. */
export function LoadingPlaceholder({ heights }: { heights: number[] }) {
  const { t } = useTranslation()
  return (
    <Stack gap="sm" role="group" aria-busy="true" aria-label={t('shell.loading')}>
      <SlowLuccaNotice />
      {heights.map((height, index) => (
        <Skeleton key={index} height={height} />
      ))}
    </Stack>
  )
}

/**
 * While mounted: nothing at first, then, once Lucca has taken long, a sentence saying the console is still
 * waiting for it, in a live region so a screen reader hears it too.
 */
function SlowLuccaNotice() {
  const { t } = useTranslation()
  const [slow, setSlow] = useState(false)
  useEffect(() => {
    const timer = window.setTimeout(() => setSlow(true), slowAfterMs)
    return () => window.clearTimeout(timer)
  }, [])
  return (
    <div role="status">
      {slow && (
        <Text size="sm" c="dimmed">
          {t('shell.slowLucca')}
        </Text>
      )}
    </div>
  )
}
