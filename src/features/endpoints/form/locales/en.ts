/** English strings of endpoints/form (namespace `endpoints/form`). */
export const en = {
  form: {
    testReceiver: {
      intro: 'No receiver of your own yet? Try the console with its local test receiver, which:',
      ok: 'accepts every delivery',
      okHint: 'Answers 202 at once: deliveries arrive.',
      fail: 'fails (HTTP 500)',
      failHint: 'Answers 500: Lucca retries, then gives up.',
      slow: 'answers too late',
      slowHint: 'Waits 5 seconds; Lucca stops waiting after 3: a timeout.',
      gone: 'no longer exists (404)',
      goneHint: 'Answers 404: Lucca suspends the endpoint at once.',
    },
    createTitle: 'New webhook endpoint',
    createDescription: 'Tell Lucca where to send notifications and which changes to send.',
    webhookUrl: 'Webhook URL',
    webhookUrlHelp:
      'The https:// address of the application that receives the notifications. Lucca only sends over an encrypted connection, and must be able to reach it from the internet.',
    webhookUrlHelpLocal:
      'The https:// address that receives the notifications. Lucca only sends over an encrypted connection. This local account can also reach addresses on this machine.',
    topics: 'Topics',
    topicsHelp: 'The changes that trigger a notification.',
    topicsCatalog: 'What each one means and contains (opens in a new tab)',
    topicsFilter: 'Filter topics, e.g. employee or leave',
    topicsNothingFound: 'No topic matches',
    topicsSelected_one: '{{count}} topic selected',
    topicsSelected_other: '{{count}} topics selected',
    allOfResource: '{{resource}}: all changes',
    name: 'Name',
    nameHelp: 'Optional. A label to recognise this endpoint, e.g. “Payroll sync”.',
    contentType: 'Message format',
    contentTypeHelp: 'How each notification is written. Ask the receiving application’s team if unsure.',
    contentTypeDefault: 'Lucca format (recommended)',
    contentTypeDefaultHelp: 'Lucca’s own event format, understood by most integrations.',
    contentTypeCloudEvents: 'CloudEvents',
    contentTypeCloudEventsHelp: 'The CloudEvents standard, for receivers built to consume it.',
    apiVersion: 'API version',
    apiVersionHelp:
      'The version of Lucca data inside each notification. Keep the default unless told otherwise.',
    activate: 'Start sending events now',
    activateHelp: 'Otherwise the endpoint is created inactive, and you can enable it later.',
    challengeHint: 'Lucca first checks that your receiver answers at this address, then starts sending.',
    advanced: 'Advanced options',
    advancedHelp:
      'The message format and the API version. Keep the defaults unless your integrator asks otherwise.',
    create: 'Create endpoint',
    fixErrors: 'Lucca refused some values. Fix the highlighted fields and try again.',
    errors: {
      urlRequired: 'Enter the address that will receive the notifications.',
      urlInvalid: 'This is not a valid address. It should look like https://hooks.example.com/lucca.',
      urlNotHttps:
        'The address must start with https://: Lucca only sends notifications over an encrypted connection.',
      urlCredentials:
        'Remove the user name and password from the address: they would travel with every notification. Your receiver checks the signature instead.',
      urlPrivate:
        '“{{host}}” is a local or private-network address: Lucca’s servers cannot reach it. Use an address reachable from the internet.',
      urlLoopback:
        '“{{host}}” means this computer itself: Lucca’s servers cannot reach it. Use an address reachable from the internet.',
      urlLinkLocal:
        '“{{host}}” only works inside one local network: Lucca’s servers cannot reach it. Use an address reachable from the internet.',
      urlMetadata:
        '“{{host}}” is the internal service of a cloud server, not a webhook receiver: Lucca will not send notifications there.',
      urlReserved:
        '“{{host}}” is a reserved address that is not used on the internet: Lucca’s servers cannot reach it. Use an address reachable from the internet.',
      urlUnresolvable:
        '“{{host}}” is a name that only exists inside a private network: Lucca’s servers cannot find it. Use a full internet name, such as hooks.example.com.',
      urlTooLong: 'The address is too long (500 characters at most).',
      nameTooLong: 'The name is too long (255 characters at most).',
      topicsRequired: 'Choose at least one topic.',
      topicsTooMany: 'Choose at most 100 topics.',
      apiVersion: 'The API version is a date like 2024-11-01.',
    },
  },
  secret: {
    title: 'Save the signing secret',
    intro:
      'The endpoint “{{endpoint}}” is created. Its receiver needs this secret to check that notifications really come from Lucca.',
    onceTitle: 'This secret will never be shown again',
    onceBody:
      'Copy it now into the receiving application or a password manager. If it is lost, you will have to create a new endpoint.',
    valueLabel: 'Signing secret',
    show: 'Show secret',
    hide: 'Hide secret',
    copy: 'Copy',
    copied: 'Copied',
    usage:
      'Each notification carries a Lucca-Signature header: an HMAC-SHA256 of the timestamp and body, keyed with this secret.',
    copiedAnnouncement: 'The secret is copied to the clipboard.',
    confirmStored: 'I have stored the secret somewhere safe',
    nudge: 'Confirm that you stored the secret before closing: it cannot be shown again.',
    done: 'Done',
  },
  edit: {
    title: 'Edit URL and topics',
    save: 'Save changes',
    cancel: 'Cancel',
    saved: 'Endpoint updated',
    urlChallenge: 'Before saving, Lucca will check the new address.',
    impactTitle: 'After saving',
    added_one: 'Starts receiving {{count}} topic:',
    added_other: 'Starts receiving {{count}} topics:',
    removed_one: 'Stops receiving {{count}} topic:',
    removed_other: 'Stops receiving {{count}} topics:',
    conflictTitle: 'This endpoint changed meanwhile',
    conflictBody:
      'Someone else saved a change after you opened this page. Reload to see it, then make your edit again.',
    reload: 'Reload the endpoint',
  },
}
