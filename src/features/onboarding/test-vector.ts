/** Lucca's signature scheme, with the test vector of lucca-api.md §7.4. */
export const testVector = {
  secret: 'b3YGydKxao0CYEg4-2LM81rviT-vl2JzKyf_zlewRn0cpoHzh4mRLj5_Ty5neQta',
  timestamp: '2025-01-01T08:34:23Z',
  body: '{"id":"123","type":"event","topic":"employee.updated"}',
  signature: '1g8fWtL9t+qFkvXoYVa7/8xD5q32GSG1GswNZxnke+w=',
} as const

/** Receivers should refuse older (or newer) timestamps: replay protection. */
export const toleranceSeconds = 300
