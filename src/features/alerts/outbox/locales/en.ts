/** English strings of the local outbox (namespace `alerts/outbox`). */
export const en = {
  title: 'Local outbox',
  description:
    'On this trial setup the console sends alerts to a mailbox and chat hooks of its own; with a real mail server (SMTP_URL) and real hooks they go to people.',
  count_one: '{{count}} message received',
  count_other: '{{count}} messages received',
  refreshing: 'Refreshed every few seconds while this page is open.',
  listLabel: 'Messages received, newest first',
  empty: 'Nothing received yet. An alert arrives here a few minutes after an integration breaks.',
  missing: 'This console sends alerts to real recipients: it has no local outbox.',
  kinds: { email: 'Email', slack: 'Slack', teams: 'Microsoft Teams', webhook: 'Signed webhook' },
  to: 'To {{to}}',
  received: 'Received {{when}}',
  html: 'The email as received: {{subject}}',
  signatureValid: 'Signature verified ✓',
  signatureInvalid: 'Signature not verified ✗: it was not signed with this account’s secret',
  showJson: 'Show the JSON received',
  hideJson: 'Hide the JSON',
}
