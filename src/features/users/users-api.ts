import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { Role } from '../../lib/console-client'
import { usersApi } from './users-client'

export const userQueries = {
  all: () => ['users'] as const,
  list: () =>
    queryOptions({
      queryKey: [...userQueries.all(), 'list'],
      queryFn: () => usersApi.list(),
      // Sessions come and go: what an admin acts on should be fresh.
      staleTime: 5_000,
    }),
}

/** After each change the list is read again; a 404 also means the list was out of date. */
export function useRefreshUsers() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: userQueries.all() })
}

export function useAddUser() {
  const refresh = useRefreshUsers()
  return useMutation({
    mutationFn: usersApi.add,
    gcTime: 0, // the answer holds the password
    onSuccess: refresh,
  })
}

export function useChangeRole() {
  const refresh = useRefreshUsers()
  return useMutation({
    mutationFn: ({ username, role }: { username: string; role: Role }) => usersApi.setRole(username, role),
    onSettled: refresh,
  })
}

/**
 * Does not refresh on its own: resetting one's own password ends one's own session, and the refresh would
 * then ask to sign in again over the new password before it could be copied. The caller refreshes once the
 * password has been seen (`useRefreshUsers`).
 */
export function useResetPassword() {
  return useMutation({ mutationFn: usersApi.resetPassword, gcTime: 0 })
}

export function useRemoveUser() {
  const refresh = useRefreshUsers()
  return useMutation({ mutationFn: usersApi.remove, onSettled: refresh })
}

export function useEndSessions() {
  const refresh = useRefreshUsers()
  return useMutation({ mutationFn: usersApi.endSessions, onSettled: refresh })
}

export function useEndSession() {
  const refresh = useRefreshUsers()
  return useMutation({
    mutationFn: ({ username, sessionId }: { username: string; sessionId: string }) =>
      usersApi.endSession(username, sessionId),
    onSettled: refresh,
  })
}
