import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { expect, test, vi } from 'vitest'
import type { components } from '../../../../contract/lucca-api'
import { aProblem } from '../../../test/lucca-fixtures'
import { http } from 'msw'
import { fakeNetwork, lucca, problem } from '../../../test/network'
import { render } from '../../../test/render'
import { CreateEndpointForm } from './create-endpoint-form'

const secret = 'b3YGydKxao0CYEg4-2LM81rviT-vl2JzKyf_zlewRn0cpoHzh4mRLj5_Ty5neQta'
const created = {
  id: '42',
  type: 'webhook-endpoint',
  url: 'http://localhost/lucca-api/webhook-endpoints/42',
  webhookUrl: 'https://hooks.example.com/lucca',
  topics: ['employee.created'],
  status: 'active',
  apiVersion: '2024-11-01',
  contentType: 'default',
  secret,
} satisfies components['schemas']['WebhookEndpointCreated']

/** The form as on a real account: private receivers refused, no test receiver, the callbacks unused. */
function renderRealAccountForm() {
  render(
    <CreateEndpointForm
      allowsPrivateReceivers={false}
      testReceiverUrl={null}
      onCancel={vi.fn()}
      onCreated={vi.fn()}
    />,
  )
}

async function fillValidForm(user: ReturnType<typeof userEvent.setup>) {
  const url = screen.getByRole('textbox', { name: /Webhook URL/ })
  await user.clear(url)
  await user.type(url, 'https://hooks.example.com/lucca')
  await user.click(screen.getByRole('checkbox', { name: /employee\.created/ }))
}

