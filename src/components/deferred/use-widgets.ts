import { useSyncExternalStore } from 'react'

type Widgets = typeof import('./widgets')

let widgets: Widgets | null = null
let loading: Promise<Widgets> | null = null
let scheduled = false
const listeners = new Set<() => void>()

/** Loads the floating widgets now (e.g. on a click that needs a menu); a failed load is tried again next time. */
export function loadWidgets(): Promise<Widgets> {
  loading ??= import('./widgets').then(
    (module) => {
      widgets = module
      for (const listener of listeners) listener()
      return module
    },
    (error: unknown) => {
      loading = null
      throw error
    },
  )
  return loading
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  if (!scheduled) {
    // Once the browser is idle after the first render, so they never compete with the first screen.
    scheduled = true
    const whenIdle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 50))
    whenIdle(() => void loadWidgets().catch(() => (scheduled = false)))
  }
  return () => void listeners.delete(listener)
}

/** The floating widgets once loaded, else null (render the plain element meanwhile). */
export function useWidgets(): Widgets | null {
  return useSyncExternalStore(subscribe, () => widgets)
}
