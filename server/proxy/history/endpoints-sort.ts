import {
  healthStates,
  type EndpointSort,
  type EndpointSummary,
} from '../../../contract/console-history-api.ts'

type Compare = (a: EndpointSummary, b: EndpointSummary) => number

/** By an ISO time (they compare as text), those without one last whichever the direction. */
const byTime =
  (at: (item: EndpointSummary) => string | null, direction: 'newest' | 'oldest'): Compare =>
  (a, b) => {
    const [left, right] = [at(a), at(b)]
    if (left === right) return 0
    if (left === null) return 1
    if (right === null) return -1
    return direction === 'newest' ? right.localeCompare(left) : left.localeCompare(right)
  }

const byName: Compare = (a, b) => {
  if (a.name === b.name) return a.webhookUrl.localeCompare(b.webhookUrl)
  if (a.name === null) return 1
  if (b.name === null) return -1
  return a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.name.localeCompare(b.name)
}

const byHealth: Compare = (a, b) =>
  healthStates.indexOf(a.health.state) - healthStates.indexOf(b.health.state)
const lastFailure = byTime((item) => item.health.lastFailureAt, 'newest')
const lastDelivery = byTime((item) => item.health.lastDeliveryAt, 'newest')

const orders: Record<EndpointSort, Compare[]> = {
  // Failing first, then degraded, healthy, quiet; the most recent trouble first within each.
  health: [byHealth, lastFailure, byName],
  lastFailure: [lastFailure, byName],
  lastDelivery: [lastDelivery, byName],
  name: [byName],
  created: [byTime((item) => item.createdAt, 'oldest')],
  '-created': [byTime((item) => item.createdAt, 'newest')],
}

/** The list's order for `sort`, ending on the id so that pages never overlap. */
export function compareEndpoints(sort: EndpointSort): Compare {
  const steps = orders[sort]
  return (a, b) => {
    for (const step of steps) {
      const order = step(a, b)
      if (order !== 0) return order
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  }
}
