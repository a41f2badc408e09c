import { Alert, Button, Container, Stack } from '@mantine/core'
import { useRouteError } from 'react-router'
import { describeError } from '../api/http'

/** Shown instead of the page when rendering fails unexpectedly. */
export function RouteErrorPage() {
  const error = useRouteError()
  return (
    <Container size="sm" py="xl">
      <Stack align="flex-start">
        <Alert color="red" title="Something went wrong" w="100%">
          {describeError(error)}
        </Alert>
        <Button onClick={() => window.location.reload()}>Reload</Button>
      </Stack>
    </Container>
  )
}
