import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { endpointNotesApi, type EndpointNotes } from './endpoint-notes-client'

/** The console's own notes on an endpoint (not Lucca's): keyed by the endpoint's id, on the session's account. */
export const endpointNotesQueries = {
  all: () => ['endpoint-notes'] as const,
  detail: (endpointId: string) =>
    queryOptions({
      queryKey: [...endpointNotesQueries.all(), endpointId],
      queryFn: () => endpointNotesApi.get(endpointId),
      // Notes change rarely and only through this console: one read per visit of the page is enough.
      staleTime: 5 * 60_000,
    }),
}

export function useSaveEndpointNotes(endpointId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (notes: EndpointNotes) => endpointNotesApi.save(endpointId, notes),
    onSuccess: (saved) => queryClient.setQueryData(endpointNotesQueries.detail(endpointId).queryKey, saved),
  })
}
