import { httpStatus, stockKeys, useMe } from '@elif/web-kit'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import {
  changeCustomer,
  completeSale,
  createDraft,
  fetchSale,
  replaceLines,
  saleKeys,
  transition,
  type CompleteBody,
  type Sale,
} from './api'
import { cartOf, cartStorageKey, EMPTY_CART, nextRequest, type Cart, type DraftState, type SyncRequest } from './cart'

/** A request without an answer is sent again after this long. */
const RETRY_MS = 3000

interface Failure {
  /** The cart the request was built from: the failure stands while the cart is this one. */
  cart: Cart
  error: unknown
  /** No answer came (network, timeout): the request is sent again shortly, with the same Idempotency-Key. */
  retrying: boolean
}

const draftOf = (sale: Sale): DraftState => ({
  id: sale.id,
  customerId: sale.customerId,
  lines: sale.lines.map((line) => ({ productId: line.productId, packId: line.packId, quantity: line.quantity })),
  deposits: sale.deposits.map((deposit) => ({
    containerTypeId: deposit.containerTypeId,
    exchanged: deposit.exchanged,
    due: deposit.due,
  })),
})

function send(request: SyncRequest, idempotencyKey: string): Promise<Sale> {
  switch (request.kind) {
    case 'create':
      return createDraft(request.body, idempotencyKey)
    case 'customer':
      return changeCustomer(request.id, request.body.customerId)
    case 'lines':
      return replaceLines(request.id, request.body)
  }
}

const readStored = (key: string) => {
  try {
    return window.localStorage.getItem(key)
  } catch {
    return null
  }
}

const writeStored = (key: string, id: string | null) => {
  try {
    if (id === null) window.localStorage.removeItem(key)
    else window.localStorage.setItem(key, id)
  } catch {
    // private mode or full: the cart lives as long as the page
  }
}

/**
 * The counter's cart kept as a server draft: `cart` is what the clerk asked for, `sale` what the server stored and
 * priced. Every change is sent as soon as no other request runs, one at a time, the newest cart winning; a refusal
 * stays until the cart changes again, and a request that got no answer is sent again (a creation with the same
 * Idempotency-Key, so that it creates one draft; a creation of another cart gets a key of its own). The draft's id is kept in localStorage per tenant and user, so a reload
 * restores the cart; a draft found completed, confirmed or cancelled starts a new cart.
 */
export function useDraftCart(walkInId: string | undefined) {
  const me = useMe()
  const queryClient = useQueryClient()
  const storageKey = cartStorageKey(me.tenant, me.username)
  const [cart, setCart] = useState<Cart>(EMPTY_CART)
  const [sale, setSale] = useState<Sale | null>(null)
  const [restoring, setRestoring] = useState(() => readStored(storageKey) !== null)
  const [failure, setFailure] = useState<Failure | null>(null)
  const [inFlight, setInFlight] = useState(false)
  const sending = useRef(false)
  // The key of the last creation sent, with its body: the same body sent again (a retry) goes with the same key
  const creation = useRef<{ body: string; key: string } | null>(null)

  // A reload: the stored draft, if it is still one.
  useEffect(() => {
    const id = readStored(storageKey)
    if (id === null) return
    let stale = false
    fetchSale(id)
      .then((stored) => {
        if (stale) return
        if (stored.state === 'DRAFT') {
          setSale(stored)
          setCart(cartOf(draftOf(stored), walkInId))
        } else {
          writeStored(storageKey, null)
        }
      })
      .catch((error: unknown) => {
        // gone (another tenant's or a removed id): forget it; no answer: keep it for the next reload
        if (!stale && httpStatus(error) === 404) writeStored(storageKey, null)
      })
      .finally(() => {
        if (!stale) setRestoring(false)
      })
    return () => {
      stale = true
    }
    // walkInId only tells the walk-in customer apart: a restore runs once per user
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storageKey])

  const draft = sale === null ? null : draftOf(sale)
  const failed = failure !== null && failure.cart === cart
  const request = restoring || failed ? null : nextRequest(cart, draft, walkInId)
  const requestKey = request === null ? '' : JSON.stringify(request)

  useEffect(() => {
    if (request === null || sending.current) return
    sending.current = true
    setInFlight(true)
    const sent = cart
    if (request.kind === 'create') {
      const body = JSON.stringify(request.body)
      if (creation.current?.body !== body) creation.current = { body, key: crypto.randomUUID() }
    }
    send(request, creation.current?.key ?? crypto.randomUUID())
      .then((answer) => {
        setSale(answer)
        writeStored(storageKey, answer.id)
        setFailure(null)
      })
      .catch((error: unknown) => {
        const failed: Failure = { cart: sent, error, retrying: httpStatus(error) === undefined }
        setFailure(failed)
        // no answer (the network, a timeout): the same request again, with the same key, a little later
        if (failed.retrying) window.setTimeout(() => setFailure((now) => (now === failed ? null : now)), RETRY_MS)
      })
      .finally(() => {
        sending.current = false
        setInFlight(false)
      })
    // the request (by its content) decides; the cart it was built from goes with it
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [requestKey, inFlight])

  /** A fresh, empty cart; the previous draft stays on the server as it is. */
  const startNew = useCallback(() => {
    writeStored(storageKey, null)
    setSale(null)
    setCart(EMPTY_CART)
    setFailure(null)
    creation.current = null
  }, [storageKey])

  /**
   * Confirms the draft, or completes it with its payments (the key makes a retry pay once), once it holds the cart;
   * afterwards the cart is new.
   */
  const finish = useCallback(
    async (how: 'complete' | 'confirm', payment?: { body: CompleteBody; key: string }): Promise<Sale> => {
      if (sale === null) throw new Error('The cart is empty.')
      const done =
        how === 'complete' && payment
          ? await completeSale(sale.id, payment.body, payment.key)
          : await transition(sale.id, how)
      writeStored(storageKey, null)
      void queryClient.invalidateQueries({ queryKey: stockKeys.all })
      void queryClient.invalidateQueries({ queryKey: saleKeys.all })
      return done
    },
    [sale, storageKey, queryClient],
  )

  return {
    cart,
    setCart,
    sale,
    restoring,
    /** Whether the draft holds what the cart asks: no request runs or waits. */
    synced: !restoring && !inFlight && request === null && !failed,
    inFlight,
    /** The refusal of the last request, while the cart is the one it was sent for. */
    error: failed ? failure.error : null,
    /** The last request got no answer: it is sent again shortly. */
    retrying: failed && failure.retrying,
    startNew,
    finish,
  }
}
