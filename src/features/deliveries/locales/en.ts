/** English strings of the deliveries feature (namespace `deliveries`). */
export const en = {
  row: {
    sending: 'Sending…',
    sendFailed: 'Not sent',
    statusUnavailable: 'Sent; its progress could not be read',
    answered: 'The receiver answered HTTP {{status}}.',
    noAnswer: 'No answer from the receiver: {{detail}}',
    nextAttempt: 'Next attempt at {{time}}.',
    details: 'Details',
    onlyActive: 'Only active endpoints can receive a test.',
  },
  status: { delivered: 'Delivered', queued: 'Queued', pending: 'Retrying', held: 'Held', failed: 'Failed' },
  errors: { endpointNotActive: 'The endpoint is not active. Re-activate it first.' },
  actions: {
    verifyLink: 'Check the signature verification',
    sendTest: 'Send test delivery',
    sendTestShort: 'Send test',
    sendFailed: 'The test delivery was not sent',
    redeliver: 'Redeliver this event',
    redeliverFailed: 'The event was not redelivered',
  },
  detail: {
    status: 'Status',
    topic: 'Topic',
    occurredAt: 'Event time',
    endpoint: 'Endpoint',
    endpointHistory: 'Endpoint {{id}}: all deliveries',
    eventId: 'Event id',
    deliveryId: 'Delivery id',
    unknown: 'Unknown',
  },
  pages: {
    delivery: 'Delivery',
    deliveries: 'Deliveries of endpoint {{id}}',
    deliveriesHint: 'Every event sent to this endpoint, its attempts and what went wrong.',
    recovery: 'Recover after an outage',
    recoveryHint:
      'Pick a time window: the console counts the events that were not delivered, then sends them again, paced under Lucca’s request limit.',
    recover: 'Recover after an outage',
    missingParam: 'This page needs an endpoint.',
  },
}
