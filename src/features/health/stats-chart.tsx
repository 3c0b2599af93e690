import { BarChart, LineChart } from '@mantine/charts'
import { Box, ColorSwatch, Group, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { ChartRow, ChartSpec } from './chart-specs'
import { deliveriesHref, type BucketTarget } from './health-links'
import { useValueFormat } from './use-value-format'

const HEIGHT = 220

/** One chart of the figures: its bars or lines, a tooltip with a bucket's exact figures, a click to its log. */
export function StatsChart({
  spec,
  rows,
  endpointId,
}: {
  spec: ChartSpec
  rows: ChartRow[]
  endpointId: string | undefined
}) {
  const { t } = useTranslation('health')
  const navigate = useNavigate()
  const format = useValueFormat(spec.unit)
  const open = (index: unknown, status: BucketTarget = null) => {
    const row = rows[Number(index)]
    if (row) void navigate(deliveriesHref(row.bucket, { endpointId, status }))
  }
  const series = spec.series.map(({ key, color }) => ({ name: key, color, label: t(`series.${key}`) }))
  const common = {
    h: HEIGHT,
    data: rows,
    dataKey: 'tick',
    series,
    withLegend: true,
    // No fixed height: at 390 px the legend wraps, and recharts makes room for what it measures.
    legendProps: { verticalAlign: 'bottom' as const },
    valueFormatter: (value: number) => format(value),
    tooltipAnimationDuration: 0,
    tooltipProps: {
      content: ({ payload }: { payload?: readonly { payload?: unknown }[] }) => {
        const row = payload?.[0]?.payload as ChartRow | undefined
        return row ? <BucketTooltip row={row} spec={spec} format={format} /> : null
      },
    },
    style: { cursor: 'pointer' },
  }
  // The chart repeats the table below it (FiguresTable), whose spans are links: assistive technologies and
  // the keyboard use that one, so recharts' own keyboard layer (a focusable svg) is off.
  return (
    <Box aria-hidden>
      {spec.kind === 'bars' ? (
        <BarChart
          {...common}
          type="stacked"
          yAxisProps={{ allowDecimals: false }}
          barChartProps={{ accessibilityLayer: false }}
          barProps={(bar) => ({
            onClick: (_data: unknown, index: number) =>
              open(index, spec.series.find((one) => one.key === bar.name)?.target ?? null),
          })}
        />
      ) : (
        <LineChart
          {...common}
          connectNulls={false}
          yAxisProps={spec.unit === 'percent' ? { domain: [0, 100] } : {}}
          lineChartProps={{
            accessibilityLayer: false,
            onClick: (state) => open(state.activeTooltipIndex, spec.series[0]?.target),
          }}
        />
      )}
    </Box>
  )
}

function BucketTooltip({
  row,
  spec,
  format,
}: {
  row: ChartRow
  spec: ChartSpec
  format: (value: number | null) => string
}) {
  const { t } = useTranslation('health')
  return (
    <Paper withBorder shadow="md" p="xs" radius="md">
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {row.span}
        </Text>
        {spec.series.map(({ key, color }) => (
          <Group key={key} gap="xs" wrap="nowrap" justify="space-between">
            <Group gap={6} wrap="nowrap">
              <ColorSwatch
                color={`var(--mantine-color-${color.replace('.', '-')})`}
                size={10}
                withShadow={false}
              />
              <Text size="sm">{t(`series.${key}`)}</Text>
            </Group>
            <Text size="sm" fw={600}>
              {format(row[key])}
            </Text>
          </Group>
        ))}
        <Text size="xs" c="dimmed">
          {t('tooltip.open')}
        </Text>
      </Stack>
    </Paper>
  )
}