test('a plain http URL is refused on the field and the typed values stay', async () => {
  const user = userEvent.setup()
  const network = fakeNetwork()
  renderRealAccountForm()
  await user.type(screen.getByRole('textbox', { name: /Webhook URL/ }), 'http://hooks.example.com/lucca')
  await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Payroll')
  await user.click(screen.getByRole('button', { name: 'Create endpoint' }))

  expect(await screen.findByText(/must start with https:\/\//)).toBeTruthy()
  expect(screen.getByRole<HTMLInputElement>('textbox', { name: /Webhook URL/ }).value).toBe(
    'http://hooks.example.com/lucca',
  )
  expect(screen.getByRole<HTMLInputElement>('textbox', { name: /^Name/ }).value).toBe('Payroll')
  expect(network.requests).toHaveLength(0)
})

/** The proxy's refusal of a receiver Lucca cannot reach (server/proxy/receiver-guard.ts), as it sends it. */
function refusedByProxy(found: string, host: string) {
  // The proxy's own answer, not Lucca's: 422 is not in Lucca's contract for this route.
  const english = 'Lucca cannot reach this address: it is on a private network.'
  return http.post('*/lucca-api/webhook-endpoints', () =>
    problem(422, {
      title: 'Unprocessable Content',
      detail: english,
      errors: { webhookUrl: [english] },
      extensions: { reason: 'unreachable-receiver', receiver: { problem: found, host } },
    }),
  )
}

test('a private host is refused by the proxy on a real Lucca account, at the field, and the values stay', async () => {
  const user = userEvent.setup()
  const network = fakeNetwork(refusedByProxy('private-network', '192.168.1.20'))
  renderRealAccountForm()
  const url = screen.getByRole('textbox', { name: /Webhook URL/ })
  await user.type(url, 'https://192.168.1.20/hook')
  await user.click(screen.getByRole('checkbox', { name: /employee\.created/ }))
  await user.click(screen.getByRole('button', { name: 'Create endpoint' }))
  const message = await screen.findByText(
    '“192.168.1.20” is a local or private-network address: Lucca’s servers cannot reach it. Use an address reachable from the internet.',
  )
  // Under the URL field itself (its error, announced with it), not only in the page's alert.
  expect(url.getAttribute('aria-invalid')).toBe('true')
  expect(url.getAttribute('aria-describedby')).toContain(message.id)
  expect(screen.getByRole('alert').textContent).toMatch(/Fix the highlighted fields/)
  expect(screen.getByRole<HTMLInputElement>('textbox', { name: /Webhook URL/ }).value).toBe(
    'https://192.168.1.20/hook',
  )
  expect(screen.getByText('1 topic selected')).toBeTruthy()
  expect(network.requests).toHaveLength(1)
})

test('the proxy’s refusal is worded in French when the console is', async () => {
  const user = userEvent.setup()
  await i18next.changeLanguage('fr')
  try {
    fakeNetwork(refusedByProxy('loopback', '127.0.0.1'))
    render(
      <CreateEndpointForm
        allowsPrivateReceivers={false}
        testReceiverUrl={null}
        onCancel={vi.fn()}
        onCreated={vi.fn()}
      />,
    )
    await user.type(await screen.findByRole('textbox', { name: /URL du webhook/ }), 'https://2130706433/hook')
    await user.click(screen.getByRole('checkbox', { name: /employee\.created/ }))
    await user.click(screen.getByRole('button', { name: 'Créer le point de terminaison' }))
    expect(
      await screen.findByText((text) =>
        text.startsWith(
          '« 127.0.0.1 » désigne cet ordinateur lui-même : les serveurs de Lucca ne peuvent pas le joindre.',
        ),
      ),
    ).toBeTruthy()
  } finally {
    await i18next.changeLanguage('en')
  }
})

test('the emulator account may use a receiver on this machine', async () => {
  const user = userEvent.setup()
  fakeNetwork()
  render(
    <CreateEndpointForm
      allowsPrivateReceivers
      testReceiverUrl={null}
      onCancel={vi.fn()}
      onCreated={vi.fn()}
    />,
  )
  await user.type(screen.getByRole('textbox', { name: /Webhook URL/ }), 'https://127.0.0.1:4443/ok')
  await user.click(screen.getByRole('button', { name: 'Create endpoint' }))
  expect(await screen.findByText('Choose at least one topic.')).toBeTruthy()
  expect(screen.queryByText(/cannot reach it/)).toBeNull()
})

// What needs no address library is checked in the browser, before anything is sent.
test.each([
  ['https://localhost./hook', '“localhost” means this computer itself'],
  ['https://api.localhost/hook', '“api.localhost” means this computer itself'],
  ['https://payroll:s3cret@hooks.example.com/hook', 'Remove the user name and password from the address'],
  ['hooks.example.com/hook', 'This is not a valid address'],
])('%s is refused in the browser, saying why in plain words', async (value, message) => {
  const user = userEvent.setup()
  const network = fakeNetwork()
  renderRealAccountForm()
  await user.click(screen.getByRole('textbox', { name: /Webhook URL/ }))
  await user.paste(value)
  await user.click(screen.getByRole('button', { name: 'Create endpoint' }))
  expect(await screen.findByText((text) => text.startsWith(message))).toBeTruthy()
  expect(network.requests).toHaveLength(0)
})

// Every spelling of a private address is the proxy's to read (contract/receiver-url.test.ts): it answers
// which problem it found on which host, and the form says it in plain words.
test.each([
  ['https://2130706433/hook', 'loopback', '127.0.0.1', '“127.0.0.1” means this computer itself'],
  [
    'https://[64:ff9b::7f00:1]/hook',
    'loopback',
    '64:ff9b::7f00:1',
    '“64:ff9b::7f00:1” means this computer itself',
  ],
  [
    'https://[::ffff:a9fe:a9fe]/hook',
    'metadata',
    '::ffff:a9fe:a9fe',
    '“::ffff:a9fe:a9fe” is the internal service of a cloud server',
  ],
  [
    'https://metadata.google.internal/hook',
    'metadata',
    'metadata.google.internal',
    '“metadata.google.internal” is the internal service',
  ],
  ['https://0x0a.1/hook', 'private-network', '10.0.0.1', '“10.0.0.1” is a local or private-network address'],
  ['https://[fe80::1]/hook', 'link-local', 'fe80::1', '“fe80::1” only works inside one local network'],
  ['https://240.0.0.1/hook', 'reserved', '240.0.0.1', '“240.0.0.1” is a reserved address'],
  [
    'https://intranet/hook',
    'unresolvable',
    'intranet',
    '“intranet” is a name that only exists inside a private network',
  ],
])('%s, refused by the proxy as %s, is explained at the field', async (value, problem, host, message) => {
  const user = userEvent.setup()
  const network = fakeNetwork(refusedByProxy(problem, host))
  renderRealAccountForm()
  await user.click(screen.getByRole('textbox', { name: /Webhook URL/ }))
  await user.paste(value)
  await user.click(screen.getByRole('checkbox', { name: /employee\.created/ }))
  await user.click(screen.getByRole('button', { name: 'Create endpoint' }))
  expect(await screen.findByText((text) => text.startsWith(message))).toBeTruthy()
  expect(screen.queryByText(/^Lucca cannot reach this address/)).toBeNull() // the proxy's English is replaced
  expect(network.requests).toHaveLength(1)
})

test("Lucca's field errors land on their fields and the values survive", async () => {
  const user = userEvent.setup()
  fakeNetwork(
    lucca.post('/lucca-api/webhook-endpoints', ({ response }) =>
      response(400).json(
        aProblem(400, {
          title: 'One or more validation errors occurred.',
          errors: { webhookUrl: ['Activation challenge failed: receiver answered 500'] },
        }),
      ),
    ),
  )
  renderRealAccountForm()
  await fillValidForm(user)
  await user.click(screen.getByRole('button', { name: 'Create endpoint' }))

  expect(await screen.findByText('Activation challenge failed: receiver answered 500')).toBeTruthy()
  expect(screen.getByRole<HTMLInputElement>('textbox', { name: /Webhook URL/ }).value).toBe(
    'https://hooks.example.com/lucca',
  )
  expect(screen.getByText('1 topic selected')).toBeTruthy()
})

test('the secret is shown once, survives Escape, and never reaches the query cache', async () => {
  const user = userEvent.setup()
  const onCreated = vi.fn()
  const network = fakeNetwork(
    lucca.post('/lucca-api/webhook-endpoints', ({ response }) => response(201).json(created)),
  )
  const { queryClient } = render(
    <CreateEndpointForm
      allowsPrivateReceivers={false}
      testReceiverUrl={null}
      onCancel={vi.fn()}
      onCreated={onCreated}
    />,
  )
  await fillValidForm(user)
  await user.click(screen.getByRole('button', { name: 'Create endpoint' }))

  const dialog = await screen.findByRole('dialog', { name: 'Save the signing secret' })
  expect(network.requests[0]?.headers.get('X-Console-Request')).toBe('1')
  expect(network.requests[0]?.body).toMatchObject({
    webhookUrl: 'https://hooks.example.com/lucca',
    status: 'active',
  })
  expect(dialog.textContent).not.toContain(secret) // masked until revealed
  await user.click(within(dialog).getByRole('button', { name: 'Show secret' }))
  expect(dialog.textContent).toContain(secret)

  await user.keyboard('{Escape}')
  expect(await within(dialog).findByText(/Confirm that you stored the secret/)).toBeTruthy()
  expect(within(dialog).getByRole('button', { name: 'Done' })).toHaveProperty('disabled', true)

  await user.click(within(dialog).getByRole('checkbox', { name: /stored the secret/ }))
  await user.click(within(dialog).getByRole('button', { name: 'Done' }))
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  expect(onCreated).toHaveBeenCalledWith('42')

  const cache = JSON.stringify([
    queryClient
      .getQueryCache()
      .getAll()
      .map((query) => query.state),
    queryClient
      .getMutationCache()
      .getAll()
      .map((mutation) => mutation.state),
  ])
  expect(cache).toContain('hooks.example.com') // the endpoint itself is cached…
  expect(cache).not.toContain(secret) // …its secret is not
  expect(JSON.stringify({ ...localStorage })).not.toContain(secret)
  expect(JSON.stringify({ ...sessionStorage })).not.toContain(secret)
})

test('on the local emulator, the test receiver fills the URL in, one path per pick', async () => {
  const user = userEvent.setup()
  render(
    <CreateEndpointForm
      allowsPrivateReceivers
      testReceiverUrl="https://127.0.0.1:4443"
      onCancel={vi.fn()}
      onCreated={vi.fn()}
    />,
  )
  const url = screen.getByRole('textbox', { name: /Webhook URL/ })
  await user.click(screen.getByRole('button', { name: 'fails (HTTP 500)' }))
  expect((url as HTMLInputElement).value).toMatch(/^https:\/\/127\.0\.0\.1:4443\/fail\/500\/[a-f0-9]+$/)
  await user.click(screen.getByRole('button', { name: 'accepts every delivery' }))
  expect((url as HTMLInputElement).value).toMatch(/^https:\/\/127\.0\.0\.1:4443\/ok\/[a-f0-9]+$/)
})

test('on a real Lucca account, no test receiver is offered', () => {
  renderRealAccountForm()
  expect(screen.queryByRole('button', { name: 'accepts every delivery' })).toBeNull()
})

test('message format and API version wait under “Advanced options” with their defaults, and open on an error there', async () => {
  const user = userEvent.setup()
  const network = fakeNetwork(
    lucca.post('/lucca-api/webhook-endpoints', ({ response }) =>
      response(400).json(
        aProblem(400, {
          title: 'One or more validation errors occurred.',
          errors: { apiVersion: ['This API version is not supported'] },
        }),
      ),
    ),
  )
  renderRealAccountForm()
  const advanced = screen.getByText('Advanced options').closest('details')
  expect(advanced?.open).toBe(false)
  expect(advanced?.textContent).toContain('Message format')
  expect(advanced?.textContent).toContain('API version')

  await fillValidForm(user)
  await user.click(screen.getByRole('button', { name: 'Create endpoint' }))
  expect(await screen.findByText('This API version is not supported')).toBeTruthy()
  expect(network.requests[0]?.body).toMatchObject({ contentType: 'default', apiVersion: '2024-11-01' })
  expect(advanced?.open).toBe(true)
})
