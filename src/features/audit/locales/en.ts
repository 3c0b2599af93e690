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
    },
    succeeded: 'Done ({{status}})',
    refused: 'Refused ({{status}})',
  },
}
