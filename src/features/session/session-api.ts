import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { isApiError } from '../../lib/api-error'
import { consoleApi, type Session } from '../../lib/console-client'

/** How the last session ended, for the sign-in form to say so: by the admin, or found out on a request. */
export type SessionEnd = 'signed-out' | 'expired'

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
  /** Client state kept in the query cache, the console's only store: set by `endSession`, never fetched. */
  ended: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'ended'],
      queryFn: () => null as SessionEnd | null,
      initialData: null,
      staleTime: Infinity,
    }),
}

const signInKey = [...sessionQueries.all(), 'sign-in'] as const

export function activeAccountOf(session: Session) {
  return session.accounts.find((account) => account.id === session.activeAccountId) ?? null
}

/** A request refused because the session it was sent with is gone (expired, ended by an admin, signed out). */
export function isSessionGone(error: unknown, mutationKey?: readonly unknown[]): boolean {
  const signingIn = mutationKey?.[0] === signInKey[0] && mutationKey[1] === signInKey[1]
  return !signingIn && isApiError(error, 401) && error.reason === 'not-signed-in'
}

/**
 * Marks the session as ended. After an expiry the page stays as it is under the sign-in dialog, so nothing
 * typed is lost; signing out drops every cached answer and mutation, and the shell shows the sign-in page.
 */
export function endSession(queryClient: QueryClient, how: SessionEnd) {
  queryClient.setQueryData(sessionQueries.ended().queryKey, how)
  if (how === 'expired') return Promise.resolve()
  queryClient.getMutationCache().clear()
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueries.all()[0] })
  return queryClient.resetQueries({ queryKey: sessionQueries.current().queryKey })
}

export function useSignIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: signInKey,
    mutationFn: consoleApi.signIn,
    gcTime: 0, // the variables hold the password
    onSuccess: (session) => {
      const resumed = queryClient.getQueryData(sessionQueries.ended().queryKey) === 'expired'
      queryClient.setQueryData(sessionQueries.current().queryKey, session)
      queryClient.setQueryData(sessionQueries.ended().queryKey, null)
      // Back from an expiry: what the page shows was refused meanwhile, so read it again.
      if (resumed) {
        return queryClient.invalidateQueries({
          predicate: (query) => query.queryKey[0] !== sessionQueries.all()[0],
        })
      }
    },
  })
}

export function useSignOut() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: consoleApi.signOut,
    onSettled: () => endSession(queryClient, 'signed-out'),
    // Signed out of the company's provider too (RP-initiated logout); it sends the browser back to `/`.
    onSuccess: (answer) => {
      if (answer) globalThis.location.assign(answer.logoutUrl)
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
