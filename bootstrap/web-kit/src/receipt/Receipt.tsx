import { formatDateTime } from '../format'
import { SlipRow, ThermalPaper, type ReceiptWidth } from './ThermalPaper'
import {
  depositLabel,
  depositSplit,
  formatAmount,
  isZeroAmount,
  lineDetail,
  lineLabel,
  methodLabel,
  receiptTitle,
  settlementOf,
  type SaleReceipt,
} from './receiptFormat'

/**
 * A sale's till receipt for an 80 mm or 58 mm thermal printer: letterhead, number, date and time, clerk, customer,
 * the lines per pack, total and tax, the deposit lines, the payable and, when the sale has them, the payments, the
 * change, what is still owed and by when. Printed alone (receipt.css hides the rest of the page) on a page as wide as
 * the paper and as long as the receipt. Every text is rendered by React, so names print as typed, never as markup.
 */
export function Receipt({ receipt, width = 80 }: { receipt: SaleReceipt; width?: ReceiptWidth }) {
  const { sale, customer, company, currency, moneyScale } = receipt
  const money = (amount: string) => formatAmount(amount, moneyScale)
  const settlement = settlementOf(sale)
  const done = sale.completed ?? sale.confirmed ?? sale.created
  return (
    <ThermalPaper width={width} testId="receipt">
      <header className="elif-receipt-center">
        <div className="elif-receipt-strong elif-receipt-company" data-testid="receipt-company">
          {company.name}
        </div>
        {company.address && <div>{company.address}</div>}
        {company.phone && <div>{company.phone}</div>}
        {company.taxId && <div>{company.taxId}</div>}
      </header>
      <hr />
      <div className="elif-receipt-center elif-receipt-strong" data-testid="receipt-title">
        {receiptTitle(sale.state)}
      </div>
      <SlipRow label="No." value={sale.number} testId="receipt-number" />
      <SlipRow label="Date" value={formatDateTime(done.at)} />
      <SlipRow label="Clerk" value={sale.completed?.by ?? sale.created.by} />
      <div className="elif-receipt-row" data-testid="receipt-customer">
        <span className="elif-receipt-key">Customer</span>
        <span className="elif-receipt-wrap">
          {customer.walkIn ? customer.name : `${customer.name} (${customer.code})`}
        </span>
      </div>
      <hr />
      {sale.lines.map((line, index) => (
        <div key={index} className="elif-receipt-line" data-testid="receipt-line">
          <SlipRow label={lineLabel(line)} value={money(line.amount)} />
          <div className="elif-receipt-detail">{lineDetail(line, moneyScale)}</div>
        </div>
      ))}
      <hr />
      <SlipRow label={`Total (${currency})`} value={money(sale.total)} strong testId="receipt-total" />
      <SlipRow label="incl. tax" value={money(sale.tax)} testId="receipt-tax" />
      <SlipRow label="Net" value={money(sale.net)} />
      {sale.deposits.length > 0 && (
        <>
          <hr />
          <div className="elif-receipt-strong">Deposits (containers)</div>
          {sale.deposits.map((deposit) => (
            <div key={deposit.containerTypeId} data-testid="receipt-deposit">
              <SlipRow label={depositLabel(deposit)} value={money(deposit.amount)} />
              <div className="elif-receipt-detail">{depositSplit(deposit, moneyScale)}</div>
            </div>
          ))}
          <SlipRow label="Deposits" value={money(sale.depositTotal)} testId="receipt-deposit-total" />
        </>
      )}
      <hr />
      <SlipRow label={`To pay (${currency})`} value={money(sale.payable)} strong testId="receipt-payable" />
      {settlement && (
        <div data-testid="receipt-settlement">
          {settlement.payments.map((payment, index) => (
            <div key={index} data-testid="receipt-payment">
              <SlipRow
                label={
                  payment.reference
                    ? `${methodLabel(payment.method)} ${payment.reference}`
                    : methodLabel(payment.method)
                }
                value={money(payment.amount)}
              />
              {payment.tendered && <div className="elif-receipt-detail">tendered {money(payment.tendered)}</div>}
            </div>
          ))}
          {settlement.paid && <SlipRow label="Paid" value={money(settlement.paid)} testId="receipt-paid" />}
          {settlement.change && <SlipRow label="Change" value={money(settlement.change)} testId="receipt-change" />}
          {settlement.owed && !isZeroAmount(settlement.owed) && (
            <>
              <SlipRow label="Still owed" value={money(settlement.owed)} strong testId="receipt-owed" />
              {settlement.dueDate && <SlipRow label="Due by" value={settlement.dueDate} testId="receipt-due" />}
            </>
          )}
        </div>
      )}
      <hr />
      <footer className="elif-receipt-center elif-receipt-detail">
        Prices include tax. Deposits are refunded when the containers come back.
      </footer>
    </ThermalPaper>
  )
}
