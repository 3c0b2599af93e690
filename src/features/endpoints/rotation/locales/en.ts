/** English strings of the guided rotation of a signing secret (namespace `endpoints/rotation`). */
export const en = {
  entry: { start: 'Rotate the signing secret', resume: 'Continue the rotation' },
  title: 'Rotate the signing secret',
  intro:
    'Lucca cannot change an endpoint’s secret. The console creates a new endpoint with a new secret that sends the same events to the same receiver, then removes the old one. You can stop at any step: this page resumes where you left off.',
  replaces: 'replaces {{address}}',
  stepOf: 'Step {{step}} of 5',
  doneMark: 'done',
  developer: 'For your developer',
  steps: {
    create: {
      title: 'Create the new endpoint',
      body: 'Same receiver, events, format and version as “{{endpoint}}”; its name says which endpoint it replaces.',
    },
    secret: {
      title: 'Save the new secret',
      body: 'Lucca shows it only once: give it to your integrator now.',
      gone: 'The new secret was shown once, when the new endpoint was created, and cannot be shown again. If nobody stored it, start over.',
      restart: 'Start over',
    },
    overlap: {
      title: 'Let the receiver accept both secrets',
      body: 'Until the old endpoint is switched off, each event is sent twice: signed with the old secret, and with the new one. The receiver must accept both, and handle each event once.',
      developer:
        'Each request carries one Lucca-Signature: Base64(HMAC-SHA256(secret, Lucca-Timestamp + "." + raw body)). Accept it when it matches either secret (constant-time compare); skip an event whose source and id were already handled. Remove the old secret once the old endpoint is deleted.',
      test: 'Then send a test delivery to the new endpoint to see whether the receiver accepts it.',
      notActive: 'The new endpoint is not active: activate it on its page first.',
      next: 'Next',
    },
    confirm: {
      title: 'Confirm the receiver is ready',
      check: 'My integrator confirms the receiver accepts the new secret',
      body: 'The old endpoint then stops sending at once; only the new one sends events.',
      action: 'Switch off the old endpoint',
      back: 'Back',
    },
    retire: {
      title: 'Delete the old endpoint',
      body: 'It is switched off. Deleting it removes it and its secret for good.',
      finish: 'The old endpoint is deleted. Finish to drop “replaces …” from the new endpoint’s name.',
      finishAction: 'Finish',
    },
  },
  done: 'Secret rotated: the new endpoint is the only one left.',
}
