import { Alert, Button, Container, Stack, Title } from '@mantine/core'
import { describeError } from '../api/http'
import { useLogout, useMe } from './session'

interface AccessRefusedPageProps {
  name: string
  /** Why, e.g. "The administration is for administrators and managers." */
  message: string
}

/** Shown to a signed-in user whose roles this app does not serve (allowedRoles). */
export function AccessRefusedPage({ name, message }: AccessRefusedPageProps) {
  const me = useMe()
  const logout = useLogout()
  return (
    <Container size="sm" py="xl">
      <Stack align="flex-start" data-testid="access-refused">
        <Title order={1} size="h3">
          {name}
        </Title>
        <Alert color="orange" title="Access refused" w="100%">
          {message} You are signed in as {me.displayName} ({me.roles.join(', ') || 'no role'}): use another ELIF app, or
          sign in as someone else.
        </Alert>
        {logout.isError && (
          <Alert color="red" w="100%">
            {describeError(logout.error)}
          </Alert>
        )}
        <Button data-testid="logout-button" loading={logout.isPending} onClick={() => logout.mutate()}>
          Log out
        </Button>
      </Stack>
    </Container>
  )
}
