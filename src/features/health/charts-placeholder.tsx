import { SimpleGrid, Skeleton } from '@mantine/core'

/** The charts' place while their code or figures load, at their height, so the page does not jump. */
export function ChartsPlaceholder({ label }: { label: string }) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" aria-busy aria-label={label} role="status">
      {[0, 1, 2, 3].map((n) => (
        <Skeleton key={n} h={340} radius="md" />
      ))}
    </SimpleGrid>
  )
}
