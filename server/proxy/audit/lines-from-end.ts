import { open } from 'node:fs/promises'

/**
 * The lines of a file, last first, read backwards in blocks: a page of the newest audit entries costs a few
 * blocks however long the trail has grown. A missing file has no lines.
 */
export async function* linesFromEnd(path: string, blockSize = 64 * 1024): AsyncGenerator<string> {
  const file = await open(path, 'r').catch((error: unknown) => {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null
    throw error
  })
  if (!file) return
  try {
    let position = (await file.stat()).size
    // Bytes of a line whose start lies in a block not read yet; kept as bytes so that a multi-byte
    // character split across two blocks is decoded whole.
    let carry = Buffer.alloc(0)
    while (position > 0) {
      const length = Math.min(blockSize, position)
      position -= length
      const block = Buffer.alloc(length)
      await file.read(block, 0, length, position)
      let bytes = Buffer.concat([block, carry])
      let newline = bytes.lastIndexOf(0x0a)
      while (newline >= 0) {
        const line = bytes.subarray(newline + 1).toString('utf8')
        if (line) yield line
        bytes = bytes.subarray(0, newline)
        newline = bytes.lastIndexOf(0x0a)
      }
      carry = bytes
    }
    if (carry.length > 0) yield carry.toString('utf8')
  } finally {
    await file.close()
  }
}
