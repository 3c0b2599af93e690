/** English strings of the history (namespace `history`): how fresh the console's view is, what it spends. */
export const en = {
  freshness: {
    justNow: 'Updated just now',
    seconds: 'Updated {{seconds}} s ago',
    minutes: 'Updated {{minutes}} min ago',
    hours: 'Updated {{hours}} h ago',
    days: 'Updated {{days}} d ago',
    firstRead: 'Reading your Lucca account for the first time…',
    firstReadProgress: 'Reading your Lucca account for the first time: {{percent}} %',
    catchingUp: 'Catching up…',
    catchingUpProgress: 'Catching up: {{percent}} %',
    pausedDown: 'Paused: Lucca is not answering',
    pausedRateLimit: 'Paused: Lucca’s request limit is reached',
    pausedAuth: 'Paused: Lucca refuses the console’s credentials',
  },
  live: { off: 'Live updates are off — refreshing every 30 s' },
  meter: {
    usage: 'Console: {{used}} of {{limit}} calls this minute, collector {{collector}}',
    title: 'Lucca calls this minute',
    explain:
      'Lucca allows {{limit}} calls a minute for your whole company, payroll and every other tool included.',
    share:
      'This console keeps within {{consoleLimit}}. Its collector, which keeps this history, uses at most {{collectorShare}}, and what admins click always comes first.',
    retention: 'The history is kept {{days}} days, beyond Lucca’s own 2 months.',
  },
  notReady: {
    title: 'The console is reading your Lucca account for the first time…',
    body: 'A few calls at a time, to leave Lucca’s limit to your other tools. Endpoints appear here as they are read.',
    progress: 'Read so far: {{percent}} %',
  },
}
