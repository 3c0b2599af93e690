// Issue 18: a console pointed at a Lucca account that is set up wrong. For each failure, the endpoint list's
// error says what happened and links to the Connection page, whose failing step says what to do, in English
// and in French (e2e/connection-stack.ts starts one account per failure).
import { expect, test, type Page } from '@playwright/test'
import { connectionAccounts } from './connection-stack.ts'
import { E2E } from './env.ts'
import { expectAccessible } from './fixtures.ts'

type AccountId = keyof typeof connectionAccounts
const origin = E2E.connectionConsoleUrl
const headers = { 'X-Console-Request': '1', Origin: origin }

test.use({ baseURL: origin })

/** Signs the page's context in, on `account`, through the console's own API. */
async function signInOn(page: Page, account: AccountId) {
  const signIn = await page.request.post('/api/session', { data: E2E.admin, headers })
  expect(signIn.status(), await signIn.text()).toBe(200)
  const switched = await page.request.put('/api/session/account', { data: { accountId: account }, headers })
  expect(switched.status(), await switched.text()).toBe(200)
}

interface Words {
  /** The endpoint list's error. */
  list: string
  /** The failing step's title on the Connection page, its result and its fix. */
  step: string
  result: string
  fix: string
}
interface Failure {
  account: AccountId
  /** How many steps fail: one, but a missing scope also fails the webhook API's step after it. */
  failing?: number
  en: Words
  fr: Words
}

const { closed, untrusted } = E2E.ports.connection
const failures: Failure[] = [
  {
    account: 'unknown-client',
    en: {
      list: 'Lucca does not accept the console’s client id and secret (connection step: client id and secret).',
      step: '4. Client id and secret',
      result:
        'Lucca does not recognise this client id and secret: check them in Lucca under Integration keys.',
      fix: 'find the client application console-healthy, and copy its id and secret',
    },
    fr: {
      list: 'Lucca n’accepte pas l’identifiant et le secret client de la console',
      step: '4. Identifiant et secret client',
      result: 'Lucca ne reconnaît pas cet identifiant et ce secret client',
      fix: 'retrouvez l’application cliente console-healthy et recopiez son identifiant et son secret',
    },
  },
  {
    account: 'no-scope',
    failing: 2,
    en: {
      list: 'its client application lacks a scope it needs (connection step: scopes).',
      step: '5. Scopes',
      result: 'Missing: webhook-endpoints.readwrite. Without it: nothing works.',
      fix: 'grant the missing scopes to this client application',
    },
    fr: {
      list: 'il manque un droit (scope) à son application cliente (étape de connexion : droits).',
      step: '5. Droits (scopes)',
      result: 'Manquants : webhook-endpoints.readwrite. Sans eux : rien ne fonctionne.',
      fix: 'accordez les droits manquants à cette application cliente',
    },
  },
  {
    account: 'no-webhooks',
    en: {
      list: 'they may not be enabled for it yet (connection step: webhook API).',
      step: '6. Webhook API',
      result: 'Lucca refuses the webhook API for this account: webhooks may not be enabled for it yet.',
      fix: 'ask Lucca support to enable them for this account',
    },
    fr: {
      list: 'ils n’y sont peut-être pas encore activés (étape de connexion : API des webhooks).',
      step: '6. API des webhooks',
      result: 'n’y sont peut-être pas encore activés',
      fix: 'demandez au support Lucca de les activer pour ce compte',
    },
  },
  {
    account: 'token-down',
    en: {
      list: 'Lucca’s sign-in service did not answer as it should (connection step: token endpoint).',
      step: '3. Token endpoint',
      result: `127.0.0.1:${closed} refused the connection.`,
      fix: 'ask your IT team to let the console reach',
    },
    fr: {
      list: 'Le service de connexion de Lucca n’a pas répondu comme prévu (étape de connexion : service de jetons).',
      step: '3. Service de jetons',
      result: `127.0.0.1:${closed} a refusé la connexion.`,
      fix: 'demandez à votre équipe informatique de lui ouvrir l’accès',
    },
  },
  {
    account: 'untrusted',
    en: {
      list: 'The console does not trust the certificate Lucca’s address presents',
      step: '2. Lucca’s address',
      result: `The certificate of 127.0.0.1:${untrusted} is not trusted.`,
      fix: 'give the console your company’s certificate authority',
    },
    fr: {
      list: 'La console ne fait pas confiance au certificat que présente l’adresse de Lucca',
      step: '2. Adresse de Lucca',
      result: `Le certificat de 127.0.0.1:${untrusted} n’est pas reconnu comme fiable.`,
      fix: 'donnez à la console le certificat de votre autorité interne',
    },
  },
  {
    account: 'no-dns',
    en: {
      list: 'The console cannot find Lucca at its address: that name does not exist',
      step: '2. Lucca’s address',
      result: 'The name acme.invalid does not exist.',
      fix: 'it is your company’s Lucca address',
    },
    fr: {
      list: 'La console ne trouve pas Lucca à son adresse : ce nom n’existe pas',
      step: '2. Adresse de Lucca',
      result: 'Le nom acme.invalid n’existe pas.',
      fix: 'c’est l’adresse Lucca de votre entreprise',
    },
  },
]

