import { BigNumber, MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import { ITEM_DEPOSIT_CREDIT_LINE_REFERENCE } from "../../../types/item-deposit"

export type OrderForDepositReturns = {
  items?: ({
    variant_id?: string | null
    quantity?: BigNumberInput | null
    detail?: { return_received_quantity?: BigNumberInput | null; written_off_quantity?: BigNumberInput | null } | null
  } | null)[] | null
  credit_lines?: ({
    reference?: string | null
    reference_id?: string | null
    amount?: BigNumberInput | null
    metadata?: Record<string, unknown> | null
  } | null)[] | null
  summary?: { pending_difference?: BigNumberInput | null; raw_pending_difference?: BigNumberInput | null } | null
}

/** What an order consumed of one deposit, and what came back of it so far. */
export type ConsumedDeposit = {
  deposit_id: string
  /** The deposit's own variant (when no credit line names one). */
  variant_id: string
  amount_per_unit: BigNumberInput
  /** What the order consumed (the application's amount). */
  amount: BigNumberInput
  /** What came back of it before (the application's returned_amount). */
  returned_amount: BigNumberInput
}

export type DepositReturnShare = {
  deposit_id: string
  variant_id: string
  /** What the order still keeps of the deposit, from the items it still keeps. */
  kept: BigNumber
  /** The total that should have come back for this order (returnFromOrder's returned_amount). */
  returned_amount: BigNumber
  /** What comes back now: returned_amount minus what came back before (never negative). */
  amount: BigNumber
  /** The negative order credit line to add for it (≤ amount, within what the order owes). */
  credit_line_amount: BigNumber
}

const zero = () => MathBN.convert(0)
const positive = (value: BigNumberInput) => MathBN.max(value, 0)

/**
 * Units of each variant the order still keeps: ordered (as the order is now,
 * after edits) minus received back and written off (claims, damaged returns).
 */
export function keptUnitsByVariant(order: OrderForDepositReturns) {
  const units = new Map<string, ReturnType<typeof MathBN.convert>>()
  for (const item of order.items ?? []) {
    if (!item?.variant_id) {
      continue
    }
    units.set(item.variant_id, MathBN.add(units.get(item.variant_id) ?? zero(), keptUnitsOfLine(item)))
  }
  return units
}

/**
 * Units of one order line the order still keeps: its quantity (after edits)
 * minus what was received back and written off. Shared with the margins
 * (what each bought unit earned), so both read a return the same way.
 */
export function keptUnitsOfLine(item: NonNullable<NonNullable<OrderForDepositReturns["items"]>[number]>) {
  const left = MathBN.add(item.detail?.return_received_quantity ?? 0, item.detail?.written_off_quantity ?? 0)
  return positive(MathBN.sub(item.quantity ?? 0, left))
}

/**
 * The deposit's share of items that left the order, per deposit, from the
 * order as it is now: kept = min(consumed, amount per unit × units of the
 * variant still kept), share = consumed − kept. Deposits of one variant
 * share its kept units, in id order. Only what did not come back before is
 * due now; a credit line is proposed for it within the order's negative
 * pending difference (what the merchant still owes the customer), so a
 * refund of the rest never pays deposit money out.
 */
export function computeOrderDepositReturns(
  order: OrderForDepositReturns,
  deposits: ConsumedDeposit[]
): DepositReturnShare[] {
  const variantOfLine = new Map<string, string>()
  for (const line of order.credit_lines ?? []) {
    const variant = line?.metadata?.variant_id
    if (
      line?.reference === ITEM_DEPOSIT_CREDIT_LINE_REFERENCE &&
      line.reference_id &&
      typeof variant === "string" &&
      MathBN.gt(line.amount ?? 0, 0)
    ) {
      variantOfLine.set(line.reference_id, variant)
    }
  }
  const unitsLeft = keptUnitsByVariant(order)
  const pending = MathBN.convert(order.summary?.raw_pending_difference ?? order.summary?.pending_difference ?? 0)
  let owed = positive(MathBN.mult(pending, -1))

  const shares: DepositReturnShare[] = []
  for (const deposit of [...deposits].sort((a, b) => (a.deposit_id < b.deposit_id ? -1 : 1))) {
    const variantId = variantOfLine.get(deposit.deposit_id) ?? deposit.variant_id
    const consumed = MathBN.convert(deposit.amount)
    const perUnit = MathBN.convert(deposit.amount_per_unit)
    const available = unitsLeft.get(variantId) ?? zero()
    // The units this deposit paid for (a unit partly paid counts as one).
    const paidUnits = MathBN.gt(perUnit, 0) ? MathBN.div(consumed, perUnit).integerValue(2 /* ROUND_CEIL */) : zero()
    const units = MathBN.min(available, paidUnits)
    unitsLeft.set(variantId, MathBN.sub(available, units))

    const kept = MathBN.min(consumed, MathBN.mult(perUnit, units))
    const target = MathBN.sub(consumed, kept)
    const amount = positive(MathBN.sub(target, deposit.returned_amount))
    const creditLine = MathBN.min(amount, owed)
    owed = MathBN.sub(owed, creditLine)
    shares.push({
      deposit_id: deposit.deposit_id,
      variant_id: variantId,
      kept: new BigNumber(kept),
      returned_amount: new BigNumber(target),
      amount: new BigNumber(amount),
      credit_line_amount: new BigNumber(creditLine),
    })
  }
  return shares
}
