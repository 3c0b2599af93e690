import { Button, Card, Stack, Text, Title } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChartRow, ChartSpec } from './chart-specs'
import { FiguresTable } from './figures-table'
import { StatsChart } from './stats-chart'

/** A chart with its title, what it shows in one plain line, and its figures as a table on demand. */
export function ChartCard({
  spec,
  rows,
  caption,
  endpointId,
  footer,
}: {
  spec: ChartSpec
  rows: ChartRow[]
  caption: string
  endpointId: string | undefined
  footer?: ReactNode
}) {
  const { t } = useTranslation('health')
  const [table, setTable] = useState(false)
  const title = t(`charts.${spec.id}.title`)
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-label={title}>
      <Stack gap="xs">
        <div>
          <Title order={2} size="h4">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {caption}
          </Text>
        </div>
        <StatsChart spec={spec} rows={rows} endpointId={endpointId} />
        {footer}
        <div>
          <Button variant="subtle" size="compact-sm" aria-expanded={table} onClick={() => setTable(!table)}>
            {t(table ? 'table.hide' : 'table.show')}
          </Button>
        </div>
        {table && <FiguresTable spec={spec} rows={rows} caption={title} endpointId={endpointId} />}
      </Stack>
    </Card>
  )
}
