import { Anchor, Checkbox, Group, List, Paper, Text, ThemeIcon, Title } from '@mantine/core'
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
}

export function OnboardingChecklist({ endpointId, endpointStatus, testDelivered, sendTest }: Props) {
  const { t } = useTranslation('onboarding')
  const { flags, set } = useOnboardingFlags(endpointId)
  const steps = checklistOf({ endpointStatus, testDelivered, ...flags })
  const doneCount = steps.filter((step) => step.done).length

  const extra: Partial<Record<StepId, ReactNode>> = {
    secretStored: (
      <Checkbox
        size="xs"
        mt={4}
        label={t('checklist.secretStoredConfirm')}
        checked={flags.secretStored}
        onChange={(event) => set('secretStored', event.currentTarget.checked)}
      />
    ),
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
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('checklist.title')}
        </Title>
        <Text size="sm">{t('checklist.progress', { done: doneCount, total: steps.length })}</Text>
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
