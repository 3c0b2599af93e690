import { Readable } from 'node:stream'
import { stringify } from 'csv-stringify'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { DeliveriesFiltersSchema, type DeliveryRow } from '../../../contract/console-history-api.ts'
import type { SessionService } from '../auth/session.ts'
import { csvCell } from '../csv-cell.ts'
import { sendProblem } from '../problem.ts'
import type { History } from './history.ts'
import { queryOf } from './query-string.ts'

/** An export stops here and says so (`X-Export-Capped: true`): narrow the filters for the rest. */
const EXPORT_CAP = 100_000

const columns = [
  'id',
  'createdAt',
  'status',
  'attemptsCount',
  'lastStatusCode',
  'lastAttemptAt',
  'deliveredAt',
  'nextAttemptAt',
  'endpointId',
  'endpointName',
  'endpointWebhookUrl',
  'topic',
  'eventId',
  'resourceId',
  'url',
] as const satisfies readonly (keyof DeliveryRow)[]

async function* jsonArray(rows: AsyncIterable<DeliveryRow>): AsyncGenerator<string> {
  let first = true
  yield '['
  for await (const row of rows) {
    yield `${first ? '' : ','}\n${JSON.stringify(row)}`
    first = false
  }
  yield '\n]\n'
}

/** `GET /api/history/deliveries.csv|.json?…`: every delivery the log's filters match, streamed. */
export function deliveriesExport(app: FastifyInstance, deps: { sessions: SessionService; history: History }) {
  const start = async (request: FastifyRequest, reply: FastifyReply, extension: 'csv' | 'json') => {
    const session = await deps.sessions.require(request, reply)
    if (!session) return null
    const filters = DeliveriesFiltersSchema.safeParse(queryOf(request))
    if (!filters.success) {
      sendProblem(reply, 400, 'Filters not understood', 'bad-request')
      return null
    }
    const { accountId } = session.record
    const capped = await deps.history.deliveries.exceeds(accountId, filters.data, EXPORT_CAP)
    const day = new Date().toISOString().slice(0, 10)
    reply
      .header('content-disposition', `attachment; filename="console-deliveries-${day}.${extension}"`)
      .header('x-export-capped', String(capped))
    return deps.history.deliveries.all(accountId, filters.data, EXPORT_CAP)
  }

  app.get('/api/history/deliveries.csv', async (request, reply) => {
    const rows = await start(request, reply, 'csv')
    if (!rows) return reply
    const cells = Readable.from(rows, { objectMode: true }).map((row: DeliveryRow) =>
      columns.map((column) => csvCell(row[column])),
    )
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .send(cells.pipe(stringify({ bom: true, header: true, columns: [...columns] })))
  })

  app.get('/api/history/deliveries.json', async (request, reply) => {
    const rows = await start(request, reply, 'json')
    if (!rows) return reply
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .send(Readable.from(jsonArray(rows)))
  })
}
