import type { EndpointNotes, EndpointNotesView } from '../../../contract/console-notes-api.ts'
import type { Database } from '../../db/database.ts'

const empty: EndpointNotesView = {
  description: null,
  ownerName: null,
  ownerEmail: null,
  notes: null,
  updatedAt: null,
  updatedBy: null,
}

/** What the console keeps about an endpoint that Lucca has no field for, keyed by account and endpoint id. */
export class EndpointNotesStore {
  constructor(private readonly db: Database) {}

  async get(accountId: string, endpointId: string): Promise<EndpointNotesView> {
    const row = await this.db
      .selectFrom('endpoint_notes')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('endpoint_id', '=', endpointId)
      .executeTakeFirst()
    if (!row) return empty
    return {
      description: row.description,
      ownerName: row.owner_name,
      ownerEmail: row.owner_email,
      notes: row.notes,
      updatedAt: row.updated_at.toISOString(),
      updatedBy: row.updated_by,
    }
  }

  /**
   * Replaces the notes whole (last write wins, as for a form saved whole). `alongside` runs in the same
   * transaction (the audit row): a process killed between the two leaves neither, never a change unaudited.
   */
  async put(
    accountId: string,
    endpointId: string,
    notes: EndpointNotes,
    username: string,
    alongside: (tx: Database) => Promise<unknown> = () => Promise.resolve(),
  ) {
    const values = {
      description: notes.description,
      owner_name: notes.ownerName,
      owner_email: notes.ownerEmail,
      notes: notes.notes,
      updated_at: new Date(),
      updated_by: username,
    }
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('endpoint_notes')
        .values({ account_id: accountId, endpoint_id: endpointId, ...values })
        .onConflict((conflict) => conflict.columns(['account_id', 'endpoint_id']).doUpdateSet(values))
        .execute()
      await alongside(tx)
    })
    return this.get(accountId, endpointId)
  }
}
