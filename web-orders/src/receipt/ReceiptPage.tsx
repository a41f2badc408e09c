import { QueryContent, Receipt, useSaleReceipt, useUrlFilters, type ReceiptWidth } from '@elif/web-kit'
import { Button, Group, SegmentedControl, Stack, Title } from '@mantine/core'
import { useEffect, useRef } from 'react'
import { useParams } from 'react-router'

const WIDTHS = [
  { label: '80 mm', value: '80' },
  { label: '58 mm', value: '58' },
]

/**
 * A sale's till receipt, ready to print: `/orders/receipt/<sale id>`, on an 80 mm roll unless `?width=58`. With
 * `?print=1` (the counter screen's link after a sale) the browser's print dialog opens once the receipt is shown; the
 * parameter is then dropped, so a reload does not print again.
 */
export function ReceiptPage() {
  const { id = '' } = useParams()
  const { filters, setFilters } = useUrlFilters({ width: '80', print: '' })
  const width: ReceiptWidth = filters.width === '58' ? 58 : 80
  const receipt = useSaleReceipt(id)
  const printOnLoad = filters.print === '1' && receipt.isSuccess
  const printed = useRef(false)

  useEffect(() => {
    if (!printOnLoad || printed.current) return
    printed.current = true
    setFilters({ print: '' })
    // after the receipt and its page size are in the document
    const frame = requestAnimationFrame(() => window.print())
    return () => cancelAnimationFrame(frame)
  }, [printOnLoad, setFilters])

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Receipt</Title>
        <Group>
          <SegmentedControl
            data={WIDTHS}
            value={String(width)}
            onChange={(value) => setFilters({ width: value })}
            aria-label="Paper width"
            data-testid="receipt-width"
          />
          <Button onClick={() => window.print()} disabled={!receipt.isSuccess} data-testid="receipt-print">
            Print
          </Button>
        </Group>
      </Group>
      <QueryContent query={receipt} what="The receipt" testId="receipt-query">
        {(data) => <Receipt receipt={data} width={width} />}
      </QueryContent>
    </Stack>
  )
}
