import { Anchor, AppShell, Box, Burger, Center, Container, Group, Loader, ScrollArea, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { Suspense } from 'react'
import { Link, Outlet } from 'react-router'
import type { ElifPage } from '../app/pages'
import { CurrentUser } from './CurrentUser'
import { HealthIndicator } from './HealthIndicator'
import { Navigation } from './Navigation'

interface AppLayoutProps {
  /** The app's name, shown in the header, e.g. "ELIF · Sales". */
  name: string
  /** The app's pages; the navigation lists those the signed-in user may open. */
  pages: ElifPage[]
}

/** Header (app name, tenant health, signed-in user), navigation, and the current route's page. */
export function AppLayout({ name, pages }: AppLayoutProps) {
  const [navigationOpen, { toggle: toggleNavigation, close: closeNavigation }] = useDisclosure(false)
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !navigationOpen } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={navigationOpen}
              onClick={toggleNavigation}
              hiddenFrom="sm"
              size="sm"
              aria-label="Navigation"
            />
            <Anchor component={Link} to="/" underline="never" c="inherit" miw={0}>
              <Title order={1} size="h4" lineClamp={1}>
                {name}
              </Title>
            </Anchor>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Box visibleFrom="xs">
              <HealthIndicator />
            </Box>
            <CurrentUser />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        {/* Scrolls when the pages outnumber the screen's height (the administrator's list is long). */}
        <AppShell.Section grow component={ScrollArea}>
          <Navigation pages={pages} onNavigate={closeNavigation} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Container size="xl">
          {/* pages load with their own chunk the first time they are opened (lazyPage) */}
          <Suspense
            fallback={
              <Center py="xl" data-testid="page-loading">
                <Loader />
              </Center>
            }
          >
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  )
}
