import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import type { Account } from '../../lib/console-client'
import type { User } from './users-client'
import { fakeNetwork, problem } from '../../test/network'
import { render } from '../../test/render'
import { UsersScreen } from './users-screen'

// Only the date is fixed ("last active 2 hours ago"); timers stay real for Mantine and user-event.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-12-01T10:00:00Z'))
})
afterEach(async () => {
  vi.useRealTimers()
  await i18next.changeLanguage('en')
})

const accounts: Account[] = [
  {
    id: 'acme-prod',
    label: 'Acme production',
    environment: 'production',
    apiHost: 'acme.ilucca.net',
    allowsPrivateReceivers: false,
    testReceiverUrl: null,
  },
]
const admin: User = {
  username: 'admin',
  role: 'admin',
  createdAt: '2026-01-02T09:00:00Z',
  source: 'password',
  roleOrigin: null,
  sessions: [
    {
      id: 'a'.repeat(64),
      accountId: 'acme-prod',
      createdAt: '2026-12-01T08:00:00Z',
      lastSeenAt: '2026-12-01T09:30:00Z',
      current: true,
    },
  ],
}
const ada: User = {
  username: 'ada',
  role: 'viewer',
  createdAt: '2026-03-04T10:00:00Z',
  source: 'password',
  roleOrigin: null,
  sessions: [
    {
      id: 'b'.repeat(64),
      accountId: 'acme-prod',
      createdAt: '2026-11-30T14:00:00Z',
      lastSeenAt: '2026-12-01T07:45:00Z',
      current: false,
    },
    {
      id: 'c'.repeat(64),
      accountId: 'gone-account',
      createdAt: '2026-11-29T14:00:00Z',
      lastSeenAt: '2026-11-29T15:00:00Z',
      current: false,
    },
  ],
}
const me = { username: 'admin', role: 'admin' as const }

const listing = (...items: User[]) => http.get('*/api/users', () => HttpResponse.json({ items }))

function card(username: string) {
  return screen.getByRole('listitem', { name: new RegExp(`^${username}`) })
}

async function openMenuItem(user: ReturnType<typeof userEvent.setup>, username: string, item: string) {
  await user.click(screen.getByRole('button', { name: `Actions for ${username}` }))
  // Mantine's dropdown animates in; happy-dom never finishes the transition, so items stay "hidden".
  return screen.findByRole('menuitem', { name: new RegExp(item), hidden: true })
}

test('lists each user with their role, creation date and sessions, by account label', async () => {
  fakeNetwork(listing(admin, ada))
  render(<UsersScreen me={me} accounts={accounts} />)

  const adaCard = await waitFor(() => card('ada'))
  expect(within(adaCard).getByText('Read-only')).toBeTruthy()
  expect(within(adaCard).getByText(/Added on March 4, 2026/)).toBeTruthy()
  const sessions = within(adaCard).getByRole('list', { name: '2 active sessions' })
  expect(within(sessions).getAllByRole('listitem')).toHaveLength(2)
  expect(within(sessions).getByText('Acme production')).toBeTruthy()
  expect(within(sessions).getByText(/ · last active 2 hours ago$/)).toBeTruthy()
  expect(within(sessions).getByText(/ · last active 2 days ago$/)).toBeTruthy()
  // An account the console no longer has is named as such, never by its id.
  expect(within(sessions).getByText('Account no longer configured')).toBeTruthy()
  expect(within(adaCard).queryByText('acme-prod')).toBeNull()
  expect(within(adaCard).queryByText('This browser')).toBeNull()

  const mine = card('admin')
  expect(within(mine).getByText('(you)')).toBeTruthy()
  expect(within(mine).getByText('Administrator')).toBeTruthy()
  expect(within(mine).getByText('This browser')).toBeTruthy()
  expect(within(mine).getByText(/ · last active 30 minutes ago$/)).toBeTruthy()
  // The only administrator: said up front, and neither demotion nor removal is offered.
  expect(within(mine).getByText(/The only administrator/)).toBeTruthy()
})

