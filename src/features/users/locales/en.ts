/** English strings of users (namespace `users`). */
export const en = {
  users: {
    title: 'Users',
    description:
      'The people who can sign in to this console, their role, and where they are signed in right now.',
    add: 'Add a user',
    listLabel: 'Console users',
    empty: 'No user yet.',
    you: 'you',
    source: {
      company: 'Company account',
      password: 'Console password',
      roleFrom: 'from group {{group}}',
    },
    createdOn: 'Added on {{date}}',
    onlyAdmin:
      'The only administrator: they cannot be removed or made read-only until another administrator exists.',
    roles: {
      admin: 'Administrator',
      viewer: 'Read-only',
      adminHelp: 'Can change endpoints, send tests and manage users.',
      viewerHelp: 'Can see endpoints and deliveries, but not change anything.',
    },
    sessions: {
      none: 'Not signed in anywhere right now.',
      count_one: '{{count}} active session',
      count_other: '{{count}} active sessions',
      justNow: 'just now',
      times: 'Signed in {{started}} · last active {{lastSeen}}',
      thisBrowser: 'This browser',
      end: 'End',
      endLabel: 'End the session on {{account}}, signed in {{started}}',
      unknownAccount: 'Account no longer configured',
    },
    actions: {
      menu: 'Actions for {{username}}',
      makeAdmin: 'Make administrator',
      makeViewer: 'Make read-only',
      resetPassword: 'Reset password',
      endSessions: 'End all sessions',
      remove: 'Remove user',
      notYourself: 'You cannot remove yourself. Another administrator can.',
    },
    confirm: {
      signsOut: '{{username}} will be signed out everywhere and will have to sign in again.',
      signsYouOut: 'This also signs you out of this browser: you will have to sign in again.',
      roleTitle: 'Change the role of {{username}}?',
      roleBody: '{{username}} becomes “{{role}}”.',
      demoteYourself:
        'You will no longer be able to manage users or change endpoints once you sign in again.',
      roleConfirm: 'Change role',
      resetTitle: 'Reset the password of {{username}}?',
      resetBody:
        'Their current password stops working at once. The console creates a new one and shows it to you once, so that you can pass it on.',
      resetConfirm: 'Reset password',
      endSessionsTitle: 'End all sessions of {{username}}?',
      endSessionsBody: 'Their password does not change: they can sign in again right away.',
      endSessionsConfirm: 'End sessions',
      endOneTitle: 'End this session of {{username}}?',
      endOneBody: '{{username}} will be signed out of the browser they used on {{started}} ({{account}}).',
      endOneYourself: 'This is the browser you are using: you will be signed out of it.',
      endOneConfirm: 'End session',
      removeTitle: 'Remove {{username}}?',
      removeBody:
        '{{username}} will be signed out everywhere and will no longer be able to sign in. What they did stays in the audit trail.',
      removeConfirm: 'Remove user',
    },
    errors: {
      lastAdmin:
        'This is the only administrator. Make another user an administrator first, so that someone can still manage the console.',
      taken: 'A user named “{{username}}” already exists. Choose another name.',
      sessionGone: 'This session has ended already.',
      userGone: 'This user no longer exists. The list is up to date now.',
    },
    form: {
      title: 'Add a user',
      username: 'User name',
      usernameHelp: 'Letters, digits, dots, dashes and underscores; no spaces. Up to 64 characters.',
      usernameRequired: 'Enter a user name.',
      usernameInvalid:
        'Use only letters without accents, digits, dots (.), dashes (-) and underscores (_), with no spaces.',
      usernameTooLong: 'A user name has at most 64 characters.',
      role: 'Role',
      passwordNote: 'The console creates the password and shows it to you once, right after.',
      cancel: 'Cancel',
      submit: 'Add user',
    },
    password: {
      newTitle: 'Password of {{username}}',
      resetTitle: 'New password of {{username}}',
      newIntro:
        '{{username}} can now sign in with this password. Give it to them in person or through a safe channel.',
      resetIntro:
        'The old password no longer works. Give this one to {{username}} in person or through a safe channel.',
      ownIntro:
        'This is your new password. Copy it now: once you close this window, you will be asked to sign in again with it.',
      onceTitle: 'You will not see this password again',
      onceBody:
        'The console does not keep it in clear and cannot show it again. If it is lost, reset the password once more.',
      valueLabel: 'Password',
      show: 'Show password',
      hide: 'Hide password',
      copy: 'Copy',
      copied: 'Copied',
      copiedAnnouncement: 'The password is copied to the clipboard.',
      confirmStored: 'I have copied the password',
      nudge: 'Confirm that you copied the password before closing: it cannot be shown again.',
      done: 'Done',
    },
    adminsOnly: {
      title: 'Administrators only',
      body: 'Only administrators can see and manage the console’s users. Ask an administrator if you need an account for someone.',
    },
    done: {
      role: '{{username}} is now “{{role}}”.',
      sessions: 'The sessions of {{username}} are ended.',
      session: 'The session is ended.',
      removed: '{{username}} is removed.',
    },
  },
}
