/** English strings of the charts (namespace `health`): how deliveries fared over a span. */
export const en = {
  page: {
    title: 'Health',
    description:
      'How your integrations have been doing: what reached the receivers, what failed, and how fast.',
  },
  range: {
    label: 'Period',
    '24h': '24 hours',
    '7d': '7 days',
    '30d': '30 days',
    '90d': '90 days',
    last: {
      '24h': 'the last 24 hours',
      '7d': 'the last 7 days',
      '30d': 'the last 30 days',
      '90d': 'the last 90 days',
    },
  },
  empty: 'No deliveries in {{span}}.',
  loading: 'Loading the charts',
  series: {
    delivered: 'Delivered',
    failing: 'Not delivered yet',
    failed: 'Failed',
    successRate: 'Success rate',
    p50: 'Typical (median)',
    p95: 'Slowest (95 %)',
    '2xx': 'Accepted (2xx)',
    '3xx': 'Redirected (3xx)',
    '4xx': 'Refused (4xx)',
    '5xx': 'Receiver error (5xx)',
    none: 'No answer',
  },
  charts: {
    deliveries: {
      title: 'Deliveries',
      caption: 'How many messages reached the receiver, are still being retried, or were given up, {{per}}.',
    },
    successRate: {
      title: 'Success rate',
      caption: 'The share of messages that reached the receiver, {{per}}.',
    },
    codes: {
      title: 'Receiver answers',
      caption: 'What the receiver answered to each try, {{per}}.',
    },
    time: {
      title: 'Time to delivery',
      caption: 'How long a message took to reach the receiver, retries included, {{per}}.',
    },
  },
  per: { hour: 'each hour', sixHours: 'every 6 hours', day: 'each day (UTC)' },
  topCodes: 'Most frequent answers: {{codes}}',
  noAnswer: 'no answer',
  table: {
    show: 'Show as table',
    hide: 'Hide table',
    span: 'Period',
    none: '—',
  },
  tooltip: { open: 'Click to see these deliveries' },
  duration: { ms: '{{value}} ms', s: '{{value}} s', min: '{{value}} min', h: '{{value}} h' },
  percent: '{{value}} %',
}
