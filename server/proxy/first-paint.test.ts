import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { firstPaintFrame } from '../../scripts/first-paint-plugin.ts'
import { fr as endpointsFr } from '../../src/features/endpoints/locales/fr.ts'
import { startStack, type InProcessStack } from '../../testing/stack.ts'
import { firstPaintPage, languageOf, paintsFirst, schemeOf } from './first-paint.ts'

const index =
  '<!doctype html><html lang="en"><head><title>Lucca Webhooks Console</title>' +
  '<script type="module" crossorigin src="/assets/index-abc.js"></script>' +
  '<link rel="stylesheet" crossorigin href="/assets/app-abc.css"></head><body><div id="root"></div></body></html>'

describe('the painted frame', () => {
  test('the language the SPA will pick: the remembered choice, else the browser’s first it speaks', () => {
    expect(languageOf('fr', 'en-US,en;q=0.9')).toBe('fr')
    expect(languageOf(undefined, 'fr-FR,fr;q=0.9,en;q=0.8')).toBe('fr')
    expect(languageOf(undefined, 'de-DE,fr;q=0.5,en;q=0.8')).toBe('en')
    expect(languageOf(undefined, 'de-DE,it;q=0.5')).toBe('en')
    expect(languageOf('de', 'en;q=0, fr')).toBe('fr')
    expect(languageOf(undefined, undefined)).toBe('en')
    expect(schemeOf('dark')).toBe('dark')
    expect(schemeOf('auto')).toBeNull()
    expect(schemeOf('<script>')).toBeNull()
    expect(['/', '/endpoints', '/endpoints?health=failing'].every(paintsFirst)).toBe(true)
    expect(['/health', '/endpoints/ep_1', '/endpoints/new'].some(paintsFirst)).toBe(false)
  })

  test('the list’s title and description in the admin’s language, its stylesheets after the frame', () => {
    const html = firstPaintPage(index, firstPaintFrame, 'fr', 'dark')
    expect(html).toContain('<html lang="fr" data-mantine-color-scheme="dark">')
    expect(html).toContain(`<h1>${endpointsFr.list.title}</h1>`)
    expect(html).toContain(`<p>${endpointsFr.list.description}</p>`)
    // Nothing in the head holds the first paint back; the module script stays where it was.
    const head = html.slice(0, html.indexOf('<body>'))
    expect(head).not.toContain('rel="stylesheet"')
    expect(head).toContain('/assets/index-abc.js')
    expect(html.indexOf('/assets/app-abc.css')).toBeGreaterThan(html.indexOf('id="first-paint"'))
    expect(html.indexOf('/assets/app-abc.css')).toBeLessThan(html.indexOf('<div id="root">'))
    // Decoration only: screen readers get the SPA's page.
    expect(html).toContain('<div id="first-paint" aria-hidden="true">')
  })

  test('words are escaped', () => {
    const frame = structuredClone(firstPaintFrame)
    frame.en.title = '<img src=x onerror=alert(1)> & co'
    const html = firstPaintPage(index, frame, 'en', null)
    expect(html).toContain('<h1>&lt;img src=x onerror=alert(1)&gt; &amp; co</h1>')
    expect(html).toContain('<html lang="en">')
  })
})

describe('served by the proxy', () => {
  let stack: InProcessStack
  let dir: string
  let cookie: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'first-paint-'))
    await writeFile(join(dir, 'index.html'), index)
    await writeFile(join(dir, 'first-paint.json'), JSON.stringify(firstPaintFrame))
    stack = await startStack({ console: { run: 'in-process' }, staticDir: dir })
    cookie = await stack.signIn()
  })
  afterAll(async () => {
    await stack.close()
    await rm(dir, { recursive: true, force: true })
  })

  test('a signed-in admin opening the list gets its frame, in the browser’s language, compressed', async () => {
    const page = await stack.call('/endpoints', {
      cookie,
      headers: { 'Accept-Language': 'fr-FR,fr;q=0.9', 'Accept-Encoding': 'br, gzip' },
    })
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(page.headers.get('content-encoding')).toBe('br')
    expect(page.headers.get('vary')).toContain('Cookie')
    expect(page.headers.get('cache-control')).toBe('no-cache')
    expect(page.text).toContain(`<h1>${endpointsFr.list.title}</h1>`)
    expect(page.text).toContain('<html lang="fr">')
  })

  test('the language and scheme chosen in the console win over the browser’s', async () => {
    const page = await stack.call('/', {
      cookie: `${cookie}; console.language=en; console.scheme=dark`,
      headers: { 'Accept-Language': 'fr-FR' },
    })
    expect(page.text).toContain(`<h1>${firstPaintFrame.en.title}</h1>`)
    expect(page.text).toContain('<html lang="en" data-mantine-color-scheme="dark">')
  })

  test('signed out, or on another page, the plain SPA: the sign-in form or that page is what comes', async () => {
    const signedOut = await stack.call('/endpoints')
    expect(signedOut.status).toBe(200)
    expect(signedOut.text).toBe(index)
    const other = await stack.call('/health', { cookie })
    expect(other.text).toBe(index)
    const forged = await stack.call('/endpoints', { cookie: 'console-session=forged' })
    expect(forged.text).not.toContain('first-paint')
  })
})
