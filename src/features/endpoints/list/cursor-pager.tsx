import { Button, Group } from '@mantine/core'
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** Lucca pages with opaque cursors: there is only "previous" and "next", never "page 7 of 12". */
export function CursorPager({
  prev,
  next,
  onPage,
}: {
  prev: string | null
  next: string | null
  onPage: (page: string) => void
}) {
  const { t } = useTranslation('endpoints')
  if (!prev && !next) return null
  return (
    <Group justify="flex-end" mt="md" gap="xs">
      <Button
        variant="default"
        size="xs"
        leftSection={<IconChevronLeft size={14} aria-hidden />}
        disabled={!prev}
        onClick={() => prev && onPage(prev)}
      >
        {t('list.previous')}
      </Button>
      <Button
        variant="default"
        size="xs"
        rightSection={<IconChevronRight size={14} aria-hidden />}
        disabled={!next}
        onClick={() => next && onPage(next)}
      >
        {t('list.next')}
      </Button>
    </Group>
  )
}