test('the only administrator cannot be made read-only or removed from the menu', async () => {
  const user = userEvent.setup()
  fakeNetwork(listing(admin, ada))
  render(<UsersScreen me={me} accounts={accounts} />)
  await waitFor(() => card('admin'))

  const demote = await openMenuItem(user, 'admin', 'Make read-only')
  expect(demote.hasAttribute('disabled') || demote.getAttribute('data-disabled') === 'true').toBe(true)
  const remove = screen.getByRole('menuitem', { name: /Remove user/, hidden: true })
  expect(remove.hasAttribute('disabled') || remove.getAttribute('data-disabled') === 'true').toBe(true)
  const reset = screen.getByRole('menuitem', { name: /Reset password/, hidden: true })
  expect(reset.hasAttribute('disabled') || reset.getAttribute('data-disabled') === 'true').toBe(false)
})

test('adding a user shows the generated password once, then never again', async () => {
  const user = userEvent.setup()
  let added = false
  const network = fakeNetwork(
    http.get('*/api/users', () =>
      HttpResponse.json({ items: added ? [admin, { ...ada, username: 'grace', sessions: [] }] : [admin] }),
    ),
    http.post('*/api/users', () => {
      added = true
      return HttpResponse.json({ username: 'grace', password: 'Tr0ub4dor-correct-horse' }, { status: 201 })
    }),
  )
  render(<UsersScreen me={me} accounts={accounts} />)
  await user.click(await screen.findByRole('button', { name: 'Add a user' }))
  const dialog = await screen.findByRole('dialog', { name: 'Add a user' })
  await user.type(within(dialog).getByRole('textbox', { name: /User name/ }), 'grace')
  await user.click(within(dialog).getByRole('radio', { name: /Administrator/ }))
  await user.click(within(dialog).getByRole('button', { name: 'Add user' }))

  const shown = await screen.findByRole('dialog', { name: 'Password of grace' })
  expect(within(shown).getByText('You will not see this password again')).toBeTruthy()
  // Masked until asked, then the very password the proxy answered.
  expect(within(shown).queryByText('Tr0ub4dor-correct-horse')).toBeNull()
  await user.click(within(shown).getByRole('button', { name: 'Show password' }))
  expect(within(shown).getByText('Tr0ub4dor-correct-horse')).toBeTruthy()
  const post = network.requests.find((r) => r.method === 'POST')
  expect(post?.body).toEqual({ username: 'grace', role: 'admin' })
  expect(post?.headers.get('X-Console-Request')).toBe('1')

  const done = within(shown).getByRole('button', { name: 'Done' })
  expect(done.hasAttribute('disabled')).toBe(true)
  await user.click(within(shown).getByRole('checkbox', { name: 'I have copied the password' }))
  await user.click(done)
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Password of grace' })).toBeNull())
  expect(screen.queryByText('Tr0ub4dor-correct-horse')).toBeNull()
  expect(screen.queryByText(/Tr0ub4dor/)).toBeNull()
  // The list was read again after the addition, and shows the new user.
  expect(await screen.findByRole('heading', { name: 'grace' })).toBeTruthy()
})

test('a name that is not valid is refused on the field before anything is sent', async () => {
  const user = userEvent.setup()
  const network = fakeNetwork(listing(admin))
  render(<UsersScreen me={me} accounts={accounts} />)
  await user.click(await screen.findByRole('button', { name: 'Add a user' }))
  const dialog = await screen.findByRole('dialog', { name: 'Add a user' })
  await user.type(within(dialog).getByRole('textbox', { name: /User name/ }), 'Hélène Dupont')
  await user.click(within(dialog).getByRole('button', { name: 'Add user' }))
  expect(await within(dialog).findByText(/Use only letters without accents/)).toBeTruthy()
  expect(network.requests.filter((r) => r.method === 'POST')).toHaveLength(0)
})

test('a name that exists already is said under the field, and what was typed stays', async () => {
  const user = userEvent.setup()
  fakeNetwork(
    listing(admin, ada),
    http.post('*/api/users', () =>
      problem(409, { title: 'This user exists already', extensions: { reason: 'conflict' } }),
    ),
  )
  render(<UsersScreen me={me} accounts={accounts} />)
  await user.click(await screen.findByRole('button', { name: 'Add a user' }))
  const dialog = await screen.findByRole('dialog', { name: 'Add a user' })
  const name = within(dialog).getByRole<HTMLInputElement>('textbox', { name: /User name/ })
  await user.type(name, 'ada')
  await user.click(within(dialog).getByRole('button', { name: 'Add user' }))

  expect(
    await within(dialog).findByText('A user named “ada” already exists. Choose another name.'),
  ).toBeTruthy()
  expect(name.value).toBe('ada')
  expect(name.getAttribute('aria-invalid')).toBe('true')
  expect(screen.queryByRole('dialog', { name: /Password of/ })).toBeNull()
})

