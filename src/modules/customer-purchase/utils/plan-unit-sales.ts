import { BigNumber, MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"

/** One order line as it is now, for matching its units to bought units. */
export type OrderSaleLine = {
  line_item_id: string
  variant_id: string
  /** The line's quantity as ordered (what its net total is spread over). */
  quantity: number
  /** Units the order keeps now: 0 once cancelled, fewer after returns. */
  kept_units: number
  /** The line's total net of discounts and tax (total − tax_total). */
  net_total: BigNumberInput
}

/** A sale entry of the order not yet reversed. */
export type ActiveSale = {
  id: string
  item_id: string
  order_line_item_id: string
  line_sequence: number
  amount: BigNumberInput
  unit_cost: BigNumberInput
}

/** A stocked bought item of one of the order's variants (row-locked by the caller). */
export type SellableItem = {
  id: string
  variant_id: string
  quantity: number
  sold_quantity: number
  unit_cost: BigNumberInput | null
  stocked_at: Date | string | null
}

export type PlannedSale = {
  item_id: string
  variant_id: string
  order_line_item_id: string
  line_sequence: number
  amount: BigNumber
  unit_cost: BigNumber
}

export type UnitSalesPlan = {
  sales: PlannedSale[]
  /** Active sales to reverse (last sold first within a line). */
  reversals: ActiveSale[]
  /** Change of sold_quantity per item id. */
  sold_delta: Map<string, number>
}

/**
 * One unit's share of a line's net total: the total divided by the line's
 * quantity, cut to cents, with the rounding left over on the line's last
 * unit, so the units of a line always add up to its net total exactly.
 */
export function unitNetAmount(netTotal: BigNumberInput, quantity: number, sequence: number): BigNumber {
  const total = MathBN.convert(netTotal)
  if (quantity <= 1) {
    return new BigNumber(total)
  }
  const share = MathBN.div(total, quantity).decimalPlaces(2, 1 /* ROUND_DOWN */)
  const isLast = (sequence - 1) % quantity === quantity - 1
  return new BigNumber(isLast ? MathBN.sub(total, MathBN.mult(share, quantity - 1)) : share)
}

const time = (value: Date | string | null) => (value ? new Date(value).getTime() : 0)

/**
 * What to write so that the order's sale entries match the units it keeps:
 * per line (in id order), reverse the line's latest sales beyond what it
 * keeps, or match each unit it keeps beyond its sales to the variant's
 * bought unit that was stocked first (first in, first out; ties by id) and
 * still has a unit unsold. Units with no bought unit left (stock that came
 * from elsewhere) stay unmatched. Pure: the caller holds the row locks.
 */
export function planUnitSales(
  lines: OrderSaleLine[],
  active: ActiveSale[],
  items: SellableItem[],
  lastSequenceByLine: Map<string, number>
): UnitSalesPlan {
  const soldDelta = new Map<string, number>()
  const bump = (itemId: string, by: number) => soldDelta.set(itemId, (soldDelta.get(itemId) ?? 0) + by)
  const unsold = (item: SellableItem) => item.quantity - item.sold_quantity - (soldDelta.get(item.id) ?? 0)
  const fifo = [...items].sort((a, b) => time(a.stocked_at) - time(b.stocked_at) || (a.id < b.id ? -1 : 1))

  const sales: PlannedSale[] = []
  const reversals: ActiveSale[] = []
  for (const line of [...lines].sort((a, b) => (a.line_item_id < b.line_item_id ? -1 : 1))) {
    const held = active
      .filter((sale) => sale.order_line_item_id === line.line_item_id)
      .sort((a, b) => b.line_sequence - a.line_sequence)
    const kept = Math.max(0, line.kept_units)
    for (const sale of held.slice(0, Math.max(0, held.length - kept))) {
      reversals.push(sale)
      bump(sale.item_id, -1)
    }
    let sequence = lastSequenceByLine.get(line.line_item_id) ?? 0
    for (let missing = kept - held.length; missing > 0; missing--) {
      const item = fifo.find((candidate) => candidate.variant_id === line.variant_id && unsold(candidate) > 0)
      if (!item) {
        break
      }
      sequence += 1
      sales.push({
        item_id: item.id,
        variant_id: line.variant_id,
        order_line_item_id: line.line_item_id,
        line_sequence: sequence,
        amount: unitNetAmount(line.net_total, line.quantity, sequence),
        unit_cost: new BigNumber(item.unit_cost ?? 0),
      })
      bump(item.id, 1)
    }
  }
  return { sales, reversals, sold_delta: soldDelta }
}
