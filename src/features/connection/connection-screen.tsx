import { Alert, Button, Code, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconAlertTriangle, IconCheck, IconMinus, IconX } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { ConnectionStep, StepStatus } from '../../../contract/console-connection-api'
import { ForYourDeveloper } from '../../components/for-your-developer'
import { LoadingPlaceholder } from '../../components/loading-placeholder'
import { PageHeader } from '../../components/page-header'
import { QueryError } from '../../components/query-error'
import { connectionQueries } from './connection-api'

// An icon and a word for each status: never colour alone.
const looks: Record<StepStatus, { color: string; Icon: typeof IconCheck }> = {
  ok: { color: 'teal', Icon: IconCheck },
  failed: { color: 'red', Icon: IconX },
  warning: { color: 'yellow', Icon: IconAlertTriangle },
  skipped: { color: 'gray', Icon: IconMinus },
}

/** `/connection`: steps 1–7 of the connection check for the active account (issue 18), for admins. */
export function ConnectionScreen({ accountId }: { accountId: string }) {
  const { t } = useTranslation('connection')
  const check = useQuery(connectionQueries.check(accountId))
  return (
    <Stack>
      <PageHeader
        title={t('connection.title')}
        description={t('connection.description')}
        actions={
          <Button variant="light" onClick={() => void check.refetch()} loading={check.isFetching}>
            {t('connection.run')}
          </Button>
        }
      />
      {check.isPending && <LoadingPlaceholder heights={[56, 56, 56, 56]} />}
      {check.isError && <QueryError error={check.error} />}
      {check.data && (
        <>
          <Alert color={check.data.ok ? 'teal' : 'red'} variant="light" role="status">
            <Text size="sm">
              {t(check.data.ok ? 'connection.allGood' : 'connection.someFailed', { label: check.data.label })}
            </Text>
          </Alert>
          <List listStyleType="none" spacing="md">
            {check.data.steps.map((step, index) => (
              <StepItem key={step.id} step={step} number={index + 1} />
            ))}
          </List>
        </>
      )}
    </Stack>
  )
}

/** What stops working without each missing scope: read-only where the read scope is granted (values.granted). */
function losses(step: ConnectionStep, words: (key: string) => string): string {
  const granted = new Set((step.values.granted ?? '').split(' '))
  return (step.values.missing ?? '')
    .split(' ')
    .filter(Boolean)
    .map((scope) => {
      const kind = granted.has(scope.replace('.readwrite', '.readonly')) ? 'readOnly' : 'none'
      return words(`connection.losses.${scope.replaceAll('.', '-')}.${kind}`)
    })
    .join('; ')
}

function StepItem({ step, number }: { step: ConnectionStep; number: number }) {
  const { t, i18n } = useTranslation('connection')
  const { color, Icon } = looks[step.status]
  // Keys built from the step's id and reason (`invalid_client` → `invalid-client`: `_` is i18next's context).
  const words = t as unknown as (key: string, values?: Record<string, string>) => string
  const known = (key: string) => i18n.exists(`connection.${key}`, { ns: 'connection' })
  const reason = step.reason.replaceAll('_', '-')
  const values = reason === 'missing-scopes' ? { ...step.values, losses: losses(step, words) } : step.values
  const say = (key: string) => words(`connection.${key}`, values)
  // The budget in use is worth saying even when it is fine (`busy`: nearly all of it); other passed steps say so
  // by their status. Unusual reasons keep the proxy's English words.
  const budget = step.id === 'budget' && step.values.used && (reason === 'ok' || reason === 'busy')
  const reasonKey =
    step.status === 'skipped' ? 'results.skipped' : budget ? 'results.budget' : `results.${reason}`
  const result = known(reasonKey) ? say(reasonKey) : reason === 'ok' ? null : step.result
  const fix = step.fix && (known(`fixes.${reason}`) ? say(`fixes.${reason}`) : step.fix)
  return (
    <List.Item
      icon={
        <ThemeIcon color={color} variant="light" radius="xl" size="md" aria-hidden>
          <Icon size={16} />
        </ThemeIcon>
      }
    >
      <Stack gap={4} data-step={step.id} data-status={step.status}>
        <Group gap="xs">
          <Title order={2} size="h5">
            {number}. {t(`connection.steps.${step.id}`)}
          </Title>
          <Text size="sm" fw={600} c={`${color}.9`}>
            {t(`connection.status.${step.status}`)}
          </Text>
        </Group>
        {result && <Text size="sm">{result}</Text>}
        {fix && step.status !== 'ok' && (
          <Text size="sm">
            <strong>{t('connection.fix')}</strong> {fix}
          </Text>
        )}
        {step.detail && step.status !== 'skipped' && (
          <ForYourDeveloper>
            <Code block>{step.detail}</Code>
          </ForYourDeveloper>
        )}
      </Stack>
    </List.Item>
  )
}
