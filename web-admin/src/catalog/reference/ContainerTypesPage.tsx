import { Badge } from '@mantine/core'
import {
  CONTAINER_KINDS,
  useContainerTypes,
  useSaveContainerType,
  type ContainerKind,
  type ContainerType,
} from '../api'
import { useMoney } from '../shared/Money'
import { adaptSave } from './adaptSave'
import { ReferenceListPage } from './ReferenceListPage'

type Values = { code: string; name: string; kind: string; deposit: string }

const KIND_LABELS: Record<ContainerKind, string> = { BOTTLE: 'Bottle', CRATE: 'Crate' }

/** Returnable containers (bottles, crates) and their deposits; code and kind are fixed once created. */
export function ContainerTypesPage() {
  const containers = useContainerTypes()
  const money = useMoney()
  const save = adaptSave(useSaveContainerType(), (values: Values, id?: string) =>
    id
      ? { name: values.name.trim(), deposit: values.deposit.trim() }
      : {
          code: values.code.trim(),
          name: values.name.trim(),
          kind: (values.kind || undefined) as ContainerKind | undefined,
          deposit: values.deposit.trim(),
        },
  )
  return (
    <ReferenceListPage<ContainerType, Values>
      title="Container types"
      noun="container type"
      testId="container-type"
      query={containers}
      nameOf={(container) => container.code}
      columns={[
        { label: 'Code', render: (container) => container.code },
        { label: 'Name', render: (container) => container.name },
        {
          label: 'Kind',
          render: (container) => (
            <Badge size="sm" variant="light">
              {KIND_LABELS[container.kind] ?? container.kind}
            </Badge>
          ),
        },
        { label: 'Deposit', render: (container) => money(container.deposit), align: 'right' },
      ]}
      fields={[
        { key: 'code', label: 'Code', placeholder: 'CRATE-24', editable: false },
        { key: 'name', label: 'Name', placeholder: 'Crate of 24' },
        {
          key: 'kind',
          label: 'Kind',
          type: 'select',
          editable: false,
          options: [
            { value: '', label: 'Choose a kind' },
            ...CONTAINER_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] })),
          ],
        },
        { key: 'deposit', label: 'Deposit', placeholder: '3000.00', inputMode: 'decimal' },
      ]}
      empty={{ code: '', name: '', kind: '', deposit: '' }}
      valuesOf={(container) => ({
        code: container.code,
        name: container.name,
        kind: container.kind,
        deposit: container.deposit,
      })}
      save={save}
      conflicts={{ 'duplicate-container-code': 'code' }}
    />
  )
}
