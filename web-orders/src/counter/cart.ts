// The counter's cart, as pure logic: the lines the clerk wants, how they meet the server's draft, and which request
// brings the draft to them. The cart IS a server draft (docs/decisions.md): the screen keeps what the clerk asked for
// (`Cart`), the server answers what it stored and priced (`DraftState`), and `nextRequest` says what to send so that
// the second becomes the first, one request at a time (the last write wins).

/** A whole number of packs, or the text typed when it is not one: the server refuses it naming the line. */
export type QuantityInput = number | string

/** A line as the clerk asks for it: a product by its base unit (packId null) or one of its packs. */
export interface CartLine {
  productId: string
  packId: string | null
  quantity: QuantityInput
}

/**
 * How the containers of one type are split: `exchanged` empties brought back now, `due` owed by the customer, the
 * rest consigned (the deposit paid now). A type not chosen is all consigned.
 */
export interface DepositChoice {
  containerTypeId: string
  exchanged: number
  due: number
}

/** What the clerk wants: the customer (null: the walk-in customer), the lines and the deposit choices. */
export interface Cart {
  customerId: string | null
  lines: CartLine[]
  deposits: DepositChoice[]
}

/** The draft as the server last answered it. */
export interface DraftState {
  id: string
  customerId: string
  lines: { productId: string; packId: string | null; quantity: number }[]
  deposits: DepositChoice[]
}

export const EMPTY_CART: Cart = { customerId: null, lines: [], deposits: [] }

/** The largest quantity of a line the server takes (SaleLine.MAX_QUANTITY). */
export const MAX_QUANTITY = 100_000

const sameItem = (a: Pick<CartLine, 'productId' | 'packId'>, b: Pick<CartLine, 'productId' | 'packId'>) =>
  a.productId === b.productId && (a.packId ?? null) === (b.packId ?? null)

/**
 * The cart with one more of a product or pack: the line that holds it counts one more (a scanner scanning the same
 * crate twice sells two), else a new line at the end. Also returns the index of the line that changed.
 */
export function addItem(cart: Cart, item: { productId: string; packId: string | null }): { cart: Cart; index: number } {
  const index = cart.lines.findIndex((line) => sameItem(line, item))
  if (index < 0) {
    const line = { productId: item.productId, packId: item.packId ?? null, quantity: 1 }
    return { cart: { ...cart, lines: [...cart.lines, line] }, index: cart.lines.length }
  }
  return { cart: changeLine(cart, index, { quantity: step(cart.lines[index]?.quantity ?? 0, 1) }), index }
}

/** The cart with line `index` changed. */
export function changeLine(cart: Cart, index: number, change: Partial<CartLine>): Cart {
  return { ...cart, lines: cart.lines.map((line, at) => (at === index ? { ...line, ...change } : line)) }
}

export function removeLine(cart: Cart, index: number): Cart {
  return { ...cart, lines: cart.lines.filter((_, at) => at !== index) }
}

/** A quantity one more or one less (never below 1, never above the maximum); text that is no number becomes 1. */
export function step(quantity: QuantityInput, by: 1 | -1): number {
  const current = typeof quantity === 'number' ? quantity : 0
  return Math.min(Math.max(current + by, 1), MAX_QUANTITY)
}

/** A quantity as typed: digits are a number, anything else goes as typed for the server to refuse with a message. */
export function quantityInput(text: string): QuantityInput {
  const trimmed = text.trim()
  return /^-?\d{1,9}$/.test(trimmed) ? Number(trimmed) : trimmed
}

const sameLines = (cart: readonly CartLine[], draft: DraftState['lines']) =>
  cart.length === draft.length &&
  cart.every((line, index) => sameItem(line, draft[index]!) && line.quantity === draft[index]!.quantity)

/** Only the choices that split anything, in a stable order: what the request sends and what is compared. */
export function chosenDeposits(choices: readonly DepositChoice[]): DepositChoice[] {
  return choices
    .filter((choice) => choice.exchanged > 0 || choice.due > 0)
    .map((choice) => ({ containerTypeId: choice.containerTypeId, exchanged: choice.exchanged, due: choice.due }))
    .sort((a, b) => a.containerTypeId.localeCompare(b.containerTypeId))
}

const sameDeposits = (cart: readonly DepositChoice[], draft: readonly DepositChoice[]) =>
  JSON.stringify(chosenDeposits(cart)) === JSON.stringify(chosenDeposits(draft))

/**
 * The choices kept within what the lines carry (`carried`, per container type) after a change of the cart: a type no
 * line carries any more is dropped, exchanged is at most what is carried and due at most the rest; the walk-in
 * customer owes nothing. `carried` undefined (a product's containers not known yet) keeps the choices as they are,
 * except the walk-in customer's dues.
 */
export function clampDeposits(
  choices: readonly DepositChoice[],
  carried: Map<string, number> | undefined,
  walkIn: boolean,
): DepositChoice[] {
  return choices
    .map((choice) => {
      const limit = carried === undefined ? Infinity : (carried.get(choice.containerTypeId) ?? 0)
      const exchanged = Math.min(Math.max(choice.exchanged, 0), limit)
      const due = walkIn ? 0 : Math.min(Math.max(choice.due, 0), limit - exchanged)
      return { containerTypeId: choice.containerTypeId, exchanged, due }
    })
    .filter((choice) => choice.exchanged > 0 || choice.due > 0)
}

