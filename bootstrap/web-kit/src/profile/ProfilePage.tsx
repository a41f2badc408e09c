import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useMe } from '../auth/session'
import { ApiTokensSection } from './ApiTokensSection'
import { PasswordForm } from './PasswordForm'
import { TotpSection } from './TotpSection'

/** The signed-in user's own account: password, two-factor authentication and API tokens. */
export function ProfilePage() {
  const me = useMe()
  return (
    <Stack data-testid="profile-page">
      <div>
        <Title order={2}>{me.displayName}</Title>
        <Group gap="xs">
          <Text c="dimmed" size="sm">
            {me.username} · {me.email} · {me.tenant}
          </Text>
          {me.roles.map((role) => (
            <Badge key={role} size="sm" variant="light">
              {role}
            </Badge>
          ))}
        </Group>
      </div>
      {me.totpSetupRequired && (
        <Alert color="orange" title="Two-factor authentication required" data-testid="totp-setup-required">
          Your company requires two-factor authentication for your account. Set it up below to continue: the other pages
          open once it is on.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="md">
          <TotpSection />
        </Paper>
        <Paper withBorder p="md">
          <PasswordForm />
        </Paper>
      </SimpleGrid>
      {/* API tokens are for later: until two-factor authentication is on, the server allows nothing else */}
      {!me.totpSetupRequired && (
        <Paper withBorder p="md">
          <ApiTokensSection />
        </Paper>
      )}
    </Stack>
  )
}
