import { Button, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconWebhook } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

export function EmptyEndpoints({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation('endpoints')
  return (
    <Paper withBorder p="xl">
      <Stack align="center" gap="sm" maw={480} mx="auto" ta="center">
        <ThemeIcon size={48} radius="xl" variant="light">
          <IconWebhook size={28} aria-hidden />
        </ThemeIcon>
        <Title order={2} size="h4">
          {t('list.emptyTitle')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('list.emptyBody')}
        </Text>
        {canEdit && (
          <Button component={Link} to="/endpoints/new">
            {t('list.createFirst')}
          </Button>
        )}
      </Stack>
    </Paper>
  )
}