test('demoting the last administrator is refused with a message that says what to do', async () => {
  const user = userEvent.setup()
  // The list still shows two administrators: the other was demoted meanwhile, in another browser.
  fakeNetwork(
    listing(admin, { ...ada, role: 'admin' }),
    http.put('*/api/users/ada/role', () =>
      problem(409, { title: 'The last admin stays', extensions: { reason: 'last-admin' } }),
    ),
  )
  render(<UsersScreen me={me} accounts={accounts} />)
  await waitFor(() => card('ada'))
  await user.click(await openMenuItem(user, 'ada', 'Make read-only'))

  const dialog = await screen.findByRole('dialog', { name: 'Change the role of ada?' })
  expect(within(dialog).getByText(/ada will be signed out everywhere/)).toBeTruthy()
  await user.click(within(dialog).getByRole('button', { name: 'Change role' }))
  expect((await within(dialog).findByRole('alert')).textContent).toMatch(
    /This is the only administrator\. Make another user an administrator first/,
  )
})

test('ending one session asks first, says who is signed out, and sends that session only', async () => {
  const user = userEvent.setup()
  const network = fakeNetwork(
    listing(admin, ada),
    http.delete('*/api/users/ada/sessions/:id', () => new HttpResponse(null, { status: 204 })),
  )
  render(<UsersScreen me={me} accounts={accounts} />)
  const adaCard = await waitFor(() => card('ada'))
  await user.click(within(adaCard).getByRole('button', { name: /End the session on Acme production/ }))
  const dialog = await screen.findByRole('dialog', { name: 'End this session of ada?' })
  expect(within(dialog).getByText(/ada will be signed out of the browser/)).toBeTruthy()
  await user.click(within(dialog).getByRole('button', { name: 'End session' }))
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'End this session of ada?' })).toBeNull())
  const ended = network.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)
  expect(ended).toEqual([`/api/users/ada/sessions/${'b'.repeat(64)}`])
})

test('resetting one’s own password shows it once, warns of the sign-out, and only then reads the list', async () => {
  const user = userEvent.setup()
  const network = fakeNetwork(
    listing(admin, ada),
    http.post('*/api/users/admin/password', () =>
      HttpResponse.json({ username: 'admin', password: 'n3w-own-password' }),
    ),
  )
  render(<UsersScreen me={me} accounts={accounts} />)
  await waitFor(() => card('admin'))
  await user.click(await openMenuItem(user, 'admin', 'Reset password'))
  const confirm = await screen.findByRole('dialog', { name: 'Reset the password of admin?' })
  expect(within(confirm).getByText(/This also signs you out of this browser/)).toBeTruthy()
  await user.click(within(confirm).getByRole('button', { name: 'Reset password' }))

  const shown = await screen.findByRole('dialog', { name: 'New password of admin' })
  expect(within(shown).getByText(/This is your new password/)).toBeTruthy()
  const reads = () => network.requests.filter((r) => r.method === 'GET' && r.path === '/api/users').length
  // Reading now would find this session ended and cover the password with the sign-in dialog.
  expect(reads()).toBe(1)
  await user.click(within(shown).getByRole('checkbox', { name: 'I have copied the password' }))
  await user.click(within(shown).getByRole('button', { name: 'Done' }))
  await waitFor(() => expect(reads()).toBe(2))
})

test('a viewer is told the page is for administrators, and nothing is requested', async () => {
  const network = fakeNetwork()
  render(<UsersScreen me={{ username: 'ada', role: 'viewer' }} accounts={accounts} />)
  expect(await screen.findByText('Administrators only')).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Add a user' })).toBeNull()
  expect(network.requests).toHaveLength(0)
})

test('a role the proxy refuses (demoted meanwhile) shows the same administrators-only state', async () => {
  fakeNetwork(
    http.get('*/api/users', () =>
      problem(403, { title: 'Admins only', extensions: { reason: 'forbidden-role' } }),
    ),
  )
  render(<UsersScreen me={me} accounts={accounts} />)
  expect(await screen.findByText('Administrators only')).toBeTruthy()
})

