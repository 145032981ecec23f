import { BigNumber, MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"

export type DepositCart = {
  id: string
  currency_code: string
  completed_at?: Date | string | null
  customer_id?: string | null
  customer?: { id: string; has_account?: boolean | null } | null
  items?: {
    variant_id?: string | null
    quantity: BigNumberInput
    total?: BigNumberInput | null
  }[] | null
}

export type ApplicableDeposit = {
  id: string
  customer_id: string
  variant_id: string
  currency_code: string
  amount_per_unit: BigNumberInput
  remaining: BigNumberInput
}

export type DepositLine = { deposit_id: string; variant_id: string; amount: BigNumber }

/**
 * Which deposits a cart should carry, and for how much. Pure, so the rules
 * are tested on their own:
 * - only the cart's own customer, with an account, logged in as the shopper
 *   (a cart that merely carries someone's email gets nothing);
 * - a deposit pays only for its variant, in the cart's currency;
 * - per variant, at most what the variant's lines cost in the cart, and per
 *   deposit, at most its remaining amount and its amount per unit × the
 *   quantity in the cart; older deposits are used first.
 */
export function computeDepositLines(
  cart: DepositCart,
  shopperId: string | null,
  deposits: ApplicableDeposit[]
): DepositLine[] {
  const customerId = depositCustomerId(cart, shopperId)
  if (!customerId) {
    return []
  }
  const byVariant = variantLines(cart)
  const lines: DepositLine[] = []
  for (const deposit of deposits) {
    const line = byVariant.get(deposit.variant_id)
    if (!line || !paysForCart(deposit, cart, customerId)) {
      continue
    }
    const amount = MathBN.min(
      deposit.remaining,
      MathBN.mult(deposit.amount_per_unit, line.quantity),
      line.total
    )
    if (MathBN.gt(amount, 0)) {
      lines.push({ deposit_id: deposit.id, variant_id: deposit.variant_id, amount: new BigNumber(amount) })
      line.total = new BigNumber(MathBN.sub(line.total, amount))
    }
  }
  return lines
}

/**
 * The customer whose deposits may apply to the cart: its own customer, if
 * that customer has an account and is the one logged in (`shopperId`, the
 * store request's customer; see utils/shopper-context.ts). Otherwise none.
 */
export function depositCustomerId(cart: DepositCart, shopperId: string | null): string | undefined {
  const customerId = cart.customer?.id ?? cart.customer_id
  if (
    cart.completed_at ||
    !customerId ||
    customerId !== shopperId ||
    cart.customer?.has_account !== true
  ) {
    return undefined
  }
  return customerId
}

export function paysForCart(
  deposit: Pick<ApplicableDeposit, "customer_id" | "currency_code">,
  cart: DepositCart,
  customerId: string
) {
  return (
    deposit.customer_id === customerId &&
    deposit.currency_code.toLowerCase() === cart.currency_code.toLowerCase()
  )
}

/** What each variant's lines cost in the cart, and how many units they hold. */
export function variantLines(cart: DepositCart) {
  const byVariant = new Map<string, { total: BigNumber; quantity: BigNumber }>()
  for (const item of cart.items ?? []) {
    if (!item.variant_id) {
      continue
    }
    const line = byVariant.get(item.variant_id) ?? {
      total: new BigNumber(0),
      quantity: new BigNumber(0),
    }
    line.total = new BigNumber(MathBN.add(line.total, item.total ?? 0))
    line.quantity = new BigNumber(MathBN.add(line.quantity, item.quantity))
    byVariant.set(item.variant_id, line)
  }
  return byVariant
}
