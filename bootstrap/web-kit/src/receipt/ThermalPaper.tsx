import './receipt.css'
import { useLayoutEffect, useRef, type ReactNode } from 'react'

/** The paper widths of the thermal printers a counter has. */
export type ReceiptWidth = 80 | 58

const MM_PER_CSS_PIXEL = 25.4 / 96

/**
 * A slip for an 80 mm or 58 mm thermal printer (a receipt, a Z report): printed alone (receipt.css hides the rest of
 * the page) on a page as wide as the paper and as long as the slip.
 */
export function ThermalPaper({
  width,
  testId,
  children,
}: {
  width: ReceiptWidth
  testId: string
  children: ReactNode
}) {
  const root = useRef<HTMLDivElement>(null)

  // The printed page: the paper's width, the slip's length (a roll has no page length; CSS cannot say "auto").
  useLayoutEffect(() => {
    const element = root.current
    if (!element) return
    const style = document.createElement('style')
    style.dataset.elifReceiptPage = String(width)
    const length = Math.ceil(element.getBoundingClientRect().height * MM_PER_CSS_PIXEL) + 4
    style.textContent = `@page elif-receipt-${width} { size: ${width}mm ${length}mm; margin: 0 }`
    document.head.appendChild(style)
    return () => style.remove()
  })

  return (
    <div ref={root} className="elif-receipt" data-width={width} data-testid={testId}>
      {children}
    </div>
  )
}

/** A label and its amount on one line of a slip. */
export function SlipRow({
  label,
  value,
  strong,
  testId,
}: {
  label: string
  value: string
  strong?: boolean
  testId?: string
}) {
  return (
    <div className={strong ? 'elif-receipt-row elif-receipt-strong' : 'elif-receipt-row'} data-testid={testId}>
      <span>{label}</span>
      <span>{value}</span>
    </div>
  )
}
