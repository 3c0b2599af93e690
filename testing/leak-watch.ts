import { Writable } from 'node:stream'

/**
 * Collects every log line and every byte sent to a "browser" during a test file, plus every secret
 * that existed, so a final check can prove none of the secrets ever appeared in either.
 */
export class LeakWatch {
  readonly logs: string[] = []
  readonly seenByBrowser: string[] = []
  private readonly secrets = new Set<string>()

  readonly stream = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      this.logs.push(chunk.toString('utf8'))
      done()
    },
  })

  secret(...values: string[]): void {
    for (const value of values) if (value.length >= 8) this.secrets.add(value)
  }

  leaks(): string[] {
    const haystacks = [...this.logs, ...this.seenByBrowser]
    return [...this.secrets].filter((secret) => haystacks.some((text) => text.includes(secret)))
  }
}
