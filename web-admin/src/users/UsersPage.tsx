import { Grid, Paper, Stack, Title } from '@mantine/core'
import { NewUserForm } from './NewUserForm'
import { UserList } from './UserList'

/** The tenant's users (roles, access, passwords), with the form that creates one beside them. */
export function UsersPage() {
  return (
    <Grid gutter="xl">
      <Grid.Col span={{ base: 12, xl: 8 }}>
        <Stack>
          <Title order={2}>Users</Title>
          <UserList />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, xl: 4 }}>
        <Paper withBorder p="md" maw={560}>
          <NewUserForm />
        </Paper>
      </Grid.Col>
    </Grid>
  )
}
