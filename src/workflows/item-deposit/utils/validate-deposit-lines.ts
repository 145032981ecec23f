import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"
import { ITEM_DEPOSIT_CREDIT_LINE_REFERENCE } from "../../../types/item-deposit"
import { currentShopper } from "../../../utils/shopper-context"
import {
  depositCustomerId,
  paysForCart,
  variantLines,
  DepositCart,
} from "./compute-deposit-lines"

type CompletingCart = DepositCart & {
  total?: any
  credit_lines?: { reference?: string | null; reference_id?: string | null; amount: any }[]
}

/**
 * The deposit lines of a cart being completed, checked against what they
 * may pay for in this cart now: the cart's own logged-in customer's
 * deposits, for variants in the cart, per deposit at most the amount per
 * unit × the quantity, per variant at most what its lines cost, and never
 * a total below zero. A line that breaks a rule (say, the cart was changed
 * by a tool that bypasses core's cart flows) stops the checkout with a
 * message telling the storefront to refresh the cart. The remaining amounts
 * are checked later, under row locks, by the module.
 */
export async function validateDepositLines(container: MedusaContainer, cart: CompletingCart) {
  const lines = (cart.credit_lines ?? []).filter(
    (line) => line.reference === ITEM_DEPOSIT_CREDIT_LINE_REFERENCE
  )
  if (!lines.length) {
    return []
  }
  const stale = () =>
    new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `The item deposit on this cart is out of date: refresh the cart (POST /store/carts/${cart.id}/item-deposits) and try again.`
    )
  // A store request must come from the cart's own logged-in customer. Other
  // callers (a payment webhook completing the cart) carry no shopper: the
  // lines were made for the logged-in customer, so the cart's customer is it.
  const shopper = currentShopper()
  const cartCustomerId = cart.customer?.id ?? cart.customer_id ?? null
  const customerId = depositCustomerId(cart, shopper ? shopper.customer_id : cartCustomerId)
  if (!customerId) {
    throw stale()
  }
  const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
  const deposits = new Map(
    (await service.listItemDeposits({ id: lines.map((line) => line.reference_id!) })).map(
      (deposit) => [deposit.id, deposit]
    )
  )
  const byVariant = variantLines(cart)
  // Summed per deposit and per variant: two lines naming one deposit pay
  // twice, so they are checked together.
  const perDeposit = new Map<string, any>()
  const perVariant = new Map<string, any>()
  for (const line of lines) {
    const deposit = deposits.get(line.reference_id!)
    if (!deposit || !byVariant.has(deposit.variant_id) || !paysForCart(deposit, cart, customerId)) {
      throw stale()
    }
    perDeposit.set(deposit.id, MathBN.add(perDeposit.get(deposit.id) ?? 0, line.amount))
    perVariant.set(deposit.variant_id, MathBN.add(perVariant.get(deposit.variant_id) ?? 0, line.amount))
  }
  for (const [id, amount] of perDeposit) {
    const deposit = deposits.get(id)!
    if (MathBN.gt(amount, MathBN.mult(deposit.amount_per_unit, byVariant.get(deposit.variant_id)!.quantity))) {
      throw stale()
    }
  }
  for (const [variantId, amount] of perVariant) {
    if (MathBN.gt(amount, byVariant.get(variantId)!.total)) {
      throw stale()
    }
  }
  if (cart.total !== undefined && cart.total !== null && MathBN.lt(cart.total, 0)) {
    throw stale()
  }
  return [...perDeposit].map(([deposit_id, amount]) => ({ deposit_id, variant_id: deposits.get(deposit_id)!.variant_id as string, amount }))
}
