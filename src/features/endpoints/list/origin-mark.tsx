import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { DeferredTooltip } from '../../../components/deferred/deferred-tooltip'

/** An endpoint made in Lucca's admin page or by another tool: this console never saw its signing secret. */
export function OriginMark() {
  const { t } = useTranslation('endpoints')
  return (
    <DeferredTooltip
      label={t('origin.explain')}
      multiline
      w={300}
      events={{ hover: true, focus: true, touch: true }}
    >
      <Text
        size="xs"
        c="dimmed"
        td="underline dotted"
        tabIndex={0}
        w="fit-content"
        style={{ cursor: 'help' }}
      >
        {t('origin.outside')}
      </Text>
    </DeferredTooltip>
  )
}
