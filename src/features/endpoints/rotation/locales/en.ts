/** English strings of the guided rotation of a signing secret (namespace `endpoints/rotation`). */
export const en = {
  entry: { start: 'Rotate the signing secret', resume: 'Continue the rotation' },
  title: 'Rotate the signing secret',
  intro:
    'Lucca cannot change the secret of an existing endpoint. Instead, the console creates a new endpoint that sends the same events to the same receiver with a new secret, then removes the old one. You can stop at any step and come back later: this page picks up where you left off.',
  replaces: 'replaces {{address}}',
  stepOf: 'Step {{step}} of 5',
  doneMark: 'Done',
  developer: 'For your developer',
  steps: {
    create: {
      title: 'Create the new endpoint',
      body: 'It gets the same receiver address, events, format and version as “{{endpoint}}”, and a name saying which endpoint it replaces.',
      action: 'Create the new endpoint',
    },
    secret: {
      title: 'Save the new secret',
      body: 'Lucca shows a new endpoint’s secret only once, when it is created. Give it to your integrator now.',
      gone: 'The new secret was shown when the new endpoint was created and cannot be shown again. If nobody stored it, delete the new endpoint and start over.',
      restart: 'Start over',
    },
    overlap: {
      title: 'Let the receiver accept both secrets',
      body: 'Until the old endpoint is switched off, Lucca sends every event twice: once signed with the old secret, once with the new one. Your receiver must accept both for a while, and handle each event only once.',
      developer:
        'Each request carries one Lucca-Signature header: Base64(HMAC-SHA256(secret, Lucca-Timestamp + "." + raw body)). During the rotation, accept a request when its signature matches either secret (compare in constant time), and ignore an event whose source and id you already handled: both endpoints deliver it. Once the old endpoint is deleted, remove the old secret.',
      test: 'Then send a test delivery to the new endpoint: it shows whether the receiver accepted it.',
      notActive: 'The new endpoint is not active, so it receives nothing. Open it to activate it first.',
      next: 'Next',
    },
    confirm: {
      title: 'Confirm the receiver is ready',
      check: 'My integrator confirms the receiver accepts the new secret',
      body: 'Switching off the old endpoint stops its deliveries at once: from then on, only the new endpoint sends events.',
      action: 'Switch off the old endpoint',
      back: 'Back',
    },
    retire: {
      title: 'Delete the old endpoint',
      body: 'The old endpoint is switched off. Deleting it removes it and its secret for good; the new endpoint keeps sending events.',
      action: 'Delete the old endpoint',
      finish:
        'The old endpoint is deleted. One last change removes “replaces …” from the new endpoint’s name.',
      finishAction: 'Finish',
    },
  },
  done: {
    body: 'The secret is rotated: the new endpoint is the only one left and signs every event with the new secret.',
  },
}
