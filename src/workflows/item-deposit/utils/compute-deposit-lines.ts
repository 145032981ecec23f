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
 * - per variant, at most what the variant's lines cost in the cart (after
 *   promotions: the caller passes the cart as priced by
 *   priceCartAfterPromotions), and per deposit, at most its remaining
 *   amount and its amount per unit × the quantity in the cart; older
 *   deposits are used first;
 * - together, at most `total` (the cart's total before credit lines), so
 *   deposits never bring a cart below zero.
 */
export function computeDepositLines(
  cart: DepositCart,
  shopperId: string | null,
  deposits: ApplicableDeposit[],
  { total }: { total?: BigNumberInput } = {}
): DepositLine[] {
  const customerId = depositCustomerId(cart, shopperId)
  if (!customerId) {
    return []
  }
  const byVariant = variantLines(cart)
  let room = total === undefined ? undefined : MathBN.convert(total)
  const lines: DepositLine[] = []
  for (const deposit of deposits) {
    const line = byVariant.get(deposit.variant_id)
    if (!line || !paysForCart(deposit, cart, customerId)) {
      continue
    }
    let amount = MathBN.min(
      deposit.remaining,
      MathBN.mult(deposit.amount_per_unit, line.quantity),
      line.total
    )
    if (room !== undefined) {
      amount = MathBN.min(amount, room)
      room = MathBN.sub(room, MathBN.max(amount, 0))
    }
    if (MathBN.gt(amount, 0)) {
      lines.push({ deposit_id: deposit.id, variant_id: deposit.variant_id, amount: new BigNumber(amount) })
      line.total = new BigNumber(MathBN.sub(line.total, amount))
    }
  }
  return lines
}

export type OtherCreditLine = {
  id: string
  reference?: string | null
  amount: BigNumberInput
  metadata?: Record<string, unknown> | null
}

/**
 * Store credit and gift cards on a cart that also carries deposits: the
 * deposit wins, because it can pay for one variant only while store credit
 * pays for anything. What the deposits leave of `total` goes to the other
 * credit lines in the order they were applied; a line that no longer fits
 * is cut down (and remembers, in `metadata.requested_amount`, what the
 * customer asked for), and grows back to that when room comes back (a
 * deposit line shrank or left). A line cut to nothing is removed. Returns
 * the lines whose amount must change.
 */
export function fitOtherCreditLines(
  total: BigNumberInput,
  depositLines: { amount: BigNumberInput }[],
  others: OtherCreditLine[]
): { line: OtherCreditLine; amount: BigNumber; requested: BigNumber }[] {
  let room = MathBN.sub(total, MathBN.sum(0, ...depositLines.map((line) => line.amount)))
  const changes: { line: OtherCreditLine; amount: BigNumber; requested: BigNumber }[] = []
  for (const line of others) {
    const requested = MathBN.convert((line.metadata?.requested_amount as BigNumberInput) ?? line.amount)
    const amount = MathBN.max(MathBN.min(requested, room), 0)
    room = MathBN.sub(room, amount)
    if (!MathBN.eq(amount, line.amount)) {
      changes.push({ line, amount: new BigNumber(amount), requested: new BigNumber(requested) })
    }
  }
  return changes
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
