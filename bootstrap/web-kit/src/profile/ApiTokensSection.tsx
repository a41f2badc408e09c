import {
  Alert,
  Badge,
  Button,
  Center,
  CopyButton,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { describeError } from '../api/http'
import { useApiTokens, useCreateApiToken, useRevokeApiToken, type ApiToken, type CreatedApiToken } from '../api/profile'
import { FormFeedback } from '../form/FormFeedback'
import { useProblemFields } from '../form/problemFields'
import { formatDateTime } from '../format'

/** A token just created, shown this once with a copy button. */
function NewToken({ created, onDone }: { created: CreatedApiToken; onDone: () => void }) {
  return (
    <Alert color="yellow" title={`Token “${created.name}” created`} data-testid="new-token-created">
      <Stack gap="xs">
        <Text size="sm" fw={500}>
          Copy it now: it is shown only this once and cannot be displayed again.
        </Text>
        <TextInput
          readOnly
          aria-label="New API token"
          value={created.token}
          data-testid="new-token"
          ff="monospace"
          onFocus={(event) => event.currentTarget.select()}
          rightSectionWidth={72}
          rightSection={
            <CopyButton value={created.token}>
              {({ copied, copy }) => (
                <Button
                  size="compact-xs"
                  variant={copied ? 'filled' : 'light'}
                  color={copied ? 'teal' : undefined}
                  onClick={copy}
                >
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
          }
        />
        <Button size="xs" variant="default" onClick={onDone} style={{ alignSelf: 'flex-start' }}>
          Done
        </Button>
      </Stack>
    </Alert>
  )
}

/** Names and creates a token. */
function NewTokenForm({ onCreated }: { onCreated: (token: CreatedApiToken) => void }) {
  const createToken = useCreateApiToken()
  const form = useForm({
    initialValues: { name: '' },
    validate: { name: (value) => (value.trim() ? null : 'Name the token, e.g. after the script that uses it') },
  })
  const problems = useProblemFields(form, { fields: ['name'] })
  const submit = ({ name }: { name: string }) => {
    problems.clear()
    createToken.mutate(name.trim(), {
      onSuccess: (created) => {
        form.reset()
        onCreated(created)
      },
      onError: problems.show,
    })
  }
  return (
    <form data-testid="new-token-form" onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="xs">
        <Group align="flex-start" wrap="nowrap">
          <TextInput
            label="Token name"
            placeholder="Nightly export"
            style={{ flex: 1 }}
            {...form.getInputProps('name')}
          />
          <Button type="submit" mt={25} loading={createToken.isPending}>
            Create token
          </Button>
        </Group>
        <FormFeedback testId="new-token" error={problems.message} />
      </Stack>
    </form>
  )
}

function TokenRow({ token }: { token: ApiToken }) {
  const revoke = useRevokeApiToken()
  return (
    <Table.Tr data-testid="token-row">
      <Table.Td>{token.name}</Table.Td>
      <Table.Td>{formatDateTime(token.createdAt)}</Table.Td>
      <Table.Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'never'}</Table.Td>
      <Table.Td>
        {token.revokedAt ? (
          <Group gap={6} wrap="nowrap">
            <Badge color="gray" variant="light">
              revoked
            </Badge>
            <Text size="xs" c="dimmed">
              {formatDateTime(token.revokedAt)}
            </Text>
          </Group>
        ) : (
          <Badge color="green" variant="light">
            active
          </Badge>
        )}
      </Table.Td>
      <Table.Td ta="right">
        {!token.revokedAt && (
          <Group gap="xs" justify="flex-end" wrap="nowrap">
            {revoke.isError && (
              <Text size="xs" c="red" data-testid="token-error">
                {describeError(revoke.error)}
              </Text>
            )}
            <Button
              size="xs"
              color="red"
              variant="light"
              loading={revoke.isPending}
              onClick={() => revoke.mutate(token.id)}
            >
              Revoke
            </Button>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  )
}

/** Tokens for scripts and integrations calling the API as this user: list, create, revoke. */
export function ApiTokensSection() {
  const tokens = useApiTokens()
  const [created, setCreated] = useState<CreatedApiToken | null>(null)

  let list
  if (tokens.isPending) {
    list = (
      <Center py="md">
        <Loader size="sm" />
      </Center>
    )
  } else if (tokens.isError) {
    list = (
      <Alert color="red" title="Tokens could not be loaded">
        {describeError(tokens.error)}
      </Alert>
    )
  } else if (tokens.data.length === 0) {
    list = (
      <Text c="dimmed" size="sm" data-testid="tokens-empty">
        No API tokens yet.
      </Text>
    )
  } else {
    list = (
      <Table.ScrollContainer minWidth={600}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th>Last used</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.data.map((token) => (
              <TokenRow key={token.id} token={token} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    )
  }

  return (
    <Stack gap="sm" data-testid="tokens-section">
      <Title order={3}>API tokens</Title>
      <Text size="sm" c="dimmed">
        A token lets a script call the API as you, with your roles, but never creates tokens nor changes your password
        or two-factor authentication. Revoke it when it is no longer needed; changing your password revokes them all.
      </Text>
      {created && <NewToken created={created} onDone={() => setCreated(null)} />}
      <NewTokenForm onCreated={setCreated} />
      {list}
    </Stack>
  )
}
