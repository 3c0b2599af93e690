// The console's own notes on endpoints (contract/console-api.ts has the core): apart, so that only the
// pages that use them load them.
import { z } from 'zod/mini'

const note = (max: number) => z.nullable(z.string().check(z.maxLength(max)))
/** `GET|PUT /api/endpoint-notes/:endpointId`: what the console keeps about an endpoint Lucca has no field for. */
export const EndpointNotesSchema = z.object({
  description: note(500),
  ownerName: note(120),
  ownerEmail: z.nullable(z.email()),
  notes: note(4000),
})
export const EndpointNotesViewSchema = z.extend(EndpointNotesSchema, {
  updatedAt: z.nullable(z.string()),
  updatedBy: z.nullable(z.string()),
})

export type EndpointNotes = z.infer<typeof EndpointNotesSchema>
export type EndpointNotesView = z.infer<typeof EndpointNotesViewSchema>
