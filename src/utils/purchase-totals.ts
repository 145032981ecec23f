import { BigNumber, MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"

type PricedItem = { quantity: number; unit_price: BigNumberInput }

/** What the store pays for one item line: quantity × price per unit. */
export function itemTotal(item: PricedItem) {
  return MathBN.mult(item.unit_price, item.quantity)
}

/** What the store pays the seller for the whole purchase. */
export function purchaseTotal(items: PricedItem[]) {
  return items.reduce(
    (sum, item) => MathBN.add(sum, itemTotal(item)),
    MathBN.convert(0)
  )
}

/** The JSON-friendly number Medusa's own routes return for amounts. */
export function toAmount(value: BigNumberInput): number {
  return new BigNumber(value).numeric
}