test('the console’s database being down is said plainly, and Retry reads the list again', async () => {
  const user = userEvent.setup()
  let down = true
  fakeNetwork(
    http.get('*/api/users', () =>
      down
        ? problem(503, { title: 'Unavailable', extensions: { reason: 'database-unavailable' } })
        : HttpResponse.json({ items: [admin] }),
    ),
  )
  render(<UsersScreen me={me} accounts={accounts} />)
  expect(await screen.findByText(/cannot reach its own database/)).toBeTruthy()
  down = false
  await user.click(screen.getByRole('button', { name: 'Retry' }))
  expect(await screen.findByRole('heading', { name: /^admin/ })).toBeTruthy()
})

test('in French, the page speaks as a French HR admin would', async () => {
  const user = userEvent.setup()
  await i18next.changeLanguage('fr')
  fakeNetwork(listing(admin, ada))
  render(<UsersScreen me={me} accounts={accounts} />)
  expect(await screen.findByRole('heading', { name: 'Utilisateurs' })).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Ajouter un utilisateur' })).toBeTruthy()
  await waitFor(() => card('ada'))
  expect(within(card('ada')).getByText('Lecture seule')).toBeTruthy()
  expect(within(card('ada')).getByText('2 sessions ouvertes')).toBeTruthy()
  expect(within(card('ada')).getByText(/^Connecté le .* · dernière activité il y a 2 heures$/)).toBeTruthy()
  expect(within(card('ada')).getByText(/^Connecté le .* · dernière activité avant-hier$/)).toBeTruthy()
  expect(within(card('admin')).getByText('Ce navigateur')).toBeTruthy()
  await user.click(screen.getByRole('button', { name: 'Actions pour ada' }))
  expect(
    await screen.findByRole('menuitem', { name: /Réinitialiser le mot de passe/, hidden: true }),
  ).toBeTruthy()
  expect(screen.getByRole('menuitem', { name: /Mettre fin aux sessions/, hidden: true })).toBeTruthy()
  expect(screen.getByRole('menuitem', { name: /Passer administrateur/, hidden: true })).toBeTruthy()
})

const lena: User = {
  username: 'lena@example.com',
  role: 'admin',
  createdAt: '2026-11-02T08:00:00Z',
  source: 'company',
  roleOrigin: 'HR-Integrations-Admins',
  sessions: [
    {
      id: 'd'.repeat(64),
      accountId: 'acme-prod',
      createdAt: '2026-12-01T08:15:00Z',
      lastSeenAt: '2026-12-01T09:45:00Z',
      current: false,
    },
  ],
}

test('a company user shows their source and the group that gave the role; a local one says password', async () => {
  fakeNetwork(listing(admin, lena))
  render(<UsersScreen me={me} accounts={accounts} />)
  const company = await waitFor(() => card('lena@example.com'))
  expect(within(company).getByText(/^Company account · from group HR-Integrations-Admins · /)).toBeTruthy()
  expect(within(card('admin')).getByText(/^Console password · Added on/)).toBeTruthy()
  expect(within(card('admin')).queryByText(/from group/)).toBeNull()
})

test('in French, the source and the group are in French', async () => {
  await i18next.changeLanguage('fr')
  fakeNetwork(listing(admin, lena))
  render(<UsersScreen me={me} accounts={accounts} />)
  const company = await waitFor(() => card('lena@example.com'))
  expect(
    within(company).getByText(/^Compte de l’entreprise · par le groupe HR-Integrations-Admins · /),
  ).toBeTruthy()
  expect(within(card('admin')).getByText(/^Mot de passe de la console · /)).toBeTruthy()
})

test('a company user has no password to reset, and an admin can end their session', async () => {
  const user = userEvent.setup()
  const network = fakeNetwork(
    listing(admin, lena),
    http.delete('*/api/users/:username/sessions/:id', () => new HttpResponse(null, { status: 204 })),
  )
  render(<UsersScreen me={me} accounts={accounts} />)
  await waitFor(() => card('lena@example.com'))
  await openMenuItem(user, 'lena@example.com', 'End all sessions')
  expect(screen.queryByRole('menuitem', { name: /Reset password/, hidden: true })).toBeNull()
  await user.keyboard('{Escape}')

  const company = card('lena@example.com')
  await user.click(within(company).getByRole('button', { name: /^End the session on Acme production/ }))
  const confirm = await screen.findByRole('dialog', { name: 'End this session of lena@example.com?' })
  await user.click(within(confirm).getByRole('button', { name: 'End session' }))
  await waitFor(() =>
    expect(network.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([
      `/api/users/lena%40example.com/sessions/${'d'.repeat(64)}`,
    ]),
  )
})
