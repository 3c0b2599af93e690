/** English strings of deliveries/diagnosis (namespace `deliveries/diagnosis`). */
export const en = {
  diagnosis: {
    howToFix: 'How to fix it',
    gone: {
      title: 'The receiver’s address does not exist',
      code: 'HTTP 404 or 410',
      action:
        'Ask your integrator to check the address of this endpoint, then re-activate it: Lucca then sends the events it kept.',
      cause:
        'Your receiver answered "not found" or "gone". Lucca treats this as "this URL is no longer in use": it stopped retrying and suspended the endpoint at once. Events that happen meanwhile are kept, not sent.',
      fix: [
        'Check the receiver URL of the endpoint: a typo, a removed route, or a deployment that moved it.',
        'Make sure the receiver passes the address check: to the GET with ?echo=…, it must answer 200 with the echo value.',
        'Re-activate the endpoint: Lucca checks the address again, then sends the events it held.',
      ],
    },
    auth: {
      title: 'Your receiver refused the request',
      code: 'HTTP 401 or 403',
      action:
        'Your integrator should check how the receiver verifies the signature, and that it lets Lucca’s requests through.',
      cause:
        'The receiver refused the call: usually its signature check failed, or it expects its own authentication (a token, basic auth, an IP allow-list) that Lucca does not send.',
      fix: [
        'Verify the signature as Lucca computes it: Base64(HMAC-SHA256(secret, Lucca-Timestamp + "." + raw body)).',
        'Use the raw request body as received, before any JSON parsing or re-encoding.',
        'Check that the receiver uses the secret of this endpoint, exactly as shown at creation.',
        'Remove any other authentication from the receiver URL, or let Lucca requests through.',
      ],
    },
    timeout: {
      title: 'Your receiver answered too slowly',
      code: 'Timeout: no answer within 3 seconds',
      action: 'Your integrator should make the receiver answer at once and do the work afterwards.',
      cause:
        'Lucca waits at most 3 seconds for an answer. The receiver did not answer in time, so the attempt failed.',
      fix: [
        'Answer within 3 seconds: store the event, reply 202 at once, process it afterwards (a queue or a background job).',
        'Check the receiver is not blocked on a database, a lock or a slow downstream call.',
      ],
    },
    server: {
      title: 'Your receiver ran into an error',
      code: 'HTTP 5xx (server error)',
      action: 'Send these details to your integrator. Once the error is fixed, send the event again.',
      cause: 'The receiver answered with a server error.',
      fix: [
        "Look at the receiver's logs at the attempt time; the response body below may say what failed.",
        'Fix the error, then send the event again with “Redeliver this event”.',
      ],
    },
    tls: {
      title: 'The secure connection to the receiver failed',
      code: 'TLS certificate',
      action: 'The receiver’s security certificate must be renewed or fixed: ask your integrator.',
      cause:
        'Lucca could not establish HTTPS with the receiver: the certificate is expired, self-signed, issued for another name, or the chain is incomplete.',
      fix: [
        'Install a certificate from a public authority for the exact host name, with its full chain.',
        'Test the URL with an external SSL checker.',
      ],
    },
    dns: {
      title: 'The receiver’s server name cannot be found',
      code: 'DNS: the host name does not resolve',
      action: 'Check the spelling of the address with your integrator.',
      cause: 'The host name in the receiver URL could not be found.',
      fix: [
        'Check the spelling of the host name.',
        'Check that its DNS record exists and is public (not only on an internal network).',
      ],
    },
    connection: {
      title: 'The connection to the receiver failed',
      code: 'Connection refused or reset',
      action: 'Check with your integrator that the receiver is running and that no firewall blocks Lucca.',
      cause:
        'The receiver refused or dropped the connection: nothing listens on that port, or a firewall blocks Lucca.',
      fix: [
        'Check the receiver is running and reachable from the Internet on HTTPS.',
        'Allow Lucca through any firewall.',
      ],
    },
    rateLimited: {
      title: 'Your receiver is slowing Lucca down',
      code: 'HTTP 429',
      action: 'Ask your integrator to accept more requests from Lucca.',
      cause: 'The receiver answered "too many requests".',
      fix: ["Raise the receiver's limit for Lucca's calls, or answer 202 quickly and queue the work."],
    },
    redirect: {
      title: 'Your receiver redirects Lucca elsewhere',
      code: 'HTTP 3xx (redirect)',
      action: 'Ask your integrator for the final address, and put it in the endpoint.',
      cause: 'Lucca does not follow redirects: the attempt counts as failed.',
      fix: ['Set the final URL (after the redirect) as the receiver URL of the endpoint.'],
    },
    rejected: {
      title: 'Your receiver did not accept the event',
      code: 'HTTP 4xx (client error)',
      action: 'Send these details to your integrator: the receiver’s answer often names the problem.',
      cause: 'The receiver answered with a client error: it did not accept the event as sent.',
      fix: [
        'Read the response body below: it often names the problem.',
        'Make sure the receiver accepts a JSON POST and answers 2xx to any event it receives.',
      ],
    },
    network: {
      title: 'No answer from the receiver',
      code: 'No HTTP answer',
      action: 'Check with your integrator that the receiver is online.',
      cause: 'Lucca got no HTTP answer and gave no precise reason.',
      fix: ['Check the receiver is online and reachable from the Internet on HTTPS.'],
    },
  },
  report: {
    copy: 'Copy report for the integrator',
    copied: 'Report copied. It contains no secret.',
    copyFailed: 'The report could not be copied',
    heading: 'Lucca webhooks: delivery report',
    endpoint: 'Endpoint: {{name}} (id {{id}})',
    url: 'Receiver URL: {{url}}',
    endpointStatus: 'Endpoint status: {{status}}',
    statuses: { active: 'active', suspended: 'suspended', inactive: 'inactive' },
    generated: 'Generated at: {{at}}',
    counts:
      'Latest {{total}} deliveries: {{delivered}} delivered, {{undelivered}} not delivered yet, {{failed}} failed.',
    noFailures: 'No failed attempt among them.',
    failuresHeading: 'Recent failed attempts (UTC time · event · HTTP status · diagnosis):',
    noResponse: 'no response',
    body: 'Response:',
    cause: '{{title}}: {{cause}}',
    signatureScheme:
      'Signature: Lucca-Signature = Base64(HMAC-SHA256(endpoint secret, Lucca-Timestamp + "." + raw body)); reject timestamps more than 5 minutes off.',
    noSecrets: 'This report contains no secret and no event data.',
  },
}
