import { Button, Stack } from '@mantine/core'
import { QueryContent } from '../layout/QueryContent'
import { formatDateTime, formatMoney } from '../format'
import { SlipRow, ThermalPaper, type ReceiptWidth } from './ThermalPaper'
import { useZReport, type ZReport } from './zReport'

const METHOD_LABELS: Record<string, string> = {
  CASH: 'cash',
  CARD: 'card',
  MOBILE_MONEY: 'mobile money',
  BANK_TRANSFER: 'bank transfer',
}

/**
 * A till session's Z report on the thermal paper the till prints on: sales, payments by method, deposits, the cash
 * that came in and went out, and what was expected, counted and missing or over.
 */
export function ZReportSlip({ report: z, width = 80 }: { report: ZReport; width?: ReceiptWidth }) {
  return (
    <ThermalPaper width={width} testId="z-report">
      <div className="elif-receipt-center elif-receipt-strong">Z report</div>
      <SlipRow label="Till" value={z.tillCode} testId="z-till" />
      <SlipRow label="Clerk" value={z.clerk} testId="z-clerk" />
      <SlipRow label="Opened" value={formatDateTime(z.openedAt)} />
      <SlipRow label="Closed" value={z.closedAt ? formatDateTime(z.closedAt) : 'open'} testId="z-closed" />
      <hr />
      <SlipRow label="Sales" value={`${z.sales.count}`} testId="z-sales-count" />
      <SlipRow label="Sales total (tax incl.)" value={formatMoney(z.sales.total)} strong testId="z-sales-total" />
      <SlipRow label="of which tax" value={formatMoney(z.sales.tax)} testId="z-sales-tax" />
      <hr />
      {z.payments.map((line) => (
        <SlipRow
          key={line.method}
          label={`Payments ${METHOD_LABELS[line.method] ?? line.method} (${line.count})`}
          value={formatMoney(line.amount)}
          testId={`z-payments-${line.method}`}
        />
      ))}
      <SlipRow label="Deposits taken" value={formatMoney(z.depositsTaken)} testId="z-deposits-taken" />
      <SlipRow label="Deposits returned" value={formatMoney(z.depositsReturned)} testId="z-deposits-returned" />
      <hr />
      <SlipRow label="Float" value={formatMoney(z.openingFloat)} testId="z-float" />
      <SlipRow label="Cash payments" value={formatMoney(z.cashPayments)} testId="z-cash-payments" />
      <SlipRow label="Refunds" value={formatMoney(z.refunds)} testId="z-refunds" />
      <SlipRow label="Cash put in" value={formatMoney(z.paidIn)} testId="z-paid-in" />
      <SlipRow label="Cash taken out" value={formatMoney(z.paidOut)} testId="z-paid-out" />
      <SlipRow label="Expected" value={formatMoney(z.expected)} strong testId="z-expected" />
      <SlipRow label="Counted" value={z.counted === null ? '—' : formatMoney(z.counted)} testId="z-counted" />
      <SlipRow
        label="Difference"
        value={z.difference === null ? '—' : formatMoney(z.difference)}
        strong
        testId="z-difference"
      />
    </ThermalPaper>
  )
}

/** A session's Z report read from the server, with a button that prints the slip alone. */
export function PrintableZReport({ sessionId }: { sessionId: string }) {
  const report = useZReport(sessionId)
  return (
    <Stack gap="xs" align="flex-start">
      <QueryContent query={report} what="The Z report" testId="z-report-query">
        {(z) => <ZReportSlip report={z} />}
      </QueryContent>
      <Button variant="light" onClick={() => window.print()} disabled={!report.isSuccess} data-testid="z-report-print">
        Print the Z report
      </Button>
    </Stack>
  )
}
