import { Button, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { Link, Navigate } from 'react-router'
import { hasAnyRole, type Role } from '../api/auth'
import { pageHref, type ElifPage } from '../app/pages'
import { useMe } from './session'

interface RequireRolesProps {
  /** Any one of them opens the page; absent or empty: everyone. */
  roles: readonly Role[] | undefined
  children: ReactNode
  /**
   * For the home page: users it is not for go to the first of these they may open (e.g. a storekeeper
   * lands on the stock pages of an app whose home page is for managers), rather than a refusal.
   */
  otherwise?: readonly ElifPage[]
}

/** The page for users holding one of `roles`; for the others, a page that says why not. */
export function RequireRoles({ roles, children, otherwise = [] }: RequireRolesProps) {
  const me = useMe()
  if (hasAnyRole(me, roles)) return children
  const firstAllowed = otherwise.find((page) => page.path !== '' && hasAnyRole(me, page.roles))
  if (firstAllowed) return <Navigate to={pageHref(firstAllowed)} replace />
  return (
    <Stack align="flex-start" data-testid="forbidden">
      <Title order={2}>Not for your role</Title>
      <Text c="dimmed">
        This page is for {roles?.join(' or ')} users; you are {me.roles.join(', ') || 'without a role'}.
      </Text>
      <Button component={Link} to="/">
        Back to products
      </Button>
    </Stack>
  )
}
