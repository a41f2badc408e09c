import { Button, Group } from '@mantine/core'

/** The footer of an editing modal: Cancel closes it, Save submits its form. */
export function ModalActions({ onCancel, saving }: { onCancel: () => void; saving: boolean }) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" loading={saving}>
        Save
      </Button>
    </Group>
  )
}
