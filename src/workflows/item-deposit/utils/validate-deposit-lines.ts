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
  credit_lines?: { reference?: string | null; reference_id?: string | null; amount: any }[]
}

/**
 * The deposit lines of a cart being completed, checked against what they
 * may pay for in this cart now: the cart's own logged-in customer's
 * deposits, for variants in the cart, at most the amount per unit × the
 * quantity, and together at most what the variant's lines cost. A line that
 * breaks a rule (say, a promotion was added after it was computed) stops the
 * checkout with a message telling the storefront to refresh the cart. The
 * remaining amounts are checked later, under row locks, by the module.
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
  const used = new Map<string, any>()

  return lines.map((line) => {
    const deposit = deposits.get(line.reference_id!)
    const variant = deposit && byVariant.get(deposit.variant_id)
    if (!deposit || !variant || !paysForCart(deposit, cart, customerId)) {
      throw stale()
    }
    const usedForVariant = MathBN.add(used.get(deposit.variant_id) ?? 0, line.amount)
    used.set(deposit.variant_id, usedForVariant)
    if (
      MathBN.gt(line.amount, MathBN.mult(deposit.amount_per_unit, variant.quantity)) ||
      MathBN.gt(usedForVariant, variant.total)
    ) {
      throw stale()
    }
    return { deposit_id: deposit.id, amount: line.amount }
  })
}