/** The choice for one container type set (the rest of the cart's choices kept). */
export function chooseDeposit(choices: readonly DepositChoice[], choice: DepositChoice): DepositChoice[] {
  const others = choices.filter((other) => other.containerTypeId !== choice.containerTypeId)
  return [...others, choice]
}

/** Containers per type the lines carry, from each line's load per pack (or per base unit); undefined when a load is unknown. */
export function carriedContainers(
  lines: readonly CartLine[],
  loadOf: (line: CartLine) => readonly { containerTypeId: string; quantity: number }[] | undefined,
): Map<string, number> | undefined {
  const carried = new Map<string, number>()
  for (const line of lines) {
    const load = loadOf(line)
    if (load === undefined) return undefined
    const quantity = typeof line.quantity === 'number' ? line.quantity : 0
    for (const container of load) {
      carried.set(
        container.containerTypeId,
        (carried.get(container.containerTypeId) ?? 0) + quantity * container.quantity,
      )
    }
  }
  return carried
}

const customerMatches = (cart: Cart, draft: DraftState, walkInId: string | undefined) =>
  (cart.customerId ?? walkInId) === draft.customerId

/** One request that brings the draft closer to the cart. */
export type SyncRequest =
  | { kind: 'create'; body: { customerId?: string; lines: CartLine[]; deposits: DepositChoice[] } }
  | { kind: 'customer'; id: string; body: { customerId: string } }
  | { kind: 'lines'; id: string; body: { lines: CartLine[]; deposits: DepositChoice[] } }

/**
 * The next request to send, or null when there is nothing to send: the draft is created with the first line (an
 * empty cart is no draft), then its customer and its lines are replaced as the clerk changes them. A cart emptied
 * keeps its draft as it was (the API keeps at least one line, and cancelling is a manager's): its next line
 * replaces the old ones.
 */
export function nextRequest(cart: Cart, draft: DraftState | null, walkInId: string | undefined): SyncRequest | null {
  if (draft === null) {
    if (cart.lines.length === 0) return null
    return {
      kind: 'create',
      body: {
        ...(cart.customerId ? { customerId: cart.customerId } : {}),
        lines: cart.lines.map(requestLine),
        deposits: chosenDeposits(cart.deposits),
      },
    }
  }
  if (!customerMatches(cart, draft, walkInId)) {
    const customerId = cart.customerId ?? walkInId
    if (customerId !== undefined) return { kind: 'customer', id: draft.id, body: { customerId } }
  }
  if (cart.lines.length > 0 && (!sameLines(cart.lines, draft.lines) || !sameDeposits(cart.deposits, draft.deposits))) {
    return {
      kind: 'lines',
      id: draft.id,
      body: { lines: cart.lines.map(requestLine), deposits: chosenDeposits(cart.deposits) },
    }
  }
  return null
}

/** A line as the API takes it: the product, its pack (null for the base unit) and the quantity, nothing else. */
function requestLine(line: CartLine): CartLine {
  return { productId: line.productId, packId: line.packId ?? null, quantity: line.quantity }
}

/** The cart a stored draft stands for: what a reload restores. */
export function cartOf(draft: DraftState, walkInId: string | undefined): Cart {
  return {
    customerId: draft.customerId === walkInId ? null : draft.customerId,
    lines: draft.lines.map((line) => ({
      productId: line.productId,
      packId: line.packId ?? null,
      quantity: line.quantity,
    })),
    deposits: chosenDeposits(draft.deposits),
  }
}

/**
 * The server's messages about the lines, by line index: `lines[2].quantity` belongs to line 2. Messages about no
 * line (the customer, the whole list) are under -1.
 */
export function lineProblems(errors: readonly { field: string; message: string }[]): Map<number, string> {
  const byLine = new Map<number, string>()
  for (const { field, message } of errors) {
    const match = /^lines\[(\d+)\]/.exec(field)
    const index = match ? Number(match[1]) : -1
    const text = match ? message : `${field}: ${message}`
    byLine.set(index, byLine.has(index) ? `${byLine.get(index)}; ${text}` : text)
  }
  return byLine
}

/** How many base units each product of the cart takes (a crate of 24 counts 24 bottles per crate). */
export function unitsByProduct(
  lines: readonly CartLine[],
  unitsPerPack: (line: CartLine) => number | undefined,
): Map<string, number> {
  const units = new Map<string, number>()
  for (const line of lines) {
    const perPack = unitsPerPack(line) ?? 1
    const quantity = typeof line.quantity === 'number' ? line.quantity : 0
    units.set(line.productId, (units.get(line.productId) ?? 0) + quantity * perPack)
  }
  return units
}

/** Where the current cart's draft id is kept: one cart per tenant and user in this browser. */
export const cartStorageKey = (tenant: string, username: string) => `elif.orders.cart:${tenant}:${username}`
