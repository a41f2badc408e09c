import { Alert, Center, Paper, Stack, Text, Title } from '@mantine/core'
import { LoginForm } from './LoginForm'

interface LoginPageProps {
  /** The app's name, e.g. "ELIF · Sales". */
  name: string
  /** The server ended a running session: say so above the form. */
  sessionEnded: boolean
}

/** Shown instead of any page while nobody is signed in; the page asked for follows the login. */
export function LoginPage({ name, sessionEnded }: LoginPageProps) {
  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={400}>
        <Stack>
          <div>
            <Title order={1} size="h3">
              {name}
            </Title>
            <Text c="dimmed" size="sm">
              Sign in to continue
            </Text>
          </div>
          {sessionEnded && (
            <Alert color="yellow" data-testid="session-ended">
              Your session has ended. Please sign in again.
            </Alert>
          )}
          <LoginForm />
        </Stack>
      </Paper>
    </Center>
  )
}
