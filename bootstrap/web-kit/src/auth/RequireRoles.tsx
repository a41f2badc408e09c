import { Button, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { hasAnyRole, type Role } from '../api/auth'
import { useMe } from './session'

interface RequireRolesProps {
  /** Any one of them opens the page; absent or empty: everyone. */
  roles: readonly Role[] | undefined
  children: ReactNode
}

/** The page for users holding one of `roles`; for the others, a page that says why not. */
export function RequireRoles({ roles, children }: RequireRolesProps) {
  const me = useMe()
  if (hasAnyRole(me, roles)) return children
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
