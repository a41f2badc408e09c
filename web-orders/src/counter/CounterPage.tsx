import {
  describeError,
  formatMoney,
  hasAnyRole,
  ProblemError,
  problemType,
  useMe,
  useProductStocks,
} from '@elif/web-kit'
import { Alert, Badge, Button, Grid, Group, Kbd, Modal, Paper, Stack, Text, Title } from '@mantine/core'
import { useQueries, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { Link } from 'react-router'
import { customerKeys, productDetailQuery, useCustomer, useWalkIn, type Sale, type SellableProduct } from './api'
import {
  addItem,
  carriedContainers,
  changeLine,
  chooseDeposit,
  clampDeposits,
  lineProblems,
  removeLine,
  step,
  unitsByProduct,
  type Cart,
  type CartLine,
  type DepositChoice,
} from './cart'
import { CartLines } from './CartLines'
import { CustomerPanel } from './CustomerPanel'
import { DepositLines } from './DepositLines'
import { centsOf, fromCents } from './payment'
import { PaymentPanel } from './PaymentPanel'
import { ProductPicker, type PickedItem } from './ProductPicker'
import { useDraftCart } from './useDraftCart'

type Action = 'complete' | 'confirm' | 'draft'

const ACTION_DONE: Record<Action, string> = {
  complete: 'completed',
  confirm: 'confirmed as a phone order',
  draft: 'saved as a draft',
}

/** The problem's figures of a shortfall (409 insufficient-stock): the product and what is available. */
function shortfallOf(error: unknown): { productId: string; available: number } | null {
  if (!(error instanceof ProblemError) || problemType(error) !== 'insufficient-stock') return null
  const problem = error.problem as { productId?: unknown; available?: unknown }
  return typeof problem.productId === 'string' && typeof problem.available === 'number'
    ? { productId: problem.productId, available: problem.available }
    : null
}

/**
 * The point of sale: a cart kept as a server draft (useDraftCart), filled by search, category or barcode, sold to the
 * walk-in customer or one picked or created here, then completed (Ctrl+Enter), saved as a draft or confirmed as a
 * phone order. Keyboard first: the search box has the focus, + and - change the current line, F2 finds a customer.
 */
export function CounterPage() {
  const me = useMe()
  const manager = hasAnyRole(me, ['MANAGER', 'ADMIN'])
  const queryClient = useQueryClient()
  const walkIn = useWalkIn()
  const draft = useDraftCart(walkIn.data?.id)
  const { cart, setCart, sale } = draft
  const customer = useCustomer(cart.customerId ?? walkIn.data?.id)
  const searchRef = useRef<HTMLInputElement | null>(null)
  const customerRef = useRef<HTMLInputElement | null>(null)
  const depositRef = useRef<HTMLInputElement | null>(null)
  const [paying, setPaying] = useState(false)
  const quantityRefs = useRef<(HTMLInputElement | null)[]>([])
  const [selected, setSelected] = useState(-1)
  const [wanted, setWanted] = useState<Action | null>(null)
  const [running, setRunning] = useState(false)
  const [actionError, setActionError] = useState<unknown>(null)
  const [finished, setFinished] = useState<{ sale: Sale; how: Action } | null>(null)

  const productIds = [...new Set(cart.lines.map((line) => line.productId))]
  const details = useQueries({ queries: productIds.map((id) => productDetailQuery(id)) })
  const products = new Map<string, SellableProduct>()
  for (const detail of details) if (detail.data) products.set(detail.data.id, detail.data)
  const stocks = useProductStocks(productIds)
  const needed = unitsByProduct(cart.lines, (line) =>
    line.packId ? products.get(line.productId)?.packs.find((pack) => pack.id === line.packId)?.unitsPerPack : 1,
  )
  const priced = cart.lines.map((line, index) => {
    const server = sale?.lines[index]
    return server &&
      server.productId === line.productId &&
      (server.packId ?? null) === line.packId &&
      server.quantity === line.quantity
      ? server
      : undefined
  })
  const problems =
    draft.error instanceof ProblemError ? lineProblems(draft.error.problem.errors ?? []) : new Map<number, string>()
  const syncMessage =
    draft.error === null
      ? null
      : problems.size === 0 || problems.has(-1)
        ? [describeError(draft.error), problems.get(-1)].filter(Boolean).join(' ')
        : null
  const shortfall = shortfallOf(actionError)
  const current = selected >= 0 && selected < cart.lines.length ? selected : cart.lines.length - 1

  // A change of the cart calls off an action still waiting for the draft: the clerk asks again. The deposit choices
  // stay within what the lines carry (a quantity that drops takes them down with it; the walk-in customer owes none).
  const edit = (next: Cart) => {
    const carried = carriedContainers(next.lines, (line) => {
      const product = products.get(line.productId)
      if (!product) return undefined
      return line.packId ? product.packs.find((pack) => pack.id === line.packId)?.containers : product.containers
    })
    setCart({ ...next, deposits: clampDeposits(next.deposits, carried, next.customerId === null) })
    setActionError(null)
    if (!running) setWanted(null)
  }
  const pick = (item: PickedItem) => {
    const added = addItem(cart, item)
    edit(added.cart)
    setSelected(added.index)
  }
  const changeAt = (index: number, change: Partial<CartLine>) => edit(changeLine(cart, index, change))
  const focusSearch = () => searchRef.current?.focus()

  const onEmptyKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const line = cart.lines[current]
    if (!line) return
    if (event.key === '+' || event.key === '-') {
      event.preventDefault()
      changeAt(current, { quantity: step(line.quantity, event.key === '+' ? 1 : -1) })
    } else if (event.key === 'Delete') {
      event.preventDefault()
      edit(removeLine(cart, current))
    } else if (event.key === 'Tab' && !event.shiftKey) {
      event.preventDefault()
      quantityRefs.current[current]?.select()
    }
  }

  const ask = (action: Action) => {
    if (cart.lines.length === 0 || running) return
    setActionError(null)
    setWanted(action)
  }

  // An action runs once the draft holds the cart; a refused change of the draft calls it off.
  const ready = wanted !== null && !running && draft.synced && sale !== null
  useEffect(() => {
    if (!ready || wanted === null) return
    const run = async () => {
      if (wanted === 'complete') {
        // the payment step: the panel completes the sale with its payments
        setWanted(null)
        setPaying(true)
        return
      }
      setRunning(true)
      try {
        const done = wanted === 'draft' ? sale : await draft.finish(wanted)
        setFinished({ sale: done, how: wanted })
      } catch (error) {
        setActionError(error)
      } finally {
        setRunning(false)
        setWanted(null)
      }
    }
    void run()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready])
  const waiting = wanted !== null && draft.error === null

  const newSale = () => {
    draft.startNew()
    setFinished(null)
    setSelected(-1)
    setWanted(null)
    setActionError(null)
    window.requestAnimationFrame(focusSearch)
  }

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (paying) return
      if (finished !== null) {
        // Enter starts a new sale wherever the focus went (the payment panel gives it back as it closes)
        const onControl = event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement
        if (event.key === 'Enter' && !onControl) {
          event.preventDefault()
          newSale()
        }
        return
      }
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault()
        ask('complete')
      } else if (event.key === 'F2') {
        event.preventDefault()
        customerRef.current?.focus()
      } else if (event.key === 'F4') {
        event.preventDefault()
        depositRef.current?.select()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  const total = sale && priced.every(Boolean) && cart.lines.length > 0 ? sale.total : null
  const depositsSynced = total !== null && draft.synced
  const chooseAt = (choice: DepositChoice) => edit({ ...cart, deposits: chooseDeposit(cart.deposits, choice) })
  const finishedChange = finished
    ? finished.sale.payments.reduce((sum, payment) => sum + centsOf(payment.change ?? undefined), 0n)
    : 0n

  return (
    <Stack gap="sm" data-testid="counter">
      <Group justify="space-between">
        <Title order={2}>Counter</Title>
        <Group gap="xs">
          {sale && cart.lines.length > 0 && (
            <Badge variant="light" size="lg" data-testid="counter-draft-number">
              Draft {sale.number}
            </Badge>
          )}
          <Badge
            variant="dot"
            color={draft.error ? 'red' : draft.synced ? 'green' : 'yellow'}
            data-testid="counter-sync"
            data-synced={draft.synced}
          >
            {draft.retrying ? 'Offline: retrying…' : draft.error ? 'Not saved' : draft.synced ? 'Saved' : 'Saving…'}
          </Badge>
        </Group>
      </Group>
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <ProductPicker inputRef={searchRef} level={customer.data?.priceLevel} onPick={pick} onEmptyKey={onEmptyKey} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="sm">
            <CustomerPanel
              customer={customer.data}
              onChange={(picked) => {
                // shown at once, before the draft's answer
                if (picked) queryClient.setQueryData(customerKeys.detail(picked.id), picked)
                edit({ ...cart, customerId: picked && !picked.walkIn ? picked.id : null })
              }}
              searchRef={customerRef}
              done={focusSearch}
            />
            {draft.restoring && <Text c="dimmed">Restoring the cart…</Text>}
            {syncMessage && (
              <Alert color="red" data-testid="counter-sync-error">
                <Stack gap="xs" align="flex-start">
                  <span>{syncMessage}</span>
                  {problemType(draft.error) === 'sale-state' && (
                    <Button size="md" onClick={newSale}>
                      Start a new sale
                    </Button>
                  )}
                </Stack>
              </Alert>
            )}
            <CartLines
              lines={cart.lines}
              priced={priced}
              products={products}
              stocks={stocks.data}
              needed={needed}
              problems={problems}
              shortfall={shortfall}
              selected={current}
              onSelect={setSelected}
              onChange={changeAt}
              onRemove={(index) => edit(removeLine(cart, index))}
              quantityRef={(index, element) => {
                quantityRefs.current[index] = element
              }}
              backToSearch={focusSearch}
            />
            {actionError !== null && (
              <Alert color="red" data-testid="counter-action-error" title={shortfall ? 'Not enough stock' : undefined}>
                {describeError(actionError)}
              </Alert>
            )}
            {sale && cart.lines.length > 0 && sale.deposits.length > 0 && (
              <DepositLines
                deposits={sale.deposits}
                choices={cart.deposits}
                walkIn={cart.customerId === null}
                synced={depositsSynced}
                onChoose={chooseAt}
                firstRef={depositRef}
                backToSearch={focusSearch}
              />
            )}
            <Paper withBorder p="sm" data-testid="counter-totals">
              <Group justify="space-between">
                <Text>Goods</Text>
                <Text fw={600} data-testid="counter-total">
                  {total === null ? (cart.lines.length > 0 ? '…' : formatMoney('0')) : formatMoney(total)}
                </Text>
              </Group>
              {sale && total !== null && (
                <Text size="sm" c="dimmed" ta="right">
                  of which tax {formatMoney(sale.tax)}
                </Text>
              )}
              <Group justify="space-between">
                <Text>Deposits</Text>
                <Text fw={600} data-testid="counter-deposit-total">
                  {sale && depositsSynced
                    ? formatMoney(sale.depositTotal)
                    : cart.lines.length > 0
                      ? '…'
                      : formatMoney('0')}
                </Text>
              </Group>
              <Group justify="space-between">
                <Text fw={700} size="xl">
                  To pay
                </Text>
                <Text fw={700} size="xl" data-testid="counter-payable">
                  {sale && depositsSynced ? formatMoney(sale.payable) : cart.lines.length > 0 ? '…' : formatMoney('0')}
                </Text>
              </Group>
            </Paper>
            <Button
              size="xl"
              data-testid="counter-complete"
              disabled={cart.lines.length === 0 || draft.error !== null}
              loading={(waiting && wanted === 'complete') || (running && wanted === 'complete')}
              onClick={() => ask('complete')}
            >
              Complete sale&nbsp;
              <Kbd size="xs">Ctrl</Kbd>+<Kbd size="xs">Enter</Kbd>
            </Button>
            <Group grow>
              <Button
                size="lg"
                variant="default"
                data-testid="counter-save-draft"
                disabled={cart.lines.length === 0 || draft.error !== null}
                loading={wanted === 'draft' && (waiting || running)}
                onClick={() => ask('draft')}
              >
                Save as draft
              </Button>
              <Button
                size="lg"
                variant="light"
                data-testid="counter-confirm"
                title="Confirm as a phone order: its stock is reserved until the driver loads it"
                disabled={cart.lines.length === 0 || draft.error !== null}
                loading={wanted === 'confirm' && (waiting || running)}
                onClick={() => ask('confirm')}
              >
                Phone order
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
      </Grid>
      <PaymentPanel
        sale={paying ? sale : null}
        customer={customer.data}
        manager={manager}
        onClose={() => {
          setPaying(false)
          window.requestAnimationFrame(focusSearch)
        }}
        complete={(body, key) => draft.finish('complete', { body, key })}
        onCompleted={(done) => {
          setPaying(false)
          setFinished({ sale: done, how: 'complete' })
        }}
        onRefused={(error) => {
          if (problemType(error) !== 'insufficient-stock' && problemType(error) !== 'sale-state') return false
          setPaying(false)
          setActionError(error)
          return true
        }}
      />
      <Modal
        opened={finished !== null}
        onClose={newSale}
        title={finished ? `Sale ${ACTION_DONE[finished.how]}` : ''}
        centered
        size="md"
      >
        {finished && (
          <Stack data-testid="counter-finished" data-state={finished.sale.state}>
            <Text size="xl" fw={700} data-testid="counter-finished-number">
              {finished.sale.number}
            </Text>
            <Text>
              Total <b>{formatMoney(finished.sale.payable)}</b>
              {finished.how === 'draft' ? ' — find it under Orders to finish it later.' : ''}
            </Text>
            {finished.how === 'complete' && (
              <Stack gap={2}>
                <Text data-testid="counter-finished-paid">
                  Paid <b>{formatMoney(finished.sale.paid)}</b>
                </Text>
                {finishedChange > 0n && (
                  <Text size="xl" data-testid="counter-finished-change">
                    Change <b>{formatMoney(fromCents(finishedChange))}</b>
                  </Text>
                )}
                {centsOf(finished.sale.owed) > 0n && (
                  <Text c="orange" data-testid="counter-finished-owed">
                    Owed <b>{formatMoney(finished.sale.owed)}</b>
                    {finished.sale.dueDate ? `, due ${finished.sale.dueDate}` : ''}
                  </Text>
                )}
                <Button
                  component={Link}
                  to={`/receipt/${encodeURIComponent(finished.sale.id)}?print=1`}
                  variant="light"
                  size="md"
                  data-testid="counter-print-receipt"
                >
                  Print receipt
                </Button>
              </Stack>
            )}
            <Button size="lg" data-autofocus data-testid="counter-new-sale" onClick={newSale}>
              New sale (Enter / Esc)
            </Button>
          </Stack>
        )}
      </Modal>
    </Stack>
  )
}
