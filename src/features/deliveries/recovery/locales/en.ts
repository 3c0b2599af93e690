/** English strings of deliveries/recovery (namespace `deliveries/recovery`). */
export const en = {
  recovery: {
    from: 'From',
    to: 'To',
    invalidWindow: 'The start must be before the end.',
    topics: 'Topics',
    allTopics: 'None ticked: every topic.',
    count: 'Count affected events',
    adminsOnly: 'You can count affected events; only an admin can redeliver them.',
    notActive: 'This endpoint is not active: Lucca refuses redeliveries until it is re-activated.',
    scanning: 'Reading deliveries… {{count}} so far.',
    found_one: '{{count}} event to redeliver ({{failed}} failed, {{held}} held).',
    found_other: '{{count}} events to redeliver ({{failed}} failed, {{held}} held).',
    nothingSentYet: 'Nothing has been sent yet. {{scanned}} deliveries were read.',
    truncated: 'Only the most recent deliveries were read; narrow the window and run again for older ones.',
    run_one: 'Redeliver {{count}} event',
    run_other: 'Redeliver {{count}} events',
    startOver: 'Start over',
    progress: {
      running: 'Redelivering… {{done}} of {{total}}',
      done: 'Done: {{sent}} redelivered, {{errors}} errors.',
      cancelled: 'Cancelled after {{done}} of {{total}}: {{sent}} redelivered, {{errors}} errors.',
    },
    progressLabel: 'Redelivery progress',
    cancel: 'Cancel',
    seeHistory: 'See the deliveries',
  },
}
