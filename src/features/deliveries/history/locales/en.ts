/** English strings of deliveries/history (namespace `deliveries/history`). */
export const en = {
  history: {
    status: 'Status',
    allStatuses: 'All statuses',
    statusOption: { delivered: 'Delivered', undelivered: 'Not delivered yet', failed: 'Failed' },
    from: 'From',
    to: 'To',
    clear: 'Clear filters',
    caption: 'Deliveries of endpoint {{id}}, newest first',
    columns: {
      status: 'Status',
      topic: 'Event',
      occurredAt: 'Event time',
      attempts: 'Attempts',
      nextAttempt: 'Next attempt',
    },
    eventLabel: 'Event {{id}}',
    empty: 'No delivery matches these filters on this page.',
    prev: 'Newer',
    next: 'Older',
  },
  recent: {
    title: 'Sent from this browser',
    test: 'Test delivery, {{time}}',
    redelivery: 'Redelivery, {{time}}',
  },
}
