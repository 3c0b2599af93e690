import '../../components/mantine-on-demand.css'
import {
  Alert,
  Button,
  Center,
  Divider,
  Group,
  Modal,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ColorSchemeToggle } from '../../components/color-scheme-toggle'
import { LanguageSwitch } from '../../components/language-switch'
import { useErrorMessage } from '../../components/use-error-message'
import { isApiError } from '../../lib/api-error'
import { waitOf } from '../../lib/format'
import { useSignIn, type SessionEnd } from './session-api'
import { companySignInUrl, signInMethodsQuery } from './sign-in-methods'

interface SignInFormProps {
  /** Why the admin is asked to sign in, when a session just ended. */
  ended: SessionEnd | null
  username?: string
}

/** The whole page, for a visit with no session or after signing out. */
export function SignInPage(props: SignInFormProps) {
  const { t } = useTranslation('session')
  const { t: tShell } = useTranslation()
  return (
    <Center mih="100vh" p="md">
      <Stack w="100%" maw={400} gap="sm">
        {/* Before signing in too, the admin reads the console in their language and scheme. */}
        <Group justify="flex-end" gap="sm">
          <LanguageSwitch />
          <ColorSchemeToggle />
        </Group>
        <Paper withBorder shadow="sm" p="xl">
          <Stack>
            <div>
              <Title order={1} size="h2">
                {tShell('app.name')}
              </Title>
              <Text c="dimmed" size="sm">
                {t('signIn.intro')}
              </Text>
            </div>
            <SignInForm {...props} />
          </Stack>
        </Paper>
      </Stack>
    </Center>
  )
}

/** Over the page, when a request finds the session gone: the page and what was typed in it stay. */
export function SignInDialog(props: SignInFormProps) {
  const { t } = useTranslation('session')
  return (
    <Modal
      opened
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      title={t('signIn.again')}
      centered
    >
      <SignInForm {...props} />
    </Modal>
  )
}

function SignInForm({ ended, username = '' }: SignInFormProps) {
  const { t, i18n } = useTranslation('session')
  const messageOf = useErrorMessage()
  const signIn = useSignIn()
  // Until the proxy says otherwise (or if it cannot be asked), the password form, as without company sign-in.
  const methods = useQuery(signInMethodsQuery).data ?? { oidc: false, local: 'on' as const }
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { username, password: '' },
    validate: {
      username: (value) => (value.trim() ? null : t('signIn.required')),
      password: (value) => (value ? null : t('signIn.required')),
    },
  })

  function errorMessage(error: unknown) {
    if (isApiError(error, 401)) return t('signIn.wrongCredentials')
    if (isApiError(error, 429))
      return t('signIn.throttled', { wait: waitOf(error.retryAfter ?? 60, i18n.language) })
    return messageOf(error)
  }

  return (
    <form onSubmit={form.onSubmit((values) => signIn.mutate(values))} noValidate>
      <Stack>
        {ended && !signIn.isError && (
          <Alert color={ended === 'expired' ? 'orange' : 'blue'} role="status">
            {ended === 'expired' ? t('signIn.expired') : t('signIn.signedOut')}
          </Alert>
        )}
        {signIn.isError && (
          <Alert color="red" role="alert">
            {errorMessage(signIn.error)}
          </Alert>
        )}
        {methods.oidc && (
          // A full-page navigation: the provider's sign-in page, then back to the console.
          <Button component="a" href={companySignInUrl}>
            {t('signIn.company')}
          </Button>
        )}
        {methods.oidc && methods.local === 'off' && (
          <Text size="sm" c="dimmed">
            {t('signIn.companyOnly')}
          </Text>
        )}
        {methods.oidc && methods.local !== 'off' && (
          <Divider
            label={methods.local === 'break-glass' ? t('signIn.breakGlass') : t('signIn.orPassword')}
            labelPosition="center"
          />
        )}
        {methods.local !== 'off' && (
          <>
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
              data-autofocus={username ? true : undefined}
              key={form.key('password')}
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={signIn.isPending}>
              {t('signIn.submit')}
            </Button>
          </>
        )}
      </Stack>
    </form>
  )
}
