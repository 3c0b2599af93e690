/** English strings of the topic catalog (namespace `topics`): what each topic means and carries. */
export const en = {
  list: {
    title: 'Topics',
    description:
      'What makes Lucca send each kind of event, what it contains, and which personal data it takes out of Lucca.',
    chains: 'One change, several events',
    personal: 'Personal data',
  },
  topic: {
    all: 'All topics',
    firesWhen: 'Lucca sends it when',
    chain: 'It comes with other events',
    fields: 'What it contains',
    personal: 'Personal data',
    personalCount_one: '{{count}} field holds personal data: it leaves Lucca with each event (GDPR).',
    personalCount_other: '{{count}} fields hold personal data: they leave Lucca with each event (GDPR).',
    noPersonal: 'No field holds personal data.',
    toConfirm: 'to confirm',
    toConfirmNote:
      'Lucca’s published contract does not list this record’s fields: those marked “to confirm” follow Lucca’s examples and names, and may differ.',
    developer: 'For your developer',
    envelope: 'Around the record, in every event',
    example: 'Example (fake people)',
    format: 'Message format',
    formats: { default: 'Lucca format', cloudEvents: 'CloudEvents' },
    version: 'API version',
    source: 'Source: {{source}}',
    unknown: 'This console does not know the topic “{{topic}}”.',
  },
}
