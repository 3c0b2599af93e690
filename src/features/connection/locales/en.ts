/** English strings of the connection check (namespace `connection`), by step id and reason. */
export const en = {
  connection: {
    title: 'Connection',
    description: 'Checks that the console can work with your Lucca account.',
    run: 'Check again',
    allGood: 'Every step passed: the console is connected to {{label}}.',
    someFailed: 'A step failed: fix it for the console to work with {{label}}.',
    fix: 'What to do:',
    status: { ok: 'Passed', failed: 'Failed', warning: 'Warning', skipped: 'Not checked' },
    steps: {
      config: 'Configuration',
      reach: 'Lucca’s address',
      'token-endpoint': 'Token endpoint',
      credentials: 'Client id and secret',
      scopes: 'Scopes',
      'webhook-api': 'Webhook API',
      budget: 'Request budget',
    },
    results: {
      skipped: 'Not checked: an earlier step failed.',
      dns: 'The name {{host}} does not exist.',
      tls: 'The certificate of {{host}} is not trusted.',
      'invalid-client':
        'Lucca does not recognise this client id and secret: check them in Lucca under Integration keys.',
      refused: '{{host}} refused the connection.',
      timeout: '{{host}} did not answer in time.',
      network: 'The connection to {{host}} failed.',
      'missing-scopes': 'Missing: {{missing}}. Without it: {{losses}}.',
      scope: 'Refused: a scope is missing (see the step above).',
      budget: 'The console made {{used}} of its {{limit}} calls to Lucca in the last minute.',
      'not-enabled':
        'Lucca refuses the webhook API for this account: webhooks may not be enabled for it yet.',
    },
    losses: {
      'webhook-endpoints-readwrite': {
        readOnly: 'read-only, nothing can be created or changed',
        none: 'nothing works',
      },
      'webhook-deliveries-readwrite': {
        readOnly: 'no test delivery and no redelivery',
        none: 'no deliveries',
      },
      'events-readonly': { readOnly: 'no events', none: 'no events' },
    },
    fixes: {
      refused: 'Check the address and port, or ask your IT team to let the console reach {{host}}.',
      timeout:
        'A firewall may be blocking the connection: ask your IT team to let the console reach {{host}}.',
      network: 'Check the address and the network between the console and {{host}}.',
      busy: 'Lists may load slowly for a while; the console paces itself.',
      dns: 'Check the address: it is your company’s Lucca address, such as https://acme.ilucca.net.',
      tls: 'If your company inspects HTTPS traffic, give the console your company’s certificate authority; otherwise check the address.',
      'invalid-client':
        'Open {{adminUrl}}, find the client application {{clientId}}, and copy its id and secret into the console’s configuration.',
      'missing-scopes':
        'In Lucca under Integration keys, grant the missing scopes to this client application.',
      'not-enabled': 'Webhooks are turned on per account: ask Lucca support to enable them for this account.',
    },
  },
}
