import { fileURLToPath } from 'node:url'

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
export const resultsFile = fileURLToPath(new URL('../results.json', import.meta.url))
