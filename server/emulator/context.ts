import type { Clock } from './clock.ts'
import type { DeliveryEngine } from './delivery/engine.ts'
import type { HttpClient } from './delivery/http-client.ts'
import type { Outbox } from './delivery/outbox.ts'
import type { Cursors } from './http/paging.ts'
import type { RequestCounts } from './http/request-counts.ts'
import type { TokenStore } from './http/tokens.ts'
import type { RuntimeConfig, Settings } from './options.ts'
import type { Store } from './store/store.ts'
import type { SimulatedReceivers } from './traffic/simulated-receivers.ts'

/** Everything a route or the control API needs, built once per emulator. */
export interface EmulatorContext {
  settings: Settings
  runtime: RuntimeConfig
  clock: Clock
  store: Store
  tokens: TokenStore
  engine: DeliveryEngine
  http: HttpClient
  outbox: Outbox
  /** How list `page` values are read and written (strict mode accepts only its own cursors). */
  cursors: Cursors
  requests: RequestCounts
  receivers: SimulatedReceivers
}