const languages = [
  {
    lang: 'en' as const,
    locale: 'en-US',
    link: 'Open the connection check',
    retry: 'Retry',
    failed: 'Failed',
    skipped: 'Not checked',
    fixLabel: 'What to do:',
  },
  {
    lang: 'fr' as const,
    locale: 'fr-FR',
    link: 'Ouvrir la vérification de la connexion',
    retry: 'Réessayer',
    failed: 'Échouée',
    skipped: 'Non vérifiée',
    fixLabel: 'Que faire :',
  },
]

for (const language of languages) {
  test.describe(`in ${language.lang}`, () => {
    test.use({ locale: language.locale })

    for (const failure of failures) {
      const words = failure[language.lang]
      test(`${failure.account}: the list names the step, the Connection page says what to do`, async ({
        page,
      }) => {
        await signInOn(page, failure.account)
        await page.goto('/endpoints')
        const error = page.getByRole('alert').filter({ hasText: words.list })
        await expect(error).toBeVisible()
        // No Retry: the collector tries again by itself, and the list follows once the connection is fixed.
        await expect(error.getByRole('button', { name: language.retry })).toHaveCount(0)

        await error.getByRole('link', { name: language.link }).click()
        await expect(page).toHaveURL(/\/connection$/)
        const step = page.locator('[data-step]').filter({
          has: page.getByRole('heading', { name: words.step }),
        })
        await expect(step).toHaveAttribute('data-status', 'failed')
        await expect(step).toContainText(language.failed)
        await expect(step).toContainText(words.result)
        await expect(step).toContainText(`${language.fixLabel} `)
        await expect(step).toContainText(words.fix)
        // What came after the failing step was not run, and says so rather than passing.
        await expect(page.locator('[data-step][data-status="failed"]')).toHaveCount(failure.failing ?? 1)
        // The webhook API's step and the budget's still run after a scope is found missing.
        if (failure.account !== 'no-webhooks' && failure.account !== 'no-scope')
          await expect(page.locator('[data-step][data-status="skipped"]').first()).toContainText(
            language.skipped,
          )
        if (language.lang === 'en') await expectAccessible(page, `connection check: ${failure.account}`)
      })
    }
  })
}

test('a healthy account passes every step, and its list loads', async ({ page }) => {
  await signInOn(page, 'healthy')
  await page.goto('/connection')
  await expect(
    page.getByText('Every step passed: the console is connected to Healthy account.'),
  ).toBeVisible()
  await expect(page.locator('[data-step][data-status="ok"]')).toHaveCount(7)
  await expect(page.locator('[data-step]').filter({ hasText: '7. Request budget' })).toContainText(
    /The console made \d+ of its \d+ calls to Lucca in the last minute\./,
  )
  await expectAccessible(page, 'connection check: healthy')
  // The page is in the admin's navigation.
  await page.getByRole('link', { name: 'Endpoints' }).first().click()
  await expect(page.getByRole('heading', { name: 'Endpoints', level: 1 })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await page.getByRole('link', { name: 'Connection' }).click()
  await expect(page).toHaveURL(/\/connection$/)
})
