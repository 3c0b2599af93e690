import { EndpointNotesViewSchema, type EndpointNotes } from '../../../../contract/console-notes-api'
import { consoleCall } from '../../../lib/console-client'

export type { EndpointNotes, EndpointNotesView } from '../../../../contract/console-notes-api'

const notesPath = (endpointId: string) => `/api/endpoint-notes/${encodeURIComponent(endpointId)}`

/** The console's own notes on an endpoint: with the endpoint page, so the first screen does not carry them. */
export const endpointNotesApi = {
  get: (endpointId: string) => consoleCall('GET', notesPath(endpointId), EndpointNotesViewSchema),
  save: (endpointId: string, notes: EndpointNotes) =>
    consoleCall('PUT', notesPath(endpointId), EndpointNotesViewSchema, notes),
}
