import { Badge, Button, Group, Text, Tooltip } from '@mantine/core'
import { useNavigate } from 'react-router'
import { describeError } from '../api/http'
import { useLogout, useMe } from '../auth/session'

/** Who is signed in (display name and roles), and the button that signs them out. */
export function CurrentUser() {
  const me = useMe()
  const logout = useLogout()
  const navigate = useNavigate()
  const signOut = () =>
    logout.mutateAsync().then(
      // The next user starts on the home page, not on the page this one left open. (Not an onSuccess
      // callback of mutate: this component is gone by then, with the layout, and those are not called.)
      () => navigate('/', { replace: true }),
      () => undefined, // shown by the button's tooltip
    )
  return (
    <Group gap="sm" wrap="nowrap">
      <Group gap={6} wrap="nowrap" data-testid="current-user" title={`${me.username} · ${me.email}`}>
        <Text size="sm" fw={500} truncate maw={180}>
          {me.displayName}
        </Text>
        {me.roles.map((role) => (
          <Badge key={role} size="xs" variant="light" visibleFrom="md">
            {role}
          </Badge>
        ))}
      </Group>
      <Tooltip
        label={logout.isError ? describeError(logout.error) : ''}
        disabled={!logout.isError}
        opened={logout.isError}
      >
        <Button
          data-testid="logout-button"
          variant="default"
          size="xs"
          color={logout.isError ? 'red' : undefined}
          loading={logout.isPending}
          onClick={signOut}
        >
          Log out
        </Button>
      </Tooltip>
    </Group>
  )
}
