import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { consoleApi, type Session } from '../../lib/console-client'

export const sessionQueries = {
  all: () => ['session'] as const,
  current: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'current'],
      queryFn: () => consoleApi.session(),
      // A 401 means "signed out", a state the shell renders; retrying it only delays the sign-in page.
      retry: false,
      staleTime: 5 * 60_000,
    }),
}

export function activeAccountOf(session: Session) {
  return session.accounts.find((account) => account.id === session.activeAccountId) ?? null
}

export function useSignIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: consoleApi.signIn,
    gcTime: 0, // the variables hold the password
    onSuccess: (session) => {
      queryClient.setQueryData(sessionQueries.current().queryKey, session)
    },
  })
}

export function useSignOut() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: consoleApi.signOut,
    onSettled: () => {
      queryClient.clear()
      return queryClient.invalidateQueries({ queryKey: sessionQueries.all() })
    },
  })
}

export function useSwitchAccount() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: consoleApi.switchAccount,
    onSuccess: (session) => {
      queryClient.setQueryData(sessionQueries.current().queryKey, session)
      // Every Lucca answer cached so far belongs to the previous account: drop it, and refetch what is on screen.
      return queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== sessionQueries.all()[0] })
    },
  })
}
