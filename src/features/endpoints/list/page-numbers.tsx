import { Button, Group } from '@mantine/core'
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** The pages to offer around `page`: the first, the last, two either side, gaps as null. */
export function pagesAround(page: number, count: number): (number | null)[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, count])]
    .filter((value) => value >= 1 && value <= count)
    .sort((a, b) => a - b)
  return shown.flatMap((value, index) => {
    const before = shown[index - 1]
    return before !== undefined && value - before > 1 ? [null, value] : [value]
  })
}

/** Numbered pages: the history counts what matches, so an admin can jump to page 3 of 12. */
export function PageNumbers({
  page,
  count,
  onPage,
}: {
  page: number
  count: number
  onPage: (page: number) => void
}) {
  const { t } = useTranslation('endpoints')
  if (count <= 1) return null
  return (
    <Group component="nav" aria-label={t('list.pages')} justify="flex-end" mt="md" gap={4}>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconChevronLeft size={14} aria-hidden />}
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t('list.previous')}
      </Button>
      {pagesAround(page, count).map((value, index) =>
        value === null ? (
          <span key={`gap-${index}`} aria-hidden>
            …
          </span>
        ) : (
          <Button
            key={value}
            variant={value === page ? 'filled' : 'default'}
            size="xs"
            miw={32}
            px={8}
            aria-label={t('list.page', { page: value })}
            aria-current={value === page ? 'page' : undefined}
            onClick={() => onPage(value)}
          >
            {value}
          </Button>
        ),
      )}
      <Button
        variant="default"
        size="xs"
        rightSection={<IconChevronRight size={14} aria-hidden />}
        disabled={page >= count}
        onClick={() => onPage(page + 1)}
      >
        {t('list.next')}
      </Button>
    </Group>
  )
}
