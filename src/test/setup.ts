import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, vi } from 'vitest'
import { allNamespaces, i18n } from '../app/i18n'
import { network } from './network'

// In the app a screen suspends until its strings arrive; tests read every namespace once, up front.
await i18n.loadNamespaces(allNamespaces)

// Mantine measures and animates with browser APIs happy-dom lacks or only half implements.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
})
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub
Element.prototype.scrollIntoView = () => undefined

beforeAll(() => network.listen({ onUnhandledRequest: 'error' }))
afterAll(() => network.close())

// Files share a worker without being isolated (vitest.config.ts): nothing one leaves behind reaches the next.
afterEach(async () => {
  cleanup()
  network.resetHandlers()
  vi.unstubAllGlobals()
  localStorage.clear()
  sessionStorage.clear()
  if (i18n.language !== 'en') await i18n.changeLanguage('en')
})
