/** The shell's English strings (namespace `translation`); each feature owns its own (see app/i18n.ts). */
export const en = {
  app: { name: 'Lucca Webhooks Console' },
  nav: {
    main: 'Main',
    endpoints: 'Endpoints',
    deliveries: 'Deliveries',
    backToEndpoints: 'Back to endpoints',
    health: 'Health',
    verify: 'Verify a receiver',
    audit: 'Audit trail',
    users: 'Users',
    alerts: 'Alerts',
    topics: 'Topics',
    connection: 'Connection',
  },
  shell: {
    loading: 'Loading',
    slowLucca: 'Still waiting for Lucca, which is slow to answer. This page updates as soon as it does.',
    signOut: 'Sign out',
    toggleNav: 'Show or hide navigation',
    language: 'Language',
    darkMode: 'Switch to dark mode',
    lightMode: 'Switch to light mode',
    userMenu: 'Signed in as {{username}}',
    productionBanner: 'Production account “{{account}}”: changes here affect live integrations.',
  },
  roles: { admin: 'Administrator', viewer: 'Read-only' },
  environment: { production: 'Production', test: 'Test', sandbox: 'Sandbox', emulator: 'Local emulator' },
  environmentShort: { production: 'Production', test: 'Test', sandbox: 'Sandbox', emulator: 'Emulator' },
  actions: {
    retry: 'Retry',
    close: 'Close',
    cancel: 'Cancel',
    open: 'Open',
  },
  errors: {
    title: 'Something went wrong',
    generic: 'Lucca could not complete this request.',
    network: 'The console could not be reached. Check your connection and retry.',
    unexpected: 'This page ran into an unexpected problem. Reload the page to try again.',
    notForwarded:
      'The console does not pass this request on to Lucca: the address or identifier is not one it accepts.',
    consoleBudget: 'The console is pacing its calls to Lucca. Retry in {{seconds}} seconds.',
    rateLimited: 'Lucca’s request limit for this account is reached. Retry in {{seconds}} seconds.',
    circuitOpen: 'Lucca is not answering right now; the console paused its calls. Retry in a minute.',
    databaseUnavailable: 'The console cannot reach its own database right now. Retry in a moment.',
    timeout: 'Lucca took too long to answer. Retry.',
    upstream: 'Lucca answered with an error. Retry in a moment.',
    connectionDns:
      'The console cannot find Lucca at its address: that name does not exist (connection step: Lucca’s address).',
    connectionTls:
      'The console does not trust the certificate Lucca’s address presents (connection step: Lucca’s address).',
    connectionToken:
      'Lucca’s sign-in service did not answer as it should (connection step: token endpoint). Retry in a moment.',
    connectionCredentials:
      'Lucca does not accept the console’s client id and secret (connection step: client id and secret).',
    connectionScopes:
      'Lucca refuses this to the console: its client application lacks a scope it needs (connection step: scopes).',
    connectionNotEnabled:
      'Lucca refuses the webhooks of this account to the console: they may not be enabled for it yet (connection step: webhook API).',
    connectionLink: 'Open the connection check: it names the problem and how to fix it',
    signedOut: 'Your session has ended. Sign in again.',
    forbidden: 'Your role does not allow this action.',
    notFound: 'This item no longer exists. It may have been deleted.',
    conflict: 'Someone changed this item meanwhile. Reload it and try again.',
    refreshFailed: 'Could not refresh',
    pageNotFound: 'Page not found',
    pageNotFoundBody: 'This address does not match any page of the console.',
    pageBroken: 'This page could not be shown',
  },
  confirm: { typeToConfirm: 'Type “{{word}}” to confirm' },
  dates: { placeholder: 'mm/dd/yyyy', invalid: 'Enter a date as {{pattern}}' },
  developer: {
    title: 'For your developer',
    copy: 'Copy for my integrator',
    copied: 'Copied',
  },
}
