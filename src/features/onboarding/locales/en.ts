/** English strings of the onboarding feature (namespace `onboarding`). */
export const en = {
  checklist: {
    title: 'Getting this integration live',
    progress: '{{done}} of {{total}} done',
    done: 'done',
    todo: 'to do',
    dismiss: 'Hide this checklist',
    verifyLink: 'Check a received request',
    steps: {
      created: { title: 'Endpoint created', hint: '' },
      secretStored: {
        title: 'Secret stored',
        hint: 'Lucca shows the secret once, at creation. The receiver needs it to verify signatures.',
      },
      challenge: {
        title: 'Receiver passes the address check',
        hint: 'Before it sends anything, Lucca checks that your receiver answers at this address. Activate the endpoint to run the check.',
        technical:
          'Address check: Lucca sends GET <endpoint URL>?echo=<value>; the receiver must answer 200 with that value as plain text.',
      },
      signature: {
        title: 'Signature verified',
        hint: 'Paste a request your receiver got, with the secret, to confirm it verifies.',
      },
      testDelivered: { title: 'Test delivered', hint: 'Send a test delivery and check it arrives.' },
      active: { title: 'Active', hint: 'The endpoint is active and has received a delivery.' },
    },
  },
  checker: {
    title: 'Check a received request',
    intro:
      "Paste the headers and the raw body of a request your receiver got, and the endpoint's secret. The check runs in your browser: the secret is not sent anywhere.",
    headers: 'Request headers',
    headersHint:
      'One "Name: value" per line, or a JSON object. Lucca-Timestamp and Lucca-Signature are needed.',
    body: 'Raw request body',
    bodyHint: 'Exactly as received, not reformatted.',
    secret: 'Endpoint secret',
    secretHint: 'Shown once when the endpoint was created.',
    check: 'Check the signature',
    valid: 'Valid signature',
    validDetail: 'This request was signed by Lucca with this secret, and the body was not changed.',
    stale:
      'Its timestamp is {{minutes}} min away from now: a receiver that refuses replays (more than 5 min) would reject it. That is expected for an old capture.',
    invalid: 'Invalid signature',
    expected: 'Signature expected for this body and secret:',
    problems: {
      missingSecret: 'Enter the endpoint secret.',
      missingSignature: 'No Lucca-Signature header was found in the headers.',
      missingTimestamp: 'No Lucca-Timestamp header was found in the headers.',
      mismatch: 'The signature does not match: the body was changed, or the secret is not this endpoint’s.',
    },
    hints: {
      withoutTimestamp: 'It matches a signature of the body alone: the timestamp and "." must come first.',
      hexEncoding: 'It matches once hex-encoded: Lucca sends Base64, not hex.',
      secretWhitespace: 'It matches without the spaces around the secret: remove them.',
      bodyTrailingSpace:
        'It matches without the trailing spaces or new line of the pasted body: use the exact bytes.',
      bodyReformatted:
        'It matches the compact JSON: the body was re-formatted. Verify the raw bytes, before parsing.',
    },
  },
  snippets: {
    title: 'Verify signatures in your receiver',
    plain:
      'Each delivery is signed with the signing secret, so your receiver can check it comes from Lucca. Send the code and details below to your integrator.',
    scheme:
      'Each request carries Lucca-Timestamp and Lucca-Signature. Compute the HMAC over the raw body, compare in constant time, and refuse timestamps more than 5 minutes away (replays).',
    formula: 'Lucca-Signature = Base64( HMAC-SHA256( secret, Lucca-Timestamp + "." + raw body ) )',
    copy: 'Copy the {{language}} code',
    copied: 'Copied',
    vector: 'Test vector',
    vectorFields: {
      secret: 'Secret',
      timestamp: 'Lucca-Timestamp',
      body: 'Body',
      signature: 'Lucca-Signature',
    },
  },
  page: {
    title: 'Verify your receiver',
    description: 'Check that your receiver verifies Lucca’s signatures, with code to copy and a checker.',
    endpoint: 'Endpoint {{id}}',
  },
}
