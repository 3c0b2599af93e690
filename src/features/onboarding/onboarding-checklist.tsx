import { Anchor, Button, Group, List, Paper, Text, ThemeIcon, Title } from '@mantine/core'
import { IconCheck, IconCircleDashed } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ForYourDeveloper } from '../../components/for-your-developer'
import type { WebhookEndpointStatus } from '../../lib/lucca-client'
import { checklistOf, type StepId } from './checklist'
import { useOnboardingFlags } from './onboarding-flags'

interface Props {
  endpointId: string
  endpointStatus: WebhookEndpointStatus | undefined
  testDelivered: boolean
  /** The page's "send test" action (another feature's button), shown next to that step. */
  sendTest?: ReactNode
  /** Offers to hide it; once hidden, it stays hidden for this endpoint in this browser. */
  dismissable?: boolean
}

/** Each step is ticked by what the console saw happen, never by hand. */
export function OnboardingChecklist({
  endpointId,
  endpointStatus,
  testDelivered,
  sendTest,
  dismissable,
}: Props) {
  const { t } = useTranslation('onboarding')
  const { flags, set } = useOnboardingFlags(endpointId)
  const steps = checklistOf({ endpointStatus, testDelivered, ...flags })
  const doneCount = steps.filter((step) => step.done).length
  if (dismissable && flags.dismissed) return null

  const extra: Partial<Record<StepId, ReactNode>> = {
    signature: !flags.signatureVerified && (
      <Anchor component={Link} size="sm" to={`/verify?endpoint=${encodeURIComponent(endpointId)}`}>
        {t('checklist.verifyLink')}
      </Anchor>
    ),
    testDelivered: !testDelivered && sendTest,
    challenge: steps.some((step) => step.id === 'challenge' && !step.done) && (
      <ForYourDeveloper copyText={t('checklist.steps.challenge.technical')}>
        <Text size="xs">{t('checklist.steps.challenge.technical')}</Text>
      </ForYourDeveloper>
    ),
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="onboarding-checklist">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="onboarding-checklist">
          {t('checklist.title')}
        </Title>
        <Group gap="xs">
          <Text size="sm">{t('checklist.progress', { done: doneCount, total: steps.length })}</Text>
          {dismissable && (
            <Button size="compact-sm" variant="subtle" onClick={() => set('dismissed', true)}>
              {t('checklist.dismiss')}
            </Button>
          )}
        </Group>
      </Group>
      <List spacing="sm" center>
        {steps.map((step) => (
          <List.Item
            key={step.id}
            icon={
              <ThemeIcon size={22} radius="xl" color={step.done ? 'teal.9' : 'gray.7'}>
                {step.done ? <IconCheck size={14} aria-hidden /> : <IconCircleDashed size={14} aria-hidden />}
              </ThemeIcon>
            }
          >
            <Text size="sm" fw={600}>
              {t(`checklist.steps.${step.id}.title`)}{' '}
              <Text span size="xs" fw={400}>
                ({step.done ? t('checklist.done') : t('checklist.todo')})
              </Text>
            </Text>
            {!step.done && <Text size="xs">{t(`checklist.steps.${step.id}.hint`)}</Text>}
            {extra[step.id]}
          </List.Item>
        ))}
      </List>
    </Paper>
  )
}
