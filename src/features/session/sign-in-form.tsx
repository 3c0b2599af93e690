import '../../components/mantine-on-demand.css'
import { Alert, Button, Center, Paper, PasswordInput, Stack, TextInput, Title, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../lib/api-error'
import { useSignIn } from './session-api'

export function SignInForm() {
  const { t } = useTranslation()
  const signIn = useSignIn()
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { username: '', password: '' },
    validate: {
      username: (value) => (value.trim() ? null : t('signIn.required')),
      password: (value) => (value ? null : t('signIn.required')),
    },
  })

  function errorMessage(error: unknown) {
    if (isApiError(error, 401)) return t('signIn.wrongCredentials')
    if (isApiError(error, 429)) return t('signIn.throttled', { seconds: error.retryAfter ?? 60 })
    return t('errors.generic')
  }

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={400}>
        <form onSubmit={form.onSubmit((values) => signIn.mutate(values))} noValidate>
          <Stack>
            <div>
              <Title order={1} size="h2">
                {t('app.name')}
              </Title>
              <Text c="dimmed" size="sm">
                {t('signIn.intro')}
              </Text>
            </div>
            {signIn.isError && (
              <Alert color="red" role="alert">
                {errorMessage(signIn.error)}
              </Alert>
            )}
            <TextInput
              label={t('signIn.username')}
              autoComplete="username"
              required
              key={form.key('username')}
              {...form.getInputProps('username')}
            />
            <PasswordInput
              label={t('signIn.password')}
              autoComplete="current-password"
              // Mantine's default toggle label contains "password", which makes the field's label ambiguous.
              visibilityToggleButtonProps={{ 'aria-label': t('signIn.showCharacters') }}
              required
              key={form.key('password')}
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={signIn.isPending}>
              {t('signIn.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  )
}
