import { CompiledQuery, type KyselyPlugin } from 'kysely'
import { DeliveriesQuerySchema } from '../../contract/console-history-api.ts'
import type { Database } from '../../server/db/database.ts'
import { DeliveriesLog } from '../../server/proxy/history/deliveries-log.ts'
import { percentile } from '../lib/stats.ts'
import { ACCOUNT, NEWEST, SPACING_MS } from './bulk-history.ts'

export interface LogQuerySample {
  name: string
  p50Ms: number
  p95Ms: number
  rows: number
  /** What EXPLAIN says reads each table: an index's name, or `Seq Scan on <table>`. */
  access: string[]
}

/** The row `index` places from the newest (bulk-history.ts spaces them evenly). */
const createdAt = (index: number) => new Date(NEWEST - index * SPACING_MS).toISOString()
const day = 86_400_000

/** The log's filters as the SPA puts them in the query string; each parsed as the route parses it. */
const filters = (stored: number): { name: string; query: Record<string, string> }[] => [
  { name: 'newest page', query: {} },
  { name: 'by endpoint', query: { endpoint: 'ep-17' } },
  { name: 'by status (failed, 2 %)', query: { status: 'failed' } },
  { name: 'by resource id', query: { resource: 'employee-1234' } },
  {
    name: 'by date range (one day, a quarter down)',
    query: {
      from: new Date(Date.parse(createdAt(stored / 4)) - day).toISOString(),
      to: createdAt(stored / 4),
    },
  },
]

/**
 * The delivery log's queries as GET /api/history/deliveries runs them (DeliveriesLog.page, 50 a page): each
 * timed `runs` times after a warm-up, and explained (EXPLAIN (FORMAT JSON) of the very statement it sent).
 */
export async function measureLogQueries(
  db: Database,
  stored: number,
  runs: number,
): Promise<LogQuerySample[]> {
  const sent: { last: CompiledQuery | null } = { last: null }
  const capture: KyselyPlugin = {
    transformQuery: (args) => {
      sent.last = db.getExecutor().compileQuery(args.node, args.queryId)
      return args.node
    },
    transformResult: (args) => Promise.resolve(args.result),
  }
  const log = new DeliveriesLog(db.withPlugin(capture))
  const page = async (raw: Record<string, string>) => {
    const found = await log.page(ACCOUNT, DeliveriesQuerySchema.parse(raw))
    if (!found) throw new Error(`the log refused ${JSON.stringify(raw)}`)
    return found
  }
  // A cursor half-way down the log: the key of the newest row older than the one at stored / 2 - 1.
  const middle = await page({ limit: '1', to: createdAt(Math.floor(stored / 2) - 1) })
  if (!middle.next) throw new Error('no deep cursor: fewer rows than expected')
  const all = [
    ...filters(stored),
    {
      name: `deep cursor page (${Math.floor(stored / 2).toLocaleString('en')} rows down)`,
      query: { cursor: middle.next },
    },
  ]
  const samples: LogQuerySample[] = []
  for (const { name, query } of all) {
    const raw = { ...query, limit: '50' }
    for (let warm = 0; warm < 3; warm += 1) await page(raw)
    const times: number[] = []
    let rows = 0
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now()
      rows = (await page(raw)).items.length
      times.push(performance.now() - started)
    }
    const statement = sent.last
    if (!statement) throw new Error('the log sent no query')
    samples.push({
      name,
      p50Ms: percentile(times, 50),
      p95Ms: percentile(times, 95),
      rows,
      access: await accessOf(db, statement),
    })
  }
  return samples
}

interface PlanNode {
  'Node Type'?: string
  'Relation Name'?: string
  'Index Name'?: string
  Plans?: PlanNode[]
}

async function accessOf(db: Database, statement: CompiledQuery): Promise<string[]> {
  const { rows } = await db.executeQuery<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
    CompiledQuery.raw(`explain (format json) ${statement.sql}`, [...statement.parameters]),
  )
  const plan = rows[0]?.['QUERY PLAN'][0]?.Plan
  const found: string[] = []
  const walk = (node: PlanNode) => {
    const type = node['Node Type'] ?? ''
    if (node['Index Name']) found.push(`${node['Index Name']} (${type})`)
    else if (type === 'Seq Scan') found.push(`Seq Scan on ${node['Relation Name'] ?? '?'}`)
    for (const child of node.Plans ?? []) walk(child)
  }
  if (plan) walk(plan)
  return found
}
