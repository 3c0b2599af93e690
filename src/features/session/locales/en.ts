/** English strings of session (namespace `session`). */
export const en = {
  account: {
    menuTitle: 'Lucca accounts',
    none: 'No account',
    switcherLabel: 'Active account: {{account}}. Switch account',
    switchFailed: 'Could not switch account',
  },
  signIn: {
    intro: 'Sign in to manage the webhooks of your Lucca account.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    showCharacters: 'Show or hide the typed characters',
    required: 'Required',
    wrongCredentials: 'Wrong username or password.',
    throttled: 'Too many attempts. Try again in {{wait}}.',
    signedOut: 'You are signed out.',
    expired: 'Your session has ended. Sign in again to carry on: this page and what you typed are kept.',
    again: 'Sign in again',
    company: 'Sign in with your company account',
    companyOnly: 'Use the account you sign in to your company’s tools with.',
    orPassword: 'or with a console password',
    breakGlass: 'Emergency access only: each sign-in is recorded',
  },
}
