import { createHmac, randomBytes } from 'node:crypto'
import { encodeCursor, readCursor, type Cursors } from './paging.ts'
import { fieldError } from './problem.ts'

/**
 * Strict mode's `page` (lucca-api.md §3.2): only an opaque cursor taken from `links.next` / `links.prev`.
 * A page number, or a cursor this emulator did not write (it carries an HMAC under a key of this run), is a 400.
 */
export function sealedCursors(key: Buffer = randomBytes(32)): Cursors {
  const seal = (offset: number, queryHash: string) =>
    createHmac('sha256', key).update(`${offset}.${queryHash}`).digest('base64url').slice(0, 22)
  return {
    read(page, _limit, queryHash) {
      const cursor = page.startsWith('!') ? readCursor(page.slice(1)) : undefined
      if (!cursor || cursor.q !== queryHash || cursor.s !== seal(cursor.o, cursor.q))
        throw fieldError('page', 'The page must be a cursor taken from links.next or links.prev.')
      return cursor.o
    },
    write: (offset, queryHash) => encodeCursor({ o: offset, q: queryHash, s: seal(offset, queryHash) }),
  }
}
