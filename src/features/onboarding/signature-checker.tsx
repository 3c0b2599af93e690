import { Alert, Button, Code, Paper, PasswordInput, Stack, Text, Textarea, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { checkPastedRequest, isStale, type SignatureVerdict } from './check-signature'

/**
 * Paste a request a receiver got, and the endpoint secret: the check runs in this browser only (WebCrypto),
 * so the secret is never sent anywhere. `onValid` lets the page tick the onboarding step.
 */
export function SignatureChecker({ onValid }: { onValid?: () => void }) {
  const { t } = useTranslation('onboarding')
  const [headers, setHeaders] = useState('')
  const [body, setBody] = useState('')
  const [secret, setSecret] = useState('')
  const [verdict, setVerdict] = useState<SignatureVerdict | null>(null)

  async function check() {
    const result = await checkPastedRequest({ headers, body, secret, now: Date.now() })
    setVerdict(result)
    if (result.valid) onValid?.()
  }

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('checker.title')}
      </Title>
      <Text size="sm" mb="md">
        {t('checker.intro')}
      </Text>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void check()
        }}
      >
        <Stack>
          <Textarea
            label={t('checker.headers')}
            description={t('checker.headersHint')}
            autosize
            minRows={3}
            value={headers}
            onChange={(event) => setHeaders(event.currentTarget.value)}
            styles={{ input: { fontFamily: 'monospace' } }}
          />
          <Textarea
            label={t('checker.body')}
            description={t('checker.bodyHint')}
            autosize
            minRows={3}
            value={body}
            onChange={(event) => setBody(event.currentTarget.value)}
            styles={{ input: { fontFamily: 'monospace' } }}
          />
          <PasswordInput
            label={t('checker.secret')}
            description={t('checker.secretHint')}
            autoComplete="off"
            value={secret}
            onChange={(event) => setSecret(event.currentTarget.value)}
          />
          <div>
            <Button type="submit">{t('checker.check')}</Button>
          </div>
        </Stack>
      </form>
      {verdict && <Verdict verdict={verdict} />}
    </Paper>
  )
}

function Verdict({ verdict }: { verdict: SignatureVerdict }) {
  const { t } = useTranslation('onboarding')
  if (verdict.valid) {
    return (
      <Alert mt="md" color="teal" variant="light" title={t('checker.valid')} role="status">
        <Text size="sm">{t('checker.validDetail')}</Text>
        {isStale(verdict.skewSeconds) && (
          <Text size="sm" mt={4}>
            {t('checker.stale', { minutes: Math.round(Math.abs(verdict.skewSeconds ?? 0) / 60) })}
          </Text>
        )}
      </Alert>
    )
  }
  return (
    <Alert mt="md" color="red" variant="light" title={t('checker.invalid')} role="status">
      <Text size="sm">{t(`checker.problems.${verdict.problem}`)}</Text>
      {verdict.problem === 'mismatch' && (
        <>
          {verdict.hint && (
            <Text size="sm" mt={4}>
              {t(`checker.hints.${verdict.hint}`)}
            </Text>
          )}
          <Text size="xs" mt="sm">
            {t('checker.expected')} <Code>{verdict.expected}</Code>
          </Text>
        </>
      )}
    </Alert>
  )
}
