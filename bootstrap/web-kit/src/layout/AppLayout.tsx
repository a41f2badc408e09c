import { Anchor, AppShell, Container, Group, Title } from '@mantine/core'
import { Link, Outlet } from 'react-router'
import { HealthIndicator } from './HealthIndicator'

interface AppLayoutProps {
  /** The app's name, shown in the header, e.g. "ELIF · Sales". */
  name: string
}

/** Header (app name, tenant health) above the current route's page. */
export function AppLayout({ name }: AppLayoutProps) {
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Anchor component={Link} to="/" underline="never" c="inherit">
            <Title order={1} size="h4">
              {name}
            </Title>
          </Anchor>
          <HealthIndicator />
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="xl">
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  )
}
