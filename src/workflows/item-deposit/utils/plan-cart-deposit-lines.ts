import type { MedusaContainer } from "@medusajs/framework/types"
import { BigNumber, MathBN, Modules } from "@medusajs/framework/utils"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"
import { ITEM_DEPOSIT_CREDIT_LINE_REFERENCE as REFERENCE } from "../../../types/item-deposit"
import type { Shopper } from "../../../utils/shopper-context"
import {
  ApplicableDeposit,
  computeDepositLines,
  depositCustomerId,
  DepositCart,
  fitOtherCreditLines,
} from "./compute-deposit-lines"
import { priceCartAfterPromotions, PromotionUpdate } from "./price-cart-after-promotions"

export type CartDepositLinesInput = PromotionUpdate & {
  cart: DepositCart & PromotionUpdate["cart"]
  /** The store request's shopper; null outside a store request. */
  shopper: Shopper | null
}

export type CartDepositLinesPlan = {
  /** Credit lines to remove (stale deposit lines, other lines being resized). */
  to_delete: string[]
  /** Credit lines to add (deposit lines, resized other lines). */
  to_create: {
    cart_id: string
    reference: string
    reference_id: string | null
    amount: BigNumber
    metadata: Record<string, unknown> | null
  }[]
  /** item_deposit.applied payloads, one per deposit line added. */
  applied: { id: string; amount: number; cart_id: string }[]
}

const NOTHING: CartDepositLinesPlan = { to_delete: [], to_create: [], applied: [] }

/**
 * What a cart change must do to the cart's credit lines so that its deposit
 * lines are right after the promotions of this change, and its total is not
 * below zero:
 * - in a store request of the cart's own logged-in customer, the lines are
 *   what that customer's active deposits cover now (computeDepositLines);
 * - in anyone else's store request (an anonymous shopper who typed the
 *   owner's email, another customer), there are none;
 * - outside a store request (admin, subscribers, draft-order tools, payment
 *   webhooks) nobody is known to be shopping, so deposits never start to
 *   apply or grow: existing lines only shrink to what the cart now allows,
 *   or go when their item did.
 * Store credit and gift cards then get what the deposits leave
 * (fitOtherCreditLines). Lines already right are left alone, so a change
 * that does not touch deposits writes nothing.
 */
export async function planCartDepositLines(
  container: MedusaContainer,
  input: CartDepositLinesInput
): Promise<CartDepositLinesPlan> {
  const { cart, shopper } = input
  const creditLines = await cartCreditLines(container).listCreditLines(
    { cart_id: cart.id },
    { order: { created_at: "ASC" } }
  )
  const existing = creditLines.filter((line) => line.reference === REFERENCE)
  const ownerId = shopper ? depositCustomerId(cart, shopper.customer_id) : undefined
  if (!existing.length && !ownerId) {
    return NOTHING
  }
  const deposits = shopper
    ? await applicableDeposits(container, cart, ownerId)
    : await depositsOnLines(container, existing)
  if (!existing.length && !deposits.length) {
    return NOTHING
  }

  const priced = await priceCartAfterPromotions(container, input)
  const pricedCart = { ...cart, items: priced.items }
  // Outside a store request the lines were made for the cart's customer.
  const payerId = shopper ? shopper.customer_id : (cart.customer?.id ?? cart.customer_id ?? null)
  const desired = computeDepositLines(pricedCart, payerId, deposits, { total: priced.total })

  const kept = new Set<string>()
  const toAdd = desired.filter((line) => {
    const same = existing.find(
      (e) => e.reference_id === line.deposit_id && !kept.has(e.id) && MathBN.eq(e.amount, line.amount)
    )
    if (same) {
      kept.add(same.id)
    }
    return !same
  })
  const plan: CartDepositLinesPlan = {
    to_delete: existing.filter((e) => !kept.has(e.id)).map((e) => e.id),
    to_create: toAdd.map((line) => ({
      cart_id: cart.id,
      reference: REFERENCE,
      reference_id: line.deposit_id,
      amount: line.amount,
      metadata: { variant_id: line.variant_id },
    })),
    applied: toAdd.map((line) => ({ id: line.deposit_id, amount: line.amount.numeric, cart_id: cart.id })),
  }

  const others = creditLines.filter((line) => line.reference !== REFERENCE)
  for (const { line, amount, requested } of fitOtherCreditLines(priced.total, desired, others)) {
    plan.to_delete.push(line.id)
    if (MathBN.gt(amount, 0)) {
      plan.to_create.push({
        cart_id: cart.id,
        reference: line.reference ?? null!,
        reference_id: (line as any).reference_id ?? null,
        amount,
        metadata: { ...(line.metadata ?? {}), requested_amount: requested.numeric },
      })
    }
  }
  return plan
}

/** The owner's active deposits for the cart's variants, oldest first. */
async function applicableDeposits(
  container: MedusaContainer,
  cart: DepositCart,
  customerId: string | undefined
): Promise<ApplicableDeposit[]> {
  const variantIds = [...new Set((cart.items ?? []).map((item) => item.variant_id).filter(Boolean))] as string[]
  if (!customerId || !variantIds.length) {
    return []
  }
  const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
  // What an earlier checkout of this same cart left held is this cart's to
  // use (even if it emptied the deposit): it is reconciled, not counted
  // twice, when the cart completes.
  const held = await service.retrieveCartHolds(cart.id)
  const heldIds = Object.keys(held)
  const deposits = await service.listItemDeposits(
    {
      customer_id: customerId,
      variant_id: variantIds,
      $or: [{ status: "active" }, ...(heldIds.length ? [{ id: heldIds }] : [])],
    } as any,
    { order: { created_at: "ASC" } }
  )
  if (!deposits.length) {
    return []
  }
  const remaining = await service.retrieveRemainingAmounts(deposits.map((d) => d.id))
  return deposits.map((deposit) => ({
    ...deposit,
    remaining: MathBN.add(remaining[deposit.id], held[deposit.id] ?? 0),
  }))
}

/** The deposits the cart's lines name, each capped at what its lines pay now. */
async function depositsOnLines(container: MedusaContainer, lines: { reference_id?: string | null; amount: any }[]) {
  const ids = [...new Set(lines.map((line) => line.reference_id).filter(Boolean))] as string[]
  if (!ids.length) {
    return []
  }
  const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
  const deposits = await service.listItemDeposits({ id: ids }, { order: { created_at: "ASC" } })
  return deposits.map((deposit) => ({
    ...deposit,
    remaining: MathBN.sum(0, ...lines.filter((l) => l.reference_id === deposit.id).map((l) => l.amount)),
  }))
}

/**
 * The cart module's generated credit-line methods; ICartModuleService does
 * not declare them in 2.21.
 */
type CartCreditLines = {
  listCreditLines(filters: Record<string, unknown>, config?: Record<string, unknown>): Promise<any[]>
  softDeleteCreditLines(ids: string[]): Promise<unknown>
  restoreCreditLines(ids: string[]): Promise<unknown>
}

export function cartCreditLines(container: MedusaContainer): CartCreditLines {
  return container.resolve(Modules.CART) as unknown as CartCreditLines
}
