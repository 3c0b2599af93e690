/** English strings of the console's own notes on an endpoint (namespace `endpoints/notes`). */
export const en = {
  notes: {
    title: 'Console notes',
    scope:
      'Kept by this console for the admins of this account, not by Lucca: neither Lucca nor the receiving application ever sees them.',
    description: 'Description',
    descriptionHint: 'What this endpoint is for, in a sentence.',
    owner: 'Owner or integrator contact',
    ownerName: 'Contact name',
    ownerEmail: 'Contact email',
    notes: 'Notes',
    notesHint: 'What the next admin should know: who to call, known quirks, history.',
    notSet: 'Not set',
    empty: 'No notes yet.',
    emptyAdmin: 'No notes yet. Say what this endpoint is for and who to contact about it.',
    updated: 'Last changed by {{user}} on {{date}}',
    add: 'Add notes',
    edit: 'Edit notes',
    save: 'Save notes',
    cancel: 'Cancel',
    saved: 'Console notes saved.',
    notSaved: 'The notes were not saved. What you typed is still here: retry when the console is back.',
    readOnly: 'Only admins can change these notes.',
    errors: {
      tooLong: 'At most {{max}} characters ({{count}} now).',
      email: 'Enter an email address, like name@example.com.',
    },
  },
}
