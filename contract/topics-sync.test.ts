import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { parse } from 'yaml'
import { subscribableTopics } from '../server/emulator/topics.ts'
import { topicGroups, topicsOf } from '../src/features/endpoints/topics.ts'

// Lucca's topic list grows (leave-request-decision.created came with the 2026-12-01 contract): the picker
// and the emulator each keep a copy, and this says when either misses one.
const spec = parse(readFileSync(join(import.meta.dirname, 'openapi.yaml'), 'utf8')) as {
  components: { schemas: { KnownTopic: { enum: string[] } } }
}
const systemTopics = new Set(['ping', 'confirmation', 'test.created'])
const resourceTopics = spec.components.schemas.KnownTopic.enum.filter((topic) => !systemTopics.has(topic))

test('the topic picker offers every resource topic of the contract, and no other', () => {
  expect(topicGroups.flatMap(topicsOf).sort()).toEqual([...resourceTopics].sort())
})

test('the emulator accepts every resource topic of the contract, plus test.created', () => {
  expect([...subscribableTopics].sort()).toEqual([...resourceTopics, 'test.created'].sort())
})
