import { useState } from 'react'

/** What only this browser knows about an endpoint's onboarding. No secret is stored, only yes/no answers. */
interface OnboardingFlags {
  /** The admin confirmed, in the secret dialog at creation, that they stored it. */
  secretStored: boolean
  /** The signature checker said "valid" for this endpoint. */
  signatureVerified: boolean
  /** The admin hid the checklist of this endpoint. */
  dismissed: boolean
}

const keyOf = (endpointId: string) => `console.onboarding.${endpointId}`

function readFlags(endpointId: string): OnboardingFlags {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(keyOf(endpointId)) ?? '{}')
    const record = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {}
    return {
      secretStored: record.secretStored === true,
      signatureVerified: record.signatureVerified === true,
      dismissed: record.dismissed === true,
    }
  } catch {
    return { secretStored: false, signatureVerified: false, dismissed: false }
  }
}

/** Records what the console saw (the secret dialog confirmed, a valid signature), for the checklist. */
export function writeFlag(endpointId: string, flag: keyof OnboardingFlags, value: boolean) {
  globalThis.localStorage?.setItem(
    keyOf(endpointId),
    JSON.stringify({ ...readFlags(endpointId), [flag]: value }),
  )
}

export function useOnboardingFlags(endpointId: string) {
  const [flags, setFlags] = useState(() => readFlags(endpointId))
  return {
    flags,
    set: (flag: keyof OnboardingFlags, value: boolean) => {
      writeFlag(endpointId, flag, value)
      setFlags(readFlags(endpointId))
    },
  }
}
