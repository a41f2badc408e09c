import { QueryContent } from '@elif/web-kit'
import { Button, Grid, Group, Modal, Paper, Stack, Table, Title } from '@mantine/core'
import type { UseQueryResult } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { ReferenceForm, type FieldSpec, type SaveReference } from './ReferenceForm'

export interface Column<T> {
  label: string
  render: (item: T) => ReactNode
  align?: 'right'
}

interface ReferenceListPageProps<T extends { id: string }, V extends Record<string, string | boolean>> {
  title: string
  /** Singular, lower case: "category". */
  noun: string
  /** Test ids: `<testId>-row` (with data-name), `new-<testId>-form`, `<testId>-edit-form`. */
  testId: string
  query: UseQueryResult<T[]>
  nameOf: (item: T) => string
  columns: Column<T>[]
  fields: FieldSpec<V>[]
  empty: V
  valuesOf: (item: T) => V
  save: SaveReference<V>
  /** Conflicts shown under a field, by problem type: { 'duplicate-category': 'name' }. */
  conflicts?: Readonly<Record<string, string>>
  /** Without it the list is read-only (no form, no edit buttons). */
  editable?: boolean
}

/** A reference list of the catalogue (categories, tax classes, container types): a table, an edit modal, a form. */
export function ReferenceListPage<T extends { id: string }, V extends Record<string, string | boolean>>(
  props: ReferenceListPageProps<T, V>,
) {
  const {
    title,
    noun,
    testId,
    query,
    nameOf,
    columns,
    fields,
    empty,
    valuesOf,
    save,
    conflicts,
    editable = true,
  } = props
  const [editing, setEditing] = useState<T | null>(null)

  const table = (
    <QueryContent
      query={query}
      what={title}
      testId={testId}
      isEmpty={(items) => items.length === 0}
      emptyText={`No ${noun} yet.`}
    >
      {(items) => (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.label} ta={column.align}>
                  {column.label}
                </Table.Th>
              ))}
              {editable && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id} data-testid={`${testId}-row`} data-name={nameOf(item)}>
                {columns.map((column) => (
                  <Table.Td key={column.label} ta={column.align}>
                    {column.render(item)}
                  </Table.Td>
                ))}
                {editable && (
                  <Table.Td ta="right">
                    <Button size="xs" variant="light" onClick={() => setEditing(item)}>
                      Edit
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </QueryContent>
  )

  return (
    <Grid gutter="xl">
      <Grid.Col span={{ base: 12, lg: editable ? 8 : 12 }}>
        <Stack>
          <Title order={2}>{title}</Title>
          {table}
        </Stack>
      </Grid.Col>
      {editable && (
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={3}>New {noun}</Title>
              <ReferenceForm
                testId={`new-${testId}-form`}
                fields={fields}
                initial={empty}
                save={save}
                conflicts={conflicts}
                submitLabel={`Create ${noun}`}
                resetAfterSave
              />
            </Stack>
          </Paper>
        </Grid.Col>
      )}
      {editing && (
        <Modal opened onClose={() => setEditing(null)} title={`Edit ${noun} ${nameOf(editing)}`}>
          <ReferenceForm
            testId={`${testId}-edit-form`}
            id={editing.id}
            fields={fields.filter((field) => field.editable !== false)}
            initial={valuesOf(editing)}
            save={save}
            conflicts={conflicts}
            submitLabel="Save"
            onSaved={() => setEditing(null)}
            footer={(submit) => (
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setEditing(null)}>
                  Cancel
                </Button>
                {submit}
              </Group>
            )}
          />
        </Modal>
      )}
    </Grid>
  )
}
