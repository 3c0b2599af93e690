import { deliveryStatuses } from '../../../../contract/console-history-api'
import type { DeliveriesFilters } from './delivery-log-client'

/**
 * The log's view as its URL keeps it (`?endpoint=26&status=failed&from=2026-03-01`), so a filtered log can
 * be shared and survives a reload. Days are the admin's calendar days, or UTC instants for a span to the
 * second (a chart's bar links to its hour: `from=2026-03-01T14:00:00.000Z`); the cursor is the page shown.
 */
export interface LogView {
  endpoint: string | null
  topic: string | null
  status: (typeof deliveryStatuses)[number][]
  /** The HTTP code of the last attempt, or `none` for no answer. */
  code: string | null
  from: string | null
  to: string | null
  event: string | null
  resource: string | null
  cursor: string | null
}

export const noFilters: LogView = {
  endpoint: null,
  topic: null,
  status: [],
  code: null,
  from: null,
  to: null,
  event: null,
  resource: null,
  cursor: null,
}

const day = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
const dayOrInstant =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?Z)?$/
// What the history's API accepts of each (contract/console-history-api.ts); anything else is not sent.
const accepted: Record<Exclude<keyof LogView, 'status'>, RegExp> = {
  endpoint: /^.{1,200}$/,
  topic: /^.{1,100}$/,
  code: /^(none|[1-5]\d\d)$/,
  from: dayOrInstant,
  to: dayOrInstant,
  event: /^.{1,200}$/,
  resource: /^.{1,200}$/,
  cursor: /^[A-Za-z0-9_-]{1,200}$/,
}

/** A value the API would refuse (an unknown status, a malformed day) is dropped, not sent. */
export function viewFromParams(params: URLSearchParams): LogView {
  const view = { ...noFilters }
  for (const [key, pattern] of Object.entries(accepted) as [keyof typeof accepted, RegExp][]) {
    const value = params.get(key)?.trim() ?? ''
    if (pattern.test(value)) view[key] = value
  }
  const status = (params.get('status') ?? '').split(',')
  view.status = deliveryStatuses.filter((value) => status.includes(value))
  return view
}

export function paramsFromView(view: LogView): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(view)) {
    const text = Array.isArray(value) ? value.join(',') : (value ?? '')
    if (text) params.set(key, text)
  }
  return params
}

/** Whether the view narrows the log: the page shown does not. */
export function isFiltered(view: LogView): boolean {
  return paramsFromView({ ...view, cursor: null }).size > 0
}

/** The history's filters for the view: whole local days become the instants that bound them (`to` excluded). */
export function filtersOf({ cursor: _, status, from, to, ...texts }: LogView): DeliveriesFilters {
  const filters: DeliveriesFilters = {}
  for (const [key, value] of Object.entries(texts) as [keyof typeof texts, string | null][]) {
    if (value) filters[key] = value
  }
  if (status.length > 0) filters.status = status
  if (from) filters.from = day.test(from) ? localDayStart(from).toISOString() : from
  if (to) filters.to = day.test(to) ? localDayStart(to, 1).toISOString() : to
  return filters
}

/** The calendar day a date field shows for `from` or `to` (an instant `to` is excluded: its day is before). */
export function dayShown(value: string | null, end = false): string {
  if (!value || day.test(value)) return value ?? ''
  const date = new Date(Date.parse(value) - (end ? 1 : 0))
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

function localDayStart(value: string, plusDays = 0): Date {
  const date = new Date(`${value}T00:00:00`)
  date.setDate(date.getDate() + plusDays) // not + 24 h: days around a DST change are 23 or 25 h long
  return date
}
