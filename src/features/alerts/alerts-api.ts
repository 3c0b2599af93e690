import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { alertsApi, type AlertRuleInput } from './alerts-client'

export type AlertsState = 'open' | 'closed' | null

export const alertQueries = {
  all: () => ['alerts'] as const,
  lists: () => [...alertQueries.all(), 'list'] as const,
  /** Newest first, a page at a time ("Show more" follows `next`). */
  list: (state: AlertsState) =>
    infiniteQueryOptions({
      queryKey: [...alertQueries.lists(), state],
      queryFn: ({ pageParam }) => alertsApi.page(state, pageParam),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.next,
      // Messages wait and get retried on the server: what an admin sees should not be minutes old.
      refetchInterval: 30_000,
    }),
  rules: () => queryOptions({ queryKey: [...alertQueries.all(), 'rules'], queryFn: () => alertsApi.rules() }),
  signingSecret: () =>
    queryOptions({
      queryKey: [...alertQueries.all(), 'signing-secret'],
      queryFn: () => alertsApi.signingSecret(),
      staleTime: Infinity,
    }),
  localOutbox: () =>
    queryOptions({
      queryKey: [...alertQueries.all(), 'local-outbox'],
      queryFn: () => alertsApi.localOutbox(),
      // The page is there to watch a message arrive.
      refetchInterval: 3_000,
      staleTime: 0,
    }),
}

export function useRetryDispatch() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: alertsApi.retryDispatch,
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertQueries.lists() }),
  })
}

export function useSaveRule() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, rule }: { id: string | null; rule: AlertRuleInput }) =>
      id ? alertsApi.updateRule(id, rule) : alertsApi.createRule(rule),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: alertQueries.rules().queryKey }),
  })
}

export function useDeleteRule() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: alertsApi.deleteRule,
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertQueries.rules().queryKey }),
  })
}

export function useRotateSigningSecret() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: alertsApi.rotateSigningSecret,
    onSuccess: (secret) => queryClient.setQueryData(alertQueries.signingSecret().queryKey, secret),
  })
}
