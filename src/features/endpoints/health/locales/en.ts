export const en = {
  title: 'How it is doing',
  rate: '{{percent}} % delivered over the last 7 days',
  counts: '{{delivered}} delivered, {{failed}} failed, {{retrying}} being retried',
  quiet: 'Nothing was sent to this endpoint in the last 7 days.',
  failingSince: 'Failing since {{when}} ({{ago}})',
  failingLong: 'Failing since {{when}} or earlier: no delivery succeeded in the last 30 days',
  lastError: 'Last error: {{what}}',
  lastErrorUnknown: 'Last error',
  lastErrorAt: '{{code}} · {{when}}',
  noAnswer: 'No answer',
  seeDelivery: 'Open this delivery',
  lastDelivered: 'Last delivered {{when}}',
  notInHistory:
    'The console has not read this endpoint’s deliveries yet: its health shows here within a minute.',
}
