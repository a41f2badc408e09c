import { describeError, useSearchBox, useUrlFilters, ListFooter } from '@elif/web-kit'
import { useUsers, type User } from '../identity/api'
import { Alert, Center, Loader, Stack, Table, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { EditRolesModal } from './EditRolesModal'
import { ResetPasswordModal } from './ResetPasswordModal'
import { UserRow } from './UserRow'

const PAGE_SIZE = 20

type Editing = { user: User; what: 'roles' | 'password' } | null

/** Searchable, paginated list of the tenant's users, with the modals of their actions. */
export function UserList() {
  const { filters, page, setFilters, setPage } = useUrlFilters({ q: '' })
  const { q } = filters
  const search = useSearchBox(q, (text) => setFilters({ q: text }))
  const [editing, setEditing] = useState<Editing>(null)
  const [passwordReset, setPasswordReset] = useState<string | null>(null)

  const users = useUsers({ q, page, size: PAGE_SIZE })
  const items = users.data?.items ?? []

  let content
  if (users.isPending) {
    content = (
      <Center py="xl">
        <Loader />
      </Center>
    )
  } else if (users.isError) {
    content = (
      <Alert color="red" title="Users could not be loaded" data-testid="users-error">
        {describeError(users.error)}
      </Alert>
    )
  } else if (items.length === 0) {
    content = (
      <Text c="dimmed" py="xl" ta="center" data-testid="users-empty">
        {q ? `No user matches “${q}”.` : 'No users yet.'}
      </Text>
    )
  } else {
    content = (
      <>
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Username</Table.Th>
                <Table.Th>Name</Table.Th>
                <Table.Th>Email</Table.Th>
                <Table.Th>Roles</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((user) => (
                <UserRow
                  key={user.id}
                  user={user}
                  onEditRoles={(target) => setEditing({ user: target, what: 'roles' })}
                  onResetPassword={(target) => setEditing({ user: target, what: 'password' })}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <ListFooter data={users.data} counts={['user', 'users']} page={page} onPage={setPage} />
      </>
    )
  }

  const close = () => setEditing(null)
  return (
    <Stack>
      <TextInput
        data-testid="user-search"
        aria-label="Search users"
        placeholder="Search by username, name or email"
        {...search}
        rightSection={users.isFetching && !users.isPending ? <Loader size="xs" /> : null}
      />
      {passwordReset && (
        <Alert color="green" data-testid="password-reset-done" withCloseButton onClose={() => setPasswordReset(null)}>
          The password of {passwordReset} has been changed.
        </Alert>
      )}
      {content}
      {editing?.what === 'roles' && <EditRolesModal user={editing.user} onClose={close} />}
      {editing?.what === 'password' && (
        <ResetPasswordModal
          user={editing.user}
          onClose={close}
          onDone={(username) => {
            close()
            setPasswordReset(username)
          }}
        />
      )}
    </Stack>
  )
}
