/** English strings of audit (namespace `audit`). */
export const en = {
  audit: {
    title: 'Audit trail',
    description:
      'Every change made through this console: who, when, on which account, and what Lucca answered.',
    caption: 'Changes made through the console, newest first',
    empty: 'No change has been made through the console yet.',
    more: 'Show older entries',
    columns: {
      at: 'When',
      username: 'Who',
      account: 'Account',
      action: 'Action',
      target: 'Target',
      result: 'Result',
    },
    actions: {
      'endpoint.create': 'Created an endpoint',
      'endpoint.update': 'Changed an endpoint',
      'endpoint.delete': 'Deleted an endpoint',
      'endpoint.refused': 'Tried a receiver address Lucca cannot reach',
      'delivery.test': 'Sent a test',
      'delivery.redeliver': 'Redelivered an event',
      'endpoint.notes': 'Changed the console notes of an endpoint',
      'session.sign-in': 'Signed in',
      'session.sign-out': 'Signed out',
      'session.sign-in-failed': 'Failed to sign in',
      'session.locked-out': 'Was locked out after failed sign-ins',
      'user.create': 'Added a user',
      'user.role': 'Changed a user’s role',
      'user.password': 'Reset a user’s password',
      'user.remove': 'Removed a user',
      'user.sessions-end': 'Ended a user’s sessions',
    },
    succeeded: 'Done ({{status}})',
    refused: 'Refused ({{status}})',
  },
}
