import { Anchor, Table } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ChartRow, ChartSpec } from './chart-specs'
import { deliveriesHref } from './health-links'
import { useValueFormat } from './use-value-format'

/** A chart's figures as a table: what a screen reader reads, and anyone who wants the exact numbers. */
export function FiguresTable({
  spec,
  rows,
  caption,
  endpointId,
}: {
  spec: ChartSpec
  rows: ChartRow[]
  caption: string
  endpointId: string | undefined
}) {
  const { t } = useTranslation('health')
  const format = useValueFormat(spec.unit)
  return (
    <Table.ScrollContainer minWidth={320} maxHeight={320}>
      <Table striped stickyHeader fz="sm">
        <caption style={{ captionSide: 'top', textAlign: 'start' }}>{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('table.span')}</Table.Th>
            {spec.series.map(({ key }) => (
              <Table.Th key={key} scope="col">
                {t(`series.${key}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.bucket.from}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={deliveriesHref(row.bucket, { endpointId })} size="sm">
                  {row.span}
                </Anchor>
              </Table.Th>
              {spec.series.map(({ key }) => (
                <Table.Td key={key}>{format(row[key])}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
