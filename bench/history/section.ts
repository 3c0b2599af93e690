import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../server/db/database.ts'
import { createDatabase, startPostgres } from '../../testing/postgres.ts'
import type { Row, SectionResult } from '../lib/results.ts'
import { percentile } from '../lib/stats.ts'
import { bulkHistory } from './bulk-history.ts'
import { measureLatency, type AttemptShown } from './latency.ts'
import { measureLogQueries, type LogQuerySample } from './log-queries.ts'
import { measureStreamsMemory } from './streams-rss.ts'

const MiB = 1024 * 1024
const STREAMS = 500
const QUERY_RUNS = 50

interface LogRun {
  engine: 'PostgreSQL' | 'embedded'
  insertMs: number
  queries: LogQuerySample[]
}

/**
 * Issue 14's three figures for the history: attempt → tab, stream against today's polling; the console's
 * RSS with 500 open streams; the delivery log's queries at `deliveries` stored rows, with the index each
 * uses. Side by side, never pass/fail.
 */
export async function historySection(options: {
  rounds: number
  deliveries: number
  embedded: boolean
}): Promise<SectionResult> {
  const postgres = await startPostgres()
  try {
    const latency = await measureLatency(await createDatabase(postgres, 'latency'), options.rounds)
    const memory = await measureStreamsMemory(await createDatabase(postgres, 'streams'), STREAMS)
    const logs = [await logRun('PostgreSQL', await createDatabase(postgres, 'log'), options.deliveries)]
    if (options.embedded) logs.push(await logRun('embedded', undefined, options.deliveries))
    const perStream = (bytes: number) => `${(bytes / STREAMS / 1024).toFixed(1)} KiB`
    const rows: Row[] = [
      ...latencyRows(latency, options.rounds),
      {
        metric: `console RSS: idle / ${STREAMS} open streams (${memory.sessions} sessions, ${memory.changesEach} changes fanned out), PostgreSQL`,
        value: `${(memory.idle.rss / MiB).toFixed(1)} / ${(memory.open.rss / MiB).toFixed(1)} MiB`,
      },
      {
        metric: 'per open stream: RSS / live heap (after a full collection)',
        value: `${perStream(memory.open.rss - memory.idle.rss)} / ${perStream(memory.open.liveHeap - memory.idle.liveHeap)}`,
      },
      ...logRows(logs, options),
    ]
    return { data: { latency, memory, logs }, rows }
  } finally {
    await postgres.close()
  }
}

async function logRun(
  engine: LogRun['engine'],
  url: string | undefined,
  deliveries: number,
): Promise<LogRun> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-history-'))
  const database = await openDatabase({ url, dataDir })
  try {
    const started = performance.now()
    await bulkHistory(database.db, deliveries)
    const insertMs = performance.now() - started
    return { engine, insertMs, queries: await measureLogQueries(database.db, deliveries, QUERY_RUNS) }
  } finally {
    await database.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}

const ms = (value: number) => `${value >= 100 ? value.toFixed(0) : value.toFixed(1)}`
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a')

function latencyRows(samples: AttemptShown[], rounds: number): Row[] {
  const kinds: { label: string; keep: (sample: AttemptShown) => boolean }[] = [
    { label: 'all attempts', keep: () => true },
    { label: 'first attempts', keep: (sample) => sample.attempt === 'first' },
    { label: 'first retries', keep: (sample) => sample.attempt === 'retry' },
  ]
  const rows = kinds.map(({ label, keep }): Row => {
    const of = (client: AttemptShown['client']) =>
      samples.filter((sample) => sample.client === client && keep(sample)).map((sample) => sample.ms)
    const [stream, polling] = [of('stream'), of('polling')]
    if (stream.length === 0 || polling.length === 0)
      return { metric: `attempt → tab, ${label}`, value: 'no sample' }
    const [s50, s95, p50, p95] = [
      percentile(stream, 50),
      percentile(stream, 95),
      percentile(polling, 50),
      percentile(polling, 95),
    ]
    return {
      metric: `attempt → tab, ${label} (${stream.length} / ${polling.length}), p50 / p95: stream vs polling`,
      value: `${ms(s50)} / ${ms(s95)} ms vs ${ms(p50)} / ${ms(p95)} ms (stream ${ratio(s50, p50)} / ${ratio(s95, p95)} polling)`,
    }
  })
  return [
    ...rows,
    {
      metric: 'attempt → tab: how',
      value: `${rounds} rounds (two at a time) of 2 test deliveries per client (one answered; one failing, timed to its first retry); emulator rate limit off, console budget lifted so the budget does not dominate; retries ×0.05; PostgreSQL`,
    },
  ]
}

function logRows(logs: LogRun[], options: { deliveries: number; embedded: boolean }): Row[] {
  const count = options.deliveries.toLocaleString('en')
  const [postgres, embedded] = logs
  const rows: Row[] = logs.map((run) => ({
    metric: `${count} deliveries (+ their events, 200 endpoints) bulk-inserted, ${run.engine}`,
    value: `${(run.insertMs / 1000).toFixed(0)} s`,
  }))
  for (const [index, query] of (postgres?.queries ?? []).entries()) {
    const other = embedded?.queries[index]
    const scans = query.access.some((access) => access.startsWith('Seq Scan on lucca_deliveries'))
    const figures = `${ms(query.p50Ms)} / ${ms(query.p95Ms)} ms`
    rows.push({
      metric: `log at ${count}, ${query.name}: p50 / p95 of ${QUERY_RUNS}${other ? ', PostgreSQL vs embedded' : ', PostgreSQL'}`,
      value: other
        ? `${figures} vs ${ms(other.p50Ms)} / ${ms(other.p95Ms)} ms (embedded ${ratio(other.p95Ms, query.p95Ms)} p95)`
        : figures,
    })
    rows.push({
      metric: `log at ${count}, ${query.name}: index (EXPLAIN)`,
      value: `${scans ? '**sequential scan** · ' : ''}${query.access.join(', ')}${other && other.access.join() !== query.access.join() ? ` (embedded: ${other.access.join(', ')})` : ''}`,
    })
  }
  if (!options.embedded)
    rows.push({
      metric: 'log on the embedded engine',
      value:
        'not in the default run (`--history-embedded`): its bulk insert alone takes about 2.5 min at 1,000,000',
    })
  return rows
}
