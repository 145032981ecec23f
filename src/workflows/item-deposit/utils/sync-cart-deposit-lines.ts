import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN, Modules } from "@medusajs/framework/utils"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"
import {
  ITEM_DEPOSIT_CREDIT_LINE_REFERENCE as REFERENCE,
  ItemDepositEvents,
} from "../../../types/item-deposit"
import { emitDepositEvents } from "./deposit-events"
import { currentShopper } from "../../../utils/shopper-context"
import { computeDepositLines, depositCustomerId, DepositCart } from "./compute-deposit-lines"

export type DepositLineSync = {
  cart_id: string
  created: string[]
  deleted: { reference_id: string; amount: any; metadata: Record<string, unknown> | null }[]
}

/**
 * Makes the cart's item-deposit credit lines match what the logged-in
 * shopper's deposits cover now. Lines that are already right are left alone,
 * so a cart change that does not affect deposits writes nothing. Outside a
 * store cart request (no shopper known) the lines are left as they are. The
 * caller holds the cart's lock (core cart workflows do).
 */
export async function syncCartDepositLines(
  container: MedusaContainer,
  cart: DepositCart
): Promise<DepositLineSync> {
  const shopper = currentShopper()
  if (!shopper) {
    return { cart_id: cart.id, created: [], deleted: [] }
  }
  const cartService = cartCreditLines(container)
  const existing = await cartService.listCreditLines({
    cart_id: cart.id,
    reference: REFERENCE,
  })
  const desired = computeDepositLines(
    cart,
    shopper.customer_id,
    await applicableDeposits(container, cart, shopper.customer_id)
  )

  const keep = new Set<string>()
  const toCreate = desired.filter((line) => {
    const same = existing.find(
      (e) => e.reference_id === line.deposit_id && !keep.has(e.id) && MathBN.eq(e.amount, line.amount)
    )
    if (same) {
      keep.add(same.id)
    }
    return !same
  })
  const toDelete = existing.filter((e) => !keep.has(e.id))

  if (toDelete.length) {
    await cartService.deleteCreditLines(toDelete.map((line) => line.id))
  }
  const created = toCreate.length
    ? await cartService.createCreditLines(
        toCreate.map((line) => ({
          cart_id: cart.id,
          reference: REFERENCE,
          reference_id: line.deposit_id,
          amount: line.amount,
          metadata: { variant_id: line.variant_id },
        }))
      )
    : []

  await emitDepositEvents(
    container,
    ItemDepositEvents.APPLIED,
    toCreate.map((line) => ({ deposit_id: line.deposit_id, amount: line.amount.numeric, cart_id: cart.id }))
  )

  return {
    cart_id: cart.id,
    created: created.map((line) => line.id),
    deleted: toDelete.map((line) => ({
      reference_id: line.reference_id!,
      amount: line.raw_amount ?? line.amount,
      metadata: (line.metadata as Record<string, unknown>) ?? null,
    })),
  }
}

/** Puts the lines back as they were before a sync (compensation). */
export async function undoCartDepositLineSync(
  container: MedusaContainer,
  sync: DepositLineSync | undefined
) {
  if (!sync) {
    return
  }
  const cartService = cartCreditLines(container)
  if (sync.created.length) {
    await cartService.deleteCreditLines(sync.created)
  }
  if (sync.deleted.length) {
    await cartService.createCreditLines(
      sync.deleted.map((line) => ({ cart_id: sync.cart_id, reference: REFERENCE, ...line }))
    )
  }
}

async function applicableDeposits(
  container: MedusaContainer,
  cart: DepositCart,
  shopperId: string | null
) {
  const customerId = depositCustomerId(cart, shopperId)
  const variantIds = [
    ...new Set((cart.items ?? []).map((item) => item.variant_id).filter(Boolean)),
  ] as string[]
  if (!customerId || !variantIds.length) {
    return []
  }
  const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
  const deposits = await service.listItemDeposits(
    { customer_id: customerId, variant_id: variantIds, status: "active" },
    { order: { created_at: "ASC" } }
  )
  const remaining = await service.retrieveRemainingAmounts(deposits.map((d) => d.id))
  return deposits.map((deposit) => ({ ...deposit, remaining: remaining[deposit.id] }))
}

/**
 * The cart module's generated credit-line methods (what core's
 * createCartCreditLinesWorkflow calls); ICartModuleService does not declare
 * them in 2.21.
 */
type CartCreditLines = {
  listCreditLines(filters: Record<string, unknown>): Promise<any[]>
  createCreditLines(data: Record<string, unknown>[]): Promise<{ id: string }[]>
  deleteCreditLines(ids: string[]): Promise<void>
}

function cartCreditLines(container: MedusaContainer): CartCreditLines {
  return container.resolve(Modules.CART) as unknown as CartCreditLines
}
