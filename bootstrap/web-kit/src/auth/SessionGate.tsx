import { Alert, Button, Center, Container, Loader, Stack } from '@mantine/core'
import { Navigate, useMatch } from 'react-router'
import { hasAnyRole, type Role } from '../api/auth'
import { describeError } from '../api/http'
import { PROFILE_PAGE, pageHref, type ElifPage } from '../app/pages'
import { AppLayout } from '../layout/AppLayout'
import { AccessRefusedPage } from './AccessRefusedPage'
import { LoginPage } from './LoginPage'
import { loadSession, useSession } from './session'

interface SessionGateProps {
  name: string
  pages: ElifPage[]
  allowedRoles: readonly Role[] | undefined
  accessRefusedMessage: string | undefined
}

/**
 * The root of every app: the login page until someone is signed in, a refusal for users the app is not
 * for, the TOTP set-up for users who must do it first, and otherwise the layout with the current page.
 */
export function SessionGate({ name, pages, allowedRoles, accessRefusedMessage }: SessionGateProps) {
  const session = useSession()
  const onProfile = useMatch(pageHref(PROFILE_PAGE)) !== null

  switch (session.status) {
    case 'loading':
      return (
        <Center h="100vh" data-testid="session-loading">
          <Loader />
        </Center>
      )
    case 'unreachable':
      return (
        <Container size="xs" py="xl">
          <Stack align="flex-start">
            <Alert color="red" title="Cannot start" w="100%" data-testid="session-error">
              {describeError(session.error)}
            </Alert>
            <Button onClick={() => void loadSession()}>Try again</Button>
          </Stack>
        </Container>
      )
    case 'signed-out':
      return <LoginPage name={name} sessionEnded={session.ended} />
    case 'signed-in':
      if (!hasAnyRole(session.me, allowedRoles)) {
        const message = accessRefusedMessage ?? `${name} is for ${allowedRoles?.join(' and ')} users.`
        return <AccessRefusedPage name={name} message={message} />
      }
      if (session.me.totpSetupRequired && !onProfile) return <Navigate to={pageHref(PROFILE_PAGE)} replace />
      return <AppLayout name={name} pages={pages} />
  }
}
