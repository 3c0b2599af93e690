import type { Page } from '@playwright/test'
import { E2E, expect, expectAccessible, test } from './fixtures.ts'

// Every screen at 390 px, on the seeded demo account: nothing scrolls sideways except code blocks (issue 16).

test.use({ viewport: { width: 390, height: 844 }, locale: 'en-US' })

/** What sticks out past the viewport's right edge, outside code blocks and boxes that scroll themselves. */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth
    const scrollsItself = (element: Element) => {
      const { overflowX } = getComputedStyle(element)
      return (overflowX === 'auto' || overflowX === 'scroll') && element.clientWidth <= width
    }
    const inScroller = (element: Element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement)
        if (parent.matches('pre, code') || scrollsItself(parent)) return true
      return false
    }
    const out: string[] = []
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect()
      if (box.width === 0 || box.height === 0 || box.right <= width + 0.5) continue
      if (element.matches('pre, code') || inScroller(element)) continue
      const style = getComputedStyle(element)
      if (style.visibility === 'hidden' || style.position === 'fixed') continue
      const label = `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}`
      out.push(`${label} right=${Math.round(box.right)} "${(element.textContent ?? '').trim().slice(0, 40)}"`)
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: width,
      elements: out.slice(0, 8),
    }
  })
}

async function expectFits(page: Page, screen: string) {
  // Judged once the page has settled: its data in, no transition half-way.
  await expect(page.locator('.mantine-Skeleton-root')).toHaveCount(0)
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  )
  const found = await overflowing(page)
  expect
    .soft(found.scrollWidth, `${screen}: the page is ${found.scrollWidth} px wide`)
    .toBeLessThanOrEqual(found.innerWidth)
  expect.soft(found.elements, `${screen}: elements past the right edge`).toEqual([])
}

test('the sign-in page fits at 390 px', async ({ page }) => {
  await page.goto('/endpoints')
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()
  await expectFits(page, 'sign-in')
})

test('the sign-in page has its own language and theme switch, by keyboard', async ({ page }) => {
  await page.goto('/endpoints')
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()
  const language = page.getByRole('radiogroup', { name: 'Language' })
  await language.getByRole('radio', { name: 'EN' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible()
  await expect(
    page.getByRole('radiogroup', { name: 'Langue' }).getByRole('radio', { name: 'FR' }),
  ).toBeChecked()
  const scheme = await page.locator('html').getAttribute('data-mantine-color-scheme')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: /^Passer en mode (sombre|clair)$/ })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('html')).toHaveAttribute(
    'data-mantine-color-scheme',
    scheme === 'dark' ? 'light' : 'dark',
  )
  await page.mouse.move(0, 0) // no tooltip over the settled page
  await expectAccessible(page, 'sign-in, in French, in the other scheme')
  await expectFits(page, 'sign-in, in French')
})

test('every signed-in screen fits at 390 px', async ({ page, emulator, signedIn: _ }) => {
  test.setTimeout(120_000)
  await emulator.reset({ seed: true })
  const { items } = (await (await page.request.get('/lucca-api/webhook-endpoints?limit=100')).json()) as {
    items: { id: string; name?: string }[]
  }
  const failing = items.find((e) => e.name === 'HR data warehouse')
  if (!failing) throw new Error('the seed has no HR data warehouse endpoint')
  const deliveries = (await (await page.request.get('/lucca-api/webhook-deliveries?limit=100')).json()) as {
    items: { id: string; webhookEndpoint: { id: string } }[]
  }
  const delivery = deliveries.items.find((d) => d.webhookEndpoint.id === failing.id)
  if (!delivery) throw new Error('the seed has no delivery to HR data warehouse')

  const screens: [string, string, () => Promise<void>][] = [
    [
      'endpoints',
      '/endpoints',
      () => expect(page.getByText('Payroll sync').filter({ visible: true }).first()).toBeVisible(),
    ],
    ['new endpoint', '/endpoints/new', () => expect(page.getByLabel('Webhook URL')).toBeVisible()],
    [
      'endpoint',
      `/endpoints/${failing.id}`,
      () => expect(page.getByRole('heading', { name: 'HR data warehouse' })).toBeVisible(),
    ],
    [
      'deliveries',
      `/endpoints/${failing.id}/deliveries`,
      () => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
    ],
    [
      'recovery',
      `/endpoints/${failing.id}/recover`,
      () => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
    ],
    [
      'secret rotation',
      `/endpoints/${failing.id}/rotate`,
      () => expect(page.getByRole('heading', { name: 'Rotate the signing secret' })).toBeVisible(),
    ],
    [
      'delivery',
      `/deliveries/${delivery.id}`,
      () => expect(page.getByText('HTTP 500').first()).toBeVisible(),
    ],
    [
      'delivery log',
      '/deliveries',
      () => expect(page.getByText('500 Receiver error').filter({ visible: true }).first()).toBeVisible(),
    ],
    ['verify', '/verify', () => expect(page.getByRole('heading', { level: 1 })).toBeVisible()],
    ['health', '/health', () => expect(page.getByRole('heading', { level: 1 })).toBeVisible()],
    ['alerts', '/alerts', () => expect(page.getByRole('heading', { level: 1 })).toBeVisible()],
    ['alert rules', '/alerts/rules', () => expect(page.getByRole('heading', { level: 1 })).toBeVisible()],
    [
      'local outbox',
      '/alerts/local-outbox',
      () => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
    ],
    [
      'audit',
      '/audit',
      // On a phone the trail is a list of cards.
      () =>
        expect(
          page.getByRole('list', { name: 'Changes made through the console, newest first' }),
        ).toBeVisible(),
    ],
    ['topics', '/topics', () => expect(page.getByRole('heading', { level: 1 })).toBeVisible()],
    [
      'topic',
      '/topics/leave-request-decision.created',
      () => expect(page.getByText('A manager approves or refuses a leave request.')).toBeVisible(),
    ],
    ['users', '/users', () => expect(page.getByRole('heading', { name: /^admin/ })).toBeVisible()],
    ['connection check', '/connection', () => expect(page.getByText(/^Every step passed/)).toBeVisible()],
    [
      'not found',
      `${E2E.consoleUrl}/no-such-page`,
      () => expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible(),
    ],
  ]
  for (const [screen, path, loaded] of screens) {
    await test.step(screen, async () => {
      await page.goto(path)
      await loaded()
      await expectFits(page, screen)
    })
  }
})
